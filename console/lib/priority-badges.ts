import type { ConversationView } from '../../protocol/agent-frames';

/** One badge shown beside a waiting conversation: its words and its colour class. */
export interface Badge {
  text: string;
  tone: 'vip' | 'urgent' | 'flagged' | 'returned';
}

/**
 * Why a conversation is ahead in the queue, as badges: VIP, Flagged, Returned (an agent dropped it
 * back in the queue), and Urgent for any other raised priority (urgent topics, frustration), since
 * the relay sends priority as a bare number.
 */
export function priorityBadges(view: Pick<ConversationView, 'visitor' | 'priority' | 'entries'>): Badge[] {
  const badges: Badge[] = [];
  if (view.visitor.vip) badges.push({ text: 'VIP', tone: 'vip' });
  if (view.visitor.flagged) badges.push({ text: 'Flagged', tone: 'flagged' });
  const lastSystem = [...view.entries].reverse().find((e) => e.role === 'system' && e.kind);
  const returned = lastSystem?.kind === 'requeued';
  if (returned) badges.push({ text: 'Returned', tone: 'returned' });
  if ((view.priority ?? 0) > 0 && !view.visitor.vip && !returned) badges.push({ text: 'Urgent', tone: 'urgent' });
  return badges;
}
