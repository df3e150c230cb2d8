// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entry } from '../helpers/widget-frames';
import { openWidget, sentOfType } from '../helpers/widget-setup';

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

async function openComposer() {
  const started = await openWidget();
  return { ...started, box: await screen.findByRole('textbox', { name: 'Message' }) };
}

describe('composer', () => {
  it('Send sends a message frame; the line shows as pending, then once confirmed after ack and echo', async () => {
    const { net, box } = await openComposer();
    fireEvent.input(box, { target: { value: '  Hello there  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));

    const [message] = sentOfType(net.latest.frames, 'message');
    expect(message).toMatchObject({ type: 'message', text: 'Hello there' });
    expect(typeof message.clientId).toBe('string');
    expect((message.clientId as string).length).toBeGreaterThan(0);
    await waitFor(() => expect((box as HTMLTextAreaElement).value).toBe(''));

    const log = screen.getByRole('log');
    const pending = (await within(log).findByText('Hello there')).closest('.line') as HTMLElement;
    expect(within(pending).getByText('Sending…')).toBeTruthy();

    net.latest.receive({ type: 'ack', clientId: message.clientId, seq: 1 });
    net.latest.receive({ type: 'entry', entry: entry({ seq: 1, role: 'visitor', text: 'Hello there', clientId: message.clientId as string }) });

    await waitFor(() => expect(within(log).queryByText('Sending…')).toBeNull());
    expect(within(log).getAllByText('Hello there')).toHaveLength(1);
  });

  it('Enter sends; Shift+Enter does not', async () => {
    const { net, box } = await openComposer();
    fireEvent.input(box, { target: { value: 'line one' } });
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    expect(sentOfType(net.latest.frames, 'message')).toHaveLength(0);

    fireEvent.keyDown(box, { key: 'Enter' });
    expect(sentOfType(net.latest.frames, 'message')).toMatchObject([{ text: 'line one' }]);
  });

  it('ignores an empty message and refuses one over the limit with an alert', async () => {
    const { net, box } = await openComposer();
    fireEvent.input(box, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(sentOfType(net.latest.frames, 'message')).toHaveLength(0);

    fireEvent.input(box, { target: { value: 'x'.repeat(51) } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(sentOfType(net.latest.frames, 'message')).toHaveLength(0);
    expect((await screen.findByRole('alert')).textContent).toMatch(/51 characters.*limit is 50/);
    expect((box as HTMLTextAreaElement).value).toBe('x'.repeat(51));
  });

  it('shows a relay error for a rejected message and stops resending it', async () => {
    const { chat, net, box } = await openComposer();
    fireEvent.input(box, { target: { value: 'hello' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    const [message] = sentOfType(net.latest.frames, 'message');
    net.latest.receive({ type: 'error', code: 'too-long', message: 'text too long', clientId: message.clientId });
    expect((await screen.findByRole('alert')).textContent).toMatch(/too long/);
    expect(chat.$outbox.get()).toEqual([]);
  });
});
