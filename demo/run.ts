import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { ConfigError } from '../server';
import { startDemo } from './start-demo';

/** `npm run demo`: the relay on PORT (8787) and the sample site on DEMO_PORT (8080), then prints where to go. */
async function main(): Promise<void> {
  if (!existsSync(fileURLToPath(new URL('../dist/widget.js', import.meta.url)))) {
    console.error('dist/widget.js is missing: run "npm run build" (npm run demo does this for you).');
    process.exit(1);
  }
  const port = (name: string, fallback: number) => {
    const raw = process.env[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0 || n > 65535) {
      console.error(`Invalid ${name}: "${raw}" is not a port number.`);
      process.exit(2);
    }
    return n;
  };
  try {
    const demo = await startDemo({ relayPort: port('PORT', 8787), sitePort: port('DEMO_PORT', 8080), log: pino({ level: process.env.LOG_LEVEL ?? 'warn' }) });
    console.log(`
Baton demo is running.
  Sample website (visitor): ${demo.siteUrl}
  Agent console:            ${demo.consoleUrl}
  Relay:                    ${demo.relay.url}  (health: ${demo.relay.url}/health)

Open the website, chat with the bot, press "Talk to a person"; answer from the agent console in a second tab.
Press Ctrl+C to stop.`);
    const stop = () => void demo.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (err) {
    if (err instanceof ConfigError) console.error(err.message);
    else if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') console.error(`Port in use: ${(err as Error).message}. Set PORT or DEMO_PORT.`);
    else console.error(err);
    process.exit(1);
  }
}

void main();
