// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { openTab, sentFrame, startSignedIn, tabCount, ticket, welcome } from './console-harness';

afterEach(() => cleanup());

const handled = ticket('t-2', { name: 'Bo Chen', email: 'bo@example.com', question: 'Do you ship to Chile?', handled: true });

describe('agent console: tickets', () => {
  it('lists open tickets with name, email, question and reason; handled ones only with "Show handled", greyed', async () => {
    await startSignedIn(welcome({ tickets: [ticket('t-1'), handled] }));
    expect(tabCount('Tickets')).toBe('1');
    await openTab('Tickets');
    let list = screen.getByRole('list', { name: 'Tickets' });
    const [ana] = within(list).getAllByRole('listitem');
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(ana).getByText('Ana Lima')).toBeTruthy();
    expect(within(ana).getByText('ana@example.com')).toBeTruthy();
    expect(within(ana).getByText('Why was I charged twice?')).toBeTruthy();
    expect(within(ana).getByText('Billing dispute')).toBeTruthy();
    expect(within(ana).getByText('2 h ago')).toBeTruthy();
    expect(screen.queryByText('Do you ship to Chile?')).toBeNull();
    const show = screen.getByRole('checkbox', { name: 'Show handled' }) as HTMLInputElement;
    expect(show.checked).toBe(false);
    fireEvent.click(show);
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Tickets' })).getAllByRole('listitem')).toHaveLength(2));
    list = screen.getByRole('list', { name: 'Tickets' });
    const bo = within(list).getByText('Do you ship to Chile?').closest('li')!;
    expect(bo.classList.contains('is-handled')).toBe(true);
    expect(within(bo).getByText('Handled')).toBeTruthy();
    expect(within(list).getByText('Why was I charged twice?').closest('li')!.classList.contains('is-handled')).toBe(false);
  });

  it('opening a ticket shows its context and transcript; Mark handled sends ticket-handled and it leaves the list', async () => {
    const socket = await startSignedIn(welcome({ tickets: [ticket('t-1'), ticket('t-3', { name: 'Cy', email: 'cy@example.com', question: 'Where is my parcel?' })] }));
    await openTab('Tickets');
    expect(screen.getByRole('heading', { name: 'No ticket open' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Ana Lima/ }));
    const pane = (await screen.findByRole('heading', { name: 'Ana Lima' })).closest('article')!;
    const details = within(pane).getByRole('complementary', { name: 'Ticket details' });
    expect(within(details).getByText('Why was I charged twice?')).toBeTruthy();
    expect(within(details).getByText('Charged twice for one order')).toBeTruthy();
    expect(within(details).getByText('"charged twice"')).toBeTruthy();
    expect(within(details).getByText('Verified')).toBeTruthy();
    expect(within(details).getByText('u-42')).toBeTruthy();
    expect(within(details).getByText('plan')).toBeTruthy();
    expect(within(details).getByText('pro')).toBeTruthy();
    expect(within(details).getByRole('link', { name: 'https://shop.test/account/invoices' }).getAttribute('href')).toBe('https://shop.test/account/invoices');
    const log = within(pane).getByRole('log', { name: 'Transcript' });
    expect(within(log).getByText('I was charged twice')).toBeTruthy();
    expect(within(log).getByText('Unsure')).toBeTruthy();
    expect(within(pane).getByRole('link', { name: 'Reply by email' }).getAttribute('href')).toMatch(/^mailto:ana%40example\.com\?subject=/);
    fireEvent.click(within(pane).getByRole('button', { name: 'Mark handled' }));
    expect(await sentFrame(socket, (f) => f.type === 'ticket-handled')).toEqual({ type: 'ticket-handled', ticketId: 't-1' });
    await waitFor(() => expect(tabCount('Tickets')).toBe('1'));
    expect(within(screen.getByRole('list', { name: 'Tickets' })).queryByText('Why was I charged twice?')).toBeNull();
    expect(within(pane).queryByRole('button', { name: 'Mark handled' })).toBeNull();
    expect(within(pane).getByText('Handled')).toBeTruthy();
  });

  it('a `tickets` frame replaces the list', async () => {
    const socket = await startSignedIn(welcome({ tickets: [] }));
    await openTab('Tickets');
    expect(screen.getByText('No tickets yet')).toBeTruthy();
    socket.push({ type: 'tickets', items: [ticket('t-9', { name: 'Dee', question: 'Can I change my order?' })] });
    expect(await screen.findByText('Can I change my order?')).toBeTruthy();
    await waitFor(() => expect(tabCount('Tickets')).toBe('1'));
    socket.push({ type: 'tickets', items: [ticket('t-9', { name: 'Dee', question: 'Can I change my order?', handled: true })] });
    expect(await screen.findByText('Every ticket is handled')).toBeTruthy();
  });
});
