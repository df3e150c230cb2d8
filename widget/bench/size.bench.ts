/**
 * Widget size budget: prints dist/widget.js raw and gzip bytes against the 20 KB gzip budget.
 * Run after `vite build`: `tsx widget/bench/size.bench.ts`. Exits 1 when over budget or missing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The gzip budget for dist/widget.js: 20 KB. */
export const BUDGET_BYTES = 20 * 1024;

const file = fileURLToPath(new URL('../../dist/widget.js', import.meta.url));

let source: Buffer;
try {
  source = readFileSync(file);
} catch {
  console.error(`widget size: ${file} not found; run \`npx vite build\` first.`);
  process.exit(1);
}

const gzip = gzipSync(source, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
const verdict = gzip <= BUDGET_BYTES ? 'PASS' : 'OVER';

console.log(`dist/widget.js  raw  ${source.length} B (${kb(source.length)})`);
console.log(`dist/widget.js  gzip ${gzip} B (${kb(gzip)})`);
console.log(`budget          gzip ${BUDGET_BYTES} B (${kb(BUDGET_BYTES)})  ${verdict}  ${((gzip / BUDGET_BYTES) * 100).toFixed(1)}% used`);

if (verdict === 'OVER') process.exit(1);
