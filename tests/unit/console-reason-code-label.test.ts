import { describe, expect, it } from 'vitest';
import { reasonCodeLabel } from '../../console/lib/reason-code-label';

describe('reasonCodeLabel', () => {
  it('words known codes, topics, and unknown codes', () => {
    expect(reasonCodeLabel('explicit-request')).toBe('Asked for a person');
    expect(reasonCodeLabel('repeated-failure')).toBe('Bot kept failing');
    expect(reasonCodeLabel('policy:refund')).toBe('Policy topic: refund');
    expect(reasonCodeLabel('after-hours_rule')).toBe('After hours rule');
  });
});
