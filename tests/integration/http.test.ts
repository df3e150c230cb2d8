import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir';
import { startRelay, type Relay } from '../../server';
import { testConfig } from '../helpers/test-config';

let relay: Relay | undefined;
afterEach(async () => {
  await relay?.close();
  relay = undefined;
});

describe('HTTP routes on the relay port', () => {
  it('serves the widget to any origin, the console with a strict policy, and health', async () => {
    const dist = tempDir('baton-dist-');
    writeFileSync(join(dist, 'widget.js'), 'console.log("widget")');
    writeFileSync(join(dist, 'console.js'), 'console.log("console")');
    relay = await startRelay({ config: testConfig(), distDir: dist });
    const widget = await fetch(`${relay.url}/widget.js`);
    expect(widget.status).toBe(200);
    expect(widget.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(widget.headers.get('access-control-allow-origin')).toBe('*');
    expect(await widget.text()).toBe('console.log("widget")');

    const page = await fetch(`${relay.url}/agent?token=x`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await page.text()).toMatch(/<script src="\/console.js">/);
    expect((await fetch(`${relay.url}/console.js`)).headers.get('access-control-allow-origin')).toBeNull();

    const health = await (await fetch(`${relay.url}/health`)).json();
    expect(health).toMatchObject({ ok: true, connections: 0, agentsAvailable: 0 });
  });

  it('answers unknown paths with 404, other methods with 405, and a missing build with a hint', async () => {
    relay = await startRelay({ config: testConfig(), distDir: tempDir('baton-empty-') });
    expect((await fetch(`${relay.url}/nope`)).status).toBe(404);
    const post = await fetch(`${relay.url}/widget.js`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const missing = await fetch(`${relay.url}/widget.js`);
    expect(missing.status).toBe(503);
    expect(await missing.text()).toMatch(/npm run build/);
  });
});
