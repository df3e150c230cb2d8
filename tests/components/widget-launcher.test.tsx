// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderWidget, startChat } from '../helpers/widget-setup';

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

describe('launcher', () => {
  it('opens and closes the panel, naming itself for what it will do', async () => {
    const { chat } = startChat();
    renderWidget(chat);

    const launcher = screen.getByRole('button', { name: 'Open chat' });
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(launcher);
    expect(await screen.findByRole('dialog', { name: 'Chat with Acme' })).toBeTruthy();
    const closer = screen.getByRole('button', { name: 'Close chat' });
    expect(closer.getAttribute('aria-expanded')).toBe('true');

    fireEvent.click(closer);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('button', { name: 'Open chat' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('closes from the header button and with Escape', async () => {
    const { chat } = startChat();
    chat.open();
    renderWidget(chat);

    fireEvent.click(await screen.findByRole('button', { name: 'Minimize chat' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Open chat' }));
    fireEvent.keyDown(await screen.findByRole('textbox', { name: 'Message' }), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows the agent label in the header once an agent has joined', async () => {
    const { chat, net } = startChat();
    chat.open();
    renderWidget(chat);
    expect(await screen.findByRole('heading', { name: 'Acme' })).toBeTruthy();

    net.latest.receive({ type: 'status', status: { mode: 'agent', agentLabel: 'Sam (Support)' } });
    expect(await screen.findByRole('heading', { name: 'Sam (Support)' })).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'Chat with Acme' })).toBeTruthy();
  });
});
