import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { CloseCode, parseAgentFrame, parseVisitorFrame, type ParseResult } from '../../protocol';
import type { Bot } from '../bot/bot';
import { createFaqBot } from '../bot/faq-bot';
import type { Config } from '../config/config-schema';
import { createHub, type Logger } from '../hub/create-hub';
import { createDecider } from '../triggers/create-decider';
import { createWebhook } from '../webhook/create-webhook';
import type { AgentPort, VisitorPort } from '../hub/ports';
import { createSqliteStore } from '../store/create-sqlite-store';
import type { Store } from '../store/store';
import { attachSocket } from './attach-socket';
import { originAllowed } from './check-origin';
import { refuseUpgrade } from './refuse-upgrade';
import { createHttpHandler } from './serve-http';

/** Paths of the two WebSocket endpoints. */
export const VISITOR_PATH = '/ws/visitor';
export const AGENT_PATH = '/ws/agent';

/** What starting a relay takes. Only `config` is required: store defaults to SQLite at config.storage.path, bot to the FAQ bot. */
export interface RelayOptions {
  config: Config;
  store?: Store;
  bot?: Bot;
  log?: Logger;
  /** Where widget.js and console.js are; default ./dist. */
  distDir?: string;
  now?: () => number;
  /** How often timeouts and dropped agents are checked, in ms; default 1000. */
  tickMs?: number;
  /** For tests: the fetch the webhook uses. */
  fetch?: typeof fetch;
  /** First webhook retry delay in ms, doubling; default 1000. */
  webhookRetryMs?: number;
}

/** A running relay. */
export interface Relay {
  url: string;
  port: number;
  close(): Promise<void>;
}

const silent: Logger = { info() {}, warn() {}, error() {} };

/**
 * Starts the relay: HTTP (widget.js, console, health) and both WebSocket endpoints on one port.
 * Visitors are checked against the origin allow-list and agents by token at upgrade.
 */
export async function startRelay(options: RelayOptions): Promise<Relay> {
  const { config } = options;
  const log = options.log ?? silent;
  const store = options.store ?? createSqliteStore(config.storage.path, config.storage.synchronous);
  const bot = options.bot ?? createFaqBot(config.bot.faq, { threshold: config.bot.threshold, unsureReply: config.bot.unsureReply });
  const decider = await createDecider(config);
  const webhook = config.webhook
    ? createWebhook({ ...config.webhook, fetch: options.fetch, minTimeoutMs: options.webhookRetryMs, onGiveUp: (err) => log.error({ err }, 'webhook gave up') })
    : undefined;
  const hub = createHub({ config, store, bot, decider, log, now: options.now, webhook });
  const started = Date.now();
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.limits.maxPayload });
  const alive = new Map<WebSocket, { alive: boolean }>();

  const server = createServer(
    createHttpHandler({
      distDir: options.distDir ?? join(process.cwd(), 'dist'),
      health: () => ({ ok: true, uptimeSeconds: Math.round((Date.now() - started) / 1000), connections: alive.size, agentsAvailable: hub.availableAgents() }),
    }),
  );

  /** Puts the rate limit, buffer cap, error frames and heartbeat on one socket, and gives its port a `send`. */
  function guard<F>(ws: WebSocket, port: { send: (frame: never) => void }, parse: (raw: string) => ParseResult<F>, onFrame: (f: F) => Promise<void>, onClose: () => void): void {
    const guarded = attachSocket(ws, config.limits, log, {
      parse,
      onFrame,
      onClose: () => {
        alive.delete(ws);
        onClose();
      },
    });
    port.send = guarded.send;
    alive.set(ws, guarded.state);
  }

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://relay');
    if (url.pathname === VISITOR_PATH) {
      if (!originAllowed(req.headers.origin, config.allowedOrigins)) {
        return refuseUpgrade(socket, 403, `Origin ${req.headers.origin ?? '(none)'} is not allowed; add it to allowedOrigins.`);
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        const port: VisitorPort = { send: () => {}, visitor: {} };
        guard(ws, port, parseVisitorFrame, (f) => hub.visitorFrame(port, f), () => hub.visitorLeft(port));
      });
      return;
    }
    if (url.pathname === AGENT_PATH) {
      const agent = hub.authenticateAgent(url.searchParams.get('token') ?? '');
      if (!agent) return refuseUpgrade(socket, 401, 'Agent token not accepted.');
      wss.handleUpgrade(req, socket, head, (ws) => {
        const port: AgentPort = { send: () => {}, agent };
        guard(ws, port, parseAgentFrame, (f) => hub.agentFrame(port, f), () => hub.agentLeft(port));
        hub.agentJoined(port).catch((err) => log.error({ err }, 'agent welcome failed'));
      });
      return;
    }
    refuseUpgrade(socket, 404, `No WebSocket endpoint at ${url.pathname}; use ${VISITOR_PATH} or ${AGENT_PATH}.`);
  });

  // Heartbeat: a socket that did not answer the last ping is dead; terminate it.
  const heartbeat = setInterval(() => {
    for (const [ws, state] of alive) {
      if (!state.alive) {
        ws.terminate();
        continue;
      }
      state.alive = false;
      ws.ping();
    }
  }, config.limits.heartbeatMs);
  heartbeat.unref();

  // Clock-driven checks; a slow tick is never overlapped by the next one.
  let ticking = false;
  const ticker = setInterval(() => {
    if (ticking) return;
    ticking = true;
    hub
      .tick()
      .catch((err) => log.error({ err }, 'tick failed'))
      .finally(() => {
        ticking = false;
      });
  }, options.tickMs ?? 1000);
  ticker.unref();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  log.info({ port }, 'relay listening');

  return {
    url: `http://${host}:${port}`,
    port,
    async close() {
      clearInterval(heartbeat);
      clearInterval(ticker);
      for (const ws of alive.keys()) ws.close(CloseCode.GOING_AWAY, 'relay shutting down');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
