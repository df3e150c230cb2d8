import { afterEach, describe, expect, it } from 'vitest';
import { startTestRelay, type TestRelay } from '../helpers/start-test-relay';
import { testConfig } from '../helpers/test-config';
import { is } from '../helpers/ws-client';

let t: TestRelay | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});
const base = testConfig();

describe('triggers in a live conversation', () => {
  it('a policy topic hands off with its own reply first, whatever the bot knows; a question about the policy is answered', async () => {
    t = await startTestRelay(testConfig());
    const agent = await t.agent('sam');
    const v = await t.visitor();
    v.send({ type: 'message', clientId: 'a', text: 'what is your returns policy?' });
    expect((await v.next(is('entry', (f) => f.entry.role === 'bot'))).entry).toMatchObject({ confident: true, text: expect.stringMatching(/30 days/) });
    v.send({ type: 'message', clientId: 'b', text: 'there is a smell of gas in my flat from the boiler you fitted' });
    const reply = await v.next(is('entry', (f) => f.entry.role === 'bot'));
    expect(reply.entry.text).toMatch(/emergency number/);
    const status = await v.next(is('status'));
    expect(status.status).toMatchObject({ mode: 'queued', reason: { code: 'policy', topic: 'emergency' } });
    const queue = await agent.next(is('queue', (f) => f.items.length === 1));
    // Urgent topics go up the queue.
    expect(queue.items[0].priority).toBeGreaterThan(0);
    expect(queue.items[0].status.reason.evidence).toMatch(/gas/);
  });

  it('a thumbs-down on an unsure answer is the second strike', async () => {
    t = await startTestRelay(testConfig());
    await t.agent('sam');
    const v = await t.visitor();
    v.send({ type: 'message', clientId: 'a', text: 'can I bring my parrot?' });
    const unsure = await v.next(is('entry', (f) => f.entry.role === 'bot'));
    v.send({ type: 'feedback', clientId: 'f', seq: unsure.entry.seq, value: 'down' });
    expect((await v.next(is('entry', (f) => f.entry.kind === 'feedback'))).entry.text).toMatch(/👎/);
    expect((await v.next(is('status'))).status).toMatchObject({ mode: 'queued', reason: { code: 'repeated-failure', evidence: expect.stringMatching(/thumbs-down/) } });
  });

  it('runs the site’s custom rules: a reply replaces the bot’s, a handoff hands off', async () => {
    t = await startTestRelay(testConfig({ triggers: { ...base.triggers, customModule: 'tests/fixtures/custom-rules.mjs' } }));
    await t.agent('sam');
    const v = await t.visitor();
    v.send({ type: 'message', clientId: 'a', text: 'do you have a coupon?' });
    expect((await v.next(is('entry', (f) => f.entry.role === 'bot'))).entry).toMatchObject({ text: 'Use WELCOME10 for 10 % off your first order.', confident: true });
    v.send({ type: 'message', clientId: 'b', text: 'I buy wholesale for my shop' });
    expect((await v.next(is('status'))).status).toMatchObject({ mode: 'queued', reason: { code: 'custom', label: 'Wholesale enquiry' } });
  });

  it('a custom rules module that exports nothing stops the start with a clear error', async () => {
    await expect(startTestRelay(testConfig({ triggers: { ...base.triggers, customModule: 'tests/fixtures/replay.jsonl' } }))).rejects.toThrow();
    await expect(startTestRelay(testConfig({ triggers: { ...base.triggers, customModule: 'tests/helpers/test-config.ts' } }))).rejects.toThrow(/exports no respond/);
  });

  it('request-only sites never hand off for anything but the visitor’s request', async () => {
    t = await startTestRelay(testConfig({ site: { ...base.site, triggerMode: 'request-only' } }));
    await t.agent('sam');
    const v = await t.visitor();
    v.send({ type: 'message', clientId: 'a', text: 'I want a refund for order 1234' });
    await v.next(is('entry', (f) => f.entry.role === 'bot'));
    v.send({ type: 'message', clientId: 'b', text: 'this is useless, you keep giving me the same answer' });
    await v.next(is('entry', (f) => f.entry.role === 'bot' && f.entry.seq > 2));
    expect(v.frames.some((f) => f.type === 'status')).toBe(false);
    v.send({ type: 'message', clientId: 'c', text: 'agent' });
    expect((await v.next(is('status'))).status.mode).toBe('queued');
  });
});
