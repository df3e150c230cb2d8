import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore, signBody, signUserId } from '../../server';
import { acceptedBy, startTestRelay, type TestRelay } from '../helpers/start-test-relay';
import { AGENT_TOKENS, testConfig } from '../helpers/test-config';
import { connect, is } from '../helpers/ws-client';

let t: TestRelay | undefined;
const servers: { close(): void }[] = [];
afterEach(async () => {
  await t?.close();
  t = undefined;
  for (const s of servers.splice(0)) s.close();
});

const base = testConfig();
const agents = [
  { id: 'sam', name: 'Sam', token: AGENT_TOKENS.sam, teams: ['general'], capacity: 1 },
  { id: 'kim', name: 'Kim', token: AGENT_TOKENS.kim, teams: ['billing'], capacity: 2 },
  { id: 'ana', name: 'Ana', token: 'ana-token-0123456789', teams: ['general', 'spanish'], capacity: 2 },
];
const teams = [
  { id: 'general', name: 'General' },
  { id: 'billing', name: 'Billing', skills: ['billing'] },
  { id: 'spanish', name: 'Español', languages: ['es'] },
];

async function agentByToken(relay: TestRelay, token: string) {
  const c = await connect(`${relay.ws}/ws/agent?token=${token}`);
  await c.next(is('welcome'));
  return c;
}

describe('routing to where a person will answer', () => {
  it('sends a refund to the billing team and a Spanish speaker to the Spanish team; others see nothing', async () => {
    t = await startTestRelay(testConfig({ agents, teams }));
    const sam = await t.agent('sam');
    const kim = await t.agent('kim');
    const ana = await agentByToken(t, 'ana-token-0123456789');

    const refund = await t.visitor();
    refund.send({ type: 'message', clientId: 'r1', text: 'I want a refund for order 1234, it arrived broken' });
    const queued = await refund.next(is('status', (f) => f.status.mode === 'queued'));
    expect(queued.status).toMatchObject({ team: 'Billing', reason: { code: 'policy', topic: 'refund' } });
    const item = await kim.next(is('queue', (f) => f.items.length === 1));
    expect(item.items[0]).toMatchObject({ team: 'billing', suggestedAgentId: 'kim' });

    const spanish = await t.visitor({ lang: 'es-ES' });
    spanish.send({ type: 'message', clientId: 's1', text: 'quiero hablar con una persona' });
    expect((await spanish.next(is('status', (f) => f.status.mode === 'queued'))).status.team).toBe('Español');
    const anaQueue = await ana.next(is('queue', (f) => f.items.some((i: any) => i.team === 'spanish')));
    expect(anaQueue.items.map((i: any) => i.team)).toEqual(['spanish']);
    // Sam (general only) never saw either.
    expect(sam.frames.filter((f) => f.type === 'queue').every((f: any) => f.items.length === 0)).toBe(true);

    // An agent outside the team cannot take it.
    sam.send({ type: 'accept', conversationId: item.items[0].conversationId });
    expect(await sam.next(is('error'))).toMatchObject({ code: 'not-yours', message: expect.stringMatching(/Billing/) });
  });

  it('falls back to the default team when the skilled team has nobody available, and offline when no team can answer', async () => {
    t = await startTestRelay(testConfig({ agents, teams }));
    const sam = await t.agent('sam');
    const v = await t.visitor();
    v.send({ type: 'message', clientId: 'r1', text: 'you charged me twice this month' });
    expect((await v.next(is('status'))).status).toMatchObject({ mode: 'queued', team: 'General' });
    sam.send({ type: 'availability', available: false });
    await v.next(is('status', (f) => f.status.mode === 'offline'));
    const w = await t.visitor();
    w.send({ type: 'handoff', clientId: 'h1' });
    expect((await w.next(is('status'))).status.mode).toBe('offline');
  });

  it('orders the queue by priority, then waiting time, and enforces each agent’s capacity', async () => {
    const secret = 'identity-secret-0123456789';
    t = await startTestRelay(testConfig({ agents, teams, site: { ...base.site, identitySecret: secret } }));
    const sam = await t.agent('sam');
    const first = await t.visitor();
    first.send({ type: 'handoff', clientId: 'a' });
    const { conversationId: firstId } = await first.next(is('session'));
    await sam.next(is('queue', (f) => f.items.length === 1));

    const vip = await t.visitor();
    vip.send({ type: 'identify', userId: 'u-42', name: 'Vera', attributes: { vip: true }, signature: signUserId('u-42', secret) });
    vip.send({ type: 'message', clientId: 'b', text: 'hello there' });
    const { conversationId: vipId } = await vip.next(is('session'));
    expect((await vip.next(is('status'))).status.reason).toMatchObject({ code: 'business-rule', label: 'VIP visitor' });
    const queue = await sam.next(is('queue', (f) => f.items.length === 2));
    expect(queue.items.map((i: any) => i.conversationId)).toEqual([vipId, firstId]);
    expect(queue.items[0].visitor.identity).toMatchObject({ userId: 'u-42', verified: true });
    // Positions update as the line moves: the earlier visitor is now second.
    expect((await first.next(is('status', (f) => f.status.wait?.position === 2))).status.wait.position).toBe(2);

    sam.send({ type: 'accept', conversationId: vipId });
    await sam.next(is('conversation'));
    sam.send({ type: 'accept', conversationId: firstId });
    expect(await sam.next(is('error'))).toMatchObject({ code: 'at-capacity' });
  });

  it('shows an unsigned or wrongly signed identity as unverified and never lets it claim VIP', async () => {
    t = await startTestRelay(testConfig({ agents, teams, site: { ...base.site, identitySecret: 'identity-secret-0123456789' } }));
    const sam = await t.agent('sam');
    const v = await t.visitor();
    v.send({ type: 'identify', userId: 'u-1', attributes: { vip: true }, signature: 'deadbeef' });
    expect(await v.next(is('error'))).toMatchObject({ code: 'bad-signature' });
    v.send({ type: 'message', clientId: 'm', text: 'hello there' });
    await v.next(is('entry', (f) => f.entry.role === 'bot'));
    v.send({ type: 'handoff', clientId: 'h' });
    const queue = await sam.next(is('queue', (f) => f.items.length === 1));
    expect(queue.items[0].visitor).toMatchObject({ identity: { userId: 'u-1', verified: false }, vip: false });
    expect(queue.items[0].status.reason.code).toBe('explicit-request');
  });
});

describe('transfer, dropped agents and timeouts', () => {
  it('transfers to another agent with a note; the new agent is briefed before the visitor is told', async () => {
    t = await startTestRelay(testConfig({ agents, teams }));
    const sam = await t.agent('sam');
    const ana = await agentByToken(t, 'ana-token-0123456789');
    const v = await t.visitor();
    const conversationId = await acceptedBy(v, sam, 'agent please');
    sam.send({ type: 'transfer', conversationId, toAgentId: 'ana', note: 'Wants a rental quote for Saturday' });
    expect(await sam.next(is('closed'))).toMatchObject({ conversationId, reason: 'transferred' });
    const briefed = await ana.next(is('conversation', (f) => f.conversation.conversationId === conversationId));
    expect(briefed.conversation).toMatchObject({ note: 'Wants a rental quote for Saturday', agentId: 'ana' });
    const notice = await v.next(is('entry', (f) => f.entry.kind === 'transferred'));
    expect(notice.entry.text).toMatch(/Ana \(Support\)/);
    expect(ana.frames.indexOf(briefed)).toBeLessThan(ana.frames.findIndex((f: any) => f.type === 'entry' && f.entry.kind === 'transferred'));
    ana.send({ type: 'reply', conversationId, clientId: 'x', text: 'Hi, Ana here' });
    await v.next(is('entry', (f) => f.entry.author === 'Ana (Support)'));
  });

  it('transfers to a team queue, which keeps the note', async () => {
    t = await startTestRelay(testConfig({ agents, teams }));
    const sam = await t.agent('sam');
    const kim = await t.agent('kim');
    const v = await t.visitor();
    const conversationId = await acceptedBy(v, sam);
    sam.send({ type: 'transfer', conversationId, toTeamId: 'billing', note: 'Invoice question' });
    const queue = await kim.next(is('queue', (f) => f.items.length === 1));
    expect(queue.items[0]).toMatchObject({ team: 'billing', note: 'Invoice question' });
    expect((await v.next(is('status', (f) => f.status.mode === 'queued' && f.status.team === 'Billing'))).status.wait.position).toBe(1);
    sam.send({ type: 'transfer', conversationId, toTeamId: 'nope' });
    expect(await sam.next(is('error'))).toMatchObject({ code: 'not-found' });
  });

  it('puts the conversation back at the front of the queue when its agent disconnects, and tells the visitor', async () => {
    t = await startTestRelay(testConfig({ agents, teams, handoff: { acceptTimeoutMs: 60_000, reconnectGraceMs: 100 } }));
    const sam = await t.agent('sam');
    const ana = await agentByToken(t, 'ana-token-0123456789');
    const waiting = await t.visitor();
    waiting.send({ type: 'handoff', clientId: 'w' });
    const { conversationId: waitingId } = await waiting.next(is('session'));
    const v = await t.visitor();
    v.send({ type: 'handoff', clientId: 'h' });
    const { conversationId } = await v.next(is('session'));
    await sam.next(is('queue', (f) => f.items.length === 2));
    sam.send({ type: 'accept', conversationId });
    await sam.next(is('conversation'));
    sam.close();
    const notice = await v.next(is('entry', (f) => f.entry.kind === 'requeued'), 3000);
    expect(notice.entry.text).toMatch(/lost their connection/);
    // The latest queue Ana was sent puts the requeued conversation first, ahead of one waiting longer.
    await expect.poll(() => (ana.frames.filter((f) => f.type === 'queue').at(-1) as any).items.map((i: any) => i.conversationId)).toEqual([conversationId, waitingId]);
    // Second in line before; first now.
    expect((await v.next(is('status', (f) => f.status.mode === 'queued' && f.status.wait.position === 1))).status.reason.code).toBe('explicit-request');
  });

  it('an agent who signs out hands their conversations straight back to the front of the queue', async () => {
    t = await startTestRelay(testConfig({ agents, teams, handoff: { acceptTimeoutMs: 60_000, reconnectGraceMs: 60_000 } }));
    const sam = await t.agent('sam');
    const ana = await agentByToken(t, 'ana-token-0123456789');
    const v = await t.visitor();
    const conversationId = await acceptedBy(v, sam);
    sam.send({ type: 'sign-out' });
    expect(await sam.next(is('closed'))).toMatchObject({ conversationId, reason: 'requeued' });
    // No grace period: it is back in the queue at once, not after a minute.
    await v.next(is('entry', (f) => f.entry.kind === 'requeued'), 2000);
    await ana.next(is('queue', (f) => f.items.some((i: any) => i.conversationId === conversationId)), 2000);
  });

  it('a dropped agent connection gets a grace period before waiting visitors are told nobody is coming', async () => {
    t = await startTestRelay(testConfig({ agents, teams, handoff: { acceptTimeoutMs: 60_000, reconnectGraceMs: 1000 } }));
    const sam = await t.agent('sam');
    const v = await t.visitor();
    v.send({ type: 'handoff', clientId: 'h' });
    await v.next(is('status', (f) => f.status.mode === 'queued'));
    sam.close();
    await sam.closed;
    // Well inside the grace period: still waiting.
    await new Promise((r) => setTimeout(r, 200));
    expect(v.frames.some((f: any) => f.type === 'status' && f.status.mode === 'offline')).toBe(false);
    // Past it, with nobody back: told honestly.
    expect((await v.next(is('entry', (f) => f.entry.kind === 'agents-gone'), 3000)).entry.text).toMatch(/no one is coming/);
  });

  it('turns a conversation nobody accepts in time into a ticket and asks for an email', async () => {
    let clock = 1_000_000;
    const store = createMemoryStore();
    t = await startTestRelay(testConfig({ agents, teams, handoff: { acceptTimeoutMs: 60_000, reconnectGraceMs: 100 } }), { now: () => clock, store });
    await t.agent('sam');
    const v = await t.visitor();
    v.send({ type: 'message', clientId: 'm', text: 'can I speak to someone about a custom frame?' });
    await v.next(is('status', (f) => f.status.mode === 'queued'));
    clock += 61_000;
    await v.next(is('status', (f) => f.status.mode === 'offline'), 3000);
    expect((await v.next(is('entry', (f) => f.entry.kind === 'timeout'))).entry.text).toMatch(/Leave your email/);
    let tickets = await store.listTickets();
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({ email: '', reason: { code: 'explicit-request' } });
    v.send({ type: 'ticket', clientId: 't', email: 'lee@example.com', question: 'custom frame' });
    await v.next(is('ack', (f) => f.clientId === 't'));
    tickets = await store.listTickets();
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({ email: 'lee@example.com', question: 'custom frame', page: 'http://shop.test/pricing' });
    expect(tickets[0].summary).toHaveLength(3);
  });

  it('respects business hours in the team’s time zone (injected clock)', async () => {
    // 2026-11-23 is a Monday. 08:00 UTC = 09:00 in Madrid.
    let clock = Date.parse('2026-11-23T06:30:00Z');
    const hoursTeams = [{ id: 'general', name: 'General', hours: { timeZone: 'Europe/Madrid', days: { mon: ['08:00', '18:00'] } } }];
    t = await startTestRelay(testConfig({ agents: [agents[0]], teams: hoursTeams }), { now: () => clock });
    await t.agent('sam');
    const early = await t.visitor();
    early.send({ type: 'handoff', clientId: 'h' });
    expect((await early.next(is('status'))).status.mode).toBe('offline');
    clock = Date.parse('2026-11-23T08:00:00Z');
    const open = await t.visitor();
    open.send({ type: 'handoff', clientId: 'h' });
    expect((await open.next(is('status'))).status.mode).toBe('queued');
  });
});

describe('tickets reach the site and the agents', () => {
  it('POSTs each ticket signed with HMAC-SHA256 of the body, retrying after failures', async () => {
    const secret = 'webhook-secret-0123456789';
    const received: { body: string; signature: string }[] = [];
    let calls = 0;
    const server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        calls++;
        if (calls < 3) return void res.writeHead(503).end();
        received.push({ body, signature: String(req.headers['x-baton-signature']) });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    servers.push(server);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
    t = await startTestRelay(testConfig({ webhook: { url, secret, attempts: 4 } }), { webhookRetryMs: 20 });
    const agent = await t.agent('sam');
    agent.send({ type: 'availability', available: false });
    await agent.next(is('presence'));
    const v = await t.visitor();
    v.send({ type: 'message', clientId: 'm', text: 'human please' });
    await v.next(is('status', (f) => f.status.mode === 'offline'));
    v.send({ type: 'ticket', clientId: 't', email: 'kai@example.com', name: 'Kai' });
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);
    expect(calls).toBe(3);
    const { body, signature } = received[0];
    expect(signature).toBe(signBody(body, secret));
    const payload = JSON.parse(body);
    expect(payload).toMatchObject({ event: 'ticket.created', data: { email: 'kai@example.com', name: 'Kai', reason: { code: 'explicit-request' } } });
    expect(payload.data.transcript.map((e: any) => e.text)).toContain('human please');
    // Agents see the ticket and can mark it handled.
    const tickets = await agent.next(is('tickets', (f) => f.items.length === 1));
    agent.send({ type: 'ticket-handled', ticketId: tickets.items[0].id });
    expect((await agent.next(is('tickets', (f) => f.items[0]?.handled))).items[0].handled).toBe(true);
  });

  it('computes metrics from the stored conversations', async () => {
    t = await startTestRelay(testConfig());
    const agent = await t.agent('sam');
    const v = await t.visitor();
    const conversationId = await acceptedBy(v, agent, 'agent');
    agent.send({ type: 'reply', conversationId, clientId: 'r', text: 'Hello!' });
    await agent.next(is('ack'));
    agent.send({ type: 'resolve', conversationId });
    await agent.next(is('closed'));
    const other = await t.visitor();
    other.send({ type: 'message', clientId: 'b', text: 'what are your opening hours?' });
    await other.next(is('entry', (f) => f.entry.role === 'bot'));
    agent.send({ type: 'metrics', days: 7 });
    const { metrics } = await agent.next(is('metrics'));
    expect(metrics).toMatchObject({ days: 7, conversations: 2, handoffs: 1, handoffRate: 0.5, resolutionRate: 1, reasons: [{ code: 'explicit-request', count: 1 }] });
    expect(metrics.medianFirstReplyMs).toBeGreaterThanOrEqual(0);
    expect(metrics.daily.at(-1)).toMatchObject({ conversations: 2, handoffs: 1 });
  });
});
