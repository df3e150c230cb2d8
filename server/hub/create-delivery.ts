import type { Entry, ServerToAgent, ServerToVisitor } from '../../protocol';
import type { SessionState } from '../session/session-state';
import type { Presence } from './create-presence';
import type { AgentPort, VisitorPort } from './ports';

/**
 * Who hears what: the visitor sockets of each conversation, and the agents a conversation
 * concerns (its team's agents while it waits, its agent while it is with one).
 */
export function createDelivery(presence: Presence, teamAgents: (team: string) => readonly string[]) {
  const visitors = new Map<string, Set<VisitorPort>>();

  const agentsOf = (state: SessionState): AgentPort[] => {
    if (state.mode === 'queued') return teamAgents(state.team).flatMap((id) => [...presence.portsOf(id)]);
    if (state.mode === 'agent') return [...presence.portsOf(state.agentId)];
    return [];
  };

  return {
    attach(port: VisitorPort, conversationId: string): void {
      this.detach(port);
      port.conversationId = conversationId;
      if (!visitors.has(conversationId)) visitors.set(conversationId, new Set());
      visitors.get(conversationId)!.add(port);
    },
    detach(port: VisitorPort): void {
      if (!port.conversationId) return;
      const set = visitors.get(port.conversationId);
      set?.delete(port);
      if (set?.size === 0) visitors.delete(port.conversationId);
    },
    toVisitors(conversationId: string, frame: ServerToVisitor): void {
      for (const port of visitors.get(conversationId) ?? []) port.send(frame);
    },
    toAgentsOf(state: SessionState, frame: ServerToAgent): void {
      for (const port of agentsOf(state)) port.send(frame);
    },
    toAgent(agentId: string, frame: ServerToAgent): void {
      for (const port of presence.portsOf(agentId)) port.send(frame);
    },
    toAllAgents(frame: ServerToAgent | ((port: AgentPort) => ServerToAgent)): void {
      for (const port of presence.allPorts()) port.send(typeof frame === 'function' ? frame(port) : frame);
    },
    /** A new entry: every tab of the visitor, and the agents the conversation concerns. */
    entry(conversationId: string, state: SessionState, entry: Entry): void {
      this.toVisitors(conversationId, { type: 'entry', entry });
      this.toAgentsOf(state, { type: 'entry', conversationId, entry });
    },
  };
}

/** The delivery helper. */
export type Delivery = ReturnType<typeof createDelivery>;
