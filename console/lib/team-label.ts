import type { ConversationView, Roster } from '../../protocol/agent-frames';

/** The team a conversation is routed to, by name: the status's name, else the roster's, else the id; undefined for none. */
export function teamLabel(view: Pick<ConversationView, 'team' | 'status'>, roster: Roster | null): string | undefined {
  if (view.status.team) return view.status.team;
  if (!view.team) return undefined;
  return roster?.teams.find((t) => t.id === view.team)?.name ?? view.team;
}
