import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir';

const run = promisify(execFile);

describe('npm start with a bad config', () => {
  it('stops with exit code 2 and a message naming the field', async () => {
    const dir = tempDir('baton-main-');
    const file = join(dir, 'baton.json');
    writeFileSync(file, JSON.stringify({ limits: { maxPayload: 10_000_000 }, storage: { path: join(dir, 'x.sqlite') } }));
    const result = await run(process.execPath, ['--import', 'tsx', 'server/main.ts', file], { timeout: 20_000 }).then(
      () => ({ code: 0, stderr: '' }),
      (e) => ({ code: e.code as number, stderr: e.stderr as string }),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Invalid config: limits\.maxPayload: /m);
  }, 30_000);
});
