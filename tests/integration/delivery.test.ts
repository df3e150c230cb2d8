import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir';
import { createSqliteStore } from '../../server';
import { startTestRelay, type TestRelay } from '../helpers/start-test-relay';
import { testConfig } from '../helpers/test-config';
import { is } from '../helpers/ws-client';

let t: TestRelay | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('delivery: acknowledged means stored, resends are idempotent, reconnects replay', () => {
  it('a resent clientId is acknowledged with the same seq and stored once', async () => {
    t = await startTestRelay(testConfig());
    const v = await t.visitor();
    v.send({ type: 'message', clientId: 'same', text: 'what are your opening hours?' });
    const first = await v.next(is('ack'));
    await v.next(is('entry', (f) => f.entry.role === 'bot'));
    v.send({ type: 'message', clientId: 'same', text: 'what are your opening hours?' });
    const second = await v.next(is('ack'));
    expect(second.seq).toBe(first.seq);
    // Give the relay time to (wrongly) answer twice before counting.
    v.send({ type: 'typing', on: false });
    await new Promise((r) => setTimeout(r, 100));
    expect(v.frames.filter((f: any) => f.type === 'entry' && f.entry.role === 'bot')).toHaveLength(1);
    expect(v.frames.filter((f: any) => f.type === 'entry' && f.entry.role === 'visitor')).toHaveLength(1);
  });

  it('a reconnecting widget resumes with its token and gets exactly what it missed', async () => {
    t = await startTestRelay(testConfig());
    const v1 = await t.visitor();
    v1.send({ type: 'message', clientId: 'c1', text: 'what are your opening hours?' });
    const { conversationId, token } = await v1.next(is('session'));
    await v1.next(is('entry', (f) => f.entry.seq === 2));
    v1.close();
    await v1.closed;

    const v2 = await t.visitor({ resume: { conversationId, token }, lastSeq: 1 });
    const welcome = v2.frames.find((f) => f.type === 'welcome') as any;
    expect(welcome.session).toEqual({ conversationId, token });
    expect(welcome.lastSeq).toBe(2);
    const history = await v2.next(is('history'));
    expect(history.entries.map((e: any) => e.seq)).toEqual([2]);

    // After a reload (lastSeq 0) the whole history comes back, in order.
    const v3 = await t.visitor({ resume: { conversationId, token } });
    const full = await v3.next(is('history'));
    expect(full.entries.map((e: any) => [e.seq, e.role])).toEqual([
      [1, 'visitor'],
      [2, 'bot'],
    ]);
    // Both tabs of the conversation see new entries.
    v3.send({ type: 'message', clientId: 'c2', text: 'do you deliver?' });
    await v2.next(is('entry', (f) => f.entry.clientId === 'c2'));
  });

  it('refuses to resume with a wrong token and starts fresh', async () => {
    t = await startTestRelay(testConfig());
    const v1 = await t.visitor();
    v1.send({ type: 'message', clientId: 'c1', text: 'hello' });
    const { conversationId } = await v1.next(is('session'));
    const v2 = await t.visitor({ resume: { conversationId, token: 'guessed-token' } });
    expect(v2.frames[0]).toMatchObject({ type: 'error', code: 'resume-rejected' });
    const welcome = v2.frames.find((f) => f.type === 'welcome') as any;
    expect(welcome.session).toBeUndefined();
    expect(v2.frames.some((f) => f.type === 'history')).toBe(false);
  });

  it('killing the relay and starting it on the same SQLite file loses no acknowledged message', async () => {
    const dir = tempDir('baton-');
    const path = join(dir, 'baton.sqlite');
    t = await startTestRelay(testConfig(), { store: createSqliteStore(path) });
    const agent = await t.agent('sam');
    const v = await t.visitor();
    v.send({ type: 'message', clientId: 'c1', text: 'I need a human please' });
    const { conversationId, token } = await v.next(is('session'));
    await v.next(is('ack', (f) => f.clientId === 'c1'));
    agent.send({ type: 'accept', conversationId });
    await agent.next(is('conversation'));
    agent.send({ type: 'reply', conversationId, clientId: 'a1', text: 'On it.' });
    await agent.next(is('ack', (f) => f.clientId === 'a1'));
    await v.next(is('entry', (f) => f.entry.role === 'agent'));
    const acked = v.frames.filter((f) => f.type === 'entry').length;
    await t.close();

    t = await startTestRelay(testConfig(), { store: createSqliteStore(path) });
    const sam = await t.agent('sam');
    const welcome = sam.frames.find((f) => f.type === 'welcome') as any;
    expect(welcome.mine.map((c: any) => c.conversationId)).toEqual([conversationId]);
    const back = await t.visitor({ resume: { conversationId, token } });
    const history = await back.next(is('history'));
    expect(history.entries.length).toBe(acked);
    expect(history.entries.map((e: any) => e.text)).toEqual(expect.arrayContaining(['I need a human please', 'On it.']));
    expect((back.frames.find((f) => f.type === 'welcome') as any).status).toMatchObject({ mode: 'agent', agentLabel: 'Sam (Support)' });
    // The conversation goes on where it was: seqs continue without gaps.
    back.send({ type: 'message', clientId: 'c2', text: 'still there?' });
    expect((await back.next(is('ack'))).seq).toBe(acked + 1);
  });
});
