import { featureScale, type RequestModelWeights } from './request-model';
import { FEATURE_VERSION, requestFeatures } from './request-features';

/** One visitor message and whether it asks for a person. */
export interface RequestExample {
  text: string;
  asks: boolean;
}

/** Training defaults: passes over the data, AdaGrad's step, L2, and the fewest messages a feature must be in. */
export const TRAINING_DEFAULTS = { epochs: 10, step: 0.1, l2: 1e-6, minCount: 3, seed: 7 };

/**
 * Trains the request model: logistic regression with AdaGrad over `requestFeatures`, positives
 * weighted by √(negatives/positives), in a seeded order so the same data gives the same model.
 * Features in fewer than `minCount` messages are dropped (defaults: `TRAINING_DEFAULTS`).
 */
export function trainRequestModel(examples: readonly RequestExample[], fingerprint: string, options: Partial<typeof TRAINING_DEFAULTS> = {}): RequestModelWeights {
  const o = { ...TRAINING_DEFAULTS, ...options };
  const rows = examples.map((e) => requestFeatures(e.text));
  const seen = new Map<string, number>();
  for (const row of rows) for (const f of row) seen.set(f, (seen.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of seen) if (n >= o.minCount) index.set(f, index.size);
  const X = rows.map((row) => ({ ids: row.map((f) => index.get(f)).filter((i): i is number => i !== undefined), scale: featureScale(row.length) }));
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  let bias = 0;
  let gBias = 1e-8;
  const positives = examples.filter((e) => e.asks).length;
  const positiveWeight = positives ? Math.sqrt((examples.length - positives) / positives) : 1;
  let seed = o.seed;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const { ids, scale } = X[k];
      let z = 0;
      for (const i of ids) z += w[i];
      const p = 1 / (1 + Math.exp(-(bias + z * scale)));
      const g = (p - (examples[k].asks ? 1 : 0)) * (examples[k].asks ? positiveWeight : 1);
      for (const i of ids) {
        const gi = g * scale + o.l2 * w[i];
        g2[i] += gi * gi;
        w[i] -= (o.step * gi) / Math.sqrt(g2[i]);
      }
      gBias += g * g;
      bias -= (o.step * g) / Math.sqrt(gBias);
    }
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const weights: Record<string, number> = {};
  for (const [f, i] of index) if (round(w[i]) !== 0) weights[f] = round(w[i]);
  return { featureVersion: FEATURE_VERSION, fingerprint, bias: round(bias), weights };
}
