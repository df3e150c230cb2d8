import type { Entry, EntryKind, Role } from '../../protocol/entry';
import type { PublicSettings } from '../../protocol/settings';
import { HANDOFF_TEXT, type OutboxItem } from './outbox-item';

/** One line of the visible conversation. */
export interface TranscriptItem {
  /** Stable key for rendering: `seq:N`, `out:<clientId>` or `greeting`. */
  key: string;
  role: Role;
  text: string;
  /** The stored entry's seq; absent for the greeting and outbox lines. */
  seq?: number;
  /** Label above a bot or agent line: "<siteName> bot" or the agent's label; absent for visitor and system lines. */
  author?: string;
  kind?: EntryKind;
  /** True while the line is still in the outbox: sent, not yet stored by the relay. */
  pending: boolean;
}

/** Kinds that are the relay's notices whatever role they carry: always shown as a centred notice. */
const NOTICE_KINDS: ReadonlySet<EntryKind | undefined> = new Set<EntryKind>([
  'queued',
  'still-waiting',
  'joined',
  'resolved',
  'offline',
  'ticket',
  'agents-gone',
  'transferred',
  'requeued',
  'timeout',
]);

/** The label for bot lines: "<siteName> bot", or "Bot" before settings arrive. */
export function botLabel(settings: PublicSettings | null): string {
  return settings?.siteName ? `${settings.siteName} bot` : 'Bot';
}

function authorOf(role: Role, settings: PublicSettings | null, author?: string): string | undefined {
  if (role === 'bot') return botLabel(settings);
  if (role === 'agent') return author || 'Agent';
  return undefined;
}

/**
 * The conversation as shown: the greeting first (when settings have one), stored entries in seq
 * order, then outbox messages and handoffs whose clientId no entry carries yet, in sending order.
 * Tickets and feedback are not lines (the relay's confirmation is; feedback marks its answer's button).
 */
export function buildTranscript(settings: PublicSettings | null, entries: readonly Entry[], outbox: readonly OutboxItem[]): TranscriptItem[] {
  const items: TranscriptItem[] = [];
  if (settings?.greeting) items.push({ key: 'greeting', role: 'bot', text: settings.greeting, author: botLabel(settings), pending: false });
  const stored = new Set<string>();
  for (const entry of entries) {
    if (entry.clientId) stored.add(entry.clientId);
    if (entry.kind === 'feedback') continue;
    const role = NOTICE_KINDS.has(entry.kind) ? 'system' : entry.role;
    items.push({ key: `seq:${entry.seq}`, role, text: entry.text, seq: entry.seq, author: authorOf(role, settings, entry.author), kind: entry.kind, pending: false });
  }
  for (const item of outbox) {
    if (item.type === 'ticket' || item.type === 'feedback' || stored.has(item.clientId)) continue;
    const handoff = item.type === 'handoff';
    items.push({ key: `out:${item.clientId}`, role: 'visitor', text: handoff ? HANDOFF_TEXT : item.text, kind: handoff ? 'handoff-request' : undefined, pending: true });
  }
  return items;
}
