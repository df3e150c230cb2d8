import { normalize, wordsOf } from './normalize';
import {
  STRONG, WEAK, TALK, WANT, MODAL, URGE, ME, NEGATION, PAST, TEAM, CALL_VERB, ROLE, REAL, HELP, FILLER,
  THIRD_PARTY, JOB_WORDS, ESCALATE, AVAILABLE,
} from './explicit-request-words';

/** Bump when the features change: a model trained on other features no longer fits. */
export const FEATURE_VERSION = 1;

/**
 * Word classes from the rules' own lists, in order of precedence. They let the model learn shapes
 * that carry across languages and phrasings ("MODAL TALK … STRONG") from a few thousand chats.
 */
export const WORD_CLASSES: readonly [string, ReadonlySet<string>][] = Object.entries({
  STRONG, WEAK, TALK, WANT, MODAL, URGE, ME, NEGATION, PAST, TEAM, CALL_VERB, ROLE, REAL, HELP, FILLER,
  THIRD_PARTY, JOB_WORDS, ESCALATE, AVAILABLE,
});

const classOf = (w: string) => WORD_CLASSES.find(([, words]) => words.has(w))?.[0] ?? '_';

/**
 * The features the request model sees in a text: words, word pairs, words two apart, character
 * 3- and 4-grams (for misspellings and inflections), the word classes in sequence, and a length
 * bucket. Each feature appears once.
 */
export function requestFeatures(text: string): string[] {
  const words = wordsOf(normalize(text));
  const classes = words.map(classOf);
  const f = new Set<string>();
  words.forEach((w, i) => {
    f.add(`w:${w}`);
    if (i > 0) f.add(`b:${words[i - 1]}_${w}`);
    if (i > 1) f.add(`s:${words[i - 2]}_${w}`);
    const padded = `<${w}>`;
    for (let n = 3; n <= 4; n++) for (let k = 0; k + n <= padded.length; k++) f.add(`c${n}:${padded.slice(k, k + n)}`);
    const c = classes[i];
    if (c !== '_') f.add(`C:${c}`);
    if (i > 0 && (c !== '_' || classes[i - 1] !== '_')) f.add(`CB:${classes[i - 1]}_${c}`);
    if (i > 1 && c !== '_' && classes[i - 2] !== '_') f.add(`CS:${classes[i - 2]}_${classes[i - 1]}_${c}`);
  });
  f.add(`len:${Math.min(words.length, 12)}`);
  return [...f];
}
