import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Entry, Mode } from '../../protocol';
import type { AppendResult, Store, StoredConversation, Ticket } from './store';
import { createMetricsQuery } from './create-metrics-query';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS conversations (
  id TEXT PRIMARY KEY, token_hash TEXT NOT NULL, state TEXT NOT NULL, mode TEXT NOT NULL,
  visitor TEXT NOT NULL, last_seq INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS conversations_mode ON conversations(mode);
CREATE TABLE IF NOT EXISTS entries (
  conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, client_id TEXT, body TEXT NOT NULL,
  PRIMARY KEY (conversation_id, seq));
CREATE UNIQUE INDEX IF NOT EXISTS entries_client ON entries(conversation_id, client_id) WHERE client_id IS NOT NULL;
CREATE TABLE IF NOT EXISTS handoffs (
  id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id TEXT NOT NULL, reason_code TEXT NOT NULL, reason TEXT NOT NULL,
  outcome TEXT NOT NULL, escalated_at INTEGER NOT NULL, agent_id TEXT, accepted_at INTEGER, resolved_at INTEGER);
CREATE INDEX IF NOT EXISTS handoffs_conversation ON handoffs(conversation_id);
CREATE TABLE IF NOT EXISTS tickets (
  id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, client_id TEXT, body TEXT NOT NULL,
  created_at INTEGER NOT NULL, handled INTEGER NOT NULL DEFAULT 0, UNIQUE (conversation_id, client_id));
`;

interface ConversationRow { id: string; token_hash: string; state: string; visitor: string; last_seq: number; created_at: number; updated_at: number }

const toConversation = (r: ConversationRow): StoredConversation => ({
  id: r.id,
  tokenHash: r.token_hash,
  state: JSON.parse(r.state),
  visitor: JSON.parse(r.visitor),
  lastSeq: r.last_seq,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/**
 * The embedded default store: one SQLite file in WAL mode. `synchronous` "full" (default) syncs
 * every acknowledged entry to disk so it survives even a power cut; "normal" survives a killed
 * process only. Pass ":memory:" for a throwaway store in tests.
 */
export function createSqliteStore(path: string, synchronous: 'full' | 'normal' = 'full'): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  db.exec(SCHEMA);

  const q = {
    insertConversation: db.prepare('INSERT INTO conversations (id, token_hash, state, mode, visitor, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    getConversation: db.prepare<[string], ConversationRow>('SELECT * FROM conversations WHERE id = ?'),
    saveState: db.prepare('UPDATE conversations SET state = ?, mode = ?, updated_at = ? WHERE id = ?'),
    saveVisitor: db.prepare('UPDATE conversations SET visitor = ? WHERE id = ?'),
    byClient: db.prepare<[string, string], { body: string }>('SELECT body FROM entries WHERE conversation_id = ? AND client_id = ?'),
    bumpSeq: db.prepare<[string], { last_seq: number }>('UPDATE conversations SET last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq'),
    insertEntry: db.prepare('INSERT INTO entries (conversation_id, seq, client_id, body) VALUES (?, ?, ?, ?)'),
    entriesAfter: db.prepare<[string, number], { body: string }>('SELECT body FROM entries WHERE conversation_id = ? AND seq > ? ORDER BY seq'),
    insertHandoff: db.prepare('INSERT INTO handoffs (conversation_id, reason_code, reason, outcome, escalated_at) VALUES (?, ?, ?, ?, ?)'),
    accept: db.prepare(
      'UPDATE handoffs SET agent_id = ?, accepted_at = ? WHERE id = (SELECT id FROM handoffs WHERE conversation_id = ? AND accepted_at IS NULL ORDER BY id DESC LIMIT 1)',
    ),
    resolve: db.prepare(
      'UPDATE handoffs SET resolved_at = ? WHERE id = (SELECT id FROM handoffs WHERE conversation_id = ? AND resolved_at IS NULL AND accepted_at IS NOT NULL ORDER BY id DESC LIMIT 1)',
    ),
    recentAccepts: db.prepare<[number], { ms: number }>(
      'SELECT accepted_at - escalated_at AS ms FROM handoffs WHERE accepted_at IS NOT NULL ORDER BY accepted_at DESC LIMIT ?',
    ),
    ticketByClient: db.prepare<[string, string], { body: string; handled: number }>('SELECT body, handled FROM tickets WHERE conversation_id = ? AND client_id = ?'),
    insertTicket: db.prepare('INSERT INTO tickets (id, conversation_id, client_id, body, created_at) VALUES (?, ?, ?, ?, ?)'),
    updateTicket: db.prepare('UPDATE tickets SET body = ?, client_id = COALESCE(?, client_id) WHERE id = ?'),
    handleTicket: db.prepare<[number, string], { body: string; handled: number }>('UPDATE tickets SET handled = ? WHERE id = ? RETURNING body, handled'),
    listTickets: db.prepare<[], { body: string; handled: number }>('SELECT body, handled FROM tickets ORDER BY created_at DESC, rowid DESC'),
    ticketsOf: db.prepare<[string], { body: string; handled: number }>('SELECT body, handled FROM tickets WHERE conversation_id = ? ORDER BY created_at, rowid'),
  };

  const append = db.transaction((conversationId: string, entry: Omit<Entry, 'seq'>): AppendResult => {
    if (entry.clientId) {
      const prior = q.byClient.get(conversationId, entry.clientId);
      if (prior) return { entry: JSON.parse(prior.body), duplicate: true };
    }
    const bumped = q.bumpSeq.get(conversationId);
    if (!bumped) throw new Error(`No conversation ${conversationId}`);
    const stored: Entry = { ...entry, seq: bumped.last_seq };
    q.insertEntry.run(conversationId, stored.seq, entry.clientId ?? null, JSON.stringify(stored));
    return { entry: stored, duplicate: false };
  });

  const toTicket = (r: { body: string; handled: number }): Ticket => ({ ...JSON.parse(r.body), handled: !!r.handled });
  const addTicket = db.transaction((t: Omit<Ticket, 'handled'>) => {
    const prior = t.clientId ? q.ticketByClient.get(t.conversationId, t.clientId) : undefined;
    if (prior) return { ticket: toTicket(prior), duplicate: true };
    q.insertTicket.run(t.id, t.conversationId, t.clientId ?? null, JSON.stringify(t), t.createdAt);
    return { ticket: { ...t, handled: false }, duplicate: false };
  });
  const metrics = createMetricsQuery(db);

  return {
    async createConversation({ id, tokenHash, visitor, at }) {
      const state = { mode: 'bot' as const };
      q.insertConversation.run(id, tokenHash, JSON.stringify(state), state.mode, JSON.stringify(visitor), at, at);
      return { id, tokenHash, state, visitor, lastSeq: 0, createdAt: at, updatedAt: at };
    },
    async getConversation(id) {
      const row = q.getConversation.get(id);
      return row ? toConversation(row) : undefined;
    },
    async saveState(id, state, at) {
      q.saveState.run(JSON.stringify(state), state.mode, at, id);
    },
    async saveVisitor(id, visitor) {
      q.saveVisitor.run(JSON.stringify(visitor), id);
    },
    async appendEntry(conversationId, entry) {
      return append(conversationId, entry);
    },
    async entriesAfter(conversationId, seq) {
      return q.entriesAfter.all(conversationId, seq).map((r) => JSON.parse(r.body) as Entry);
    },
    async conversationsIn(modes: readonly Mode[]) {
      if (modes.length === 0) return [];
      const rows = db
        .prepare<string[], ConversationRow>(`SELECT * FROM conversations WHERE mode IN (${modes.map(() => '?').join(',')}) ORDER BY updated_at`)
        .all(...modes);
      return rows.map(toConversation);
    },
    async recordEscalation(conversationId, reason, outcome, at) {
      q.insertHandoff.run(conversationId, reason.code, JSON.stringify(reason), outcome, at);
    },
    async recordAccept(conversationId, agentId, at) {
      q.accept.run(agentId, at, conversationId);
    },
    async recordResolve(conversationId, at) {
      q.resolve.run(at, conversationId);
    },
    async recentAcceptTimes(limit) {
      return q.recentAccepts.all(limit).map((r) => r.ms);
    },
    async createTicket(ticket) {
      return addTicket(ticket);
    },
    async updateTicket(ticket) {
      q.updateTicket.run(JSON.stringify(ticket), ticket.clientId ?? null, ticket.id);
    },
    async setTicketHandled(id, handled) {
      const row = q.handleTicket.get(handled ? 1 : 0, id);
      return row ? toTicket(row) : undefined;
    },
    async listTickets() {
      return q.listTickets.all().map(toTicket);
    },
    async ticketsOf(conversationId) {
      return q.ticketsOf.all(conversationId).map(toTicket);
    },
    async metrics(since, until, idleMs) {
      return metrics(since, until, idleMs);
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

