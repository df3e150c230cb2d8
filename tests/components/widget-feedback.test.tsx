// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createChat } from '../../widget/stores/create-chat';
import { fakeSockets } from '../helpers/widget-fake-socket';
import { entry, RELAY, welcome } from '../helpers/widget-frames';
import { renderWidget, sentOfType, startChat } from '../helpers/widget-setup';

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

const question = entry({ seq: 1, role: 'visitor', text: 'Where is my order?', clientId: 'c1' });
const answer = entry({ seq: 2, role: 'bot', text: 'Orders ship in 2 days.', confident: true });

/** An open widget showing the greeting, one question and one bot answer. */
async function answeredWidget() {
  const started = startChat();
  started.chat.open();
  renderWidget(started.chat);
  started.net.latest.receive({ type: 'history', entries: [question, answer] });
  const log = await screen.findByRole('log');
  const line = (await within(log).findByText(answer.text)).closest('.line') as HTMLElement;
  return { ...started, log, line };
}

/** Lets the widget's pending re-renders run (useStore re-renders on a zero-delay timer). */
const rendered = () => new Promise((resolve) => setTimeout(resolve, 5));

function pressed(button: HTMLElement) {
  return button.getAttribute('aria-pressed');
}

describe('feedback on bot answers', () => {
  it('shows Helpful and Not helpful under each bot answer, not under the greeting', async () => {
    const { log, line } = await answeredWidget();
    expect(within(line).getByRole('button', { name: 'Helpful' })).toBeTruthy();
    expect(within(line).getByRole('button', { name: 'Not helpful' })).toBeTruthy();
    expect(within(log).getAllByRole('button', { name: 'Helpful' })).toHaveLength(1);
    const greeting = within(log).getByText('Hi! How can we help?').closest('.line') as HTMLElement;
    expect(within(greeting).queryByRole('button')).toBeNull();
  });

  it('sends one feedback frame for the answer and marks the choice with aria-pressed', async () => {
    const { net, line } = await answeredWidget();
    const up = within(line).getByRole('button', { name: 'Helpful' });
    const down = within(line).getByRole('button', { name: 'Not helpful' });
    expect([pressed(up), pressed(down)]).toEqual(['false', 'false']);

    fireEvent.click(down);
    const frames = sentOfType(net.latest.frames, 'feedback');
    expect(frames).toEqual([{ type: 'feedback', clientId: frames[0].clientId, seq: 2, value: 'down' }]);
    await waitFor(() => expect([pressed(up), pressed(down)]).toEqual(['false', 'true']));

    expect([(up as HTMLButtonElement).disabled, (down as HTMLButtonElement).disabled]).toEqual([true, true]);
    fireEvent.click(up);
    fireEvent.click(down);
    expect(sentOfType(net.latest.frames, 'feedback')).toHaveLength(1);
  });

  it('hides the relay’s feedback entry; it only keeps the chosen button pressed', async () => {
    const { chat, net, log, line } = await answeredWidget();
    fireEvent.click(within(line).getByRole('button', { name: 'Helpful' }));
    const [feedback] = sentOfType(net.latest.frames, 'feedback');

    net.latest.receive({ type: 'ack', clientId: feedback.clientId, seq: 3 });
    // Acknowledged, not yet echoed: still pressed, still no line.
    expect(chat.$outbox.get()).toEqual([]);
    await rendered();
    expect(pressed(within(line).getByRole('button', { name: 'Helpful' }))).toBe('true');
    expect(log.querySelectorAll('.mine')).toHaveLength(1);

    net.latest.receive({ type: 'entry', entry: entry({ seq: 3, role: 'visitor', kind: 'feedback', text: '👍 on the answer', clientId: feedback.clientId as string }) });
    net.latest.receive({ type: 'entry', entry: entry({ seq: 4, role: 'bot', text: 'Glad to help!' }) });

    await within(log).findByText('Glad to help!');
    expect(within(log).queryByText('👍 on the answer')).toBeNull();
    expect(log.querySelectorAll('.mine')).toHaveLength(1);
    expect(pressed(within(line).getByRole('button', { name: 'Helpful' }))).toBe('true');
    expect(sentOfType(net.latest.frames, 'feedback')).toHaveLength(1);
  });

  it('after a reload, marks the answer the stored feedback entry was for', async () => {
    const { net, log } = await answeredWidget();
    const later = entry({ seq: 3, role: 'bot', text: 'Anything else?' });
    net.latest.receive({
      type: 'history',
      entries: [later, entry({ seq: 4, role: 'visitor', kind: 'feedback', text: '👎 on the answer', clientId: 'feedback:2:down' })],
    });
    const first = within(log).getByText(answer.text).closest('.line') as HTMLElement;
    const second = (await within(log).findByText(later.text)).closest('.line') as HTMLElement;
    await waitFor(() => expect(pressed(within(first).getByRole('button', { name: 'Not helpful' }))).toBe('true'));
    expect(pressed(within(second).getByRole('button', { name: 'Not helpful' }))).toBe('false');
    expect(within(log).queryByText('👎 on the answer')).toBeNull();
  });

  it('goes through the outbox: a choice made while disconnected survives a reload and is sent after the welcome', () => {
    const net = fakeSockets();
    const chat = createChat({ relayUrl: RELAY, WebSocket: net.WebSocket });
    chat.connect();
    net.latest.open();
    net.latest.receive(welcome());
    net.latest.receive({ type: 'history', entries: [question, answer] });
    net.latest.drop(1006);

    expect(chat.rate(1, 'up')).toBe(false);
    expect(chat.rate(2, 'up')).toBe(true);
    expect(chat.rate(2, 'down')).toBe(false);
    expect(chat.$outbox.get()).toMatchObject([{ type: 'feedback', seq: 2, value: 'up' }]);
    chat.disconnect();

    const after = createChat({ relayUrl: RELAY, WebSocket: net.WebSocket });
    after.connect();
    net.latest.open();
    net.latest.receive(welcome());
    expect(sentOfType(net.latest.frames, 'feedback')).toMatchObject([{ type: 'feedback', seq: 2, value: 'up' }]);
    after.disconnect();
  });
});
