// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeSocket, healthChecks, lastSocket, openTab, sentFrame, settle, startConsole, startSignedIn, stubHealth, waitingView, welcome } from './console-harness';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const RECONNECTING = 'Connection lost. Reconnecting…';
const REFUSED = 'That token was not accepted';

/** Waits for the console's next socket after a close. */
async function nextSocket(count: number): Promise<FakeSocket> {
  await waitFor(() => expect(FakeSocket.instances).toHaveLength(count), { timeout: 3000 });
  return lastSocket();
}

describe('agent console: a close before open asks /health who is at fault', () => {
  it('relay down on the first connect: shows the reconnecting banner and keeps retrying with the token', async () => {
    await startConsole('/agent?token=good');
    expect(screen.getByText('Connecting to the relay…')).toBeTruthy();
    lastSocket().drop(1006);
    expect(await screen.findByText(RECONNECTING)).toBeTruthy();
    expect(healthChecks).toEqual(['/health']);
    const second = await nextSocket(2);
    expect(second.url).toBe(FakeSocket.instances[0].url);
    expect(sessionStorage.getItem('baton.agentToken')).toBe('good');
    second.open();
    second.push(welcome());
    await waitFor(() => expect(screen.queryByText(RECONNECTING)).toBeNull());
    expect(screen.queryByText(REFUSED)).toBeNull();
  });

  it('a /health that answers but not 200 counts as the relay being down', async () => {
    await startConsole('/agent?token=good');
    stubHealth(503);
    lastSocket().drop(1006);
    expect(await screen.findByText(RECONNECTING)).toBeTruthy();
    await nextSocket(2);
    expect(screen.queryByRole('textbox', { name: 'Agent token' })).toBeNull();
  });

  it('relay up after having been online (token revoked, relay restarted): the token was refused, and retrying stops', async () => {
    const first = await startSignedIn();
    first.drop(1006);
    expect(await screen.findByText(RECONNECTING)).toBeTruthy();
    // A drop after open is never blamed on the token.
    expect(healthChecks).toEqual([]);
    stubHealth(200);
    (await nextSocket(2)).drop(1006);
    expect((await screen.findByRole('alert')).textContent).toBe(REFUSED);
    expect(screen.getByRole('textbox', { name: 'Agent token' })).toBeTruthy();
    expect(sessionStorage.getItem('baton.agentToken')).toBeNull();
    const made = FakeSocket.instances.length;
    await settle(1200);
    expect(FakeSocket.instances).toHaveLength(made);
  });

  it('ignores a /health answer that comes back after a later attempt got through', async () => {
    await startConsole('/agent?token=good');
    let answer!: (res: Response) => void;
    vi.stubGlobal('fetch', () => new Promise<Response>((resolve) => (answer = resolve)));
    lastSocket().drop(1006);
    const second = await nextSocket(2);
    second.open();
    second.push(welcome());
    await screen.findByRole('checkbox', { name: 'Available' });
    answer(new Response('{}', { status: 200 }));
    await settle(50);
    expect(screen.queryByText(REFUSED)).toBeNull();
    expect(screen.queryByText(RECONNECTING)).toBeNull();
    expect(sessionStorage.getItem('baton.agentToken')).toBe('good');
  });
});

describe('agent console: what is sent again after a reconnect', () => {
  it('availability toggled while offline is sent on the next welcome, and the toggle keeps it', async () => {
    const first = await startSignedIn(welcome({ available: true }));
    first.drop(1006);
    await screen.findByText(RECONNECTING);
    const toggle = screen.getByRole('checkbox', { name: 'Available' }) as HTMLInputElement;
    fireEvent.click(toggle);
    expect(toggle.checked).toBe(false);
    const second = await nextSocket(2);
    second.open();
    second.push(welcome({ available: true }));
    expect(await sentFrame(second, (f) => f.type === 'availability')).toEqual({ type: 'availability', available: false });
    await settle();
    expect((screen.getByRole('checkbox', { name: 'Available' }) as HTMLInputElement).checked).toBe(false);
  });

  it('availability a restarted relay forgot is sent again; one it remembers is not', async () => {
    const first = await startSignedIn(welcome({ available: true }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Available' }));
    await sentFrame(first, (f) => f.type === 'availability');
    first.drop(1006);
    const second = await nextSocket(2);
    second.open();
    second.push(welcome({ available: true }));
    expect(await sentFrame(second, (f) => f.type === 'availability')).toEqual({ type: 'availability', available: false });
    second.drop(1006);
    const third = await nextSocket(3);
    third.open();
    third.push(welcome({ available: false }));
    await settle();
    expect(third.framesOf('availability')).toEqual([]);
  });

  it('a reply written while offline is sent on the next welcome with the same clientId', async () => {
    const first = await startSignedIn(welcome({ mine: [] }));
    first.push({ type: 'conversation', conversation: { ...waitingView('conv-1'), status: { ...waitingView('conv-1').status, mode: 'agent', agentLabel: 'Sam' }, agentId: 'sam' } });
    await openTab('Mine');
    fireEvent.click(await screen.findByText('Can I talk to a human?'));
    const reply = (await screen.findByRole('textbox', { name: 'Reply' })) as HTMLTextAreaElement;
    first.drop(1006);
    await screen.findByText(RECONNECTING);
    fireEvent.input(reply, { target: { value: 'Back in a sec' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(first.framesOf('reply')).toEqual([]);
    const second = await nextSocket(2);
    second.open();
    expect(second.framesOf('reply')).toEqual([]);
    second.push(welcome());
    const resent = await sentFrame(second, (f) => f.type === 'reply');
    expect(resent).toMatchObject({ type: 'reply', conversationId: 'conv-1', text: 'Back in a sec' });
    expect(typeof resent.clientId).toBe('string');
  });

  it('Accept while offline is not sent later: it says so instead', async () => {
    const first = await startSignedIn(welcome({ queue: [waitingView('conv-1')] }));
    first.drop(1006);
    await screen.findByText(RECONNECTING);
    fireEvent.click(await screen.findByRole('button', { name: 'Accept' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Not connected to the relay');
    const second = await nextSocket(2);
    second.open();
    second.push(welcome({ queue: [waitingView('conv-1')] }));
    await settle();
    expect(second.framesOf('accept')).toEqual([]);
  });
});
