import type { AgentFrame, ErrorCode, PublicSettings } from '../../protocol';
import type { Team } from '../routing/resolve-teams';
import type { SessionRefusal } from '../session/session-state';
import type { StoredConversation } from '../store/store';
import type { Delivery } from './create-delivery';
import type { Lifecycle } from './create-lifecycle';
import type { Presence } from './create-presence';
import type { createSerial } from './create-serial';
import type { Views } from './create-views';
import type { HubOptions } from './hub-options';
import type { AgentPort } from './ports';

const DAY = 86_400_000;
/** A conversation idle this long after an unsure answer counts as a silent failure. */
const IDLE_MS = 10 * 60_000;

const refusalText: Record<SessionRefusal, string> = {
  'already-accepted': 'Another agent already accepted this conversation.',
  'invalid-state': "That can't be done in the conversation's current state.",
  'not-yours': 'This conversation is assigned to another agent.',
};

/**
 * What the hub does with each agent frame: availability, accept (team and capacity checked),
 * reply, typing, resolve, transfer to an agent or team, tickets and metrics.
 */
export function createAgentHandlers(
  deps: HubOptions & {
    now: () => number;
    settings: PublicSettings;
    presence: Presence;
    delivery: Delivery;
    views: Views;
    lifecycle: Lifecycle;
    serial: ReturnType<typeof createSerial>;
    teams: readonly Team[];
  },
) {
  const { config, store, log, now, settings, presence, delivery, views, lifecycle, serial, teams } = deps;

  const fail = (port: AgentPort, code: ErrorCode, message: string, extra: { clientId?: string; conversationId?: string } = {}) =>
    port.send({ type: 'error', code, message, ...extra });
  const inTeam = (agentId: string, team: string) => !!views.teamById.get(team)?.agentIds.includes(agentId);
  const capacityOf = (agentId: string) => config.agents.find((a) => a.id === agentId)?.capacity ?? 3;

  async function withConversation(port: AgentPort, conversationId: string, work: (conv: StoredConversation) => Promise<void>, clientId?: string): Promise<void> {
    await serial(conversationId, async () => {
      const conv = await store.getConversation(conversationId);
      if (!conv) return fail(port, 'not-found', `No conversation ${conversationId}.`, { clientId, conversationId });
      await work(conv);
    });
  }

  async function frame(port: AgentPort, f: AgentFrame): Promise<void> {
    const me = port.agent;
    switch (f.type) {
      case 'availability': {
        presence.setAvailable(me.id, f.available);
        delivery.toAllAgents((p) => ({ type: 'presence', available: presence.isAvailable(p.agent.id), agentsAvailable: presence.availableCount() }));
        await lifecycle.broadcastAssignments();
        return;
      }
      case 'accept':
        return withConversation(port, f.conversationId, async (conv) => {
          const s = conv.state;
          if (s.mode === 'queued' && !inTeam(me.id, s.team)) {
            return fail(port, 'not-yours', `This conversation is routed to the ${views.teamById.get(s.team)?.name ?? s.team} team.`, { conversationId: conv.id });
          }
          if (s.mode === 'queued' && ((await views.loads()).get(me.id) ?? 0) >= capacityOf(me.id)) {
            return fail(port, 'at-capacity', `You already have ${capacityOf(me.id)} conversations open; resolve or transfer one first.`, { conversationId: conv.id });
          }
          const result = await lifecycle.run(conv, { type: 'accept', agentId: me.id, agentLabel: me.label, at: now() });
          if (!result.ok) return fail(port, result.error, refusalText[result.error], { conversationId: conv.id });
          await store.recordAccept(conv.id, me.id, now());
          log.info({ conversationId: conv.id, agentId: me.id }, 'accepted');
        });
      case 'reply':
        return withConversation(
          port,
          f.conversationId,
          async (conv) => {
            if (conv.state.mode !== 'agent' || conv.state.agentId !== me.id) return fail(port, 'not-yours', refusalText['not-yours'], { clientId: f.clientId, conversationId: conv.id });
            if (f.text.length > settings.maxMessageLength) return fail(port, 'too-long', `Messages can be at most ${settings.maxMessageLength} characters.`, { clientId: f.clientId });
            const { entry, duplicate } = await store.appendEntry(conv.id, { role: 'agent', author: me.label, text: f.text, clientId: f.clientId, at: now() });
            port.send({ type: 'ack', clientId: f.clientId, seq: entry.seq });
            if (!duplicate) delivery.entry(conv.id, conv.state, entry);
          },
          f.clientId,
        );
      case 'resolve':
        return withConversation(port, f.conversationId, async (conv) => {
          const result = await lifecycle.run(conv, { type: 'resolve', agentId: me.id, at: now() });
          if (!result.ok) return fail(port, result.error, refusalText[result.error], { conversationId: conv.id });
          await store.recordResolve(conv.id, now());
          log.info({ conversationId: conv.id, agentId: me.id }, 'resolved');
        });
      case 'transfer':
        return withConversation(port, f.conversationId, async (conv) => {
          if (!f.toAgentId === !f.toTeamId) return fail(port, 'bad-frame', 'transfer: give exactly one of toAgentId or toTeamId.', { conversationId: conv.id });
          let to;
          if (f.toAgentId) {
            const target = config.agents.find((a) => a.id === f.toAgentId);
            if (!target) return fail(port, 'not-found', `No agent ${f.toAgentId}.`, { conversationId: conv.id });
            const identity = presence.identity(target.id);
            if (!identity || presence.portsOf(target.id).size === 0 || !presence.isAvailable(target.id)) {
              return fail(port, 'invalid-state', `${target.name} is not online and available.`, { conversationId: conv.id });
            }
            if (((await views.loads()).get(target.id) ?? 0) >= target.capacity) return fail(port, 'at-capacity', `${target.name} has no free capacity.`, { conversationId: conv.id });
            const team = conv.state.mode === 'agent' && inTeam(target.id, conv.state.team) ? conv.state.team : (teams.find((t) => t.agentIds.includes(target.id))?.id ?? teams[0].id);
            to = { agentId: target.id, agentLabel: identity.label, team };
          } else {
            const team = views.teamById.get(f.toTeamId!);
            if (!team) return fail(port, 'not-found', `No team ${f.toTeamId}.`, { conversationId: conv.id });
            if (!views.teamAvailable(team)) return fail(port, 'invalid-state', `The ${team.name} team has nobody available right now.`, { conversationId: conv.id });
            to = { team: team.id, priority: conv.state.mode === 'agent' ? 10 : 0 };
          }
          const result = await lifecycle.run(conv, { type: 'transfer', agentId: me.id, to, note: f.note, at: now() });
          if (!result.ok) return fail(port, result.error, refusalText[result.error], { conversationId: conv.id });
          if ('agentId' in to) await store.recordAccept(conv.id, to.agentId, now());
          log.info({ conversationId: conv.id, from: me.id, to }, 'transferred');
        });
      case 'open':
        return withConversation(port, f.conversationId, async (conv) => {
          // Any waiting or served conversation can be read (the "All open" view); only its own agent can reply.
          const s = conv.state;
          if (s.mode !== 'agent' && s.mode !== 'queued') return fail(port, 'invalid-state', 'Only waiting conversations and conversations with an agent can be opened.', { conversationId: conv.id });
          port.send({ type: 'conversation', conversation: await views.viewOf(conv) });
        });
      case 'typing': {
        const conv = await store.getConversation(f.conversationId);
        if (conv?.state.mode === 'agent' && conv.state.agentId === me.id) delivery.toVisitors(conv.id, { type: 'typing', on: f.on, author: me.label });
        return;
      }
      case 'ticket-handled': {
        const ticket = await store.setTicketHandled(f.ticketId, true);
        if (!ticket) return fail(port, 'not-found', `No ticket ${f.ticketId}.`);
        await lifecycle.broadcastTickets();
        return;
      }
      case 'sign-out': {
        presence.setAvailable(me.id, false);
        for (const conv of await store.conversationsIn(['agent'])) {
          if (conv.state.mode !== 'agent' || conv.state.agentId !== me.id) continue;
          await serial(conv.id, async () => {
            const fresh = await store.getConversation(conv.id);
            if (fresh?.state.mode === 'agent' && fresh.state.agentId === me.id) await lifecycle.run(fresh, { type: 'agent-lost', agentId: me.id, at: now(), priority: lifecycle.requeuePriority });
          });
        }
        delivery.toAllAgents((p) => ({ type: 'presence', available: presence.isAvailable(p.agent.id), agentsAvailable: presence.availableCount() }));
        await lifecycle.broadcastAssignments();
        return;
      }
      case 'metrics': {
        const days = f.days ?? 7;
        port.send({ type: 'metrics', metrics: await store.metrics(now() - days * DAY, now(), IDLE_MS) });
        return;
      }
    }
  }

  async function joined(port: AgentPort): Promise<void> {
    presence.add(port);
    const mine = (await store.conversationsIn(['agent'])).filter((c) => c.state.mode === 'agent' && c.state.agentId === port.agent.id);
    const queue = await views.queueViews();
    port.send({
      type: 'welcome',
      agent: { id: port.agent.id, label: port.agent.label, teams: teams.filter((t) => t.agentIds.includes(port.agent.id)).map((t) => t.id) },
      available: presence.isAvailable(port.agent.id),
      agentsAvailable: presence.availableCount(),
      queue: views.queueFor(queue, port.agent.id),
      mine: await Promise.all(mine.map((c) => views.viewOf(c))),
      tickets: (await store.listTickets()).map(views.ticketView),
      roster: await views.roster(),
      allOpen: await views.allOpen(),
    });
    delivery.toAllAgents((p) => ({ type: 'presence', available: presence.isAvailable(p.agent.id), agentsAvailable: presence.availableCount() }));
    await lifecycle.broadcastAssignments();
  }

  function left(port: AgentPort): void {
    presence.remove(port);
    delivery.toAllAgents((p) => ({ type: 'presence', available: presence.isAvailable(p.agent.id), agentsAvailable: presence.availableCount() }));
    void lifecycle.broadcastAssignments().catch((err) => log.error({ err }, 'roster broadcast failed'));
  }

  return { frame, joined, left };
}
