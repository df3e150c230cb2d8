import type { Chat } from '../stores/create-chat';
import { createEmitter } from './create-emitter';
import { HOST_EVENT_NAMES, type HostEventName, type HostEvents } from './host-events';
import { toIdentifyFrame, type IdentifyInput } from './to-identify-frame';
import { watchChatEvents } from './watch-chat-events';

/** `window.Baton`: methods, and callable as `Baton('method', ...args)` like the queue snippet. */
export interface HostApi {
  (method: string, ...args: unknown[]): unknown;
  /** Opens the chat panel. */
  open(): void;
  /** Closes the chat panel. */
  close(): void;
  /** Says who the visitor is, replacing any earlier identity; resent after every reconnect. False (with a console warning) when a field is invalid. */
  identify(input: IdentifyInput): boolean;
  /** Calls `fn` on each `event`; returns the function that stops it. */
  on<E extends HostEventName>(event: E, fn: (payload: HostEvents[E]) => void): () => void;
}

/**
 * The host-page API for one mounted chat. Mistakes (an unknown method or event, a bad identity)
 * are reported with `console.warn` and otherwise ignored: they must not break the page's script.
 */
export function createHostApi(chat: Chat): HostApi {
  const events = createEmitter<HostEvents>();
  watchChatEvents(chat, events.emit);

  const methods: Pick<HostApi, 'open' | 'close' | 'identify' | 'on'> = {
    open: () => chat.open(),
    close: () => chat.close(),
    identify(input) {
      const result = toIdentifyFrame(input);
      if (!result.ok) console.warn(`Baton.identify: ${result.error}; the identity was not sent.`);
      else chat.identify(result.frame);
      return result.ok;
    },
    on(event, fn) {
      if (!HOST_EVENT_NAMES.includes(event) || typeof fn !== 'function') {
        console.warn(`Baton.on: expected one of ${HOST_EVENT_NAMES.join(', ')} and a function, got ${String(event)}.`);
        return () => {};
      }
      return events.on(event, fn);
    },
  };

  const api = (method: string, ...args: unknown[]): unknown => {
    if (!Object.prototype.hasOwnProperty.call(methods, method)) {
      console.warn(`Baton: unknown method ${JSON.stringify(method)}; expected one of ${Object.keys(methods).join(', ')}.`);
      return undefined;
    }
    return (methods[method as keyof typeof methods] as (...a: unknown[]) => unknown)(...args);
  };
  return Object.assign(api, methods);
}
