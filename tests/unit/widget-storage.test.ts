// @vitest-environment happy-dom
// Its own file: the `storage` option swaps @nanostores/persistent's engine for the whole module graph.
import { describe, expect, it } from 'vitest';
import { createChat } from '../../widget/stores/create-chat';
import { storageKeys } from '../../widget/stores/storage-keys';
import { fakeSockets } from '../helpers/widget-fake-socket';
import { RELAY, welcome } from '../helpers/widget-frames';

describe('createChat storage option', () => {
  it('keeps the session and outbox in the given storage instead of localStorage', () => {
    const storage: Record<string, string> = {};
    const keys = storageKeys(RELAY);
    const net = fakeSockets();
    const chat = createChat({ relayUrl: RELAY, WebSocket: net.WebSocket, storage });
    chat.connect();
    chat.send('queued while connecting');
    expect(JSON.parse(storage[keys.outbox])).toMatchObject([{ type: 'message', text: 'queued while connecting' }]);

    net.latest.open();
    net.latest.receive(welcome());
    net.latest.receive({ type: 'session', conversationId: 'c7', token: 't7' });
    expect(JSON.parse(storage[keys.session])).toEqual({ conversationId: 'c7', token: 't7' });
    expect(localStorage.length).toBe(0);

    const again = createChat({ relayUrl: RELAY, WebSocket: fakeSockets().WebSocket, storage });
    expect(again.$session.get()).toEqual({ conversationId: 'c7', token: 't7' });
    expect(again.$outbox.get()).toHaveLength(1);
    chat.disconnect();
  });
});
