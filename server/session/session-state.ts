import type { Mode, Reason } from '../../protocol';

/** Where a conversation is in its life. Plain data: stored as JSON, fed to `transition`. */
export type SessionState =
  | { mode: 'bot' }
  | { mode: 'queued'; reason: Reason; since: number }
  | { mode: 'agent'; reason: Reason; since: number; agentId: string; agentLabel: string }
  | { mode: 'offline'; reason: Reason; since: number };

/** Something that happened to a conversation. Times come in with the event: the machine has no clock. */
export type SessionEvent =
  /** A trigger decided a person is needed; `agentsAvailable` says whether anyone can take it now. */
  | { type: 'escalate'; reason: Reason; at: number; agentsAvailable: boolean }
  | { type: 'accept'; agentId: string; agentLabel: string; at: number }
  | { type: 'resolve'; agentId: string; at: number }
  /** The last available agent left while the conversation was waiting. */
  | { type: 'agents-gone'; at: number }
  /** The visitor left an email on the offline form. */
  | { type: 'ticket'; at: number };

/** What the caller must do after a transition. Text is chosen by the caller; the machine only names it. */
export type SessionEffect =
  | { type: 'announce'; kind: 'queued' | 'still-waiting' | 'joined' | 'resolved' | 'offline' | 'ticket' | 'agents-gone' }
  /** Tell agents the waiting queue changed. */
  | { type: 'queue-changed' }
  /** Store the offline ticket with the transcript. */
  | { type: 'create-ticket'; reason: Reason }
  /** Tell the previous agent the conversation left them. */
  | { type: 'release'; agentId: string };

/** Why an event was refused in the current state. */
export type SessionRefusal = 'invalid-state' | 'already-accepted' | 'not-yours';

/** The outcome of one transition: a new state and effects, or a refusal that leaves the state alone. */
export type TransitionResult =
  | { ok: true; state: SessionState; effects: SessionEffect[] }
  | { ok: false; error: SessionRefusal; state: SessionState };

/** The mode a state shows to clients. */
export const modeOf = (state: SessionState): Mode => state.mode;
