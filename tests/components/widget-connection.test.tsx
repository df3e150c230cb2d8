// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { welcome } from '../helpers/widget-frames';
import { renderWidget, startChat } from '../helpers/widget-setup';

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('connection indicator', () => {
  it('says "Connecting…" before the first welcome and nothing once welcomed', async () => {
    const { chat, net } = startChat({ welcomed: false });
    chat.open();
    renderWidget(chat);
    expect(await screen.findByText('Connecting…')).toBeTruthy();
    net.latest.open();
    net.latest.receive(welcome());
    await waitFor(() => expect(screen.queryByText('Connecting…')).toBeNull());
  });

  it('says "Reconnecting…" after the socket drops, until the next welcome', async () => {
    const { chat, net } = startChat();
    chat.open();
    renderWidget(chat);
    await screen.findByRole('dialog');
    expect(screen.queryByText('Reconnecting…')).toBeNull();

    net.latest.drop(1006);
    expect(await screen.findByText('Reconnecting…')).toBeTruthy();

    await waitFor(() => expect(net.sockets).toHaveLength(2), { timeout: 3000 });
    net.latest.open();
    net.latest.receive(welcome());
    await waitFor(() => expect(screen.queryByText('Reconnecting…')).toBeNull());
  });
});
