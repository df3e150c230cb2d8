import { atom } from 'nanostores';
import { sendFrame } from './socket';

/** Conversation ids whose visitor is typing right now. */
export const $visitorTyping = atom<Record<string, true>>({});

/** Ms after the last keystroke before we tell the relay the agent stopped typing. */
export const AGENT_IDLE_MS = 2500;

/** Ms a visitor's "typing" lasts without a refresh, in case the "stopped" frame is lost. */
const VISITOR_STALE_MS = 8000;

const visitorTimers = new Map<string, ReturnType<typeof setTimeout>>();
const agentTimers = new Map<string, ReturnType<typeof setTimeout>>();

/** Records a `typing` frame from the relay about a visitor. */
export function setVisitorTyping(conversationId: string, on: boolean): void {
  clearTimeout(visitorTimers.get(conversationId));
  visitorTimers.delete(conversationId);
  const { [conversationId]: _was, ...rest } = $visitorTyping.get();
  if (on) {
    $visitorTyping.set({ ...rest, [conversationId]: true });
    visitorTimers.set(conversationId, setTimeout(() => setVisitorTyping(conversationId, false), VISITOR_STALE_MS));
  } else if (_was) {
    $visitorTyping.set(rest);
  }
}

/** Notes a keystroke in Reply: sends `typing on` once, then `off` after AGENT_IDLE_MS of quiet. */
export function noteAgentTyping(conversationId: string): void {
  const timer = agentTimers.get(conversationId);
  if (timer === undefined) sendFrame({ type: 'typing', conversationId, on: true });
  clearTimeout(timer);
  agentTimers.set(conversationId, setTimeout(() => stopAgentTyping(conversationId), AGENT_IDLE_MS));
}

/** Sends `typing off` now if we had said `on` (after sending, clearing, or resolving). */
export function stopAgentTyping(conversationId: string): void {
  const timer = agentTimers.get(conversationId);
  if (timer === undefined) return;
  clearTimeout(timer);
  agentTimers.delete(conversationId);
  sendFrame({ type: 'typing', conversationId, on: false });
}

/** Clears all typing state and timers without sending anything, on sign-out. */
export function forgetTyping(): void {
  for (const timer of [...visitorTimers.values(), ...agentTimers.values()]) clearTimeout(timer);
  visitorTimers.clear();
  agentTimers.clear();
  $visitorTyping.set({});
}
