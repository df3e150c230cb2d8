import { describe, expect, it } from 'vitest';
import { priorityBadges } from '../../console/lib/priority-badges';

const texts = (view: Parameters<typeof priorityBadges>[0]) => priorityBadges(view).map((b) => b.text);

describe('priorityBadges', () => {
  it('names VIP and Flagged visitors', () => {
    expect(texts({ visitor: { vip: true }, priority: 100, entries: [] })).toEqual(['VIP']);
    expect(texts({ visitor: { vip: true, flagged: true }, priority: 150, entries: [] })).toEqual(['VIP', 'Flagged']);
  });

  it('calls any other raised priority Urgent, and a normal one nothing', () => {
    expect(texts({ visitor: {}, priority: 50, entries: [] })).toEqual(['Urgent']);
    expect(texts({ visitor: {}, priority: 0, entries: [] })).toEqual([]);
    expect(texts({ visitor: {}, entries: [] })).toEqual([]);
  });

  it('marks a conversation an agent dropped back in the queue as Returned, not Urgent', () => {
    const entries = [
      { seq: 1, role: 'system' as const, text: 'Sam joined', at: 1, kind: 'joined' as const },
      { seq: 2, role: 'system' as const, text: 'Back in the queue', at: 2, kind: 'requeued' as const },
      { seq: 3, role: 'visitor' as const, text: 'hello?', at: 3 },
    ];
    expect(texts({ visitor: {}, priority: 1000, entries })).toEqual(['Returned']);
    expect(texts({ visitor: {}, priority: 1000, entries: [...entries, { seq: 4, role: 'system', text: 'Kim joined', at: 4, kind: 'joined' }] })).toEqual(['Urgent']);
  });
});
