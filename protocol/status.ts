/** The conversation's mode, as the visitor and the agents see it. */
export type Mode = 'bot' | 'queued' | 'agent' | 'offline';

/** Why a conversation was handed to a person, with the evidence that decided it. */
export interface Reason {
  /** Machine-readable trigger name: `button`, `explicit-request`, `repeated-failure`, … */
  code: string;
  /** One line for a person to read. */
  label: string;
  /** What matched: the phrase, the unsure answers, the score. */
  evidence?: string;
  /** For `policy` reasons: which topic (refund, security, emergency, …). */
  topic?: string;
}

/** An honest wait: the place in line, and minutes only when recent figures support them. */
export interface WaitEstimate {
  /** 1 = next in line. */
  position: number;
  /** Typical minutes to be accepted, from recent accepts; null when there is no history to go on. */
  minutes: number | null;
}

/** What the visitor's widget needs to show the right banner. */
export interface Status {
  mode: Mode;
  reason?: Reason;
  agentLabel?: string;
  wait?: WaitEstimate;
  /** The team the conversation is routed to, by name. */
  team?: string;
}
