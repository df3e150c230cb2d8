import type { ConversationView, Roster } from '../../protocol/agent-frames';

/** Who has a conversation: "you" for this agent, else the status's agent label, the roster's, or the id. */
export function holderLabel(view: Pick<ConversationView, 'agentId' | 'status'>, roster: Roster | null, me: string | undefined): string {
  if (view.agentId && view.agentId === me) return 'you';
  return view.status.agentLabel || roster?.agents.find((a) => a.id === view.agentId)?.label || view.agentId || 'an agent';
}
