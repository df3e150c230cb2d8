import type { ConversationView } from '../../protocol/agent-frames';

/** What to call the visitor: their name, else their email (from the form or the site's identity), else "Visitor" and a short id. */
export function visitorName(view: Pick<ConversationView, 'conversationId' | 'visitor'>): string {
  const { visitor } = view;
  return (
    visitor.name ||
    visitor.identity?.name ||
    visitor.email ||
    visitor.identity?.email ||
    `Visitor ${view.conversationId.slice(-4).toUpperCase()}`
  );
}
