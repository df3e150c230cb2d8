// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entry } from '../helpers/widget-frames';
import { renderWidget, startChat } from '../helpers/widget-setup';

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

function lines(log: HTMLElement) {
  return [...log.children].map((child) => child.textContent);
}

/** An open widget on screen, with the relay's fake socket to push frames through. */
function openChat() {
  const { chat, net } = startChat();
  chat.open();
  renderWidget(chat);
  return net;
}

describe('transcript', () => {
  it('shows the greeting first as a bot line, then the bot answer under the bot label', async () => {
    const net = openChat();
    const log = await screen.findByRole('log');
    expect(log.getAttribute('aria-live')).toBe('polite');
    await waitFor(() => expect(lines(log)).toEqual(['Acme botHi! How can we help?']));

    net.latest.receive({ type: 'entry', entry: entry({ seq: 1, role: 'visitor', text: 'Where is my order?', clientId: 'c1' }) });
    net.latest.receive({ type: 'entry', entry: entry({ seq: 2, role: 'bot', text: 'Orders ship in 2 days.', confident: true }) });

    await waitFor(() => expect(lines(log)).toEqual(['Acme botHi! How can we help?', 'Where is my order?', 'Acme botOrders ship in 2 days.']));
    const answer = within(log).getByText('Orders ship in 2 days.');
    expect(answer.closest('.line')?.classList.contains('theirs')).toBe(true);
    expect(within(log).getByText('Where is my order?').closest('.line')?.classList.contains('mine')).toBe(true);
  });

  it('labels agent lines with their author and centres system notices', async () => {
    const net = openChat();
    net.latest.receive({
      type: 'history',
      entries: [
        entry({ seq: 1, role: 'system', kind: 'joined', text: 'Sam (Support) joined the conversation' }),
        entry({ seq: 2, role: 'agent', author: 'Sam (Support)', text: 'Hi, I can help.' }),
      ],
    });
    const log = await screen.findByRole('log');
    const notice = await within(log).findByText('Sam (Support) joined the conversation');
    expect(notice.classList.contains('notice')).toBe(true);
    const reply = within(log).getByText('Hi, I can help.').closest('.line') as HTMLElement;
    expect(within(reply).getByText('Sam (Support)')).toBeTruthy();
  });

  it('shows transfers, requeues and timeouts as system notices, whatever role they carry', async () => {
    const net = openChat();
    net.latest.receive({
      type: 'history',
      entries: [
        entry({ seq: 1, role: 'agent', author: 'Sam', kind: 'transferred', text: 'Sam passed you to Billing' }),
        entry({ seq: 2, role: 'system', kind: 'requeued', text: 'Your agent had to leave; you are first in line' }),
        entry({ seq: 3, role: 'system', kind: 'timeout', text: 'Nobody could answer in time' }),
      ],
    });
    const log = await screen.findByRole('log');
    await within(log).findByText('Nobody could answer in time');
    for (const text of ['Sam passed you to Billing', 'Your agent had to leave; you are first in line', 'Nobody could answer in time']) {
      const line = within(log).getByText(text);
      expect(line.classList.contains('notice')).toBe(true);
      expect(line.closest('.line')).toBeNull();
    }
    expect(within(log).queryByText('Sam')).toBeNull();
  });

  it('renders HTML in a message as text, creating no elements', async () => {
    const net = openChat();
    const html = '<img src=x onerror="alert(1)"><b>bold</b><script>alert(2)</script>';
    net.latest.receive({ type: 'entry', entry: entry({ seq: 1, role: 'agent', author: 'Sam', text: html }) });
    const log = await screen.findByRole('log');
    expect(await within(log).findByText(html)).toBeTruthy();
    expect(log.querySelector('img, b, script')).toBeNull();
  });

  it('shows the agent typing indicator while the agent types', async () => {
    const net = openChat();
    net.latest.receive({ type: 'typing', on: true, author: 'Sam' });
    expect(await screen.findByText('Sam is typing…')).toBeTruthy();
    net.latest.receive({ type: 'typing', on: false });
    await waitFor(() => expect(screen.queryByText('Sam is typing…')).toBeNull());
  });
});
