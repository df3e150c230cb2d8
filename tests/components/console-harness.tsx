// Shared by the console-*.test.tsx files: a fake WebSocket and a fresh console per test.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect, vi } from 'vitest';
import type { ConversationView, Metrics, Roster, ServerToAgent, TicketView } from '../../protocol/agent-frames';
import type { Entry } from '../../protocol/entry';

/** A WebSocket stand-in: records what the console sends and lets the test play the relay. */
export class FakeSocket {
  static instances: FakeSocket[] = [];
  readyState = 0;
  sent: string[] = [];
  closedByClient = false;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;

  constructor(public url: string) {
    FakeSocket.instances.push(this);
  }

  send(data: string): void {
    if (this.readyState !== 1) throw new Error('send() on a socket that is not open');
    this.sent.push(data);
  }

  close(code = 1000): void {
    if (this.readyState === 3) return;
    this.closedByClient = true;
    this.readyState = 3;
    this.onclose?.({ code } as CloseEvent);
  }

  /** The relay accepts the upgrade. */
  open(): void {
    this.readyState = 1;
    this.onopen?.({} as Event);
  }

  /** The relay sends a frame. */
  push(frame: ServerToAgent): void {
    this.onmessage?.({ data: JSON.stringify(frame) } as MessageEvent);
  }

  /** The connection ends from the relay's side (1006 = refused upgrade or lost network). */
  drop(code = 1006): void {
    this.readyState = 3;
    this.onclose?.({ code } as CloseEvent);
  }

  /** Every frame the console sent, parsed. */
  frames(): Array<Record<string, unknown>> {
    return this.sent.map((s) => JSON.parse(s));
  }

  /** Frames of one type the console sent. */
  framesOf(type: string): Array<Record<string, unknown>> {
    return this.frames().filter((f) => f.type === type);
  }
}

/** The newest socket the console opened. */
export function lastSocket(): FakeSocket {
  const socket = FakeSocket.instances[FakeSocket.instances.length - 1];
  if (!socket) throw new Error('the console opened no socket');
  return socket;
}

let seq = 0;

/** A transcript line. */
export function entry(role: Entry['role'], text: string, extra: Partial<Entry> = {}): Entry {
  seq += 1;
  return { seq: extra.seq ?? seq, role, text, at: Date.UTC(2025, 0, 1, 10, 0, 0), ...extra };
}

/** A waiting conversation with a typical bot-then-handoff transcript. */
export function waitingView(id = 'conv-1', extra: Partial<ConversationView> = {}): ConversationView {
  return {
    conversationId: id,
    status: { mode: 'queued', reason: { code: 'explicit-request', label: 'Asked for a person', evidence: '"talk to a human"' } },
    visitor: { page: { url: 'https://shop.test/pricing', title: 'Pricing' }, lang: 'en-GB' },
    since: Date.now() - 2 * 60_000 - 5_000,
    summary: ['Wants to know about bulk pricing', 'Bot could not answer', 'Visitor asked for a person'],
    entries: [
      { seq: 1, role: 'visitor', text: 'Do you do bulk discounts?', at: Date.now() - 180_000 },
      { seq: 2, role: 'bot', text: "I don't have that information.", at: Date.now() - 179_000, confident: false, score: 0.12 },
      { seq: 3, role: 'visitor', text: 'Can I talk to a human?', at: Date.now() - 130_000 },
      { seq: 4, role: 'system', text: 'You are next in line.', at: Date.now() - 129_000, kind: 'queued' },
    ],
    ...extra,
  };
}

/** The same conversation, now with agent `agentId`. */
export function mineView(id = 'conv-1', agentId = 'sam', extra: Partial<ConversationView> = {}): ConversationView {
  const base = waitingView(id);
  return {
    ...base,
    status: { ...base.status, mode: 'agent', agentLabel: 'Sam' },
    agentId,
    since: Date.now(),
    entries: [...base.entries, { seq: 5, role: 'system', text: 'Sam joined the conversation.', at: Date.now(), kind: 'joined' }],
    ...extra,
  };
}

/** A `welcome` for agent Sam. */
export function welcome(extra: Partial<Extract<ServerToAgent, { type: 'welcome' }>> = {}): ServerToAgent {
  return { type: 'welcome', agent: { id: 'sam', label: 'Sam' }, available: true, queue: [], mine: [], ...extra };
}

/** Requests the console made to `GET /health`, as paths. */
export const healthChecks: string[] = [];

/**
 * Plays the relay's `/health` for the console's fetch: a status (200 = relay up) or 'down' (the
 * fetch rejects, as for an unreachable relay). `startConsole` sets 'down'.
 */
export function stubHealth(answer: number | 'down'): void {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    healthChecks.push(String(input));
    if (answer === 'down') throw new TypeError('Failed to fetch');
    return new Response('{}', { status: answer });
  });
}

/**
 * Loads a fresh copy of the console (stores are module state), points it at FakeSocket and
 * renders it. `url` is the page address, e.g. "/agent?token=abc".
 */
export async function startConsole(url = '/agent', options: { savedToken?: string } = {}) {
  cleanup();
  vi.resetModules();
  FakeSocket.instances = [];
  healthChecks.length = 0;
  stubHealth('down');
  sessionStorage.clear();
  if (options.savedToken) sessionStorage.setItem('baton.agentToken', options.savedToken);
  history.replaceState(null, '', url);
  const { setSocketConstructor } = await import('../../console/stores/socket');
  const { App } = await import('../../console/app');
  setSocketConstructor(FakeSocket as never);
  const view = render(<App />);
  return view;
}

/** Signs in through the URL, opens the socket and plays the relay's `welcome`. */
export async function startSignedIn(frame: ServerToAgent = welcome()): Promise<FakeSocket> {
  await startConsole('/agent?token=secret');
  const socket = lastSocket();
  socket.open();
  socket.push(frame);
  await screen.findByText(frame.type === 'welcome' ? frame.agent.label : 'Available');
  return socket;
}

/** Waits until the console has sent a frame matching `match`, and returns it. */
export async function sentFrame(socket: FakeSocket, match: (f: Record<string, unknown>) => boolean) {
  let found: Record<string, unknown> | undefined;
  await waitFor(() => {
    found = socket.frames().find(match);
    if (!found) throw new Error(`no matching frame in ${JSON.stringify(socket.frames())}`);
  });
  return found!;
}

/** Lets pending store-driven re-renders (useStore batches them in a timer) land before a negative check. */
export function settle(ms = 30): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Clicks the view tab named `name` and waits until it is the selected one; returns the tab. */
export async function openTab(name: string): Promise<HTMLElement> {
  const tab = screen.getByRole('tab', { name });
  fireEvent.click(tab);
  await waitFor(() => expect(screen.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true'));
  return screen.getByRole('tab', { name });
}

/** The count a view tab shows (its accessible description), e.g. "2"; null for a tab without one. */
export function tabCount(name: string): string | null {
  const id = screen.getByRole('tab', { name }).getAttribute('aria-describedby');
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

/** Sam (this agent), Kim (online, 1 of 3), Max (online but away), Lee (offline); Support open, Billing closed. */
export function roster(): Roster {
  return {
    agents: [
      { id: 'sam', label: 'Sam', online: true, available: true, teams: ['support'], load: 1, capacity: 3 },
      { id: 'kim', label: 'Kim', online: true, available: true, teams: ['support'], load: 1, capacity: 3 },
      { id: 'max', label: 'Max', online: true, available: false, teams: ['billing'], load: 0, capacity: 2 },
      { id: 'lee', label: 'Lee', online: false, available: false, teams: ['billing'], load: 0, capacity: 2 },
    ],
    teams: [
      { id: 'support', name: 'Support', open: true },
      { id: 'billing', name: 'Billing', open: false },
    ],
  };
}

/** An offline ticket from Ana about an invoice. */
export function ticket(id = 't-1', extra: Partial<TicketView> = {}): TicketView {
  return {
    id,
    conversationId: `conv-${id}`,
    email: 'ana@example.com',
    name: 'Ana Lima',
    question: 'Why was I charged twice?',
    reason: { code: 'policy', label: 'Billing dispute', evidence: '"charged twice"', topic: 'billing' },
    summary: ['Charged twice for one order', 'Bot pointed to the billing FAQ', 'Nobody was available'],
    page: 'https://shop.test/account/invoices',
    visitor: { lang: 'pt-BR', identity: { userId: 'u-42', name: 'Ana Lima', email: 'ana@example.com', attributes: { plan: 'pro' }, verified: true } },
    transcript: [
      { seq: 1, role: 'visitor', text: 'I was charged twice', at: Date.now() - 3_600_000 },
      { seq: 2, role: 'bot', text: 'Refunds take 5 days.', at: Date.now() - 3_599_000, confident: false },
    ],
    createdAt: Date.now() - 2 * 3_600_000,
    handled: false,
    ...extra,
  };
}

/** Metrics for seven days: 40 conversations, 5 handoffs. */
export function metrics(extra: Partial<Metrics> = {}): Metrics {
  return {
    days: 7,
    conversations: 40,
    handoffs: 5,
    handoffRate: 0.125,
    reasons: [
      { code: 'frustration', count: 1 },
      { code: 'explicit-request', count: 4 },
    ],
    medianFirstReplyMs: 90_000,
    resolutionRate: 0.8,
    silentFailures: 2,
    offlineTickets: 1,
    daily: [
      { day: '2025-01-30', conversations: 25, handoffs: 3 },
      { day: '2025-01-31', conversations: 15, handoffs: 2 },
    ],
    ...extra,
  };
}
