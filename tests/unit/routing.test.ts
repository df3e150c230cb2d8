import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../server';
import { chooseTeam, skillFor } from '../../server/routing/choose-team';
import { isTeamOpen } from '../../server/routing/is-team-open';
import { PRIORITY, priorityOf } from '../../server/routing/priority-of';
import { resolveTeams, type Team } from '../../server/routing/resolve-teams';
import { suggestAgent } from '../../server/routing/suggest-agent';

const hours = { timeZone: 'America/New_York', days: { mon: ['09:00', '17:00'] as [string, string], sat: null }, closedDates: ['2026-11-30'] };

describe('business hours', () => {
  it('uses the team’s own time zone', () => {
    // Monday 2026-11-23: 14:00 UTC is 09:00 in New York.
    expect(isTeamOpen(hours, Date.parse('2026-11-23T13:59:00Z'))).toBe(false);
    expect(isTeamOpen(hours, Date.parse('2026-11-23T14:00:00Z'))).toBe(true);
    expect(isTeamOpen(hours, Date.parse('2026-11-23T21:59:00Z'))).toBe(true);
    expect(isTeamOpen(hours, Date.parse('2026-11-23T22:00:00Z'))).toBe(false);
  });
  it('is closed on closed dates, on null days and on days not listed; no hours means always open', () => {
    expect(isTeamOpen(hours, Date.parse('2026-11-30T15:00:00Z'))).toBe(false); // a Monday, but closed
    expect(isTeamOpen(hours, Date.parse('2026-11-28T15:00:00Z'))).toBe(false); // Saturday: null
    expect(isTeamOpen(hours, Date.parse('2026-11-24T15:00:00Z'))).toBe(false); // Tuesday: not listed
    expect(isTeamOpen(undefined, 0)).toBe(true);
  });
});

describe('choosing a team', () => {
  const team = (id: string, skills: string[] = [], languages: string[] = []): Team => ({ id, name: id, skills, languages, agentIds: [] });
  const teams = [team('general'), team('billing', ['billing']), team('billing-es', ['billing'], ['es']), team('spanish', [], ['es'])];
  const refund = { code: 'policy', label: 'Refund', topic: 'refund' };
  const skills = { 'policy:refund': 'billing', frustration: 'care' };
  const all = () => true;

  it('maps reasons to skills by topic, then by code', () => {
    expect(skillFor(refund, skills)).toBe('billing');
    expect(skillFor({ code: 'frustration', label: '' }, skills)).toBe('care');
    expect(skillFor({ code: 'explicit-request', label: '' }, skills)).toBeUndefined();
  });
  it('prefers skill and language, then skill, then language, then the default team', () => {
    expect(chooseTeam(teams, refund, 'es-MX', skills, all)?.id).toBe('billing-es');
    expect(chooseTeam(teams, refund, 'en', skills, all)?.id).toBe('billing');
    expect(chooseTeam(teams, { code: 'explicit-request', label: '' }, 'es', skills, all)?.id).toBe('spanish');
    expect(chooseTeam(teams, { code: 'explicit-request', label: '' }, 'de', skills, all)?.id).toBe('general');
  });
  it('skips teams that cannot answer now, and says so when none can', () => {
    expect(chooseTeam(teams, refund, 'es', skills, (t) => t.id !== 'billing-es')?.id).toBe('billing');
    expect(chooseTeam(teams, refund, 'es', skills, (t) => t.id === 'general')?.id).toBe('general');
    expect(chooseTeam(teams, refund, 'es', skills, () => false)).toBeNull();
  });
  it('a site without teams gets one support team with every agent, and the default team comes first', () => {
    const agents = [{ id: 'a', name: 'A', token: 'token-aaaaaaaaaaaa' }];
    expect(resolveTeams(resolveConfig({ agents }))).toEqual([{ id: 'support', name: 'Support', skills: [], languages: [], hours: undefined, agentIds: ['a'] }]);
    const config = resolveConfig({
      agents: [{ ...agents[0], teams: ['b'] }],
      teams: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
      routing: { defaultTeam: 'b', skills: {} },
    });
    expect(resolveTeams(config).map((t) => [t.id, t.agentIds])).toEqual([
      ['b', ['a']],
      ['a', []],
    ]);
  });
});

describe('priority and suggestions', () => {
  it('puts VIPs, urgent topics and frustration ahead', () => {
    expect(priorityOf({ code: 'explicit-request', label: '' }, {})).toBe(PRIORITY.normal);
    expect(priorityOf({ code: 'explicit-request', label: '' }, { vip: true })).toBe(PRIORITY.vip);
    expect(priorityOf({ code: 'policy', label: '', topic: 'emergency' }, {})).toBe(PRIORITY.urgent);
    expect(priorityOf({ code: 'frustration', label: '' }, { vip: true })).toBe(PRIORITY.vip + PRIORITY.frustrated);
  });
  it('suggests the least-busy available agent with free capacity', () => {
    const a = (id: string, load: number, extra = {}) => ({ id, online: true, available: true, load, capacity: 2, ...extra });
    expect(suggestAgent([a('x', 1), a('y', 0), a('z', 0)])).toBe('y');
    expect(suggestAgent([a('x', 2), a('y', 1, { available: false }), a('z', 0, { online: false })])).toBeUndefined();
  });
});
