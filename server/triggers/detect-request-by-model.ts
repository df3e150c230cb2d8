import { normalize, wordsOf } from './normalize';
import {
  NO_NEED, IDENTITY_QUESTION, SPEAKS_LANGUAGE, NOT_NOW, THIRD_PARTY_WANTS, BY_CHANNEL, ME, HOW_TO,
  HOW_TO_REACH_A_PERSON, JOB_WORDS, QUOTED, NEGATION, WANT, TALK, PAST_CONTACT, BE, LANGUAGES, STRONG, WEAK,
} from './explicit-request-words';
import { shortYes } from './accepts-person-offer';
import { createRequestModel, type RequestModel } from './request-model';
import weights from './request-model.json';

/** The model trained on the development corpus (`npm run train:triggers`). */
export const requestModel: RequestModel = createRequestModel(weights);

/**
 * What the rules know is never a request, whatever the model thinks: a quotation, "no need",
 * "am I talking to a bot?", "someone who speaks French?", a plan or a past call, a third party's
 * wish, a question about a written channel, a how-to, a job, a language asked about with no
 * person in it ("Sprechen Sie Englisch?"), and a negated wish to talk ("I don't
 * want to speak to anyone", "don't put me through") — a bag of words can't tell that from a request.
 * A bare "yes please" (three words at most) answers the bot's last question, which only
 * `acceptsPersonOffer` sees.
 */
export function notARequest(text: string): boolean {
  if (shortYes(text) && wordsOf(normalize(text)).length <= 3) return true;
  const norm = normalize(text).replace(/\bdo not\b/g, 'do-not').replace(/\b(d|l|j|qu|s|c|m|t|un|dell|all)'(?=\p{L})/gu, '$1 ');
  if (norm.replace(QUOTED, ' ') !== norm) return true;
  return norm
    .split(/[.;!?,:()\n]+|\p{Extended_Pictographic}|\bbut\b|\bpero\b|\bmais\b|\baber\b/u)
    .map((c) => c.replace(/^[^\p{L}\p{N}]+/u, '').trim())
    .some((clause) => {
      if (!clause) return false;
      const words = wordsOf(clause);
      return (
        [NO_NEED, IDENTITY_QUESTION, SPEAKS_LANGUAGE, NOT_NOW, THIRD_PARTY_WANTS].some((r) => r.test(clause)) ||
        (BY_CHANNEL.test(clause) && !words.some((w) => ME.has(w))) ||
        (HOW_TO.test(clause) && !HOW_TO_REACH_A_PERSON.test(clause)) ||
        words.some((w) => JOB_WORDS.has(w) && w !== 'as') ||
        (words.some((w) => LANGUAGES.has(w)) && !words.some((w) => STRONG.has(w) || WEAK.has(w))) ||
        words.some((w, i) => NEGATION.has(w) && words.slice(i + 1, i + 4).some((x) => WANT.has(x) || TALK.has(x) || x === 'put'))
      );
    });
}

/** The sentence the model liked tells of a call or a talk that happened ("someone called me this morning"); "ser contactado" is still a wish. */
function tellsOfPastContact(sentence: string): boolean {
  const words = wordsOf(normalize(sentence));
  return words.some((w, i) => PAST_CONTACT.has(w) && !BE.has(words[i - 1] ?? ''));
}

/**
 * The backstop behind the phrase rules: a request the rules have no phrase for, found by the
 * model at or above `threshold` (0..1), unless it is something the rules know is not a request.
 */
export function detectRequestByModel(text: string, threshold: number, model: RequestModel = requestModel): { phrase: string; score: number } | null {
  if (!text.trim()) return null;
  const { score, phrase } = model.score(text);
  if (score < threshold || notARequest(text) || tellsOfPastContact(phrase)) return null;
  return { phrase, score: Math.round(score * 100) / 100 };
}
