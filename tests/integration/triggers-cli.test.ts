import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir';

const run = promisify(execFile);
const cli = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'server/triggers/cli.ts', ...args], { cwd: process.cwd() }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string }),
  );

describe('npm run triggers -- replay', () => {
  it('prints one line per conversation, a summary on stderr, reports bad lines by number and exits 1', async () => {
    const dir = tempDir('baton-cli-');
    const config = join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ triggers: { pagePatterns: ['/checkout'], customModule: 'tests/fixtures/custom-rules.mjs' } }));
    const { code, stdout, stderr } = await cli(['replay', 'tests/fixtures/replay.jsonl', '--config', config]);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { id: 'a', handoff: false, reason: null, at: null },
      { id: 'b', handoff: true, reason: 'explicit-request', at: 1 },
      { id: 'd', handoff: true, reason: 'repeated-failure', at: 3 },
      { id: 'e', handoff: true, reason: 'business-rule', at: 0 },
      { id: 'f', handoff: true, reason: 'custom', at: 0 },
    ]);
    expect(stderr).toMatch(/line 3: not valid JSON/);
    expect(stderr).toMatch(/line 4: messages\.0\.role/);
    expect(stderr).toMatch(/5 conversations, 4 handoffs \(80\.0 %\), 2 bad lines skipped/);
    expect(stderr).toMatch(/explicit-request\s+1/);
  }, 30_000);

  it('exits 0 on a clean file and 2 on a usage, file or config error', async () => {
    const dir = tempDir('baton-cli-');
    const clean = join(dir, 'clean.jsonl');
    writeFileSync(clean, '{"id":"x","messages":[{"role":"visitor","text":"agent"}]}\n');
    expect((await cli(['replay', clean])).code).toBe(0);
    expect((await cli(['replay'])).stderr).toMatch(/usage: npm run triggers -- replay FILE.jsonl/);
    expect((await cli(['replay', join(dir, 'missing.jsonl')])).code).toBe(2);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ triggers: { sensitivity: 'extreme' } }));
    const r = await cli(['replay', clean, '--config', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Invalid config: triggers\.sensitivity/);
  }, 30_000);
});
