import { setPersistentEngine, type PersistentStore } from '@nanostores/persistent';
import { CloseCode } from '../../protocol/close-codes';
import type { Entry } from '../../protocol/entry';
import type { ServerToVisitor, VisitorFrame } from '../../protocol/visitor-frames';
import type { BackoffOptions } from '../../client/backoff-delay';
import { createTransport, type CloseInfo, type SocketConstructor, type Transport } from '../../client/create-transport';
import { visitorSocketUrl } from '../visitor-socket-url';
import { createChatStores, type IdentifyFrame } from './create-chat-stores';
import { createTypingSignal } from './create-typing-signal';
import { errorText } from './error-text';
import { feedbackClientId, type Rating } from './feedback-ratings';
import { isEmail } from './is-email';
import { lastContiguousSeq, mergeEntries } from './merge-entries';
import { newClientId } from './new-client-id';
import { provisionalEntry, type OutboxItem } from './outbox-item';

/** Options for {@link createChat}. */
export interface ChatOptions {
  /** The relay's base URL, e.g. `https://relay.example`; the socket is `<relay>/ws/visitor`. */
  relayUrl: string;
  /** Defaults to the global `WebSocket`; tests pass a fake. */
  WebSocket?: SocketConstructor;
  /**
   * Where the session and outbox persist. Defaults to localStorage. Setting it replaces
   * @nanostores/persistent's engine, which is shared by every store in the page.
   */
  storage?: PersistentStore;
  /** Reconnect timing; defaults to 500 ms doubling to 10 s with jitter. */
  backoff?: Partial<BackoffOptions>;
}

/** What a visitor types into the offline form. */
export interface TicketInput {
  email: string;
  name?: string;
  question?: string;
}

const noEvents = { addEventListener() {}, removeEventListener() {} };

/**
 * Builds one chat: its stores and the actions that change them. Nothing is shared between two
 * chats except localStorage. Nothing connects until `connect()`. Defaults: see {@link ChatOptions}.
 */
export function createChat(options: ChatOptions) {
  if (options.storage) setPersistentEngine(options.storage, noEvents);

  const stores = createChatStores(options.relayUrl);
  const { $settings, $open, $connection, $status, $entries, $baseSeq, $identity, $session, $outbox, $typing, $error, $ratings, $ticket, $canRequestPerson } = stores;

  let transport: Transport | null = null;

  /** Sends a frame that is only worth sending now (never queued); false when not connected. */
  function sendNow(frame: VisitorFrame): boolean {
    return $connection.get() === 'open' && !!transport?.send(frame);
  }

  const visitorTyping = createTypingSignal((on) => sendNow({ type: 'typing', on }));

  function emit(item: OutboxItem): void {
    $outbox.set([...$outbox.get(), item]);
    $error.set(null);
    if ($connection.get() === 'open') transport?.send(item);
  }

  function dropFromOutbox(clientIds: ReadonlySet<string>): OutboxItem[] {
    const outbox = $outbox.get();
    const dropped = outbox.filter((item) => clientIds.has(item.clientId));
    if (dropped.length) $outbox.set(outbox.filter((item) => !clientIds.has(item.clientId)));
    return dropped;
  }

  function accept(incoming: readonly unknown[]): void {
    const merged = mergeEntries($entries.get(), incoming);
    $entries.set(merged);
    const echoed = new Set<string>();
    for (const entry of incoming as Entry[]) if (entry?.clientId) echoed.add(entry.clientId);
    dropFromOutbox(echoed);
    if ((incoming as Entry[]).some((entry) => entry?.role === 'agent')) $typing.set(null);
  }

  function acknowledge(clientId: string, seq: number): void {
    const [item] = dropFromOutbox(new Set([clientId]));
    // Keep the line (or the chosen thumb) on screen between the ack and its echo: a provisional entry the echo replaces.
    const provisional = item && Number.isInteger(seq) && !$entries.get().some((entry) => entry.seq === seq) ? provisionalEntry(item, seq) : null;
    if (provisional) $entries.set(mergeEntries($entries.get(), [provisional]));
  }

  function forgetSession(): void {
    $session.set(null);
    $baseSeq.set(0);
    $entries.set([]);
    $typing.set(null);
  }

  function hello(): void {
    const session = $session.get();
    const frame: VisitorFrame = {
      type: 'hello',
      ...(session ? { resume: session } : {}),
      lastSeq: lastContiguousSeq($entries.get()),
      page: { url: location.href.slice(0, 2048), title: document.title.slice(0, 300) },
      lang: navigator.language?.slice(0, 35),
    };
    transport?.send(frame);
  }

  function closed({ code }: CloseInfo): void {
    visitorTyping.stop();
    $connection.set('closed');
    $typing.set(null);
    if (code === CloseCode.TOO_BIG) {
      // The relay refused a frame as too large; drop the largest pending one or it would be resent forever.
      const largest = [...$outbox.get()].sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0];
      if (largest) dropFromOutbox(new Set([largest.clientId]));
      $error.set('That was too large to send. Please send something shorter.');
    } else if (code === CloseCode.RATE_LIMITED) {
      $error.set("You're sending messages very quickly. Reconnecting in a moment…");
    }
  }

  /** Applies one frame from the relay to the stores. */
  function handleFrame(frame: ServerToVisitor): void {
    switch (frame.type) {
      case 'welcome': {
        const held = $session.get();
        if (frame.session) {
          const other = held?.conversationId !== frame.session.conversationId;
          // The first welcome of this page (no settings yet), or another conversation: what it already holds is history.
          if (other || !$settings.get()) $baseSeq.set(Number.isInteger(frame.lastSeq) ? frame.lastSeq : 0);
          if (held && other) $entries.set([]);
          $session.set({ conversationId: frame.session.conversationId, token: frame.session.token });
        } else if (held) {
          forgetSession();
        }
        $settings.set(frame.settings);
        $status.set(frame.status);
        $connection.set('open');
        // Identity first: a verified VIP is routed at their first message, which may be in the outbox.
        const identity = $identity.get();
        if (identity) transport?.send(identity);
        for (const item of $outbox.get()) transport?.send(item);
        break;
      }
      case 'session':
        $session.set({ conversationId: frame.conversationId, token: frame.token });
        break;
      case 'history':
        if (Array.isArray(frame.entries)) accept(frame.entries);
        break;
      case 'entry':
        accept([frame.entry]);
        break;
      case 'ack':
        acknowledge(frame.clientId, frame.seq);
        break;
      case 'status':
        $status.set(frame.status);
        if (frame.status.mode !== 'agent') $typing.set(null);
        break;
      case 'typing':
        $typing.set(frame.on ? { author: frame.author } : null);
        break;
      case 'error':
        if (frame.code === 'resume-rejected') {
          forgetSession();
          break;
        }
        if (frame.code === 'bad-signature') {
          // The site's setup is wrong, not the visitor's doing: tell the developer, not the visitor.
          console.warn(`Baton.identify: ${frame.message}`);
          break;
        }
        // A rejected frame would be rejected again on every resend.
        if (frame.clientId) dropFromOutbox(new Set([frame.clientId]));
        $error.set(errorText(frame.code, $settings.get()));
        break;
    }
  }

  /** Opens the socket (no-op when already connecting or open); reconnects on its own until `disconnect()`. */
  function connect(): void {
    if (transport) return;
    $connection.set('connecting');
    transport = createTransport({
      url: visitorSocketUrl(options.relayUrl),
      WebSocket: options.WebSocket,
      backoff: options.backoff,
      onOpen() {
        $connection.set('connecting');
        hello();
      },
      onFrame: (frame) => handleFrame(frame as ServerToVisitor),
      onClose: closed,
    });
  }

  /** Closes the socket and stops reconnecting. */
  function disconnect(): void {
    visitorTyping.stop();
    transport?.close();
    transport = null;
    $connection.set('closed');
  }

  /** Sends a message: trims it, ignores an empty one, refuses one over `settings.maxMessageLength` with an error. Returns true when queued. */
  function send(text: string): boolean {
    const trimmed = text.trim();
    if (!trimmed) return false;
    const max = $settings.get()?.maxMessageLength;
    if (max && trimmed.length > max) {
      $error.set(`That message is ${trimmed.length} characters long; the limit is ${max}. Please shorten it.`);
      return false;
    }
    emit({ type: 'message', clientId: newClientId(), text: trimmed });
    visitorTyping.stop();
    return true;
  }

  /** The composer's text changed: typing while it has text, stopped when emptied (see {@link createTypingSignal}: 3 s idle stops it too). */
  function noteTyping(text: string): void {
    if (text.trim()) visitorTyping.input();
    else visitorTyping.stop();
  }

  /** Records who the visitor is (replacing any earlier identity) and sends it now if connected, else after the next welcome. */
  function identify(frame: IdentifyFrame): void {
    $identity.set(frame);
    sendNow(frame);
  }

  /** Thumbs up or down on the bot answer at `seq`: once per answer, through the outbox. Returns true when sent. */
  function rate(seq: number, value: Rating): boolean {
    const answer = $entries.get().find((entry) => entry.seq === seq);
    if (answer?.role !== 'bot' || $ratings.get().has(seq)) return false;
    emit({ type: 'feedback', clientId: feedbackClientId(seq, value), seq, value });
    return true;
  }

  /** Asks for a person (the "Talk to a person" button); ignored while queued, with an agent, or already asking. Returns true when sent. */
  function requestPerson(): boolean {
    if (!$canRequestPerson.get()) return false;
    emit({ type: 'handoff', clientId: newClientId() });
    return true;
  }

  /** Leaves an email for a reply later; refuses an invalid email with an error, trims and caps name (200) and question (4000). Returns true when sent. */
  function submitTicket(input: TicketInput): boolean {
    const email = input.email.trim();
    if (!isEmail(email)) {
      $error.set('Please enter a valid email address, like name@example.com.');
      return false;
    }
    if ($ticket.get() === 'sending') return false;
    const name = input.name?.trim().slice(0, 200);
    const question = input.question?.trim().slice(0, 4000);
    emit({ type: 'ticket', clientId: newClientId(), email, ...(name ? { name } : {}), ...(question ? { question } : {}) });
    return true;
  }

  return {
    ...stores,
    /** Opens the panel. */
    open: () => $open.set(true),
    /** Closes the panel. */
    close: () => $open.set(false),
    /** Opens the panel when closed, closes it when open. */
    toggle: () => $open.set(!$open.get()),
    /** Hides the current error (the visitor is correcting it). */
    clearError: () => $error.set(null),
    send,
    noteTyping,
    identify,
    rate,
    requestPerson,
    submitTicket,
    handleFrame,
    connect,
    disconnect,
  };
}

/** One chat's stores and actions, as {@link createChat} returns them. */
export type Chat = ReturnType<typeof createChat>;
