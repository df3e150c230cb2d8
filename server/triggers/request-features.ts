import { normalize, wordsOf } from './normalize';
import { rememberRecent } from './remember-recent';
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

/** A word's own features (itself and its character 3- and 4-grams) and its class, remembered: the same words come up again and again. */
const wordFeatures = rememberRecent((w: string): { own: string[]; cls: string } => {
  const own = [`w:${w}`];
  const padded = `<${w}>`;
  for (let n = 3; n <= 4; n++) for (let k = 0; k + n <= padded.length; k++) own.push(`c${n}:${padded.slice(k, k + n)}`);
  return { own, cls: classOf(w) };
}, 20_000);

/**
 * The features the request model sees in a text: words, word pairs, words two apart, character
 * 3- and 4-grams (for misspellings and inflections), the word classes in sequence, and a length
 * bucket. Each feature appears once.
 */
export function requestFeatures(text: string): string[] {
  const words = wordsOf(normalize(text));
  const known = words.map(wordFeatures);
  const f = new Set<string>();
  words.forEach((w, i) => {
    for (const x of known[i].own) f.add(x);
    if (i > 0) f.add(`b:${words[i - 1]}_${w}`);
    if (i > 1) f.add(`s:${words[i - 2]}_${w}`);
    const c = known[i].cls;
    if (c !== '_') f.add(`C:${c}`);
    if (i > 0 && (c !== '_' || known[i - 1].cls !== '_')) f.add(`CB:${known[i - 1].cls}_${c}`);
    if (i > 1 && c !== '_' && known[i - 2].cls !== '_') f.add(`CS:${known[i - 2].cls}_${known[i - 1].cls}_${c}`);
  });
  f.add(`len:${Math.min(words.length, 12)}`);
  return [...f];
}
