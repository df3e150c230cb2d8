/** One agent as routing sees them right now. */
export interface AgentLoad {
  id: string;
  online: boolean;
  available: boolean;
  load: number;
  capacity: number;
}

/** The least-busy available agent with free capacity among `candidates` (ties: fewest, then config order); undefined if none. */
export function suggestAgent(candidates: readonly AgentLoad[]): string | undefined {
  let best: AgentLoad | undefined;
  for (const a of candidates) {
    if (!a.online || !a.available || a.load >= a.capacity) continue;
    if (!best || a.load < best.load) best = a;
  }
  return best?.id;
}
