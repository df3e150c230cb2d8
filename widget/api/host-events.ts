import type { Entry } from '../../protocol/entry';
import type { Status } from '../../protocol/status';

/** The events a host page can follow with `Baton.on(event, fn)`, each with its payload. */
export interface HostEvents {
  /** The panel opened (launcher, `Baton.open()` or anything else). */
  open: undefined;
  /** The panel closed. */
  close: undefined;
  /** A transcript entry new to this page: every role and kind, in seq order as they arrive. */
  message: Entry;
  /** The conversation became queued (waiting for a person) or offline (nobody available). */
  handoff: Status;
  /** An agent took over, or the conversation passed to another agent. */
  'agent-joined': { agentLabel?: string };
  /** The agent resolved the conversation. */
  resolved: undefined;
}

/** One of {@link HostEvents}' names. */
export type HostEventName = keyof HostEvents;

/** Every event name, to refuse a misspelt one in `Baton.on`. */
export const HOST_EVENT_NAMES: readonly HostEventName[] = ['open', 'close', 'message', 'handoff', 'agent-joined', 'resolved'];

/** Delivers one event to the page's listeners. */
export type EmitHostEvent = <E extends HostEventName>(event: E, payload: HostEvents[E]) => void;
