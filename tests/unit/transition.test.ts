import { describe, expect, it } from 'vitest';
import type { SessionEvent, SessionState } from '../../server';
import { transition } from '../../server';

const reason = { code: 'explicit-request', label: 'Visitor asked for a person' };
const states: Record<SessionState['mode'], SessionState> = {
  bot: { mode: 'bot' },
  queued: { mode: 'queued', reason, since: 10, team: 'support', priority: 0 },
  agent: { mode: 'agent', reason, since: 20, team: 'support', agentId: 'sam', agentLabel: 'Sam' },
  offline: { mode: 'offline', reason, since: 30 },
};
const events: Record<string, SessionEvent> = {
  'escalate (team)': { type: 'escalate', reason, at: 100, team: 'billing', priority: 20 },
  'escalate (none)': { type: 'escalate', reason, at: 100, team: null, priority: 0 },
  'accept by kim': { type: 'accept', agentId: 'kim', agentLabel: 'Kim', at: 100 },
  'resolve by sam': { type: 'resolve', agentId: 'sam', at: 100 },
  'resolve by kim': { type: 'resolve', agentId: 'kim', at: 100 },
  'transfer to team': { type: 'transfer', agentId: 'sam', to: { team: 'billing', priority: 5 }, note: 'refund', at: 100 },
  'transfer to kim': { type: 'transfer', agentId: 'sam', to: { agentId: 'kim', agentLabel: 'Kim', team: 'support' }, note: '', at: 100 },
  'transfer by kim': { type: 'transfer', agentId: 'kim', to: { team: 'billing', priority: 0 }, note: '', at: 100 },
  'agent-lost sam': { type: 'agent-lost', agentId: 'sam', at: 100, priority: 1000 },
  'agents-gone': { type: 'agents-gone', at: 100 },
  'accept-timeout': { type: 'accept-timeout', at: 100 },
  ticket: { type: 'ticket', at: 100 },
};

/** The whole table: for every state and event, the resulting mode and effects, or the refusal. */
const expected: Record<string, Record<string, string>> = {
  bot: {
    'escalate (team)': 'queued: queue-changed, announce queued',
    'escalate (none)': 'offline: announce offline',
    'accept by kim': 'refused invalid-state',
    'resolve by sam': 'refused invalid-state',
    'resolve by kim': 'refused invalid-state',
    'transfer to team': 'refused invalid-state',
    'transfer to kim': 'refused invalid-state',
    'transfer by kim': 'refused invalid-state',
    'agent-lost sam': 'refused invalid-state',
    'agents-gone': 'refused invalid-state',
    'accept-timeout': 'refused invalid-state',
    ticket: 'refused invalid-state',
  },
  queued: {
    'escalate (team)': 'queued: announce still-waiting',
    'escalate (none)': 'queued: announce still-waiting',
    'accept by kim': 'agent: queue-changed, brief-agent, announce joined',
    'resolve by sam': 'refused invalid-state',
    'resolve by kim': 'refused invalid-state',
    'transfer to team': 'refused invalid-state',
    'transfer to kim': 'refused invalid-state',
    'transfer by kim': 'refused invalid-state',
    'agent-lost sam': 'refused invalid-state',
    'agents-gone': 'offline: queue-changed, announce agents-gone',
    'accept-timeout': 'offline: queue-changed, create-ticket, announce timeout',
    ticket: 'refused invalid-state',
  },
  agent: {
    'escalate (team)': 'agent: announce still-waiting',
    'escalate (none)': 'agent: announce still-waiting',
    'accept by kim': 'refused already-accepted',
    'resolve by sam': 'bot: release, announce resolved',
    'resolve by kim': 'refused not-yours',
    'transfer to team': 'queued: release, queue-changed, announce transferred',
    'transfer to kim': 'agent: release, brief-agent, announce transferred',
    'transfer by kim': 'refused not-yours',
    'agent-lost sam': 'queued: release, queue-changed, announce requeued',
    'agents-gone': 'refused invalid-state',
    'accept-timeout': 'refused invalid-state',
    ticket: 'refused invalid-state',
  },
  offline: {
    'escalate (team)': 'queued: queue-changed, announce queued',
    'escalate (none)': 'offline: announce offline',
    'accept by kim': 'refused invalid-state',
    'resolve by sam': 'refused invalid-state',
    'resolve by kim': 'refused invalid-state',
    'transfer to team': 'refused invalid-state',
    'transfer to kim': 'refused invalid-state',
    'transfer by kim': 'refused invalid-state',
    'agent-lost sam': 'refused invalid-state',
    'agents-gone': 'refused invalid-state',
    'accept-timeout': 'refused invalid-state',
    ticket: 'bot: create-ticket, announce ticket',
  },
};

const describeResult = (state: SessionState, event: SessionEvent) => {
  const r = transition(state, event);
  if (!r.ok) return `refused ${r.error}`;
  return `${r.state.mode}: ${r.effects.map((e) => (e.type === 'announce' ? `announce ${e.kind}` : e.type)).join(', ')}`;
};

describe('session state machine', () => {
  for (const [mode, state] of Object.entries(states)) {
    for (const [name, event] of Object.entries(events)) {
      it(`${mode} + ${name} → ${expected[mode][name]}`, () => {
        expect(describeResult(state, event)).toBe(expected[mode][name]);
      });
    }
  }

  it('keeps the reason, team and time through queue → agent, and briefs the agent before announcing', () => {
    const q = transition(states.bot, events['escalate (team)']);
    expect(q.state).toEqual({ mode: 'queued', reason, since: 100, team: 'billing', priority: 20 });
    const a = transition(q.state, { type: 'accept', agentId: 'kim', agentLabel: 'Kim (Support)', at: 250 });
    expect(a.state).toEqual({ mode: 'agent', reason, since: 250, team: 'billing', agentId: 'kim', agentLabel: 'Kim (Support)' });
    expect(a.ok && a.effects.findIndex((e) => e.type === 'brief-agent')).toBeLessThan(a.ok ? a.effects.findIndex((e) => e.type === 'announce') : -1);
  });

  it('a transfer carries the note; an agent cannot transfer to themselves', () => {
    const t = transition(states.agent, events['transfer to team']);
    expect(t.state).toEqual({ mode: 'queued', reason, since: 100, team: 'billing', priority: 5, note: 'refund' });
    expect(transition(states.agent, { type: 'transfer', agentId: 'sam', to: { agentId: 'sam', agentLabel: 'Sam', team: 'support' }, note: '', at: 1 }).ok).toBe(false);
  });

  it('an agent dropping off puts the conversation at the front of its team queue', () => {
    const r = transition(states.agent, events['agent-lost sam']);
    expect(r.state).toEqual({ mode: 'queued', reason, since: 100, team: 'support', priority: 1000 });
    expect(r.ok && r.effects[0]).toEqual({ type: 'release', agentId: 'sam', why: 'requeued' });
  });

  it('a refusal leaves the state untouched', () => {
    const r = transition(states.agent, events['resolve by kim']);
    expect(r.state).toBe(states.agent);
  });

  it('tickets carry the reason the visitor went offline with', () => {
    const r = transition(states.offline, events.ticket);
    expect(r.ok && r.effects[0]).toEqual({ type: 'create-ticket', reason });
  });
});
