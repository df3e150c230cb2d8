import type { Reason, VisitorInfo } from '../../protocol';

/** Queue priority: VIP first, then urgent topics, then frustration; higher goes first, ties by waiting time. */
export const PRIORITY = {
  /** Back to the front after the agent dropped off. */
  requeued: 1000,
  vip: 100,
  urgent: 50,
  frustrated: 20,
  normal: 0,
} as const;

const URGENT_TOPICS = new Set(['emergency', 'security', 'legal']);

/** The priority a new escalation gets in the queue. */
export function priorityOf(reason: Reason, visitor: VisitorInfo): number {
  let p: number = PRIORITY.normal;
  if (visitor.vip) p += PRIORITY.vip;
  if (reason.topic && URGENT_TOPICS.has(reason.topic)) p += PRIORITY.urgent;
  if (reason.code === 'frustration') p += PRIORITY.frustrated;
  return p;
}
