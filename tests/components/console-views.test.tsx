// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { mineView, openTab, roster, sentFrame, startSignedIn, tabCount, ticket, waitingView, welcome } from './console-harness';

afterEach(() => cleanup());

const NAMES = ['Waiting', 'Mine', 'All open', 'Tickets', 'Metrics'];

/** The tab that is selected, by name. */
function selectedTab(): string | undefined {
  return NAMES.find((name) => screen.getByRole('tab', { name }).getAttribute('aria-selected') === 'true');
}

describe('agent console views', () => {
  it('shows five tabs in order with their counts, and one panel for the selected tab', async () => {
    const socket = await startSignedIn(
      welcome({
        queue: [waitingView('conv-1'), waitingView('conv-2')],
        mine: [mineView('conv-3', 'sam')],
        allOpen: [mineView('conv-3', 'sam'), mineView('conv-4', 'kim')],
        tickets: [ticket('t-1'), ticket('t-2'), ticket('t-3', { handled: true })],
        agentsAvailable: 1,
      }),
    );
    const tablist = screen.getByRole('tablist', { name: 'Views' });
    expect(within(tablist).getAllByRole('tab')).toEqual(NAMES.map((name) => screen.getByRole('tab', { name })));
    expect(NAMES.map(tabCount)).toEqual(['2', '1', '2', '2', null]);
    expect(selectedTab()).toBe('Waiting');
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
    expect(screen.getByRole('tabpanel', { name: 'Waiting' })).toBeTruthy();
    expect(screen.getByText('1 agent available')).toBeTruthy();
    // Counts follow the relay.
    socket.push({ type: 'queue', items: [waitingView('conv-1'), waitingView('conv-2'), waitingView('conv-5')] });
    socket.push({ type: 'tickets', items: [ticket('t-1', { handled: true })] });
    await waitFor(() => expect(NAMES.map(tabCount)).toEqual(['3', '1', '2', '0', null]));
    await openTab('Mine');
    expect(screen.getByRole('tabpanel', { name: 'Mine' })).toBeTruthy();
    expect(screen.queryByRole('tabpanel', { name: 'Waiting' })).toBeNull();
  });

  it('arrow keys, Home and End move between tabs with a single tab stop (roving tabindex)', async () => {
    const socket = await startSignedIn(welcome({ mine: [mineView('conv-3', 'sam')] }));
    const tab = (name: string) => screen.getByRole('tab', { name });
    const stops = () => NAMES.filter((name) => tab(name).tabIndex === 0);
    expect(stops()).toEqual(['Waiting']);
    tab('Waiting').focus();
    fireEvent.keyDown(tab('Waiting'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('Mine'));
    await waitFor(() => expect(selectedTab()).toBe('Mine'));
    expect(stops()).toEqual(['Mine']);
    expect(screen.getByRole('list', { name: 'Mine' })).toBeTruthy();
    fireEvent.keyDown(tab('Mine'), { key: 'End' });
    expect(document.activeElement).toBe(tab('Metrics'));
    await waitFor(() => expect(selectedTab()).toBe('Metrics'));
    // Right from the last tab wraps to the first.
    fireEvent.keyDown(tab('Metrics'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('Waiting'));
    await waitFor(() => expect(selectedTab()).toBe('Waiting'));
    // Left from the first wraps to the last; Home goes back.
    fireEvent.keyDown(tab('Waiting'), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(tab('Metrics'));
    fireEvent.keyDown(tab('Metrics'), { key: 'Home' });
    expect(document.activeElement).toBe(tab('Waiting'));
    await waitFor(() => expect(stops()).toEqual(['Waiting']));
    // Other keys are left alone.
    fireEvent.keyDown(tab('Waiting'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(tab('Waiting'));
    // Tabs are native buttons: Enter and Space activate them like a click.
    expect(NAMES.every((name) => tab(name).tagName === 'BUTTON')).toBe(true);
    await sentFrame(socket, (f) => f.type === 'metrics');
  });

  it('Waiting keeps the relay order and shows badges, team, reason with evidence, waiting time and "Suggested for you"', async () => {
    const vip = waitingView('conv-vip', {
      priority: 100,
      team: 'billing',
      suggestedAgentId: 'sam',
      visitor: { name: 'Vera', vip: true, identity: { name: 'Vera', verified: true } },
    });
    const urgent = waitingView('conv-urg', {
      priority: 50,
      suggestedAgentId: 'kim',
      visitor: { name: 'Uma' },
      status: { mode: 'queued', reason: { code: 'policy', topic: 'security', label: 'Account security or fraud', evidence: '"hacked"' } },
    });
    const plain = waitingView('conv-pln', { visitor: { name: 'Paul' } });
    await startSignedIn(welcome({ queue: [vip, urgent, plain], roster: roster() }));
    const items = within(screen.getByRole('list', { name: 'Waiting' })).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.item-name')?.textContent)).toEqual(['Vera', 'Uma', 'Paul']);
    const [first, second, third] = items;
    expect(within(first).getByText('VIP')).toBeTruthy();
    expect(within(first).getByText('Suggested for you')).toBeTruthy();
    expect(within(first).getByText('Billing')).toBeTruthy();
    expect(within(second).getByText('Urgent')).toBeTruthy();
    expect(within(second).getByText('Account security or fraud')).toBeTruthy();
    expect(within(second).getByText('"hacked"')).toBeTruthy();
    expect(within(second).queryByText('Suggested for you')).toBeNull();
    expect(within(third).queryByText('VIP')).toBeNull();
    expect(within(third).queryByText('Urgent')).toBeNull();
    expect(within(third).getByText('waiting 2 min')).toBeTruthy();
  });

  it('All open lists conversations with any agent and who has them; only mine can be answered', async () => {
    const socket = await startSignedIn(
      welcome({
        mine: [mineView('conv-3', 'sam', { visitor: { name: 'Ana' } })],
        allOpen: [mineView('conv-3', 'sam', { visitor: { name: 'Ana' } }), mineView('conv-4', 'kim', { visitor: { name: 'Bo' }, status: { mode: 'agent', agentLabel: 'Kim' } })],
      }),
    );
    await openTab('All open');
    const list = screen.getByRole('list', { name: 'All open' });
    const [ana, bo] = within(list).getAllByRole('listitem');
    expect(within(ana).getByText('With you')).toBeTruthy();
    expect(within(bo).getByText('With Kim')).toBeTruthy();
    fireEvent.click(within(bo).getByRole('button', { name: /Bo/ }));
    expect(await screen.findByText('Read-only: Kim has this conversation.')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Reply' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Resolve' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Transfer' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
    expect(await sentFrame(socket, (f) => f.type === 'open')).toEqual({ type: 'open', conversationId: 'conv-4' });
    fireEvent.click(within(ana).getByRole('button', { name: /Ana/ }));
    expect(await screen.findByRole('textbox', { name: 'Reply' })).toBeTruthy();
    // An `all-open` frame replaces the list.
    socket.push({ type: 'all-open', items: [mineView('conv-3', 'sam', { visitor: { name: 'Ana' } })] });
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'All open' })).getAllByRole('listitem')).toHaveLength(1));
    await waitFor(() => expect(tabCount('All open')).toBe('1'));
  });
});
