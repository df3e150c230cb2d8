import { atom, computed, onMount } from 'nanostores';
import type { CloseCode } from '../../protocol/close-codes';
import { agentSocketUrl } from '../lib/agent-socket-url';
import { parseServerFrame } from '../lib/parse-server-frame';
import { createReconnectingSocket } from '../lib/reconnecting-socket';
import { forgetSession } from './forget-session';
import { receiveFrame } from './receive-frame';
import { $socket, $socketConstructor } from './socket';
import { $token, refuseToken } from './token';

/** The link to the relay: signed out, first attempt, live, retrying, or taken over by another window. */
export type ConnectionState = 'signed-out' | 'connecting' | 'online' | 'reconnecting' | 'replaced';

/** The connection's state; listening to it is what opens the socket (and signing out closes it). */
export const $connection = atom<ConnectionState>('signed-out');

/** The relay's "signed in elsewhere" close; typed from protocol so a change there fails tsc here. */
const REPLACED: (typeof CloseCode)['REPLACED'] = 4009;

const $attempt = atom(0);

/** What a connection is made from: the token, and a counter bumped to reconnect by hand. */
const $login = computed([$token, $attempt], (token, attempt) => ({ token, attempt }));

onMount($connection, () => {
  const stop = (): void => {
    $socket.get()?.close();
    $socket.set(null);
  };
  const unbind = $login.subscribe(({ token }) => {
    stop();
    forgetSession();
    if (!token) {
      $connection.set('signed-out');
      return;
    }
    $connection.set('connecting');
    let everOpened = false;
    const socket = createReconnectingSocket({
      url: agentSocketUrl(location, token),
      WebSocket: $socketConstructor.get() ?? WebSocket,
      onOpen: () => {
        everOpened = true;
        $connection.set('online');
      },
      onMessage: (data) => {
        const frame = parseServerFrame(data);
        if (frame) receiveFrame(frame);
      },
      onClose: ({ code, opened }) => {
        // A refused upgrade (401) reaches a browser only as a close before open, code 1006.
        if (!opened && !everOpened) {
          refuseToken();
          return false;
        }
        if (code === REPLACED) {
          $connection.set('replaced');
          return false;
        }
        $connection.set('reconnecting');
        return true;
      },
    });
    $socket.set(socket);
  });
  return () => {
    unbind();
    stop();
    $connection.set('signed-out');
  };
});

/** Connects again after the console was replaced by another window. */
export function reconnect(): void {
  $attempt.set($attempt.get() + 1);
}
