import type { SessionEvent, SessionState, TransitionResult } from './session-state';

const refuse = (state: SessionState, error: 'invalid-state' | 'already-accepted' | 'not-yours'): TransitionResult => ({ ok: false, error, state });

/**
 * The session lifecycle as a pure function: bot → queued → agent → (resolve) bot, and the offline
 * branch bot → offline → (ticket) bot. No sockets, clock or storage: plain data in and out.
 */
export function transition(state: SessionState, event: SessionEvent): TransitionResult {
  switch (event.type) {
    case 'escalate': {
      if (state.mode === 'queued' || state.mode === 'agent') {
        // Asking again never deflects: the visitor is told where they stand.
        return { ok: true, state, effects: [{ type: 'announce', kind: 'still-waiting' }] };
      }
      if (event.agentsAvailable) {
        return {
          ok: true,
          state: { mode: 'queued', reason: event.reason, since: event.at },
          effects: [{ type: 'announce', kind: 'queued' }, { type: 'queue-changed' }],
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
        state: { mode: 'agent', reason: state.reason, since: event.at, agentId: event.agentId, agentLabel: event.agentLabel },
        effects: [{ type: 'queue-changed' }, { type: 'announce', kind: 'joined' }],
      };
    }
    case 'resolve': {
      if (state.mode !== 'agent') return refuse(state, 'invalid-state');
      if (state.agentId !== event.agentId) return refuse(state, 'not-yours');
      return { ok: true, state: { mode: 'bot' }, effects: [{ type: 'release', agentId: state.agentId }, { type: 'announce', kind: 'resolved' }] };
    }
    case 'agents-gone': {
      if (state.mode !== 'queued') return refuse(state, 'invalid-state');
      return {
        ok: true,
        state: { mode: 'offline', reason: state.reason, since: event.at },
        effects: [{ type: 'queue-changed' }, { type: 'announce', kind: 'agents-gone' }],
      };
    }
    case 'ticket': {
      if (state.mode !== 'offline') return refuse(state, 'invalid-state');
      return { ok: true, state: { mode: 'bot' }, effects: [{ type: 'create-ticket', reason: state.reason }, { type: 'announce', kind: 'ticket' }] };
    }
  }
}
