import type { ConversationView, Roster, Status, TicketView } from '../../protocol';
import type { Config } from '../config/config-schema';
import { isTeamOpen } from '../routing/is-team-open';
import type { Team } from '../routing/resolve-teams';
import { suggestAgent, type AgentLoad } from '../routing/suggest-agent';
import { estimateWait } from '../session/estimate-wait';
import type { Store, StoredConversation, Ticket } from '../store/store';
import type { Presence } from './create-presence';
import { summarize } from './summarize';

/** Queue order: higher priority first, then longest waiting. */
const byQueueOrder = (a: StoredConversation, b: StoredConversation) => {
  const sa = a.state as { priority: number; since: number };
  const sb = b.state as { priority: number; since: number };
  return sb.priority - sa.priority || sa.since - sb.since;
};

/**
 * What clients are shown, computed from the store and live presence: statuses with honest waits,
 * conversation views with full context, per-team queues, the roster, tickets.
 */
export function createViews(deps: { config: Config; store: Store; presence: Presence; teams: readonly Team[]; now: () => number }) {
  const { config, store, presence, teams, now } = deps;
  const teamById = new Map(teams.map((t) => [t.id, t]));

  async function loads(): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const c of await store.conversationsIn(['agent'])) if (c.state.mode === 'agent') counts.set(c.state.agentId, (counts.get(c.state.agentId) ?? 0) + 1);
    return counts;
  }

  function agentLoads(ids: readonly string[], load: Map<string, number>): AgentLoad[] {
    return ids.map((id) => ({
      id,
      online: presence.portsOf(id).size > 0,
      available: presence.isAvailable(id),
      load: load.get(id) ?? 0,
      capacity: config.agents.find((a) => a.id === id)?.capacity ?? 3,
    }));
  }

  /** Whether a team can answer now: inside its hours, with an agent online and available. */
  const teamAvailable = (team: Team) => isTeamOpen(team.hours, now()) && team.agentIds.some((id) => presence.portsOf(id).size > 0 && presence.isAvailable(id));

  async function queued(): Promise<StoredConversation[]> {
    return (await store.conversationsIn(['queued'])).sort(byQueueOrder);
  }

  async function statusOf(conv: StoredConversation, queue?: StoredConversation[]): Promise<Status> {
    const s = conv.state;
    if (s.mode === 'bot') return { mode: 'bot' };
    if (s.mode === 'offline') return { mode: 'offline', reason: s.reason };
    const team = teamById.get(s.team)?.name;
    if (s.mode === 'agent') return { mode: 'agent', reason: s.reason, agentLabel: s.agentLabel, ...(team ? { team } : {}) };
    const line = (queue ?? (await queued())).filter((c) => c.state.mode === 'queued' && c.state.team === s.team);
    const position = Math.max(1, line.findIndex((c) => c.id === conv.id) + 1);
    return { mode: 'queued', reason: s.reason, ...(team ? { team } : {}), wait: estimateWait(position, await store.recentAcceptTimes(20)) };
  }

  async function viewOf(conv: StoredConversation, queue?: StoredConversation[], load?: Map<string, number>): Promise<ConversationView> {
    const entries = await store.entriesAfter(conv.id, 0);
    const status = await statusOf(conv, queue);
    const s = conv.state;
    const view: ConversationView = {
      conversationId: conv.id,
      status,
      visitor: conv.visitor,
      since: s.mode === 'bot' ? conv.updatedAt : s.since,
      summary: summarize(entries, status.reason),
      entries,
    };
    if (s.mode === 'agent' || s.mode === 'queued') {
      view.team = s.team;
      if (s.note) view.note = s.note;
    }
    if (s.mode === 'agent') view.agentId = s.agentId;
    if (s.mode === 'queued') {
      view.priority = s.priority;
      const suggested = suggestAgent(agentLoads(teamById.get(s.team)?.agentIds ?? [], load ?? (await loads())));
      if (suggested) view.suggestedAgentId = suggested;
    }
    return view;
  }

  return {
    teamById,
    teamAvailable,
    loads,
    queued,
    statusOf,
    viewOf,
    agentLoads,
    /** Every waiting conversation as a view, in queue order. */
    async queueViews(): Promise<ConversationView[]> {
      const line = await queued();
      const load = await loads();
      return Promise.all(line.map((c) => viewOf(c, line, load)));
    },
    /** The waiting conversations an agent's teams handle. */
    queueFor(all: readonly ConversationView[], agentId: string): ConversationView[] {
      return all.filter((v) => v.team && teamById.get(v.team)?.agentIds.includes(agentId));
    },
    async allOpen(): Promise<ConversationView[]> {
      return Promise.all((await store.conversationsIn(['agent'])).map((c) => viewOf(c)));
    },
    async roster(): Promise<Roster> {
      const load = await loads();
      return {
        agents: agentLoads(
          config.agents.map((a) => a.id),
          load,
        ).map((a) => ({ ...a, label: presence.identity(a.id)?.label ?? config.site.agentLabel.replaceAll('{name}', config.agents.find((c) => c.id === a.id)!.name), teams: teams.filter((t) => t.agentIds.includes(a.id)).map((t) => t.id) })),
        teams: teams.map((t) => ({ id: t.id, name: t.name, open: teamAvailable(t) })),
      };
    },
    ticketView(t: Ticket): TicketView {
      return { ...t, page: t.page ?? t.visitor.page?.url };
    },
  };
}

/** The views helper. */
export type Views = ReturnType<typeof createViews>;
