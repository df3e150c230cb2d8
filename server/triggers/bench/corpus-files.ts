import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseReplayLine, type ReplayLine } from '../replay-line';
import { FEATURE_VERSION, WORD_CLASSES } from '../request-features';
import { TRAINING_DEFAULTS } from '../train-request-model';

/** Development files: tuned on, and the request model is trained on them. */
export const DEVELOPMENT = ['dev', 'dev-extra', ...Array.from({ length: 32 }, (_, i) => `dev-extra-${i + 2}`)];
/** Held-out files: only ever scored, never read, never trained on. */
export const HELD_OUT = ['holdout', 'holdout-2', 'holdout-3', 'holdout-4', 'holdout-5', 'holdout-6', 'holdout-7'];

const path = (name: string) => fileURLToPath(new URL(`../corpus/${name}.jsonl`, import.meta.url));

/** The conversations of one corpus file; a bad line throws with its file and number. */
export function loadCorpus(name: string): ReplayLine[] {
  return readFileSync(path(name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = parseReplayLine(l);
      if (!parsed.ok) throw new Error(`${name}.jsonl line ${i + 1}: ${parsed.error}`);
      return parsed.value;
    });
}

/** A hash of everything the request model is trained from: the development files, the word classes, the features and the training settings. */
export function trainingFingerprint(): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ FEATURE_VERSION, TRAINING_DEFAULTS, classes: WORD_CLASSES.map(([name, words]) => [name, [...words].sort()]) }));
  for (const name of DEVELOPMENT) hash.update(readFileSync(path(name)));
  return hash.digest('hex').slice(0, 16);
}
