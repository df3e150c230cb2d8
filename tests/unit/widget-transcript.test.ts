import { describe, expect, it } from 'vitest';
import { buildTranscript } from '../../widget/stores/build-transcript';
import { isEmail } from '../../widget/stores/is-email';
import { lastContiguousSeq, mergeEntries } from '../../widget/stores/merge-entries';
import type { OutboxItem } from '../../widget/stores/outbox-item';
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
  });
});

describe('isEmail', () => {
  it('accepts ordinary addresses and refuses obvious mistakes', () => {
    for (const good of ['a@b.co', 'first.last+tag@mail.example.org']) expect(isEmail(good)).toBe(true);
    for (const bad of ['', 'a', 'a@b', 'a@b.', 'a @b.co', 'a@@b.co', `${'x'.repeat(250)}@b.co`]) expect(isEmail(bad)).toBe(false);
  });
});
