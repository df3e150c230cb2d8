import { atom, computed, onMount } from 'nanostores';
import type { BackoffOptions } from '../../client/backoff-delay';
import { createTransport, type Transport } from '../../client/create-transport';
import type { ServerToAgent } from '../../protocol/agent-frames';
import type { CloseCode } from '../../protocol/close-codes';
import { agentSocketUrl } from '../lib/agent-socket-url';
import { relayIsUp } from '../lib/relay-is-up';
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

/** The console's reconnect timing: 500 ms doubling to 15 s (one agent, so a longer cap than the widget's). */
const CONSOLE_BACKOFF: Partial<BackoffOptions> = { minMs: 500, maxMs: 15_000 };

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
    let opens = 0;

    // A refused upgrade (401) reaches a browser only as a close before open, code 1006, exactly like
    // an unreachable relay; /health tells them apart. Retries go on meanwhile.
    async function explainFailedOpen(transport: Transport): Promise<void> {
      const opensBefore = opens;
      const up = await relayIsUp();
      // Signed out, signed in again, or a later attempt got through: the answer is stale.
      if ($socket.get() !== transport || opens !== opensBefore) return;
      if (up) refuseToken();
      else $connection.set('reconnecting');
    }

    const transport = createTransport({
      url: agentSocketUrl(location, token),
      WebSocket: $socketConstructor.get() ?? undefined,
      backoff: CONSOLE_BACKOFF,
      onOpen: () => {
        opens += 1;
        $connection.set('online');
      },
      onFrame: (frame) => receiveFrame(frame as ServerToAgent),
      onClose: ({ code, opened }) => {
        if (code === REPLACED) {
          $connection.set('replaced');
          return false;
        }
        if (opened) $connection.set('reconnecting');
        else void explainFailedOpen(transport);
        return true;
      },
    });
    $socket.set(transport);
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
