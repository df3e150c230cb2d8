import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { resolveConfig } from '../../config/load-config';
import { startRelay } from '../start-relay';

/**
 * Relay throughput on loopback: VISITORS real WebSocket clients (default 50) each send MESSAGES
 * messages (default 40), waiting for each ack as the widget does, through the real relay, FAQ bot
 * and SQLite file — once per storage.synchronous setting. Prints messages per second and ack
 * latency percentiles. Bounded in count; talks only to 127.0.0.1.
 */
const VISITORS = Number(process.env.VISITORS ?? 50);
const MESSAGES = Number(process.env.MESSAGES ?? 40);
const ORIGIN = 'http://bench.local';

async function visitor(url: string, n: number, latencies: number[]): Promise<void> {
  const ws = new WebSocket(url, { origin: ORIGIN });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const pending = new Map<string, () => void>();
  ws.on('message', (data) => {
    const f = JSON.parse(data.toString());
    if (f.type === 'ack') pending.get(f.clientId)?.();
  });
  ws.send(JSON.stringify({ type: 'hello' }));
  for (let i = 0; i < MESSAGES; i++) {
    const clientId = `${n}-${i}`;
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      pending.set(clientId, resolve);
      ws.send(JSON.stringify({ type: 'message', clientId, text: i % 2 ? 'what are your opening hours?' : `question number ${i} about bikes` }));
    });
    latencies.push(performance.now() - t0);
  }
  ws.close();
}

async function measure(synchronous: 'full' | 'normal'): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'baton-bench-'));
  const config = resolveConfig({
    port: 0,
    storage: { path: join(dir, 'bench.sqlite'), synchronous },
    allowedOrigins: [ORIGIN],
    bot: { faq: [{ question: 'What are your opening hours?', answer: 'Nine to five.', keywords: ['open', 'hours'] }] },
    limits: { ratePerSecond: 1000, burst: 1000 },
  });
  const relay = await startRelay({ config });
  const url = `${relay.url.replace('http', 'ws')}/ws/visitor`;
  const latencies: number[] = [];
  const t0 = performance.now();
  await Promise.all(Array.from({ length: VISITORS }, (_, n) => visitor(url, n, latencies)));
  const seconds = (performance.now() - t0) / 1000;
  await relay.close();
  rmSync(dir, { recursive: true, force: true });
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(2);
  console.log(`\nstorage.synchronous = ${synchronous}`);
  console.log(`  messages         ${latencies.length}`);
  console.log(`  wall time        ${seconds.toFixed(2)} s`);
  console.log(`  throughput       ${(latencies.length / seconds).toFixed(0)} messages/s (each stored, acknowledged and answered by the bot)`);
  console.log(`  ack latency      p50 ${pct(50)} ms   p95 ${pct(95)} ms   p99 ${pct(99)} ms`);
}

console.log(`relay throughput: ${VISITORS} visitors × ${MESSAGES} messages over real WebSockets`);
await measure('full');
await measure('normal');
