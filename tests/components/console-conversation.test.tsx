// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { mineView, openTab, sentFrame, settle, startSignedIn, tabCount, waitingView, welcome, type FakeSocket } from './console-harness';

afterEach(() => cleanup());

/** Signs in, accepts conv-1 from the queue and plays the relay's `conversation` answer. */
async function acceptedConversation(): Promise<FakeSocket> {
  const socket = await startSignedIn(welcome({ queue: [waitingView('conv-1')] }));
  fireEvent.click(await screen.findByRole('button', { name: 'Accept' }));
  await sentFrame(socket, (f) => f.type === 'accept');
  socket.push({ type: 'queue', items: [] });
  socket.push({ type: 'conversation', conversation: mineView('conv-1', 'sam') });
  await screen.findByRole('textbox', { name: 'Reply' });
  // An accepted conversation takes the agent to Mine.
  await waitFor(() => expect(screen.getByRole('tab', { name: 'Mine' }).getAttribute('aria-selected')).toBe('true'));
  return socket;
}

describe('agent console conversation', () => {
  it('after `conversation` the visitor moves to Mine and the transcript shows in a log, unsure bot lines flagged', async () => {
    await acceptedConversation();
    const mine = screen.getByRole('list', { name: 'Mine' });
    expect(within(mine).getByText('Can I talk to a human?')).toBeTruthy();
    expect(tabCount('Waiting')).toBe('0');
    expect(tabCount('Mine')).toBe('1');
    const log = screen.getByRole('log');
    const lines = within(log).getAllByText(/./, { selector: '.bubble, .line-system > span' }).map((el) => el.textContent);
    expect(lines).toEqual([
      'Do you do bulk discounts?',
      "I don't have that information.",
      'Can I talk to a human?',
      'You are next in line.',
      'Sam joined the conversation.',
    ]);
    const unsure = within(log).getByText("I don't have that information.").closest('.line')!;
    expect(within(unsure as HTMLElement).getByText('Unsure')).toBeTruthy();
    expect(within(log).getAllByText('Unsure')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Resolve' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
  });

  it('a `conversation` for another agent does not land in Mine', async () => {
    const socket = await startSignedIn(welcome({ queue: [waitingView('conv-1')] }));
    await screen.findByRole('button', { name: 'Accept' });
    socket.push({ type: 'conversation', conversation: mineView('conv-1', 'kim') });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull());
    await settle();
    await openTab('Mine');
    expect(screen.getByText('No conversations yet. Accept one from Waiting.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Mine' })).toBeNull();
  });

  it('Reply and Send send a reply frame with a clientId, clear the box, and the ack turns it into a line', async () => {
    const socket = await acceptedConversation();
    const reply = screen.getByRole('textbox', { name: 'Reply' }) as HTMLTextAreaElement;
    fireEvent.input(reply, { target: { value: 'Hi, Sam here. Yes, from 10 bikes.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    const frame = await sentFrame(socket, (f) => f.type === 'reply');
    expect(frame).toMatchObject({ type: 'reply', conversationId: 'conv-1', text: 'Hi, Sam here. Yes, from 10 bikes.' });
    expect(typeof frame.clientId).toBe('string');
    expect((frame.clientId as string).length).toBeGreaterThan(0);
    await waitFor(() => expect(reply.value).toBe(''));
    const log = screen.getByRole('log');
    expect(within(log).getByText('Sending…')).toBeTruthy();
    socket.push({ type: 'ack', clientId: frame.clientId as string, seq: 6 });
    await waitFor(() => expect(within(log).queryByText('Sending…')).toBeNull());
    expect(within(log).getAllByText('Hi, Sam here. Yes, from 10 bikes.')).toHaveLength(1);
    // The relay's own echo of the same seq does not double the line.
    socket.push({ type: 'entry', conversationId: 'conv-1', entry: { seq: 6, role: 'agent', text: 'Hi, Sam here. Yes, from 10 bikes.', at: Date.now(), clientId: frame.clientId as string, author: 'Sam' } });
    await settle();
    expect(within(log).getAllByText('Hi, Sam here. Yes, from 10 bikes.')).toHaveLength(1);
  });

  it('Enter sends the reply; Shift+Enter does not', async () => {
    const socket = await acceptedConversation();
    const reply = screen.getByRole('textbox', { name: 'Reply' });
    fireEvent.input(reply, { target: { value: 'first line' } });
    fireEvent.keyDown(reply, { key: 'Enter', shiftKey: true });
    await settle();
    expect(socket.framesOf('reply')).toHaveLength(0);
    fireEvent.keyDown(reply, { key: 'Enter' });
    expect(await sentFrame(socket, (f) => f.type === 'reply')).toMatchObject({ conversationId: 'conv-1', text: 'first line' });
    // A blank box sends nothing.
    fireEvent.keyDown(reply, { key: 'Enter' });
    await settle();
    expect(socket.framesOf('reply')).toHaveLength(1);
  });

  it('sends typing on while the agent types and off when the reply is sent', async () => {
    const socket = await acceptedConversation();
    const reply = screen.getByRole('textbox', { name: 'Reply' });
    fireEvent.input(reply, { target: { value: 'H' } });
    fireEvent.input(reply, { target: { value: 'He' } });
    fireEvent.input(reply, { target: { value: 'Hey' } });
    expect(await sentFrame(socket, (f) => f.type === 'typing')).toEqual({ type: 'typing', conversationId: 'conv-1', on: true });
    expect(socket.framesOf('typing')).toHaveLength(1);
    fireEvent.keyDown(reply, { key: 'Enter' });
    await sentFrame(socket, (f) => f.type === 'reply');
    expect(socket.framesOf('typing')).toEqual([
      { type: 'typing', conversationId: 'conv-1', on: true },
      { type: 'typing', conversationId: 'conv-1', on: false },
    ]);
  });

  it('appends `entry` frames once per seq and shows the visitor typing', async () => {
    const socket = await acceptedConversation();
    socket.push({ type: 'typing', conversationId: 'conv-1', on: true });
    expect(await screen.findByText('Visitor is typing…')).toBeTruthy();
    const line = { seq: 6, role: 'visitor' as const, text: 'Great, thanks!', at: Date.now() };
    socket.push({ type: 'entry', conversationId: 'conv-1', entry: line });
    socket.push({ type: 'entry', conversationId: 'conv-1', entry: line });
    const log = screen.getByRole('log');
    expect(await within(log).findByText('Great, thanks!')).toBeTruthy();
    expect(within(log).getAllByText('Great, thanks!')).toHaveLength(1);
    await waitFor(() => expect(screen.queryByText('Visitor is typing…')).toBeNull());
  });

  it('Resolve sends resolve, and `closed` removes the conversation', async () => {
    const socket = await acceptedConversation();
    fireEvent.click(screen.getByRole('button', { name: 'Resolve' }));
    expect(await sentFrame(socket, (f) => f.type === 'resolve')).toEqual({ type: 'resolve', conversationId: 'conv-1' });
    // Nothing disappears until the relay confirms.
    expect(screen.getByRole('list', { name: 'Mine' })).toBeTruthy();
    socket.push({ type: 'closed', conversationId: 'conv-1', reason: 'resolved' });
    await waitFor(() => {
      expect(screen.queryByRole('list', { name: 'Mine' })).toBeNull();
      expect(screen.queryByRole('log')).toBeNull();
      expect(screen.queryByRole('textbox', { name: 'Reply' })).toBeNull();
      expect(screen.getByRole('status').textContent).toBe('Conversation resolved');
    });
  });

  it('a conversation already ours after a reload comes back from `welcome` under Mine', async () => {
    await startSignedIn(welcome({ mine: [mineView('conv-9', 'sam', { visitor: { name: 'Ana', email: 'ana@example.com' } })] }));
    await openTab('Mine');
    const mine = screen.getByRole('list', { name: 'Mine' });
    fireEvent.click(within(mine).getByRole('button', { name: /Ana/ }));
    expect(await screen.findByRole('heading', { name: 'Ana' })).toBeTruthy();
    expect(screen.getByText('ana@example.com')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Reply' })).toBeTruthy();
  });

  it('renders HTML in messages as text', async () => {
    const socket = await acceptedConversation();
    const html = '<img src=x onerror="window.pwned=1"><b>bold</b>';
    socket.push({ type: 'entry', conversationId: 'conv-1', entry: { seq: 6, role: 'visitor', text: html, at: Date.now() } });
    const log = screen.getByRole('log');
    expect(await within(log).findByText(html)).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect(log.querySelector('b')).toBeNull();
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
    // The Mine preview shows it as text too.
    expect(within(screen.getByRole('list', { name: 'Mine' })).getByText(html)).toBeTruthy();
  });
});
