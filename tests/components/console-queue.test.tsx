// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { sentFrame, startSignedIn, waitingView, welcome } from './console-harness';

afterEach(() => cleanup());

describe('agent console queue', () => {
  it('shows "No one is waiting" when the queue is empty', async () => {
    await startSignedIn(welcome({ queue: [] }));
    const waiting = screen.getByRole('tabpanel', { name: 'Waiting' });
    expect(within(waiting).getByText('No one is waiting')).toBeTruthy();
    expect(within(waiting).queryByRole('button', { name: 'Accept' })).toBeNull();
  });

  it('lists a waiting visitor with their last message, the reason, its evidence and the waiting time', async () => {
    await startSignedIn(welcome({ queue: [waitingView('conv-1')] }));
    const list = await screen.findByRole('list', { name: 'Waiting' });
    const item = within(list).getAllByRole('listitem')[0];
    expect(within(item).getByText('Can I talk to a human?')).toBeTruthy();
    expect(within(item).getByText('Asked for a person')).toBeTruthy();
    expect(within(item).getByText('"talk to a human"')).toBeTruthy();
    expect(within(item).getByText('waiting 2 min')).toBeTruthy();
    expect(within(item).getByRole('button', { name: 'Accept' })).toBeTruthy();
    expect(screen.queryByText('No one is waiting')).toBeNull();
  });

  it('a `queue` frame replaces the whole waiting list', async () => {
    const socket = await startSignedIn(welcome({ queue: [waitingView('conv-1')] }));
    await screen.findByText('Can I talk to a human?');
    const other = waitingView('conv-2', {
      entries: [{ seq: 1, role: 'visitor', text: 'My order never arrived', at: Date.now() }],
      status: { mode: 'queued', reason: { code: 'button', label: 'Pressed "Talk to a person"' } },
    });
    socket.push({ type: 'queue', items: [other] });
    expect(await screen.findByText('My order never arrived')).toBeTruthy();
    expect(screen.queryByText('Can I talk to a human?')).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Accept' })).toHaveLength(1);
  });

  it('ticks the waiting time while the console is open', async () => {
    await startSignedIn(welcome({ queue: [waitingView('conv-1', { since: Date.now() - 59_500 })] }));
    expect(await screen.findByText('waiting 59 s')).toBeTruthy();
    expect(await screen.findByText('waiting 1 min', undefined, { timeout: 2500 })).toBeTruthy();
  });

  it('opening a waiting conversation shows its full transcript read-only, with Accept, and asks the relay for it', async () => {
    const socket = await startSignedIn(welcome({ queue: [waitingView('conv-1')] }));
    fireEvent.click(await screen.findByRole('button', { name: /Can I talk to a human\?/ }));
    const log = await screen.findByRole('log');
    expect(within(log).getByText('Do you do bulk discounts?')).toBeTruthy();
    expect(within(log).getByText("I don't have that information.")).toBeTruthy();
    expect(within(log).getByText('You are next in line.')).toBeTruthy();
    expect(within(log).getByText('Unsure')).toBeTruthy();
    expect(screen.getByText('Wants to know about bulk pricing')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Pricing' }).getAttribute('href')).toBe('https://shop.test/pricing');
    expect(screen.getByText('en-GB')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Reply' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Resolve' })).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Accept' })).toHaveLength(2);
    expect(await sentFrame(socket, (f) => f.type === 'open')).toEqual({ type: 'open', conversationId: 'conv-1' });
  });

  it('the Available toggle reflects `welcome` and sends availability frames', async () => {
    const socket = await startSignedIn(welcome({ available: false }));
    const toggle = screen.getByRole('checkbox', { name: 'Available' }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    expect(await sentFrame(socket, (f) => f.type === 'availability')).toEqual({ type: 'availability', available: true });
    await waitFor(() => expect(toggle.checked).toBe(true));
    fireEvent.click(toggle);
    await waitFor(() => expect(socket.framesOf('availability')).toEqual([
      { type: 'availability', available: true },
      { type: 'availability', available: false },
    ]));
  });

  it('Accept sends an accept frame for that conversation', async () => {
    const socket = await startSignedIn(welcome({ queue: [waitingView('conv-1'), waitingView('conv-2')] }));
    const buttons = await screen.findAllByRole('button', { name: 'Accept' });
    expect(buttons).toHaveLength(2);
    fireEvent.click(buttons[1]);
    expect(await sentFrame(socket, (f) => f.type === 'accept')).toEqual({ type: 'accept', conversationId: 'conv-2' });
    expect(socket.framesOf('accept')).toHaveLength(1);
  });

  it('shows an alert when another agent already accepted the conversation', async () => {
    const socket = await startSignedIn(welcome({ queue: [waitingView('conv-1')] }));
    fireEvent.click(await screen.findByRole('button', { name: 'Accept' }));
    await sentFrame(socket, (f) => f.type === 'accept');
    expect(screen.queryByRole('alert')).toBeNull();
    socket.push({ type: 'error', code: 'already-accepted', message: 'conv-1 is taken' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Another agent already accepted this conversation');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('Accept is a native, focusable button, so Enter and Space work without a mouse', async () => {
    const socket = await startSignedIn(welcome({ queue: [waitingView('conv-1')] }));
    const accept = await screen.findByRole('button', { name: 'Accept' });
    expect(accept.tagName).toBe('BUTTON');
    accept.focus();
    expect(document.activeElement).toBe(accept);
    fireEvent.click(accept);
    await sentFrame(socket, (f) => f.type === 'accept');
  });
});
