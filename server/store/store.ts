import type { Entry, Mode, Reason, TicketView, VisitorInfo } from '../../protocol';
import type { SessionState } from '../session/session-state';

/** A conversation as stored. The resume token itself is never stored, only its SHA-256. */
export interface StoredConversation {
  id: string;
  tokenHash: string;
  state: SessionState;
  visitor: VisitorInfo;
  lastSeq: number;
  createdAt: number;
  updatedAt: number;
}

/** An offline request for a reply by email: what agents see, plus the visitor's form submission id (absent for tickets made when nobody accepted in time). */
export type Ticket = TicketView & { clientId?: string };

/** Figures for the metrics view, from stored conversations. */
export type MetricsFigures = import('../../protocol').Metrics;

/** The outcome of an append: the stored entry, and whether its clientId had been stored before. */
export interface AppendResult {
  entry: Entry;
  duplicate: boolean;
}

/**
 * Persistence behind one small interface. Async so a networked database can fill it later; the
 * embedded default is SQLite. `appendEntry` must assign gap-free seqs and dedupe by clientId.
 */
export interface Store {
  createConversation(c: { id: string; tokenHash: string; visitor: VisitorInfo; at: number }): Promise<StoredConversation>;
  getConversation(id: string): Promise<StoredConversation | undefined>;
  saveState(id: string, state: SessionState, at: number): Promise<void>;
  saveVisitor(id: string, visitor: VisitorInfo): Promise<void>;
  appendEntry(conversationId: string, entry: Omit<Entry, 'seq'>): Promise<AppendResult>;
  entriesAfter(conversationId: string, seq: number): Promise<Entry[]>;
  conversationsIn(modes: readonly Mode[]): Promise<StoredConversation[]>;
  /** Records a handoff decision; `outcome` says whether it was queued or went to the offline path. */
  recordEscalation(conversationId: string, reason: Reason, outcome: 'queued' | 'offline', at: number): Promise<void>;
  recordAccept(conversationId: string, agentId: string, at: number): Promise<void>;
  recordResolve(conversationId: string, at: number): Promise<void>;
  /** Milliseconds from queue to accept for the most recent accepted handoffs, newest first. */
  recentAcceptTimes(limit: number): Promise<number[]>;
  /** Stores a ticket; a second ticket with the same conversation and clientId returns the first. */
  createTicket(ticket: Omit<Ticket, 'handled'>): Promise<{ ticket: Ticket; duplicate: boolean }>;
  /** Replaces a ticket's contents (adding the email to a timed-out one, say), keeping its id and handled flag. */
  updateTicket(ticket: Omit<Ticket, 'handled'>): Promise<void>;
  setTicketHandled(id: string, handled: boolean): Promise<Ticket | undefined>;
  listTickets(): Promise<Ticket[]>;
  ticketsOf(conversationId: string): Promise<Ticket[]>;
  /** Metrics over [since, until]: conversations idle for `idleMs` count as left. */
  metrics(since: number, until: number, idleMs: number): Promise<MetricsFigures>;
  close(): Promise<void>;
}
