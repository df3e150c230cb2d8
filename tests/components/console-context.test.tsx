// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { VisitorInfo } from '../../protocol/agent-frames';
import { roster, startSignedIn, waitingView, welcome } from './console-harness';

afterEach(() => cleanup());

/** Signs in with one waiting conversation from this visitor, opens it and returns its context column. */
async function openWith(visitor: VisitorInfo, extra: Parameters<typeof waitingView>[1] = {}): Promise<HTMLElement> {
  await startSignedIn(welcome({ queue: [waitingView('conv-1', { visitor, ...extra })], roster: roster() }));
  fireEvent.click(screen.getByRole('button', { name: /Can I talk to a human\?/ }));
  return screen.findByRole('complementary', { name: 'Context' });
}

describe('agent console: context before the transcript', () => {
  it('a verified identity shows "Verified", name, email, user id and attributes, with VIP, team, priority, page, language, summary and reason', async () => {
    const context = await openWith(
      {
        page: { url: 'https://shop.test/checkout', title: 'Checkout' },
        lang: 'de-DE',
        vip: true,
        flagged: true,
        identity: { userId: 'u-7', name: 'Greta Berg', email: 'greta@example.com', attributes: { plan: 'enterprise', seats: 40, trial: false }, verified: true },
      },
      { team: 'billing', priority: 100 },
    );
    const visitor = within(context).getByRole('region', { name: 'Visitor' });
    expect(within(visitor).getByText('Verified')).toBeTruthy();
    expect(within(visitor).queryByText('Unverified')).toBeNull();
    expect(within(visitor).getByText('VIP')).toBeTruthy();
    expect(within(visitor).getByText('Flagged')).toBeTruthy();
    for (const text of ['Greta Berg', 'greta@example.com', 'u-7', 'plan', 'enterprise', 'seats', '40', 'trial', 'no', 'de-DE', 'https://shop.test/checkout']) {
      expect(within(visitor).getByText(text)).toBeTruthy();
    }
    expect(within(visitor).getByRole('link', { name: 'Checkout' }).getAttribute('href')).toBe('https://shop.test/checkout');
    const routing = within(context).getByRole('region', { name: 'Routing' });
    expect(within(routing).getByText('Billing')).toBeTruthy();
    expect(within(routing).getByText('VIP')).toBeTruthy();
    expect(within(context).getByText('Wants to know about bulk pricing')).toBeTruthy();
    expect(within(context).getByText('Asked for a person')).toBeTruthy();
    expect(within(context).getByText('"talk to a human"')).toBeTruthy();
    // Read before the transcript: the context comes first in the document.
    const log = screen.getByRole('log', { name: 'Transcript' });
    expect(context.compareDocumentPosition(log) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Greta Berg' })).toBeTruthy();
  });

  it('an identity the site did not sign is marked "Unverified", with a warning', async () => {
    const context = await openWith({ identity: { userId: 'u-9', name: 'Hal', email: 'hal@example.com', verified: false } });
    const visitor = within(context).getByRole('region', { name: 'Visitor' });
    expect(within(visitor).getByText('Unverified')).toBeTruthy();
    expect(within(visitor).queryByText('Verified')).toBeNull();
    expect(within(visitor).getByText(/did not sign this identity/)).toBeTruthy();
    expect(within(visitor).queryByText('VIP')).toBeNull();
    const routing = within(context).getByRole('region', { name: 'Routing' });
    expect(within(routing).getByText('Normal')).toBeTruthy();
    expect(within(routing).getByText('None')).toBeTruthy();
  });

  it('a name typed without any identity is Unverified; nothing at all is Anonymous', async () => {
    let context = await openWith({ name: 'Ivy' });
    expect(within(context).getByText('Unverified')).toBeTruthy();
    context = await openWith({});
    expect(within(context).getByText('Anonymous')).toBeTruthy();
    expect(within(context).queryByText('Verified')).toBeNull();
    expect(within(context).queryByText('Unverified')).toBeNull();
  });
});
