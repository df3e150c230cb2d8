import { requestFeatures } from './request-features';

/** A trained request model: logistic-regression weights over `requestFeatures`. */
export interface RequestModelWeights {
  featureVersion: number;
  /** What the model was trained on: development corpus files and word lists, hashed. */
  fingerprint: string;
  bias: number;
  weights: Readonly<Record<string, number>>;
}

/** Long messages would otherwise win or lose on length alone: the sum is scaled by 4/√features. */
export const featureScale = (count: number) => 4 / Math.sqrt(Math.max(1, count));

/** Clauses worth scoring on their own: a request is usually one sentence of a longer message. */
const CLAUSES = /[.;!?\n]+/;

/**
 * A request model: `score(text)` is the probability that the text asks for a person. A text of
 * several sentences (of two words or more) scores as its most request-like sentence, kept as
 * evidence: the rest of a long message only dilutes the request, and is not scored again.
 * Sentences `consider` turns down are not scored (they score 0).
 */
export function createRequestModel(model: RequestModelWeights) {
  const weights = new Map(Object.entries(model.weights));
  const probability = (text: string) => {
    const features = requestFeatures(text);
    let z = 0;
    for (const f of features) z += weights.get(f) ?? 0;
    return 1 / (1 + Math.exp(-(model.bias + z * featureScale(features.length))));
  };
  return {
    score(text: string, consider: (sentence: string) => boolean = () => true): { score: number; phrase: string } {
      const clauses = text.split(CLAUSES).map((c) => c.trim()).filter((c) => c.split(/\s+/).length >= 2);
      if (clauses.length < 2) return { score: consider(text) ? probability(text) : 0, phrase: text.trim() };
      let best = { score: 0, phrase: '' };
      for (const clause of clauses) {
        if (!consider(clause)) continue;
        const score = probability(clause);
        if (score > best.score) best = { score, phrase: clause };
      }
      return best;
    },
  };
}

/** A request model instance. */
export type RequestModel = ReturnType<typeof createRequestModel>;
