import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig, startRelay, type Logger, type Relay } from '../server';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Options for the demo; ports default to 8787 (relay) and 8080 (site), 0 picks free ones. */
export interface DemoOptions {
  relayPort?: number;
  sitePort?: number;
  /** SQLite file; default .data/demo.sqlite. */
  storagePath?: string;
  log?: Logger;
  /** How long a dropped agent has to come back; default from config (15 s). */
  graceMs?: number;
  tickMs?: number;
}

/** A running demo: the relay and the sample business site, on two origins. */
export interface Demo {
  relay: Relay;
  /** Stops the relay and starts it again on the same port and SQLite file, as a crash and restart would. */
  restartRelay(): Promise<void>;
  siteUrl: string;
  consoleUrl: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => resolve((server.address() as AddressInfo).port));
  });
}

/**
 * Starts the relay with the demo's config and FAQ, and a static server for the sample site whose
 * page embeds the widget from the relay's origin with one script tag.
 */
export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const file = JSON.parse(readFileSync(join(here, 'baton.config.json'), 'utf8'));
  const faq = JSON.parse(readFileSync(join(here, 'faq.json'), 'utf8'));

  // The site server starts first so its real port can go into the relay's origin allow-list.
  let relayUrl = '';
  const site = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://site').pathname;
    if (path === '/' || path === '/index.html' || path === '/pricing' || path === '/checkout') {
      const html = (await readFile(join(here, 'site', 'index.html'), 'utf8')).replaceAll('{{RELAY_URL}}', relayUrl);
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    } else if (path === '/site.css') {
      res.writeHead(200, { 'Content-Type': 'text/css' }).end(await readFile(join(here, 'site', 'site.css')));
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  const sitePort = await listen(site, options.sitePort ?? 8080);

  const config = resolveConfig({
    ...file,
    host: HOST,
    port: options.relayPort ?? 8787,
    storage: { path: options.storagePath ?? file.storage.path },
    bot: { faq },
    allowedOrigins: [`http://${HOST}:${sitePort}`, `http://localhost:${sitePort}`],
    ...(options.graceMs !== undefined ? { handoff: { reconnectGraceMs: options.graceMs } } : {}),
  });
  const start = (port: number) =>
    startRelay({ config: { ...config, port }, log: options.log, tickMs: options.tickMs, distDir: join(here, '..', 'dist') });
  let relay = await start(config.port);
  relayUrl = relay.url;

  return {
    get relay() {
      return relay;
    },
    async restartRelay() {
      await relay.close();
      relay = await start(relay.port);
    },
    siteUrl: `http://${HOST}:${sitePort}/`,
    consoleUrl: `${relay.url}/agent?token=${encodeURIComponent(config.agents[0].token)}`,
    async close() {
      site.closeAllConnections();
      await new Promise<void>((resolve) => site.close(() => resolve()));
      await relay.close();
    },
  };
}
