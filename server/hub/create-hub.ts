import { timingSafeEqual } from 'node:crypto';
import type { AgentFrame, VisitorFrame } from '../../protocol';
import { publicSettings } from '../config/public-settings';
import { resolveTeams } from '../routing/resolve-teams';
import { createAgentHandlers } from './create-agent-handlers';
import { createDelivery } from './create-delivery';
import { createLifecycle } from './create-lifecycle';
import { createPresence } from './create-presence';
import { createSerial } from './create-serial';
import { createViews } from './create-views';
import { createVisitorHandlers } from './create-visitor-handlers';
import type { HubOptions } from './hub-options';
import type { AgentPort, VisitorPort } from './ports';

export type { HubOptions, Logger } from './hub-options';

/**
 * The conversation hub: wires visitor and agent handlers to the lifecycle, and runs the clock-driven
 * checks (`tick`): accept timeouts, teams left without anyone, agents who dropped off mid-conversation.
 */
export function createHub(options: HubOptions) {
  const now = options.now ?? Date.now;
  const { config, store, log } = options;
  const settings = publicSettings(config);
  const teams = resolveTeams(config);
  const serial = createSerial();
  const presence = createPresence();
  const delivery = createDelivery(presence, (team) => teams.find((t) => t.id === team)?.agentIds ?? []);
  const views = createViews({ config, store, presence, teams, now });
  const lifecycle = createLifecycle({ ...options, now, settings, presence, delivery, views, teams });
  const visitor = createVisitorHandlers({ ...options, now, settings, delivery, views, lifecycle, serial });
  const agent = createAgentHandlers({ ...options, now, settings, presence, delivery, views, lifecycle, serial, teams });
  /** When each team, and each agent with open conversations, was last seen able to answer. */
  const unavailableSince = new Map<string, number>();
  const offlineSince = new Map<string, number>();
  const grace = config.handoff.reconnectGraceMs;

  async function tick(): Promise<void> {
    const t = now();
    // Agents gone longer than the grace period lose their conversations to the front of the queue.
    for (const conv of await store.conversationsIn(['agent'])) {
      if (conv.state.mode !== 'agent') continue;
      const id = conv.state.agentId;
      if (presence.portsOf(id).size > 0) {
        offlineSince.delete(id);
        continue;
      }
      if (!offlineSince.has(id)) offlineSince.set(id, t);
      if (t - offlineSince.get(id)! < grace) continue;
      await serial(conv.id, async () => {
        const fresh = await store.getConversation(conv.id);
        if (fresh?.state.mode === 'agent' && presence.portsOf(fresh.state.agentId).size === 0) {
          await lifecycle.run(fresh, { type: 'agent-lost', agentId: id, at: now(), priority: lifecycle.requeuePriority });
          log.info({ conversationId: conv.id, agentId: id }, 'requeued');
        }
      });
    }
    // Waiting conversations: nobody accepted in time, or their team has nobody who can answer.
    for (const conv of await views.queued()) {
      if (conv.state.mode !== 'queued') continue;
      const team = views.teamById.get(conv.state.team);
      const open = !!team && views.teamAvailable(team);
      if (open) unavailableSince.delete(conv.state.team);
      else if (!unavailableSince.has(conv.state.team)) unavailableSince.set(conv.state.team, t);
      const timedOut = t - conv.state.since >= config.handoff.acceptTimeoutMs;
      // Agents who are connected but switched themselves off chose to be away: no grace. A dropped connection gets it.
      const choseAway = !!team && team.agentIds.some((id) => presence.portsOf(id).size > 0);
      const abandoned = !open && (choseAway || t - unavailableSince.get(conv.state.team)! >= grace);
      if (!timedOut && !abandoned) continue;
      await serial(conv.id, async () => {
        const fresh = await store.getConversation(conv.id);
        if (fresh?.state.mode !== 'queued') return;
        await lifecycle.run(fresh, timedOut ? { type: 'accept-timeout', at: now() } : { type: 'agents-gone', at: now() });
      });
    }
  }

  return {
    settings,
    /** Finds the configured agent for a console token (constant-time compare), with the label visitors see. */
    authenticateAgent(token: string) {
      const a = config.agents.find((x) => x.token.length === token.length && cryptoEqual(x.token, token));
      return a ? { id: a.id, name: a.name, label: config.site.agentLabel.replaceAll('{name}', a.name) } : undefined;
    },
    tick,
    visitorFrame: (port: VisitorPort, f: VisitorFrame) => visitor.frame(port, f),
    visitorLeft: (port: VisitorPort) => delivery.detach(port),
    agentJoined: (port: AgentPort) => agent.joined(port),
    agentFrame: async (port: AgentPort, f: AgentFrame) => {
      await agent.frame(port, f);
      // Someone switching off may leave a team with nobody: waiting visitors are told now, not at the next tick.
      if (f.type === 'availability' && !f.available) await tick();
    },
    agentLeft: (port: AgentPort) => agent.left(port),
    availableAgents: () => presence.availableCount(),
  };
}

const cryptoEqual = (a: string, b: string) => timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The hub's interface, as the relay uses it. */
export type Hub = ReturnType<typeof createHub>;
