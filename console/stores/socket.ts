import { atom } from 'nanostores';
import type { SocketConstructor, Transport } from '../../client/create-transport';
import type { AgentFrame } from '../../protocol/agent-frames';

/** The live link to the relay while signed in; null when signed out. */
export const $socket = atom<Transport | null>(null);

/** The WebSocket constructor to use; null means the browser's own `WebSocket`. */
export const $socketConstructor = atom<SocketConstructor | null>(null);

/** Uses another WebSocket constructor for the next connection (tests pass a fake). */
export function setSocketConstructor(ctor: SocketConstructor | null): void {
  $socketConstructor.set(ctor);
}

/** Shown when an action that is not sent again after a reconnect (accept, resolve) could not be sent. */
export const OFFLINE_TEXT = 'Not connected to the relay. Try again once the connection is back.';

/**
 * Sends one frame to the relay; returns false (nothing sent, nothing queued) while offline or signed
 * out. What must survive a reconnect is sent again on `welcome` (replies, availability).
 */
export function sendFrame(frame: AgentFrame): boolean {
  return $socket.get()?.send(frame) ?? false;
}
