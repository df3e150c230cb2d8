/** One message as the trigger engine sees it: the replay format, and what the hub maps entries to. */
export interface TriggerMessage {
  role: 'visitor' | 'bot' | 'agent' | 'system';
  text: string;
  /** Bot messages: false when the bot did not know. */
  confident?: boolean;
  /** Visitor feedback on the previous bot answer. */
  feedback?: 'up' | 'down';
  /** System messages: a `resolved`, `ticket`, `queued` or `offline` notice starts a fresh bot phase. */
  kind?: string;
}

/** What is known about the visitor and where they are. */
export interface TriggerContext {
  page?: string;
  vip?: boolean;
  flagged?: boolean;
  lang?: string;
  [key: string]: unknown;
}

/** Why a person is needed, with the evidence. `reply` is a policy's own message to the visitor. */
export interface TriggerDecision {
  code: 'explicit-request' | 'business-rule' | 'policy' | 'frustration' | 'repeated-failure' | 'custom' | 'classifier';
  label: string;
  evidence: string;
  topic?: string;
  score?: number;
  reply?: string;
}
