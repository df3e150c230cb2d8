/** Who wrote a transcript entry. `system` entries are the relay's own notices (joined, queued, offline). */
export type Role = 'visitor' | 'bot' | 'agent' | 'system';

/** What a system or special entry means, so clients can style it without parsing text. */
export type EntryKind =
  | 'handoff-request'
  | 'queued'
  | 'still-waiting'
  | 'joined'
  | 'resolved'
  | 'offline'
  | 'ticket'
  | 'agents-gone'
  /** A thumbs-up or thumbs-down on a bot answer. */
  | 'feedback'
  /** Handed to another agent or team. */
  | 'transferred'
  /** The agent left; the conversation is back at the front of the queue. */
  | 'requeued'
  /** Nobody accepted in time; the visitor is asked for an email. */
  | 'timeout';

/** One stored line of a conversation. `seq` is per conversation, starts at 1 and never has gaps. */
export interface Entry {
  seq: number;
  role: Role;
  text: string;
  /** Milliseconds since the epoch, from the relay's clock. */
  at: number;
  /** The sender's id for this entry, used to drop duplicates on resend. */
  clientId?: string;
  /** Display name of the author: the agent's label for agent entries. */
  author?: string;
  kind?: EntryKind;
  /** Bot answers carry their confidence; an unsure answer is a strike. */
  confident?: boolean;
  score?: number;
}
