import { deu, fra, ita, por, spa } from 'stopword';
import { faqTerm } from '../bot/faq-bot';
import { normalize, wordsOf } from './normalize';

/** Function words of the other five languages, so "¿Y la de 200 ml?" does not share "la" and "de" with the question before. */
const OTHER_STOPWORDS = new Set([...spa, ...fra, ...deu, ...por, ...ita].map((w) => normalize(w)));
const topicsOf = (text: string) => new Set(wordsOf(normalize(text)).filter((w) => !OTHER_STOPWORDS.has(w)).map(faqTerm).filter((t): t is string => !!t));

/**
 * Whether `text` asks the same thing as `previous` in other words: at least `minShared` (default 2)
 * shared topic words (stemmed, stopwords dropped) covering `minOverlap` (default 0.5) of the shorter
 * message's topics.
 */
export function isRephrase(text: string, previous: string, minOverlap = 0.5, minShared = 2): boolean {
  if (normalize(text) === normalize(previous)) return true;
  const a = topicsOf(text);
  const b = topicsOf(previous);
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared >= Math.min(minShared, a.size, b.size) && shared / Math.min(a.size, b.size) >= minOverlap;
}
