import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReplayLine, type ReplayLine } from '../../server/triggers/replay-line';

const dir = new URL('../../server/triggers/corpus/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
const corpus: [string, ReplayLine][] = files.flatMap((file) =>
  readFileSync(new URL(file, dir), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i): [string, ReplayLine] => {
      const parsed = parseReplayLine(line);
      if (!parsed.ok) throw new Error(`${file} line ${i + 1}: ${parsed.error}`);
      return [file, parsed.value];
    }),
);

describe('the labelled trigger corpus', () => {
  it('keeps development and held-out files apart, with held-out files to report', () => {
    expect(files.filter((f) => f.startsWith('holdout')).length).toBeGreaterThanOrEqual(2);
    expect(files.filter((f) => f.startsWith('dev')).length).toBeGreaterThanOrEqual(1);
  });

  it('labels every conversation consistently: a reason and a message index exactly when a person is needed', () => {
    for (const [file, line] of corpus) {
      const want = line.expect;
      expect(want, `${file} ${line.id}`).toBeDefined();
      if (want!.handoff) {
        expect(want!.reason, `${file} ${line.id}`).not.toBeNull();
        expect(want!.at, `${file} ${line.id}`).toBeGreaterThanOrEqual(0);
        expect(want!.at!, `${file} ${line.id}`).toBeLessThan(line.messages.length);
        if (want!.reason === 'explicit-request') expect(line.messages[want!.at!].role, `${file} ${line.id}`).toBe('visitor');
      } else {
        expect([want!.reason, want!.at], `${file} ${line.id}`).toEqual([null, null]);
      }
    }
  });

  it('has unique ids across all files', () => {
    const ids = corpus.map(([, line]) => line.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has at least 300 conversations, hard negatives as numerous as positives, and multi-turn cases', () => {
    const positives = corpus.filter(([, l]) => l.expect!.handoff).length;
    const negatives = corpus.length - positives;
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(negatives).toBeGreaterThanOrEqual(positives);
    expect(corpus.filter(([, l]) => l.messages.length >= 3).length).toBeGreaterThan(corpus.length / 3);
  });

  it('covers the six languages the explicit-request trigger supports', () => {
    const langs = new Set(corpus.map(([, l]) => l.context?.lang).filter(Boolean));
    for (const lang of ['en', 'es', 'fr', 'de', 'pt', 'it']) expect(langs).toContain(lang);
  });
});
