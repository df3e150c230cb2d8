import { persistentAtom } from '@nanostores/persistent';
import { atom, computed } from 'nanostores';
import type { Entry } from '../../protocol/entry';
import type { PublicSettings } from '../../protocol/settings';
import type { Status } from '../../protocol/status';
import type { VisitorFrame } from '../../protocol/visitor-frames';
import { buildTranscript } from './build-transcript';
import { ratingsOf } from './feedback-ratings';
import type { OutboxItem } from './outbox-item';
import { storageKeys } from './storage-keys';
import { readOutbox, readSession, writeStored, type Session } from './stored-values';
import { ticketState } from './ticket-state';

/** The socket's state as the visitor sees it: `open` only once the relay has said `welcome`. */
export type Connection = 'connecting' | 'open' | 'closed';

/** The agent's typing indicator; null when nobody is typing. */
export type Typing = { author?: string } | null;

/** Who the host page says the visitor is, as sent to the relay. */
export type IdentifyFrame = Extract<VisitorFrame, { type: 'identify' }>;

/**
 * One chat's stores, fresh on every call: plain atoms for facts, `computed` for everything derived.
 * The session and outbox persist in the persistent engine (localStorage by default) under keys
 * scoped by the relay's origin, without cross-tab syncing.
 */
export function createChatStores(relayUrl: string) {
  const keys = storageKeys(relayUrl);

  /** Site settings from the relay's `welcome`; null until the first one. */
  const $settings = atom<PublicSettings | null>(null);
  /** Whether the panel is open; starts closed. */
  const $open = atom(false);
  /** Starts `closed`; `connect()` makes it `connecting`. */
  const $connection = atom<Connection>('closed');
  /** The conversation's mode; `bot` until the relay says otherwise. */
  const $status = atom<Status>({ mode: 'bot' });
  /** Entries the relay has stored (or acknowledged), sorted by seq, one per seq. */
  const $entries = atom<Entry[]>([]);
  /** The conversation's last seq when this page joined it: entries up to it are history, not news. 0 for a new conversation. */
  const $baseSeq = atom(0);
  /** The host page's last `Baton.identify()`, sent after every welcome; null until it calls. Not persisted: the page identifies on each load. */
  const $identity = atom<IdentifyFrame | null>(null);
  /** The conversation to resume, persisted per relay origin; null before the first message. */
  const $session = persistentAtom<Session | null>(keys.session, null, { encode: writeStored, decode: readSession, listen: false });
  /** Sent but unacknowledged frames, persisted so a reload loses nothing; resent in order after each welcome. */
  const $outbox = persistentAtom<OutboxItem[]>(keys.outbox, [], { encode: writeStored, decode: readOutbox, listen: false });
  /** Who is typing on the agent side; null when nobody. */
  const $typing = atom<Typing>(null);
  /** The last error to show the visitor; null when there is none. */
  const $error = atom<string | null>(null);
  /** The visible conversation: greeting, entries, then pending outbox lines, each exactly once. */
  const $transcript = computed([$settings, $entries, $outbox], buildTranscript);
  /** The visitor's thumbs on bot answers, by the answer's seq. */
  const $ratings = computed([$entries, $outbox], ratingsOf);
  /** The text of the visitor's latest message, sent or pending; '' when none (prefills the offline form's question). */
  const $lastMessage = computed($transcript, (items) => items.filter((item) => item.role === 'visitor' && !item.kind).pop()?.text ?? '');
  /** Where the offline form stands. */
  const $ticket = computed([$entries, $outbox], ticketState);
  /** True while nobody is available and no ticket has been confirmed since. */
  const $showOfflineForm = computed([$status, $ticket], (status, ticket) => status.mode === 'offline' && ticket !== 'sent');
  /** False while queued, with an agent, or while a handoff is in flight. */
  const $canRequestPerson = computed(
    [$status, $outbox],
    (status, outbox) => status.mode !== 'queued' && status.mode !== 'agent' && !outbox.some((item) => item.type === 'handoff'),
  );

  return {
    $settings,
    $open,
    $connection,
    $status,
    $entries,
    $baseSeq,
    $identity,
    $session,
    $outbox,
    $typing,
    $error,
    $transcript,
    $ratings,
    $lastMessage,
    $ticket,
    $showOfflineForm,
    $canRequestPerson,
  };
}
