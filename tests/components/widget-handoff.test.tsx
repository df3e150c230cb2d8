// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entry } from '../helpers/widget-frames';
import { openWidget, sentOfType } from '../helpers/widget-setup';

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());


describe('talk to a person', () => {
  it('sends a handoff frame and stays visible while queued and with an agent', async () => {
    const { net } = await openWidget();
    const button = screen.getByRole('button', { name: 'Talk to a person' }) as HTMLButtonElement;
    fireEvent.click(button);

    const handoffs = sentOfType(net.latest.frames, 'handoff');
    expect(handoffs).toHaveLength(1);
    expect(typeof handoffs[0].clientId).toBe('string');
    expect(await screen.findByText('Talk to a person', { selector: '.bubble' })).toBeTruthy();

    fireEvent.click(button);
    expect(sentOfType(net.latest.frames, 'handoff')).toHaveLength(1);

    net.latest.receive({ type: 'ack', clientId: handoffs[0].clientId, seq: 1 });
    net.latest.receive({ type: 'status', status: { mode: 'queued', wait: { position: 1, minutes: 2 } } });
    await screen.findByText(/you're #1 in line/);
    expect(screen.getByRole('button', { name: 'Talk to a person' })).toBeTruthy();

    net.latest.receive({ type: 'status', status: { mode: 'agent', agentLabel: 'Sam (Support)' } });
    await screen.findByText("You're chatting with Sam (Support)");
    expect(screen.getByRole('button', { name: 'Talk to a person' })).toBeTruthy();
  });

  it('queued: shows the place in line and "usually about M min" when minutes are known', async () => {
    const { net } = await openWidget();
    net.latest.receive({ type: 'status', status: { mode: 'queued', reason: { code: 'button', label: 'Asked for a person' }, wait: { position: 3, minutes: 4 } } });
    const banner = await screen.findByRole('status');
    await waitFor(() => expect(banner.textContent).toContain("Waiting for a person — you're #3 in line"));
    expect(banner.textContent).toMatch(/usually about 4 min/i);
    expect(banner.textContent).not.toMatch(/no wait estimate/i);
  });

  it('queued: says honestly there is no estimate when minutes are null', async () => {
    const { net } = await openWidget();
    net.latest.receive({ type: 'status', status: { mode: 'queued', wait: { position: 2, minutes: null } } });
    const banner = await screen.findByRole('status');
    await waitFor(() => expect(banner.textContent).toContain("you're #2 in line"));
    expect(banner.textContent).toMatch(/no wait estimate yet/i);
    expect(banner.textContent).not.toMatch(/usually/i);
  });

  it('agent: names the agent in the banner and on their lines', async () => {
    const { net } = await openWidget();
    net.latest.receive({ type: 'status', status: { mode: 'agent', agentLabel: 'Sam (Support)' } });
    net.latest.receive({ type: 'entry', entry: entry({ seq: 1, role: 'agent', author: 'Sam (Support)', text: 'Hello, Sam here.' }) });
    expect((await screen.findByRole('status')).textContent).toBe("You're chatting with Sam (Support)");
    const line = (await screen.findByText('Hello, Sam here.')).closest('.line') as HTMLElement;
    expect(line.querySelector('.author')?.textContent).toBe('Sam (Support)');
  });
});
