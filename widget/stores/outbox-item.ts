import type { VisitorFrame } from '../../protocol/visitor-frames';

/** A frame the visitor sent that the relay has not acknowledged yet; resent as-is after every reconnect. */
export type OutboxItem = Extract<VisitorFrame, { type: 'message' | 'handoff' | 'ticket' }>;

/** The text a handoff request is stored and shown with, matching the relay's entry. */
export const HANDOFF_TEXT = 'Talk to a person';
