import type { ConversationView } from '../../protocol/agent-frames';

/** What to call the visitor: their name, else their email, else "Visitor" and a short id. */
export function visitorName(view: Pick<ConversationView, 'conversationId' | 'visitor'>): string {
  return view.visitor.name || view.visitor.email || `Visitor ${view.conversationId.slice(-4).toUpperCase()}`;
}
