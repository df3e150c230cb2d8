import type { Config } from '../config/config-schema';

/** A team as routing uses it: its config plus the agents in it. */
export interface Team {
  id: string;
  name: string;
  skills: readonly string[];
  languages: readonly string[];
  hours?: Config['teams'][number]['hours'];
  agentIds: readonly string[];
}

/** The team every agent is in when a site configures none. */
export const DEFAULT_TEAM_ID = 'support';

/** The site's teams with their members; a site without teams gets one "support" team with everyone. The default team comes first. */
export function resolveTeams(config: Pick<Config, 'teams' | 'agents' | 'routing'>): Team[] {
  const configured = config.teams.length ? config.teams : [{ id: DEFAULT_TEAM_ID, name: 'Support', skills: [], languages: [], closedDates: [] }];
  const defaultId = config.routing.defaultTeam ?? configured[0].id;
  const teams = configured.map((t) => ({
    id: t.id,
    name: t.name,
    skills: t.skills,
    languages: t.languages,
    hours: 'hours' in t ? t.hours : undefined,
    agentIds: config.agents.filter((a) => (a.teams ?? [defaultId]).includes(t.id)).map((a) => a.id),
  }));
  return [...teams.filter((t) => t.id === defaultId), ...teams.filter((t) => t.id !== defaultId)];
}
