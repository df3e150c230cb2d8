import { describe, expect, it } from 'vitest';
import { closedNotice } from '../../console/lib/closed-notice';

describe('closedNotice', () => {
  it('says "Conversation resolved" only for the one on screen', () => {
    expect(closedNotice('resolved', 'Ana', true)).toBe('Conversation resolved');
    expect(closedNotice('resolved', 'Ana', false)).toBeNull();
  });

  it('names where a transfer went when this console sent it', () => {
    expect(closedNotice('transferred', 'Ana', false, 'Kim')).toBe('Conversation with Ana transferred to Kim');
    expect(closedNotice('transferred', 'Ana', true)).toBe('Conversation with Ana was transferred to someone else');
  });

  it('always tells the agent a conversation went back to the queue', () => {
    expect(closedNotice('requeued', 'Ana', false)).toBe('Conversation with Ana went back to the queue');
  });
});
