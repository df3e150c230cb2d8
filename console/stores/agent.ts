import { atom } from 'nanostores';
import { sendFrame } from './socket';

/** Who is signed in, from the relay's `welcome`; null until then. */
export const $agent = atom<{ id: string; label: string } | null>(null);

/** Whether this agent takes new conversations. */
export const $available = atom(false);

/** How many agents are available right now, from `presence`; null until known. */
export const $agentsAvailable = atom<number | null>(null);

/** Records who the relay says we are and whether we are available. */
export function adoptAgent(agent: { id: string; label: string }, available: boolean): void {
  $agent.set(agent);
  $available.set(available);
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
