import { atom } from 'nanostores';
import { sendFrame } from './socket';

/** An agent as the relay describes them in `welcome`: id, display label, and the teams they are in. */
export interface AgentInfo {
  id: string;
  label: string;
  teams?: string[];
}

/** Who is signed in, from the relay's `welcome`; null until then. */
export const $agent = atom<AgentInfo | null>(null);

/** Whether this agent takes new conversations. */
export const $available = atom(false);

/** How many agents are available right now, from `presence`; null until known. */
export const $agentsAvailable = atom<number | null>(null);

/**
 * Records who the relay says we are and whether we are available. On a reconnect (a `welcome` after
 * the first) the console's own availability wins and is sent again: it may have been toggled while
 * offline, when nothing is sent, or the relay may have restarted and forgotten it.
 */
export function adoptAgent(agent: AgentInfo, available: boolean): void {
  const reconnected = $agent.get() !== null;
  $agent.set(agent);
  if (reconnected && $available.get() !== available) sendFrame({ type: 'availability', available: $available.get() });
  else $available.set(available);
}

/** Records how many agents are available, from `welcome` (when it says) or `presence`. */
export function setAgentsAvailable(count: number): void {
  $agentsAvailable.set(count);
}

/** Records a `presence` frame: our availability as the relay sees it and the count of agents. */
export function applyPresence(available: boolean, agentsAvailable: number): void {
  $available.set(available);
  $agentsAvailable.set(agentsAvailable);
}

/** Turns availability on or off and tells the relay. */
export function setAvailable(available: boolean): void {
  $available.set(available);
  sendFrame({ type: 'availability', available });
}

/** Forgets the agent, on sign-out. */
export function forgetAgent(): void {
  $agent.set(null);
  $available.set(false);
  $agentsAvailable.set(null);
}
