import { afterEach, describe, expect, it } from 'vitest';
import { CloseCode } from '../../protocol';
import { startTestRelay, type TestRelay } from '../helpers/start-test-relay';
import { SITE_ORIGIN, testConfig } from '../helpers/test-config';
import { connect, is } from '../helpers/ws-client';

let t: TestRelay | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('bad input is refused with a reason, and the connection survives what it can', () => {
  it('answers malformed JSON, unknown types and invalid fields with error frames and stays open', async () => {
    t = await startTestRelay(testConfig());
    const v = await t.visitor();
    v.send('{not json');
    expect(await v.next(is('error'))).toMatchObject({ code: 'bad-json' });
    v.send({ type: 'launch-rockets' });
    expect(await v.next(is('error'))).toMatchObject({ code: 'unknown-type', message: expect.stringMatching(/launch-rockets/) });
    v.send({ type: 'message', clientId: 'c1' });
    expect(await v.next(is('error'))).toMatchObject({ code: 'bad-frame', clientId: 'c1', message: expect.stringMatching(/text/) });
    v.send([1, 2]);
    expect(await v.next(is('error'))).toMatchObject({ code: 'bad-frame' });
    v.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await v.next(is('error'))).toMatchObject({ code: 'bad-frame', message: expect.stringMatching(/Binary/) });
    // Still up: a valid message goes through.
    v.send({ type: 'message', clientId: 'c2', text: 'what are your opening hours?' });
    expect(await v.next(is('ack'))).toMatchObject({ clientId: 'c2', seq: 1 });
  });

  it('refuses a message longer than the limit with too-long, storing nothing', async () => {
    t = await startTestRelay(testConfig({ limits: { ...testConfig().limits, maxMessageLength: 50 } }));
    const v = await t.visitor();
    v.send({ type: 'message', clientId: 'long', text: 'x'.repeat(51) });
    expect(await v.next(is('error'))).toMatchObject({ code: 'too-long', clientId: 'long' });
    expect(v.frames.some((f) => f.type === 'session' || f.type === 'ack')).toBe(false);
  });

  it('closes with 1009 when a frame is larger than maxPayload', async () => {
    t = await startTestRelay(testConfig({ limits: { ...testConfig().limits, maxPayload: 4096 } }));
    const v = await t.visitor();
    v.send({ type: 'message', clientId: 'big', text: 'y'.repeat(5000) });
    expect((await v.closed).code).toBe(CloseCode.TOO_BIG);
  });

  it('closes a flooding connection with 4029 and says why', async () => {
    t = await startTestRelay(testConfig({ limits: { ...testConfig().limits, burst: 5, ratePerSecond: 1 } }));
    const v = await t.visitor();
    for (let i = 0; i < 20; i++) v.send({ type: 'typing', on: i % 2 === 0 });
    const closed = await v.closed;
    expect(closed.code).toBe(CloseCode.RATE_LIMITED);
    expect(closed.reason).toMatch(/rate limit/);
  });

  it('refuses a wrong agent token with 401 at upgrade', async () => {
    t = await startTestRelay(testConfig());
    await expect(connect(`${t.ws}/ws/agent?token=wrong-token-123456`)).rejects.toThrow('HTTP 401');
    await expect(connect(`${t.ws}/ws/agent`)).rejects.toThrow('HTTP 401');
  });

  it('refuses a visitor socket from an origin not in the allow-list with 403', async () => {
    t = await startTestRelay(testConfig());
    await expect(connect(`${t.ws}/ws/visitor`, { origin: 'http://evil.test' })).rejects.toThrow('HTTP 403');
    await expect(connect(`${t.ws}/ws/visitor`)).rejects.toThrow('HTTP 403');
    await expect(connect(`${t.ws}/ws/visitor`, { origin: SITE_ORIGIN })).resolves.toBeTruthy();
  });

  it('answers unknown WebSocket paths with 404', async () => {
    t = await startTestRelay(testConfig());
    await expect(connect(`${t.ws}/ws/elsewhere`, { origin: SITE_ORIGIN })).rejects.toThrow('HTTP 404');
  });

  it('refuses an offline ticket when the visitor has no conversation', async () => {
    t = await startTestRelay(testConfig());
    const v = await t.visitor();
    v.send({ type: 'ticket', clientId: 't1', email: 'a@b.co' });
    expect(await v.next(is('error'))).toMatchObject({ code: 'no-session', clientId: 't1' });
  });

  it('refuses agent actions on unknown conversations', async () => {
    t = await startTestRelay(testConfig());
    const a = await t.agent('sam');
    a.send({ type: 'accept', conversationId: 'nope' });
    expect(await a.next(is('error'))).toMatchObject({ code: 'not-found' });
    a.send({ type: 'resolve' });
    expect(await a.next(is('error'))).toMatchObject({ code: 'bad-frame' });
  });
});
