import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/load-config';
import { createDecider } from './create-decider';
import { parseReplayLine } from './replay-line';
import { replayConversation } from './replay-conversation';

const USAGE = 'usage: npm run triggers -- replay FILE.jsonl [--config FILE]';

/**
 * `npm run triggers -- replay FILE.jsonl [--config FILE]`: one result line per conversation on
 * stdout, a summary on stderr; bad lines are reported with their number and skipped; exits 1 when
 * any line was bad, 2 on a usage or config error.
 */
async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { config: { type: 'string' } } });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const [command, file] = parsed.positionals;
  if (command !== 'replay' || !file || parsed.positionals.length > 2) {
    console.error(USAGE);
    return 2;
  }
  let decider;
  try {
    decider = await createDecider(loadConfig(parsed.values.config, {}));
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : `Cannot load triggers: ${(err as Error).message}`);
    return 2;
  }
  let input;
  try {
    input = createReadStream(file);
    await new Promise((resolve, reject) => input!.once('open', resolve).once('error', reject));
  } catch (err) {
    console.error(`Cannot read ${file}: ${(err as Error).message}`);
    return 2;
  }
  let lineNo = 0;
  let bad = 0;
  let total = 0;
  let handoffs = 0;
  const reasons = new Map<string, number>();
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (!raw.trim()) continue;
    const line = parseReplayLine(raw);
    if (!line.ok) {
      bad++;
      console.error(`line ${lineNo}: ${line.error} (skipped)`);
      continue;
    }
    const result = await replayConversation(line.value, decider.decide);
    total++;
    if (result.handoff) {
      handoffs++;
      reasons.set(result.reason!, (reasons.get(result.reason!) ?? 0) + 1);
    }
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
  const rate = total ? ((handoffs / total) * 100).toFixed(1) : '0.0';
  console.error(`\n${total} conversations, ${handoffs} handoffs (${rate} %)${bad ? `, ${bad} bad line${bad > 1 ? 's' : ''} skipped` : ''}`);
  for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1])) console.error(`  ${reason.padEnd(18)} ${count}`);
  return bad > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err);
    process.exitCode = 1;
  },
);
