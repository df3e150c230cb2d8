import type { ConversationView } from '../../protocol/agent-frames';
import { showDesktopNotification } from '../lib/desktop-notification';
import { playChime } from '../lib/play-chime';
import { visitorName } from '../lib/visitor-name';
import { $agent, $available } from './agent';
import { $queue } from './conversations';
import { selectConversation } from './selection';
import { openView } from './view';

/** Whether a waiting conversation is this agent's business: no team, one of their teams, or suggested for them. */
function concernsMe(view: ConversationView): boolean {
  const me = $agent.get();
  if (!me) return false;
  if (view.suggestedAgentId === me.id) return true;
  return !view.team || !me.teams?.length || me.teams.includes(view.team);
}

/** Brings the console forward on a conversation, from a notification click. */
function bringForward(view: 'waiting' | 'mine', conversationId: string): void {
  openView(view);
  selectConversation(conversationId);
}

/**
 * After the queue changed: chimes for conversations that were not in `before` and concern this
 * agent, and when the tab is hidden also shows a notification ("New conversation waiting" and the
 * reason). Quiet while the agent is unavailable. Returns the newcomers it announced.
 */
export function announceArrivals(before: readonly string[]): ConversationView[] {
  const known = new Set(before);
  const arrived = $queue.get().filter((v) => !known.has(v.conversationId) && concernsMe(v));
  if (!arrived.length || !$available.get()) return [];
  playChime();
  if (document.hidden) {
    const first = arrived[0];
    const title = arrived.length === 1 ? 'New conversation waiting' : `${arrived.length} new conversations waiting`;
    const reason = first.status.reason?.label ?? 'Asked for a person';
    const body = arrived.length === 1 ? `${reason} — ${visitorName(first)}` : `${reason}, and ${arrived.length - 1} more`;
    showDesktopNotification(title, body, () => bringForward('waiting', first.conversationId));
  }
  return arrived;
}

/** A conversation another agent transferred to this one: chime, and notify when the tab is hidden. */
export function announceTransferredIn(view: ConversationView): void {
  playChime();
  if (document.hidden) {
    const body = view.note ? `${visitorName(view)}: ${view.note}` : visitorName(view);
    showDesktopNotification('Conversation transferred to you', body, () => bringForward('mine', view.conversationId));
  }
}
