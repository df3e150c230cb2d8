import type { ReplayLine } from '../replay-line';
import type { ReplayResult } from '../replay-conversation';

/** Detection figures over a labelled corpus. */
export interface Scores {
  conversations: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of explicit-request conversations handed off (for any reason) at or before the labelled message. */
  explicitRecall: number;
  /** Share of conversations that should not hand off but did. */
  falseEscalation: number;
  /** Share of true handoffs given the labelled reason. */
  reasonAccuracy: number;
  /** Share of true handoffs made exactly at the labelled message. */
  onTime: number;
  /** Conversations judged wrong, for the report. */
  misses: { id: string; expected: string; got: string }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/**
 * Scores results against the corpus labels. A handoff is right when it happens at or after the
 * labelled message (a person was needed by then); one before it is premature and counts as a false
 * escalation as well as a miss. `onTime` reports how many right ones came exactly at the label.
 */
export function scoreCorpus(lines: readonly ReplayLine[], results: readonly ReplayResult[]): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let negatives = 0;
  let explicit = 0;
  let explicitHit = 0;
  let reasonRight = 0;
  let onTime = 0;
  let fpNegatives = 0;
  const misses: Scores['misses'] = [];
  lines.forEach((line, i) => {
    const want = line.expect!;
    const got = results[i];
    const fmt = (h: boolean, r: string | null, at: number | null) => (h ? `${r}@${at}` : 'none');
    if (!want.handoff) {
      negatives++;
      if (got.handoff) {
        fp++;
        fpNegatives++;
        misses.push({ id: line.id, expected: 'none', got: fmt(true, got.reason, got.at) });
      }
      return;
    }
    const hit = got.handoff && got.at! >= want.at!;
    if (want.reason === 'explicit-request') {
      explicit++;
      if (hit) explicitHit++;
    }
    if (hit) {
      tp++;
      if (got.reason === want.reason) reasonRight++;
      if (got.at === want.at) onTime++;
      else misses.push({ id: line.id, expected: fmt(true, want.reason, want.at), got: fmt(true, got.reason, got.at) });
    } else {
      fn++;
      if (got.handoff) fp++;
      misses.push({ id: line.id, expected: fmt(true, want.reason, want.at), got: fmt(got.handoff, got.reason, got.at) });
    }
  });
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    conversations: lines.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    explicitRecall: ratio(explicitHit, explicit),
    falseEscalation: ratio(fpNegatives, negatives),
    reasonAccuracy: ratio(reasonRight, tp),
    onTime: ratio(onTime, tp),
    misses,
  };
}
