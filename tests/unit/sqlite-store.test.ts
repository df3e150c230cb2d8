import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir';
import { createMemoryStore, createSqliteStore } from '../../server';

const reason = { code: 'button', label: 'button' };

describe('store', () => {
  it('assigns gap-free seqs per conversation and dedupes by clientId', async () => {
    const store = createMemoryStore();
    await store.createConversation({ id: 'a', tokenHash: 'h', visitor: {}, at: 1 });
    await store.createConversation({ id: 'b', tokenHash: 'h', visitor: {}, at: 1 });
    const one = await store.appendEntry('a', { role: 'visitor', text: 'x', clientId: 'c1', at: 2 });
    const two = await store.appendEntry('a', { role: 'bot', text: 'y', at: 3 });
    const other = await store.appendEntry('b', { role: 'visitor', text: 'z', clientId: 'c1', at: 3 });
    const again = await store.appendEntry('a', { role: 'visitor', text: 'x', clientId: 'c1', at: 4 });
    expect([one.entry.seq, two.entry.seq, other.entry.seq]).toEqual([1, 2, 1]);
    expect(again).toEqual({ entry: one.entry, duplicate: true });
    expect((await store.entriesAfter('a', 1)).map((e) => e.text)).toEqual(['y']);
    expect((await store.getConversation('a'))?.lastSeq).toBe(2);
  });

  it('refuses entries for a conversation that does not exist', async () => {
    const store = createMemoryStore();
    await expect(store.appendEntry('ghost', { role: 'bot', text: 'x', at: 1 })).rejects.toThrow(/No conversation/);
  });

  it('finds conversations by mode and keeps state as data', async () => {
    const store = createMemoryStore();
    await store.createConversation({ id: 'a', tokenHash: 'h', visitor: {}, at: 1 });
    await store.saveState('a', { mode: 'queued', reason, since: 5, team: 'support', priority: 0 }, 5);
    expect((await store.conversationsIn(['queued'])).map((c) => c.state)).toEqual([{ mode: 'queued', reason, since: 5, team: 'support', priority: 0 }]);
    expect(await store.conversationsIn(['agent'])).toEqual([]);
  });

  it('measures time to accept from recorded handoffs', async () => {
    const store = createMemoryStore();
    await store.recordEscalation('a', reason, 'queued', 1000);
    await store.recordAccept('a', 'sam', 61_000);
    await store.recordEscalation('b', reason, 'queued', 2000);
    expect(await store.recentAcceptTimes(10)).toEqual([60_000]);
  });

  it('stores tickets once per clientId, completes them, and marks them handled', async () => {
    const store = createMemoryStore();
    const t = { id: 't', conversationId: 'a', clientId: 'x', email: 'a@b.co', reason, summary: [], visitor: {}, transcript: [], createdAt: 1 };
    expect((await store.createTicket(t)).duplicate).toBe(false);
    expect((await store.createTicket({ ...t, id: 't2' })).duplicate).toBe(true);
    expect(await store.listTickets()).toEqual([{ ...t, handled: false }]);
    // A timed-out conversation's ticket has no email and no clientId until the visitor leaves one.
    const open = { ...t, id: 'u', conversationId: 'b', clientId: undefined, email: '' };
    await store.createTicket(open);
    await store.createTicket({ ...open, id: 'v' });
    expect((await store.ticketsOf('b')).map((x) => x.id)).toEqual(['u', 'v']);
    await store.updateTicket({ ...open, email: 'late@b.co', clientId: 'y' });
    expect((await store.ticketsOf('b'))[0]).toMatchObject({ id: 'u', email: 'late@b.co', clientId: 'y', handled: false });
    expect(await store.setTicketHandled('u', true)).toMatchObject({ id: 'u', handled: true });
    expect(await store.setTicketHandled('nope', true)).toBeUndefined();
  });

  it('keeps everything in the file across reopen', async () => {
    const path = join(tempDir('baton-store-'), 'nested', 'b.sqlite');
    const first = createSqliteStore(path);
    await first.createConversation({ id: 'a', tokenHash: 'h', visitor: { lang: 'de' }, at: 1 });
    await first.appendEntry('a', { role: 'visitor', text: 'hallo', at: 2 });
    await first.close();
    const second = createSqliteStore(path);
    expect((await second.getConversation('a'))?.visitor).toEqual({ lang: 'de' });
    expect((await second.entriesAfter('a', 0)).map((e) => e.text)).toEqual(['hallo']);
    await second.close();
  });
});
