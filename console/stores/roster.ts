import { atom, computed } from 'nanostores';
import type { Roster } from '../../protocol/agent-frames';
import { $agent } from './agent';

/** Agents and teams, from `welcome` or `roster`; null until the relay sends one. */
export const $roster = atom<Roster | null>(null);

/** Where this agent can transfer a conversation: other agents who are online, and every team. */
export const $transferTargets = computed([$roster, $agent], (roster, me) => ({
  agents: (roster?.agents ?? []).filter((a) => a.online && a.id !== me?.id),
  teams: roster?.teams ?? [],
}));

/** Records the relay's roster. */
export function applyRoster(roster: Roster): void {
  $roster.set(roster);
}

/** Forgets the roster, on sign-out. */
export function forgetRoster(): void {
  $roster.set(null);
}
