import { afterEach, describe, expect, it } from 'vitest';
import { startTestRelay, type TestRelay } from '../helpers/start-test-relay';
import { testConfig } from '../helpers/test-config';
import { is } from '../helpers/ws-client';

let t: TestRelay;
afterEach(async () => t?.close());

describe('visitor and agent through the whole lifecycle', () => {
  it('bot answers from the FAQ, says plainly when it does not know, and hands off on request', async () => {
    t = await startTestRelay(testConfig());
    const agent = await t.agent('sam');
    const v = await t.visitor();

    v.send({ type: 'message', clientId: 'c1', text: 'what are your opening hours?' });
    const session = await v.next(is('session'));
    expect(session.conversationId).toBeTypeOf('string');
    expect(await v.next(is('ack', (f) => f.clientId === 'c1'))).toMatchObject({ seq: 1 });
    const answer = await v.next(is('entry', (f) => f.entry.role === 'bot'));
    expect(answer.entry).toMatchObject({ seq: 2, confident: true, text: 'We are open Monday to Saturday, 9:00 to 18:00.' });

    v.send({ type: 'message', clientId: 'c2', text: 'do you sell spaceships?' });
    const unsure = await v.next(is('entry', (f) => f.entry.role === 'bot'));
    expect(unsure.entry.confident).toBe(false);
    expect(unsure.entry.text).toMatch(/don't have that information/);

    v.send({ type: 'message', clientId: 'c3', text: 'can I talk to a human?' });
    const status = await v.next(is('status'));
    expect(status.status).toMatchObject({ mode: 'queued', reason: { code: 'explicit-request' }, wait: { position: 1, minutes: null } });
    const queuedNotice = await v.next(is('entry', (f) => f.entry.kind === 'queued'));
    expect(queuedNotice.entry.text).toMatch(/next in line/);
    // The explicit request is never answered by the bot.
    expect(v.frames.filter((f: any) => f.type === 'entry' && f.entry.role === 'bot')).toHaveLength(2);

    const queue = await agent.next(is('queue', (f) => f.items.length === 1));
    const item = queue.items[0];
    expect(item.status.reason.code).toBe('explicit-request');
    expect(item.entries.map((e: any) => e.text)).toContain('do you sell spaceships?');
    expect(item.visitor.page.url).toBe('http://shop.test/pricing');
    expect(item.summary).toHaveLength(3);

    agent.send({ type: 'accept', conversationId: session.conversationId });
    const conv = await agent.next(is('conversation'));
    expect(conv.conversation.status).toMatchObject({ mode: 'agent', agentLabel: 'Sam (Support)' });
    const joined = await v.next(is('entry', (f) => f.entry.kind === 'joined'));
    expect(joined.entry.text).toBe('Sam (Support) joined the conversation.');
    // The agent had the full context before the visitor was told anyone joined.
    const agentIdx = agent.frames.indexOf(conv);
    const agentJoined = agent.frames.findIndex((f: any) => f.type === 'entry' && f.entry.kind === 'joined');
    expect(agentIdx).toBeLessThan(agentJoined);

    agent.send({ type: 'reply', conversationId: session.conversationId, clientId: 'a1', text: 'Hi, Sam here. Spaceships: no, sorry!' });
    await agent.next(is('ack', (f) => f.clientId === 'a1'));
    const reply = await v.next(is('entry', (f) => f.entry.role === 'agent'));
    expect(reply.entry).toMatchObject({ author: 'Sam (Support)', text: 'Hi, Sam here. Spaceships: no, sorry!' });

    v.send({ type: 'message', clientId: 'c4', text: 'thanks!' });
    const toAgent = await agent.next(is('entry', (f) => f.entry.text === 'thanks!'));
    expect(toAgent.conversationId).toBe(session.conversationId);
    // With an agent, the bot stays quiet.
    expect(v.frames.filter((f: any) => f.type === 'entry' && f.entry.role === 'bot')).toHaveLength(2);

    agent.send({ type: 'resolve', conversationId: session.conversationId });
    await agent.next(is('closed'));
    await v.next(is('status', (f) => f.status.mode === 'bot'));
    await v.next(is('entry', (f) => f.entry.kind === 'resolved'));

    v.send({ type: 'message', clientId: 'c5', text: 'Do you deliver?' });
    const again = await v.next(is('entry', (f) => f.entry.role === 'bot' && f.entry.confident));
    expect(again.entry.text).toMatch(/deliver/);
  });

  it('only one agent can accept a conversation', async () => {
    t = await startTestRelay(testConfig());
    const sam = await t.agent('sam');
    const kim = await t.agent('kim');
    const v = await t.visitor();
    v.send({ type: 'handoff', clientId: 'h1' });
    const { conversationId } = await v.next(is('session'));
    await sam.next(is('queue', (f) => f.items.length === 1));
    await kim.next(is('queue', (f) => f.items.length === 1));
    sam.send({ type: 'accept', conversationId });
    kim.send({ type: 'accept', conversationId });
    await sam.next(is('conversation'));
    const refused = await kim.next(is('error'));
    expect(refused.code).toBe('already-accepted');
    expect(kim.frames.some((f: any) => f.type === 'conversation')).toBe(false);
    // Kim cannot reply into Sam's conversation.
    kim.send({ type: 'reply', conversationId, clientId: 'k1', text: 'hello' });
    expect(await kim.next(is('error', (f) => f.clientId === 'k1'))).toMatchObject({ code: 'not-yours' });
  });

  it('repeated unsure answers hand off after two strikes', async () => {
    t = await startTestRelay(testConfig());
    await t.agent('sam');
    const v = await t.visitor();
    v.send({ type: 'message', clientId: 'c1', text: 'can I bring my parrot?' });
    await v.next(is('entry', (f) => f.entry.role === 'bot'));
    expect(v.frames.some((f: any) => f.type === 'status')).toBe(false);
    v.send({ type: 'message', clientId: 'c2', text: 'is there parking for vans?' });
    const status = await v.next(is('status'));
    expect(status.status.mode).toBe('queued');
    expect(status.status.reason.code).toBe('repeated-failure');
  });

  it('with no agent available, the visitor is told honestly and leaves an email that becomes a ticket', async () => {
    const { createMemoryStore } = await import('../../server');
    const store = createMemoryStore();
    t = await startTestRelay(testConfig(), { store });
    const v = await t.visitor();
    v.send({ type: 'message', clientId: 'c1', text: 'I want to speak to a person' });
    const status = await v.next(is('status'));
    expect(status.status.mode).toBe('offline');
    const notice = await v.next(is('entry', (f) => f.entry.kind === 'offline'));
    expect(notice.entry.text).toMatch(/No one from our team is available/);
    expect(v.frames.some((f: any) => f.type === 'entry' && /joined|connecting/i.test(f.entry.text))).toBe(false);

    v.send({ type: 'ticket', clientId: 't1', email: 'not-an-email' });
    expect(await v.next(is('error'))).toMatchObject({ code: 'invalid-email', clientId: 't1' });
    v.send({ type: 'ticket', clientId: 't2', email: 'ana@example.com', name: 'Ana' });
    await v.next(is('ack', (f) => f.clientId === 't2'));
    const thanks = await v.next(is('entry', (f) => f.entry.kind === 'ticket'));
    expect(thanks.entry.text).toMatch(/ana@example.com/);
    await v.next(is('status', (f) => f.status.mode === 'bot'));
    const tickets = await store.listTickets();
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({ email: 'ana@example.com', name: 'Ana', reason: { code: 'explicit-request' } });
    expect(tickets[0].transcript.map((e) => e.text)).toContain('I want to speak to a person');
  });

  it('tells waiting visitors when the last available agent goes away', async () => {
    t = await startTestRelay(testConfig());
    const sam = await t.agent('sam');
    const v = await t.visitor();
    v.send({ type: 'handoff', clientId: 'h1' });
    await v.next(is('status', (f) => f.status.mode === 'queued'));
    sam.send({ type: 'availability', available: false });
    await v.next(is('status', (f) => f.status.mode === 'offline'));
    const notice = await v.next(is('entry', (f) => f.entry.kind === 'agents-gone'));
    expect(notice.entry.text).toMatch(/no one is coming/);
  });
});
