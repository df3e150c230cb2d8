import type { SessionEvent, SessionRefusal, SessionState, TransitionResult } from './session-state';

const refuse = (state: SessionState, error: SessionRefusal): TransitionResult => ({ ok: false, error, state });

/**
 * The session lifecycle as a pure function: bot → queued → agent → (resolve) bot; transfers to a
 * team or an agent; an agent who drops off puts it back at the front of the queue; and the offline
 * branch (nobody available, or nobody accepted in time) → ticket → bot. Plain data in and out.
 */
export function transition(state: SessionState, event: SessionEvent): TransitionResult {
  switch (event.type) {
    case 'escalate': {
      if (state.mode === 'queued' || state.mode === 'agent') {
        // Asking again never deflects: the visitor is told where they stand.
        return { ok: true, state, effects: [{ type: 'announce', kind: 'still-waiting' }] };
      }
      if (event.team !== null) {
        return {
          ok: true,
          state: { mode: 'queued', reason: event.reason, since: event.at, team: event.team, priority: event.priority },
          effects: [{ type: 'queue-changed' }, { type: 'announce', kind: 'queued' }],
        };
      }
      if (state.mode === 'offline') return { ok: true, state, effects: [{ type: 'announce', kind: 'offline' }] };
      return { ok: true, state: { mode: 'offline', reason: event.reason, since: event.at }, effects: [{ type: 'announce', kind: 'offline' }] };
    }
    case 'accept': {
      if (state.mode === 'agent') return refuse(state, 'already-accepted');
      if (state.mode !== 'queued') return refuse(state, 'invalid-state');
      return {
        ok: true,
        state: { mode: 'agent', reason: state.reason, since: event.at, team: state.team, agentId: event.agentId, agentLabel: event.agentLabel, ...(state.note ? { note: state.note } : {}) },
        effects: [{ type: 'queue-changed' }, { type: 'brief-agent', agentId: event.agentId }, { type: 'announce', kind: 'joined' }],
      };
    }
    case 'resolve': {
      if (state.mode !== 'agent') return refuse(state, 'invalid-state');
      if (state.agentId !== event.agentId) return refuse(state, 'not-yours');
      return { ok: true, state: { mode: 'bot' }, effects: [{ type: 'release', agentId: state.agentId, why: 'resolved' }, { type: 'announce', kind: 'resolved' }] };
    }
    case 'transfer': {
      if (state.mode !== 'agent') return refuse(state, 'invalid-state');
      if (state.agentId !== event.agentId) return refuse(state, 'not-yours');
      const release = { type: 'release', agentId: state.agentId, why: 'transferred' } as const;
      const note = event.note ? { note: event.note } : {};
      if ('agentId' in event.to) {
        const to = event.to;
        if (to.agentId === state.agentId) return refuse(state, 'invalid-state');
        return {
          ok: true,
          state: { mode: 'agent', reason: state.reason, since: event.at, team: to.team, agentId: to.agentId, agentLabel: to.agentLabel, ...note },
          effects: [release, { type: 'brief-agent', agentId: to.agentId }, { type: 'announce', kind: 'transferred' }],
        };
      }
      return {
        ok: true,
        state: { mode: 'queued', reason: state.reason, since: event.at, team: event.to.team, priority: event.to.priority, ...note },
        effects: [release, { type: 'queue-changed' }, { type: 'announce', kind: 'transferred' }],
      };
    }
    case 'agent-lost': {
      if (state.mode !== 'agent' || state.agentId !== event.agentId) return refuse(state, 'invalid-state');
      return {
        ok: true,
        state: { mode: 'queued', reason: state.reason, since: event.at, team: state.team, priority: event.priority, ...(state.note ? { note: state.note } : {}) },
        effects: [{ type: 'release', agentId: state.agentId, why: 'requeued' }, { type: 'queue-changed' }, { type: 'announce', kind: 'requeued' }],
      };
    }
    case 'agents-gone': {
      if (state.mode !== 'queued') return refuse(state, 'invalid-state');
      return {
        ok: true,
        state: { mode: 'offline', reason: state.reason, since: event.at },
        effects: [{ type: 'queue-changed' }, { type: 'announce', kind: 'agents-gone' }],
      };
    }
    case 'accept-timeout': {
      if (state.mode !== 'queued') return refuse(state, 'invalid-state');
      return {
        ok: true,
        state: { mode: 'offline', reason: state.reason, since: event.at },
        effects: [{ type: 'queue-changed' }, { type: 'create-ticket', reason: state.reason }, { type: 'announce', kind: 'timeout' }],
      };
    }
    case 'ticket': {
      if (state.mode !== 'offline') return refuse(state, 'invalid-state');
      return { ok: true, state: { mode: 'bot' }, effects: [{ type: 'create-ticket', reason: state.reason }, { type: 'announce', kind: 'ticket' }] };
    }
  }
}
