// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mineView, openTab, roster, sentFrame, settle, startSignedIn, tabCount, waitingView, welcome, type FakeSocket } from './console-harness';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Signs in with Ana's conversation under Mine and opens it. */
async function openMine(extra: Parameters<typeof mineView>[2] = {}): Promise<FakeSocket> {
  const socket = await startSignedIn(welcome({ mine: [mineView('conv-1', 'sam', { visitor: { name: 'Ana' }, ...extra })], roster: roster() }));
  await openTab('Mine');
  fireEvent.click(within(screen.getByRole('list', { name: 'Mine' })).getByRole('button', { name: /Ana/ }));
  await screen.findByRole('textbox', { name: 'Reply' });
  return socket;
}

/** Opens the Transfer dialog and returns it. */
async function openDialog(): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name: 'Transfer' }));
  return screen.findByRole('dialog', { name: 'Transfer conversation' });
}

describe('agent console: transfer', () => {
  it('the dialog lists online agents with their load and teams open or closed, and sends transfer with the note', async () => {
    const socket = await openMine();
    const dialog = await openDialog();
    const select = within(dialog).getByRole('combobox', { name: 'Transfer to' }) as HTMLSelectElement;
    await waitFor(() => expect(document.activeElement).toBe(select));
    const options = within(select).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Choose an agent or team', 'Kim (1/3 conversations)', 'Max (0/2 conversations, away)', 'Support (open)', 'Billing (closed)']);
    const submit = within(dialog).getByRole('button', { name: 'Transfer' }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    fireEvent.change(select, { target: { value: 'agent:kim' } });
    fireEvent.input(within(dialog).getByRole('textbox', { name: 'Note for the next agent' }), { target: { value: 'Wants a refund for order 42' } });
    await waitFor(() => expect(submit.disabled).toBe(false));
    fireEvent.click(submit);
    expect(await sentFrame(socket, (f) => f.type === 'transfer')).toEqual({
      type: 'transfer',
      conversationId: 'conv-1',
      toAgentId: 'kim',
      note: 'Wants a refund for order 42',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Transfer' }));
    // It stays Mine until the relay confirms; then it leaves with a notice naming where it went.
    expect(screen.getByRole('list', { name: 'Mine' })).toBeTruthy();
    socket.push({ type: 'closed', conversationId: 'conv-1', reason: 'transferred' });
    await waitFor(() => {
      expect(screen.queryByRole('list', { name: 'Mine' })).toBeNull();
      expect(screen.queryByRole('textbox', { name: 'Reply' })).toBeNull();
      expect(screen.getByRole('status').textContent).toBe('Conversation with Ana transferred to Kim');
    });
    expect(tabCount('Mine')).toBe('0');
  });

  it('a team can be chosen: the frame carries toTeamId', async () => {
    const socket = await openMine();
    const dialog = await openDialog();
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Transfer to' }), { target: { value: 'team:billing' } });
    await waitFor(() => expect((within(dialog).getByRole('button', { name: 'Transfer' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Transfer' }));
    expect(await sentFrame(socket, (f) => f.type === 'transfer')).toEqual({ type: 'transfer', conversationId: 'conv-1', toTeamId: 'billing', note: '' });
  });

  it('Escape and Cancel close the dialog without sending and put focus back on Transfer', async () => {
    const socket = await openMine();
    let dialog = await openDialog();
    const select = within(dialog).getByRole('combobox', { name: 'Transfer to' });
    fireEvent.change(select, { target: { value: 'agent:kim' } });
    fireEvent.keyDown(select, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Transfer' }));
    dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Transfer' }));
    await settle();
    expect(socket.framesOf('transfer')).toEqual([]);
  });

  it('Tab stays inside the dialog', async () => {
    await openMine();
    const dialog = await openDialog();
    const select = within(dialog).getByRole('combobox', { name: 'Transfer to' });
    fireEvent.change(select, { target: { value: 'team:support' } });
    const submit = within(dialog).getByRole('button', { name: 'Transfer' }) as HTMLButtonElement;
    await waitFor(() => expect(submit.disabled).toBe(false));
    submit.focus();
    fireEvent.keyDown(submit, { key: 'Tab' });
    expect(document.activeElement).toBe(select);
    fireEvent.keyDown(select, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(submit);
  });

  it('with nobody else online the dialog says so and cannot transfer', async () => {
    const socket = await startSignedIn(welcome({ mine: [mineView('conv-1', 'sam', { visitor: { name: 'Ana' } })], roster: { agents: roster().agents.slice(0, 1), teams: [] } }));
    await openTab('Mine');
    fireEvent.click(screen.getByRole('button', { name: /Ana/ }));
    const dialog = await openDialog();
    expect(within(dialog).getByRole('option', { name: 'No one else is online' })).toBeTruthy();
    expect((within(dialog).getByRole('button', { name: 'Transfer' }) as HTMLButtonElement).disabled).toBe(true);
    // A `roster` frame brings Kim in.
    socket.push({ type: 'roster', roster: roster() });
    expect(await within(dialog).findByRole('option', { name: 'Kim (1/3 conversations)' })).toBeTruthy();
  });

  it('a conversation handed over with a note shows "Note from the previous agent" before the transcript, and chimes', async () => {
    let tones = 0;
    vi.stubGlobal(
      'AudioContext',
      class {
        state = 'running';
        currentTime = 0;
        destination = {};
        createOscillator = () => ({ frequency: { setValueAtTime: () => undefined }, connect: (n: unknown) => n, start: () => void (tones += 1), stop: () => undefined });
        createGain = () => ({ gain: { setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined }, connect: (n: unknown) => n });
      },
    );
    const socket = await startSignedIn(welcome({ roster: roster() }));
    socket.push({ type: 'conversation', conversation: mineView('conv-7', 'sam', { visitor: { name: 'Cy' }, note: 'Already refunded; check the shipping address' }) });
    expect(tones).toBe(1);
    await waitFor(() => expect(tabCount('Mine')).toBe('1'));
    await openTab('Mine');
    fireEvent.click(screen.getByRole('button', { name: /Cy/ }));
    const note = await screen.findByRole('region', { name: 'Note from the previous agent' });
    expect(note.textContent).toContain('Already refunded; check the shipping address');
    const log = screen.getByRole('log', { name: 'Transcript' });
    expect(note.compareDocumentPosition(log) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // A conversation this agent accepted is not announced.
    socket.push({ type: 'queue', items: [waitingView('conv-8')] });
    expect(tones).toBe(2);
    await openTab('Waiting');
    fireEvent.click(await screen.findByRole('button', { name: 'Accept' }));
    await sentFrame(socket, (f) => f.type === 'accept');
    socket.push({ type: 'conversation', conversation: mineView('conv-8', 'sam') });
    await waitFor(() => expect(tabCount('Mine')).toBe('2'));
    expect(tones).toBe(2);
  });
});

describe('agent console: requeued', () => {
  it('`closed` with reason requeued takes it out of Mine with a notice, and it can be waiting again', async () => {
    const socket = await openMine();
    screen.getByRole('textbox', { name: 'Reply' }).focus();
    socket.push({ type: 'closed', conversationId: 'conv-1', reason: 'requeued' });
    await waitFor(() => {
      expect(screen.queryByRole('list', { name: 'Mine' })).toBeNull();
      expect(screen.getByRole('status').textContent).toBe('Conversation with Ana went back to the queue');
    });
    // Focus was in the pane that went away: it lands on the view's tab, not on the page.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Mine' })));
    expect(screen.getByText('No conversations yet. Accept one from Waiting.')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Reply' })).toBeNull();
    socket.push({ type: 'queue', items: [waitingView('conv-1', { visitor: { name: 'Ana' }, priority: 1000 })] });
    await openTab('Waiting');
    const waiting = screen.getByRole('list', { name: 'Waiting' });
    expect(within(waiting).getByText('Ana')).toBeTruthy();
    expect(tabCount('Mine')).toBe('0');
  });

  it('a requeue that arrives after the queue frame keeps it in Waiting', async () => {
    const socket = await openMine();
    socket.push({ type: 'queue', items: [waitingView('conv-1', { visitor: { name: 'Ana' } })] });
    socket.push({ type: 'closed', conversationId: 'conv-1', reason: 'requeued' });
    await waitFor(() => expect(tabCount('Mine')).toBe('0'));
    expect(tabCount('Waiting')).toBe('1');
  });
});
