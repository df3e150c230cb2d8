import { describe, expect, it } from 'vitest';
import { nextTabIndex } from '../../console/lib/next-tab-index';

describe('nextTabIndex', () => {
  it('moves with the arrows and wraps at both ends', () => {
    expect(nextTabIndex('ArrowRight', 0, 5)).toBe(1);
    expect(nextTabIndex('ArrowRight', 4, 5)).toBe(0);
    expect(nextTabIndex('ArrowLeft', 3, 5)).toBe(2);
    expect(nextTabIndex('ArrowLeft', 0, 5)).toBe(4);
  });

  it('jumps to the ends with Home and End, and ignores other keys', () => {
    expect(nextTabIndex('Home', 3, 5)).toBe(0);
    expect(nextTabIndex('End', 1, 5)).toBe(4);
    expect(nextTabIndex('ArrowDown', 1, 5)).toBeNull();
    expect(nextTabIndex('Enter', 1, 5)).toBeNull();
  });
});
