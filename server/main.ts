import { pino } from 'pino';
import { ConfigError, loadConfig } from './config/load-config';
import { startRelay } from './relay/start-relay';

/** Starts the relay from the command line: `tsx server/main.ts [config.json]` (or env BATON_CONFIG). */
async function main(): Promise<void> {
  const log = pino({ level: process.env.LOG_LEVEL ?? 'info' });
  let config;
  try {
    config = loadConfig(process.argv[2] ?? process.env.BATON_CONFIG);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const relay = await startRelay({ config, log });
  console.log(`Baton relay on ${relay.url}`);
  const stop = () => void relay.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
