import { describe, expect, it } from 'vitest';
import { buildTranscript } from '../../widget/stores/build-transcript';
import { feedbackClientId, ratingsOf, readFeedbackClientId } from '../../widget/stores/feedback-ratings';
import { isEmail } from '../../widget/stores/is-email';
import { lastContiguousSeq, mergeEntries } from '../../widget/stores/merge-entries';
import type { OutboxItem } from '../../widget/stores/outbox-item';
import { readOutbox } from '../../widget/stores/stored-values';
import { ticketState } from '../../widget/stores/ticket-state';
import { entry, settings } from '../helpers/widget-frames';

describe('mergeEntries', () => {
  it('sorts by seq, keeps one per seq (the newer copy) and drops malformed items', () => {
    const merged = mergeEntries(
      [entry({ seq: 2, role: 'visitor', text: 'provisional' })],
      [entry({ seq: 3, role: 'bot', text: 'c' }), entry({ seq: 1, role: 'bot', text: 'a' }), entry({ seq: 2, role: 'visitor', text: 'stored' }), { seq: 'x' }, null, { seq: 0, role: 'bot', text: '' }],
    );
    expect(merged.map((e) => `${e.seq}:${e.text}`)).toEqual(['1:a', '2:stored', '3:c']);
  });
});

describe('lastContiguousSeq', () => {
  it('is the end of the unbroken run from 1', () => {
    expect(lastContiguousSeq([])).toBe(0);
    expect(lastContiguousSeq(mergeEntries([], [1, 2, 3].map((seq) => entry({ seq, role: 'bot', text: '' }))))).toBe(3);
    expect(lastContiguousSeq(mergeEntries([], [1, 2, 5].map((seq) => entry({ seq, role: 'bot', text: '' }))))).toBe(2);
    expect(lastContiguousSeq(mergeEntries([], [2, 3].map((seq) => entry({ seq, role: 'bot', text: '' }))))).toBe(0);
  });
});

describe('buildTranscript', () => {
  const outbox: OutboxItem[] = [
    { type: 'message', clientId: 'm1', text: 'already stored' },
    { type: 'message', clientId: 'm2', text: 'still sending' },
    { type: 'handoff', clientId: 'h1' },
    { type: 'ticket', clientId: 't1', email: 'a@b.co' },
  ];

  it('puts the greeting first, then entries, then unconfirmed outbox lines, each once', () => {
    const items = buildTranscript(settings, [entry({ seq: 1, role: 'visitor', text: 'already stored', clientId: 'm1' }), entry({ seq: 2, role: 'agent', text: 'hey', author: 'Sam' })], outbox);
    expect(items.map((i) => [i.role, i.text, i.author, i.pending])).toEqual([
      ['bot', 'Hi! How can we help?', 'Acme bot', false],
      ['visitor', 'already stored', undefined, false],
      ['agent', 'hey', 'Sam', false],
      ['visitor', 'still sending', undefined, true],
      ['visitor', 'Talk to a person', undefined, true],
    ]);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });

  it('leaves out feedback entries and pending feedback; gives stored lines their seq', () => {
    const items = buildTranscript(
      settings,
      [entry({ seq: 1, role: 'bot', text: 'answer' }), entry({ seq: 2, role: 'visitor', kind: 'feedback', text: '👍 on the answer', clientId: 'feedback:1:up' })],
      [{ type: 'feedback', clientId: 'feedback:1:down', seq: 1, value: 'down' }],
    );
    expect(items.map((i) => [i.text, i.seq])).toEqual([
      ['Hi! How can we help?', undefined],
      ['answer', 1],
    ]);
  });

  it('makes every relay notice kind a system line without an author', () => {
    const items = buildTranscript(null, [entry({ seq: 1, role: 'agent', author: 'Sam', kind: 'transferred', text: 'moved' }), entry({ seq: 2, role: 'bot', kind: 'timeout', text: 'late' })], []);
    expect(items.map((i) => [i.role, i.author])).toEqual([
      ['system', undefined],
      ['system', undefined],
    ]);
  });

  it('shows no greeting before settings arrive', () => {
    expect(buildTranscript(null, [], [])).toEqual([]);
  });
});

describe('ticketState', () => {
  it('is sending while in the outbox, sent after a ticket entry that follows the offline one', () => {
    const offline = entry({ seq: 1, role: 'system', kind: 'offline', text: 'away' });
    const thanks = entry({ seq: 2, role: 'system', kind: 'ticket', text: 'thanks' });
    expect(ticketState([offline], [])).toBe('none');
    expect(ticketState([offline], [{ type: 'ticket', clientId: 't', email: 'a@b.co' }])).toBe('sending');
    expect(ticketState([offline, thanks], [])).toBe('sent');
    expect(ticketState([offline, thanks, { ...offline, seq: 3 }], [])).toBe('none');
    expect(ticketState([offline, thanks, entry({ seq: 3, role: 'system', kind: 'timeout', text: 'nobody in time' })], [])).toBe('none');
  });
});

describe('feedback ratings', () => {
  it('round-trips the answer and value through the clientId, and reads nothing else', () => {
    expect(readFeedbackClientId(feedbackClientId(12, 'down'))).toEqual({ seq: 12, value: 'down' });
    for (const other of [undefined, '', 'feedback:x:up', 'feedback:3:meh', 'c0ffee-feedback:3:up', '3f2a9c1e-0000-4000-8000-000000000000']) expect(readFeedbackClientId(other)).toBeNull();
  });

  it('reads choices from feedback entries and pending feedback, first choice per answer', () => {
    const entries = [
      entry({ seq: 3, role: 'visitor', kind: 'feedback', text: '', clientId: 'feedback:2:up' }),
      entry({ seq: 4, role: 'visitor', kind: 'feedback', text: '', clientId: 'feedback:2:down' }),
      entry({ seq: 5, role: 'visitor', text: 'not feedback', clientId: 'feedback:9:up' }),
    ];
    const outbox: OutboxItem[] = [{ type: 'feedback', clientId: 'feedback:6:down', seq: 6, value: 'down' }];
    expect([...ratingsOf(entries, outbox)]).toEqual([
      [2, 'up'],
      [6, 'down'],
    ]);
  });

  it('survives a reload: stored feedback items are read back, malformed ones dropped', () => {
    const good = { type: 'feedback', clientId: 'feedback:2:up', seq: 2, value: 'up' };
    const raw = JSON.stringify([good, { ...good, seq: 'two' }, { ...good, value: 'meh' }]);
    expect(readOutbox(raw)).toEqual([good]);
  });
});

describe('isEmail', () => {
  it('accepts ordinary addresses and refuses obvious mistakes', () => {
    for (const good of ['a@b.co', 'first.last+tag@mail.example.org']) expect(isEmail(good)).toBe(true);
    for (const bad of ['', 'a', 'a@b', 'a@b.', 'a @b.co', 'a@@b.co', `${'x'.repeat(250)}@b.co`]) expect(isEmail(bad)).toBe(false);
  });
});
