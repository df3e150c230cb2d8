import { describe, expect, it } from 'vitest';
import type { SessionEvent, SessionState } from '../../server';
import { transition } from '../../server';

const reason = { code: 'button', label: 'Visitor pressed "Talk to a person"' };
const states: Record<SessionState['mode'], SessionState> = {
  bot: { mode: 'bot' },
  queued: { mode: 'queued', reason, since: 10 },
  agent: { mode: 'agent', reason, since: 20, agentId: 'sam', agentLabel: 'Sam' },
  offline: { mode: 'offline', reason, since: 30 },
};
const events: Record<string, SessionEvent> = {
  'escalate (agents)': { type: 'escalate', reason, at: 100, agentsAvailable: true },
  'escalate (none)': { type: 'escalate', reason, at: 100, agentsAvailable: false },
  'accept by sam': { type: 'accept', agentId: 'sam', agentLabel: 'Sam', at: 100 },
  'resolve by sam': { type: 'resolve', agentId: 'sam', at: 100 },
  'resolve by kim': { type: 'resolve', agentId: 'kim', at: 100 },
  'agents-gone': { type: 'agents-gone', at: 100 },
  ticket: { type: 'ticket', at: 100 },
};

/** The whole table: for every state and event, the resulting mode and effects, or the refusal. */
const expected: Record<string, Record<string, string>> = {
  bot: {
    'escalate (agents)': 'queued: announce queued, queue-changed',
    'escalate (none)': 'offline: announce offline',
    'accept by sam': 'refused invalid-state',
    'resolve by sam': 'refused invalid-state',
    'resolve by kim': 'refused invalid-state',
    'agents-gone': 'refused invalid-state',
    ticket: 'refused invalid-state',
  },
  queued: {
    'escalate (agents)': 'queued: announce still-waiting',
    'escalate (none)': 'queued: announce still-waiting',
    'accept by sam': 'agent: queue-changed, announce joined',
    'resolve by sam': 'refused invalid-state',
    'resolve by kim': 'refused invalid-state',
    'agents-gone': 'offline: queue-changed, announce agents-gone',
    ticket: 'refused invalid-state',
  },
  agent: {
    'escalate (agents)': 'agent: announce still-waiting',
    'escalate (none)': 'agent: announce still-waiting',
    'accept by sam': 'refused already-accepted',
    'resolve by sam': 'bot: release, announce resolved',
    'resolve by kim': 'refused not-yours',
    'agents-gone': 'refused invalid-state',
    ticket: 'refused invalid-state',
  },
  offline: {
    'escalate (agents)': 'queued: announce queued, queue-changed',
    'escalate (none)': 'offline: announce offline',
    'accept by sam': 'refused invalid-state',
    'resolve by sam': 'refused invalid-state',
    'resolve by kim': 'refused invalid-state',
    'agents-gone': 'refused invalid-state',
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

  it('keeps the escalation reason and time through queue → agent', () => {
    const q = transition(states.bot, events['escalate (agents)']);
    expect(q.state).toEqual({ mode: 'queued', reason, since: 100 });
    const a = transition(q.state, { type: 'accept', agentId: 'kim', agentLabel: 'Kim (Support)', at: 250 });
    expect(a.state).toEqual({ mode: 'agent', reason, since: 250, agentId: 'kim', agentLabel: 'Kim (Support)' });
  });

  it('a refusal leaves the state untouched', () => {
    const r = transition(states.agent, events['resolve by kim']);
    expect(r.state).toBe(states.agent);
  });

  it('a ticket carries the reason the visitor went offline with', () => {
    const r = transition(states.offline, events.ticket);
    expect(r.ok && r.effects[0]).toEqual({ type: 'create-ticket', reason });
  });

  it('resolving releases the agent who had it', () => {
    const r = transition(states.agent, events['resolve by sam']);
    expect(r.ok && r.effects[0]).toEqual({ type: 'release', agentId: 'sam' });
  });
});
