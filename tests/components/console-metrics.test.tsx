// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { metrics, openTab, sentFrame, settle, startSignedIn, welcome } from './console-harness';

afterEach(() => cleanup());

/** The value shown for a headline figure, by its term. */
function figure(term: string): string {
  const dt = screen.getByText(term, { selector: 'dt' });
  return dt.nextElementSibling!.querySelector('.figure-value')!.textContent!;
}

/** A table's body rows as arrays of cell text. */
function rows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).queryAllByRole(/^(cell|rowheader)$/).map((cell) => cell.textContent ?? ''));
}

describe('agent console: metrics', () => {
  it('asks for 7 days when the tab opens (never before) and again each time it is opened', async () => {
    const socket = await startSignedIn(welcome());
    await settle();
    expect(socket.framesOf('metrics')).toEqual([]);
    await openTab('Metrics');
    expect(await sentFrame(socket, (f) => f.type === 'metrics')).toEqual({ type: 'metrics', days: 7 });
    expect(screen.getByText('Loading metrics…')).toBeTruthy();
    await openTab('Waiting');
    await openTab('Metrics');
    await waitFor(() => expect(socket.framesOf('metrics')).toHaveLength(2));
  });

  it('renders the headline figures and both charts with their numbers as text', async () => {
    const socket = await startSignedIn(welcome());
    await openTab('Metrics');
    socket.push({ type: 'metrics', metrics: metrics() });
    await screen.findByText('Handoff rate', { selector: 'dt' });
    expect(figure('Handoff rate')).toBe('12.5%');
    expect(figure('Conversations')).toBe('40');
    expect(figure('Handoffs')).toBe('5');
    expect(figure('Median time to first agent reply')).toBe('1 min 30 s');
    expect(figure('Post-handoff resolution')).toBe('80%');
    expect(figure('Silent failures')).toBe('2');
    expect(figure('Offline tickets')).toBe('1');
    const daily = screen.getByRole('table', { name: 'Conversations and handoffs per day' });
    expect(rows(daily)).toEqual([
      ['30 Jan', '25', '3'],
      ['31 Jan', '15', '2'],
    ]);
    // The drawn bars are hidden from assistive tech; the table carries the numbers.
    const svg = daily.closest('figure')!.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.querySelectorAll('rect.bar-conversations')).toHaveLength(2);
    const reasons = screen.getByRole('table', { name: 'Handoff reasons' });
    expect(rows(reasons)).toEqual([
      ['Asked for a person', '4', '80%'],
      ['Frustration', '1', '20%'],
    ]);
  });

  it('the Period select asks again for 1 or 30 days', async () => {
    const socket = await startSignedIn(welcome());
    await openTab('Metrics');
    const period = screen.getByRole('combobox', { name: 'Period' }) as HTMLSelectElement;
    expect(period.value).toBe('7');
    expect(within(period).getAllByRole('option').map((o) => o.textContent)).toEqual(['Last day', 'Last 7 days', 'Last 30 days']);
    fireEvent.change(period, { target: { value: '30' } });
    await waitFor(() => expect(socket.framesOf('metrics')).toEqual([{ type: 'metrics', days: 7 }, { type: 'metrics', days: 30 }]));
    socket.push({ type: 'metrics', metrics: metrics({ days: 30 }) });
    expect(await screen.findByText('Last 30 days', { selector: 'p' })).toBeTruthy();
    // The period is kept when the tab is opened again.
    await openTab('Mine');
    await openTab('Metrics');
    await waitFor(() => expect(socket.framesOf('metrics').at(-1)).toEqual({ type: 'metrics', days: 30 }));
  });

  it('shows "No data yet" for figures the relay has nothing for', async () => {
    const socket = await startSignedIn(welcome());
    await openTab('Metrics');
    socket.push({
      type: 'metrics',
      metrics: metrics({ conversations: 0, handoffs: 0, handoffRate: 0, medianFirstReplyMs: null, resolutionRate: null, reasons: [], daily: [], silentFailures: 0, offlineTickets: 0 }),
    });
    await screen.findByText('Handoff rate', { selector: 'dt' });
    expect(figure('Handoff rate')).toBe('No data yet');
    expect(figure('Median time to first agent reply')).toBe('No data yet');
    expect(figure('Post-handoff resolution')).toBe('No data yet');
    expect(figure('Conversations')).toBe('0');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No handoffs yet')).toBeTruthy();
    expect(screen.getAllByText('No data yet').length).toBeGreaterThanOrEqual(4);
  });

  it('nulls alone do not blank the other figures', async () => {
    const socket = await startSignedIn(welcome());
    await openTab('Metrics');
    socket.push({ type: 'metrics', metrics: metrics({ medianFirstReplyMs: null, resolutionRate: null }) });
    await screen.findByText('Handoff rate', { selector: 'dt' });
    expect(figure('Median time to first agent reply')).toBe('No data yet');
    expect(figure('Post-handoff resolution')).toBe('No data yet');
    expect(figure('Handoff rate')).toBe('12.5%');
  });
});
