import { normalize, wordsOf } from './normalize';
import { CALL_VERB, JOB_WORDS, NO_NEED, QUOTED, NEGATION, WANT, TALK, PAST_CONTACT, BE, LANGUAGES, STRONG, WEAK, TAKES_IT_BACK } from './explicit-request-words';
import { clausesOf, prepare, ruledOut } from './detect-explicit-request';
import { shortYes } from './accepts-person-offer';
import { createRequestModel, type RequestModel } from './request-model';
import weights from './request-model.json';

/** The model trained on the development corpus (`npm run train:triggers`). */
export const requestModel: RequestModel = createRequestModel(weights);

/** A clause that declines a person: "no need", "I don't want anyone", "bitte nicht zurückrufen", "don't put me through". */
function declines(clause: string): boolean {
  const words = wordsOf(clause);
  return NO_NEED.test(clause) || words.some((w, i) => NEGATION.has(w) && words.slice(i + 1, i + 4).some((x) => WANT.has(x) || CALL_VERB.has(x) || x === 'put'));
}

/** A clause that negates talking: "I don't want to talk", but also "she doesn't speak English". */
function negatesTalk(clause: string): boolean {
  const words = wordsOf(clause);
  return words.some((w, i) => NEGATION.has(w) && words.slice(i + 1, i + 4).some((x) => TALK.has(x)));
}

/**
 * Never a request, whatever the model thinks: a quotation, a clause the rules rule out (`ruledOut`),
 * a job, a language asked about with no person in it ("Sprechen Sie Englisch?"), a declined
 * person ("I don't want to speak to anyone"), a question taken back ("ignore me") — a bag of words can't tell those from a request. A
 * bare "yes please" (three words at most) answers the bot's last question, which only
 * `acceptsPersonOffer` sees.
 */
export function notARequest(text: string): boolean {
  if (shortYes(text) && wordsOf(normalize(text)).length <= 3) return true;
  if (normalize(text).replace(QUOTED, ' ') !== normalize(text)) return true;
  return clausesOf(prepare(text)).some((clause) => {
    const words = wordsOf(clause);
    return (
      words.length > 0 &&
      (ruledOut(clause) ||
        declines(clause) ||
        TAKES_IT_BACK.test(clause) ||
        negatesTalk(clause) ||
        words.some((w) => JOB_WORDS.has(w) && w !== 'as') ||
        (words.some((w) => LANGUAGES.has(w)) && !words.some((w) => STRONG.has(w) || WEAK.has(w))))
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
 * model at or above `threshold` (0..1) in a sentence the rules don't know to be something else.
 * Each sentence is judged on its own: a story about grandma does not veto the next sentence's
 * "is there someone I can talk to?"; but a visitor who declines a person anywhere in the message
 * ("bitte nicht zurückrufen"), or takes the question back ("ok it works now. ignore me"), is not
 * asking for one.
 */
export function detectRequestByModel(text: string, threshold: number, model: RequestModel = requestModel): { phrase: string; score: number } | null {
  if (!text.trim() || clausesOf(prepare(text)).some((clause) => declines(clause) || TAKES_IT_BACK.test(clause))) return null;
  const { score, phrase } = model.score(text, (sentence) => !notARequest(sentence) && !tellsOfPastContact(sentence));
  if (score < threshold) return null;
  return { phrase, score: Math.round(score * 100) / 100 };
}
