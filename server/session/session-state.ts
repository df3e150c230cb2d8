import type { Reason } from '../../protocol';

/** Where a conversation is in its life. Plain data: stored as JSON, fed to `transition`. */
export type SessionState =
  | { mode: 'bot' }
  | { mode: 'queued'; reason: Reason; since: number; team: string; priority: number; note?: string }
  | { mode: 'agent'; reason: Reason; since: number; team: string; agentId: string; agentLabel: string; note?: string }
  | { mode: 'offline'; reason: Reason; since: number };

/** Where a transfer goes: a team's queue, or straight to one agent. */
export type TransferTarget = { team: string; priority: number } | { agentId: string; agentLabel: string; team: string };

/** Something that happened to a conversation. Times come in with the event: the machine has no clock. */
export type SessionEvent =
  /** A trigger decided a person is needed; `team` is where routing sends it, null when no team can answer now. */
  | { type: 'escalate'; reason: Reason; at: number; team: string | null; priority: number }
  | { type: 'accept'; agentId: string; agentLabel: string; at: number }
  | { type: 'resolve'; agentId: string; at: number }
  | { type: 'transfer'; agentId: string; to: TransferTarget; note: string; at: number }
  /** The agent who had it dropped off and did not come back in time. */
  | { type: 'agent-lost'; agentId: string; at: number; priority: number }
  /** The last available agent left while the conversation was waiting. */
  | { type: 'agents-gone'; at: number }
  /** Nobody accepted within the configured time. */
  | { type: 'accept-timeout'; at: number }
  /** The visitor left an email on the offline form. */
  | { type: 'ticket'; at: number };

/** Why a conversation left an agent. */
export type ReleaseReason = 'resolved' | 'transferred' | 'requeued';

/** What the caller must do after a transition, in order. Text is chosen by the caller; the machine only names it. */
export type SessionEffect =
  | { type: 'announce'; kind: 'queued' | 'still-waiting' | 'joined' | 'resolved' | 'offline' | 'ticket' | 'agents-gone' | 'transferred' | 'requeued' | 'timeout' }
  /** Tell agents the waiting queue changed. */
  | { type: 'queue-changed' }
  /** Give this agent the whole context (transcript, reason, summary, identity) before the visitor hears anything. */
  | { type: 'brief-agent'; agentId: string }
  /** Store (or complete) the offline ticket with the transcript. */
  | { type: 'create-ticket'; reason: Reason }
  /** Tell the agent who had it that the conversation left them, and why. */
  | { type: 'release'; agentId: string; why: ReleaseReason };

/** Why an event was refused in the current state. */
export type SessionRefusal = 'invalid-state' | 'already-accepted' | 'not-yours';

/** The outcome of one transition: a new state and effects, or a refusal that leaves the state alone. */
export type TransitionResult =
  | { ok: true; state: SessionState; effects: SessionEffect[] }
  | { ok: false; error: SessionRefusal; state: SessionState };

