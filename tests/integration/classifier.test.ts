import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../server';
import { createDecider } from '../../server/triggers/create-decider';

let server: Server | undefined;
afterEach(() => server?.close());

/** A local stand-in for an OpenAI-compatible endpoint. */
async function fakeModel(answer: (body: any) => { status?: number; content?: string; delayMs?: number }) {
  const seen: any[] = [];
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = JSON.parse(raw);
      seen.push({ body, auth: req.headers.authorization });
      const a = answer(body);
      setTimeout(() => {
        res.writeHead(a.status ?? 200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ choices: [{ message: { content: a.content ?? '' } }] }));
      }, a.delayMs ?? 0);
    });
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/v1/chat/completions`, seen };
}

const decider = (url: string, timeoutMs = 500) =>
  createDecider(resolveConfig({ triggers: { classifier: { url, model: 'tiny-router', apiKey: 'sk-test', timeoutMs } } }));
const chat = [{ role: 'visitor' as const, text: 'the parcel was left in the rain and everything inside is soaked' }];

describe('optional HTTP classifier', () => {
  it('is consulted when the rules do not fire, and its handoff is used with its reason', async () => {
    const model = await fakeModel(() => ({ content: '{"handoff": true, "reason": "Damaged delivery needs a claim"}' }));
    const d = await decider(model.url);
    expect(await d.decide(chat, 0)).toMatchObject({ code: 'classifier', label: 'Damaged delivery needs a claim' });
    expect(model.seen[0].auth).toBe('Bearer sk-test');
    expect(model.seen[0].body).toMatchObject({ model: 'tiny-router', temperature: 0 });
    expect(model.seen[0].body.messages[1].content).toMatch(/visitor: the parcel was left in the rain/);
  });

  it('is not consulted when the local rules already decided', async () => {
    const model = await fakeModel(() => ({ content: '{"handoff": false}' }));
    const d = await decider(model.url);
    expect(await d.decide([{ role: 'visitor', text: 'human please' }], 0)).toMatchObject({ code: 'explicit-request' });
    expect(model.seen).toHaveLength(0);
  });

  it('falls back to the local rules on a timeout, an HTTP error or a malformed answer', async () => {
    for (const answer of [{ delayMs: 400, content: '{"handoff": true}' }, { status: 500 }, { content: 'sure, hand it off' }, { content: '{"handoff": "yes"}' }]) {
      const model = await fakeModel(() => answer);
      const d = await decider(model.url, 150);
      expect(await d.decide(chat, 0)).toBeNull();
      server!.close();
    }
    server = undefined;
  });

  it('falls back when the endpoint cannot be reached at all', async () => {
    const d = await decider('http://127.0.0.1:9/v1/chat/completions', 200);
    expect(await d.decide(chat, 0)).toBeNull();
  });
});
