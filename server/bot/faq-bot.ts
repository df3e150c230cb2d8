import MiniSearch from 'minisearch';
import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import type { FaqEntry } from '../config/config-schema';
import type { Bot, BotReply } from './bot';

/** Words that carry no topic in a question ("what", "your", "please"), from the stopword library plus chat filler. */
const ignored = new Set([
  ...eng,
  ...['please', 'pls', 'hi', 'hello', 'hey', 'thanks', 'thank', 'tell', 'know', 'want', 'need', 'get', 'when', 'why', 'does', 'doing', 'done', 'whats', "what's"],
  ...['something', 'anything', 'thing', 'things', 'question', 'help', 'ok', 'okay', 'yes', 'no', 'not', 'dont', "don't", 'cant', "can't", 'im', "i'm", 'us'],
]);

/** Lowercases, drops topic-less words and stems, so "opening hours?" and "open hour" meet. */
export function faqTerm(term: string): string | null {
  const t = term.toLowerCase();
  if (t.length < 2 || ignored.has(t)) return null;
  return stemmer(t);
}

/** Options of the built-in FAQ bot. */
export interface FaqBotOptions {
  /** Minimum confidence (0..1) to answer; default 0.5. Confidence is the share of the question's topic words the best entry matches. */
  threshold?: number;
  unsureReply: string;
}

/**
 * The built-in bot: full-text search (MiniSearch, fuzzy and prefix) over the site's FAQ. It answers
 * only when the best entry covers more than `threshold` of the question's topic words; otherwise it
 * says plainly that it does not know — it never guesses.
 */
export function createFaqBot(faq: readonly FaqEntry[], options: FaqBotOptions): Bot {
  const threshold = options.threshold ?? 0.5;
  const index = new MiniSearch<{ id: number; question: string; keywords: string; answer: string }>({
    fields: ['question', 'keywords'],
    storeFields: ['answer'],
    processTerm: faqTerm,
  });
  index.addAll(faq.map((f, id) => ({ id, question: f.question, keywords: f.keywords.join(' '), answer: f.answer })));

  return {
    respond(message: string): BotReply {
      const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
      const topics = new Set(tokenize(message).map(faqTerm).filter((t): t is string => !!t));
      if (topics.size === 0) return { text: options.unsureReply, confident: false, score: 0 };
      const [best] = index.search(message, { fuzzy: (term) => (term.length > 5 ? 0.2 : 0), prefix: (term) => term.length > 3, boost: { question: 2 } });
      const score = best ? new Set(best.queryTerms).size / topics.size : 0;
      if (!best || score <= threshold) return { text: options.unsureReply, confident: false, score };
      return { text: best.answer as string, confident: true, score };
    },
  };
}
