import { normalize, wordsOf } from './normalize';
import { JOB_WORDS, QUOTED, NEGATION, WANT, TALK, PAST_CONTACT, BE, LANGUAGES, STRONG, WEAK } from './explicit-request-words';
import { clausesOf, prepare, ruledOut } from './detect-explicit-request';
import { shortYes } from './accepts-person-offer';
import { createRequestModel, type RequestModel } from './request-model';
import weights from './request-model.json';

/** The model trained on the development corpus (`npm run train:triggers`). */
export const requestModel: RequestModel = createRequestModel(weights);

/**
 * Never a request, whatever the model thinks: a quotation, a clause the rules rule out (`ruledOut`),
 * a job, a language asked about with no person in it ("Sprechen Sie Englisch?"), and a negated
 * wish to talk ("I don't want to speak to anyone", "don't put me through") — a bag of words can't
 * tell those from a request. A bare "yes please" (three words at most) answers the bot's last
 * question, which only `acceptsPersonOffer` sees.
 */
export function notARequest(text: string): boolean {
  if (shortYes(text) && wordsOf(normalize(text)).length <= 3) return true;
  if (normalize(text).replace(QUOTED, ' ') !== normalize(text)) return true;
  return clausesOf(prepare(text)).some((clause) => {
    const words = wordsOf(clause);
    return (
      words.length > 0 &&
      (ruledOut(clause) ||
        words.some((w) => JOB_WORDS.has(w) && w !== 'as') ||
        (words.some((w) => LANGUAGES.has(w)) && !words.some((w) => STRONG.has(w) || WEAK.has(w))) ||
        words.some((w, i) => NEGATION.has(w) && words.slice(i + 1, i + 4).some((x) => WANT.has(x) || TALK.has(x) || x === 'put')))
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
