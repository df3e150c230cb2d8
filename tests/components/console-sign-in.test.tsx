// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeSocket, healthChecks, lastSocket, startConsole, stubHealth, welcome } from './console-harness';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('agent console sign-in', () => {
  it('takes the token from the URL, keeps it for the tab, strips it from the address bar and connects with it', async () => {
    await startConsole('/agent?token=s3cr%2Bt&x=1#top');
    expect(FakeSocket.instances).toHaveLength(1);
    expect(lastSocket().url).toBe(`ws://${location.host}/ws/agent?token=s3cr%2Bt`);
    expect(sessionStorage.getItem('baton.agentToken')).toBe('s3cr+t');
    expect(location.search).toBe('?x=1');
    expect(location.hash).toBe('#top');
    expect(screen.queryByRole('textbox', { name: 'Agent token' })).toBeNull();
  });

  it('signs in with a token typed into the form', async () => {
    await startConsole('/agent');
    expect(FakeSocket.instances).toHaveLength(0);
    fireEvent.input(screen.getByRole('textbox', { name: 'Agent token' }), { target: { value: '  typed-token ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(FakeSocket.instances).toHaveLength(1));
    expect(lastSocket().url).toBe(`ws://${location.host}/ws/agent?token=typed-token`);
    expect(sessionStorage.getItem('baton.agentToken')).toBe('typed-token');
    lastSocket().open();
    lastSocket().push(welcome());
    expect(await screen.findByRole('checkbox', { name: 'Available' })).toBeTruthy();
    expect(screen.getByText('Sam')).toBeTruthy();
  });

  it('reuses the token saved for this tab after a reload', async () => {
    await startConsole('/agent', { savedToken: 'kept' });
    expect(lastSocket().url).toBe(`ws://${location.host}/ws/agent?token=kept`);
  });

  it('shows "That token was not accepted" and the form again when the socket closes before opening and /health answers (HTTP 401)', async () => {
    await startConsole('/agent?token=wrong');
    stubHealth(200);
    lastSocket().drop(1006);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('That token was not accepted');
    expect(screen.getByRole('textbox', { name: 'Agent token' })).toBeTruthy();
    expect(sessionStorage.getItem('baton.agentToken')).toBeNull();
    expect(healthChecks).toEqual(['/health']);
    // A refused token is not retried.
    const made = FakeSocket.instances.length;
    await new Promise((r) => setTimeout(r, 900));
    expect(FakeSocket.instances).toHaveLength(made);
    expect(FakeSocket.instances.every((socket) => socket.readyState === 3)).toBe(true);
  });

  it('reconnects with backoff after a drop once it had connected, and does not call the token refused', async () => {
    await startConsole('/agent?token=good');
    const first = lastSocket();
    first.open();
    first.push(welcome());
    await screen.findByRole('checkbox', { name: 'Available' });
    first.drop(1006);
    expect(await screen.findByText('Connection lost. Reconnecting…')).toBeTruthy();
    expect(FakeSocket.instances).toHaveLength(1);
    await waitFor(() => expect(FakeSocket.instances).toHaveLength(2), { timeout: 2000 });
    expect(lastSocket().url).toBe(first.url);
    // It failed before open this time, and /health fails too: a relay problem, not a token problem.
    lastSocket().drop(1006);
    await waitFor(() => expect(healthChecks).toEqual(['/health']));
    await waitFor(() => expect(FakeSocket.instances).toHaveLength(3), { timeout: 3000 });
    lastSocket().open();
    lastSocket().push(welcome());
    await waitFor(() => expect(screen.queryByText('Connection lost. Reconnecting…')).toBeNull());
    expect(screen.queryByText('That token was not accepted')).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Agent token' })).toBeNull();
  });

  it('signs out: closes the socket, forgets the token and shows the form', async () => {
    await startConsole('/agent?token=good');
    const socket = lastSocket();
    socket.open();
    socket.push(welcome());
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('textbox', { name: 'Agent token' })).toBeTruthy();
    expect(socket.closedByClient).toBe(true);
    expect(sessionStorage.getItem('baton.agentToken')).toBeNull();
    // The relay is told before the socket closes, so open conversations go straight back to the queue.
    expect(socket.frames().map((f) => f.type)).toContain('sign-out');
  });
});
