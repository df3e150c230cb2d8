import { atom } from 'nanostores';
import type { AgentFrame } from '../../protocol/agent-frames';
import type { ReconnectingSocket, SocketConstructor } from '../lib/reconnecting-socket';

/** The live link to the relay while signed in; null when signed out. */
export const $socket = atom<ReconnectingSocket | null>(null);

/** The WebSocket constructor to use; null means the browser's own `WebSocket`. */
export const $socketConstructor = atom<SocketConstructor | null>(null);

/** Uses another WebSocket constructor for the next connection (tests pass a fake). */
export function setSocketConstructor(ctor: SocketConstructor | null): void {
  $socketConstructor.set(ctor);
}

/** Sends one frame to the relay; queued while reconnecting, dropped when signed out. */
export function sendFrame(frame: AgentFrame): void {
  $socket.get()?.send(JSON.stringify(frame));
}
