import type { AgentIdentity, AgentPort } from './ports';

/**
 * Which agents are connected and available. An agent may have several console tabs; availability
 * belongs to the agent, is remembered across reconnects, and starts as available at first sign-in.
 */
export function createPresence() {
  const ports = new Map<string, Set<AgentPort>>();
  const available = new Map<string, boolean>();
  const identities = new Map<string, AgentIdentity>();

  return {
    add(port: AgentPort): void {
      const id = port.agent.id;
      identities.set(id, port.agent);
      if (!ports.has(id)) ports.set(id, new Set());
      ports.get(id)!.add(port);
      if (!available.has(id)) available.set(id, true);
    },
    remove(port: AgentPort): void {
      const set = ports.get(port.agent.id);
      set?.delete(port);
      if (set && set.size === 0) ports.delete(port.agent.id);
    },
    setAvailable(agentId: string, value: boolean): void {
      available.set(agentId, value);
    },
    isAvailable(agentId: string): boolean {
      return available.get(agentId) ?? true;
    },
    /** Agents connected with at least one console and toggled available. */
    availableCount(): number {
      let n = 0;
      for (const id of ports.keys()) if (available.get(id)) n++;
      return n;
    },
    portsOf(agentId: string): ReadonlySet<AgentPort> {
      return ports.get(agentId) ?? new Set();
    },
    allPorts(): AgentPort[] {
      return [...ports.values()].flatMap((s) => [...s]);
    },
    identity(agentId: string): AgentIdentity | undefined {
      return identities.get(agentId);
    },
  };
}

/** The presence registry's interface. */
export type Presence = ReturnType<typeof createPresence>;
