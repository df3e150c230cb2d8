import type { Reason } from '../../protocol';
import type { Team } from './resolve-teams';

/** The skill a reason needs: by topic ("policy:refund") first, then by code ("frustration"). */
export function skillFor(reason: Reason, skills: Readonly<Record<string, string>>): string | undefined {
  return (reason.topic ? skills[`${reason.code}:${reason.topic}`] : undefined) ?? skills[reason.code];
}

/**
 * Where a conversation goes: the team its reason's skill and the visitor's language point to
 * (both, else skill, else language), else the default team (first in `teams`). Only teams that
 * can answer now count (`available`); null means none can, so the offline path is honest.
 */
export function chooseTeam(teams: readonly Team[], reason: Reason, lang: string | undefined, skills: Readonly<Record<string, string>>, available: (team: Team) => boolean): Team | null {
  const skill = skillFor(reason, skills);
  const language = lang?.toLowerCase().split('-')[0];
  const speaks = (t: Team) => !!language && t.languages.includes(language);
  const has = (t: Team) => !!skill && t.skills.includes(skill);
  const preferences = [
    teams.filter((t) => has(t) && speaks(t)),
    teams.filter((t) => has(t) && t.languages.length === 0),
    teams.filter(has),
    // With no skill needed, a generalist team in the visitor's language beats a specialist one.
    teams.filter((t) => speaks(t) && t.skills.length === 0),
    teams.filter(speaks),
    teams.slice(0, 1),
  ];
  for (const group of preferences) {
    const open = group.find(available);
    if (open) return open;
  }
  return null;
}
