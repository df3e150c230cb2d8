import { normalize } from './normalize';
import { POLICY_TOPICS, type PolicyTopic } from './policy-topics';

/** A policy topic raised by a message, with the phrase that raised it. */
export interface PolicyMatch {
  topic: string;
  label: string;
  phrase: string;
}

/** A general question about a policy ("what's your refund window?", "how do I cancel?") that the bot should answer. */
const ABOUT =
  /^(if (i|we)|if (you|they|the|a|an|there)(?=\b[^?]*\?)|what('?s| is| are)|how (long|do|does|can|much|many|soon)|when (do|does|can|will)|do you|does (it|the|your)|is there|are there|can i (get|cancel|return|ask)|could you (tell|explain)|where (do|can|is)|which|tell me (about|how)|cual|como|cuando|quelle?s?|comment|combien|wie|wann|welche|was ist|qual|quando|quanto|come|quale)\b/;
/** Signs that a question is about the visitor's own case, not the policy in general. */
const OWN_CASE = /\b(order (no|number|#)?\s*[a-z]{0,3}-?\d|#\d|i (was|got|have been|'ve been) (charged|billed|debited)|i paid|you charged|last (night|week|month)|room \d)/;

/** "My solicitor" doing the routine work of a sale, lease or estate ("my solicitor will ring your land charges team about a search"), not a threat. */
const ROUTINE_LEGAL =
  /\b(search(es)?|conveyanc\w*|completion|exchange of contracts|exchanging|deeds|title|land (registry|charges)|probate|executor|power of attorney|lease(hold)?|management pack|(house|flat|property|home) (we'?re|i'?m) (buying|selling)|(buying|selling) (a|the|our|my) (house|flat|property|home)|mortgage offer|redemption statement|certificate|paperwork|documents|(my|the|her|his) will)\b/;
/** Conflict words that keep "my solicitor" a legal threat whatever else is mentioned. */
const DISPUTE =
  /\b(claim|sue|suing|court|complain\w*|compensation|refund|dispute|legal action|negligen\w*|breach|withhold\w*|hear(ing)? (from|about)|in touch|hand(ing)? (it|this)|forward\w*|unless|otherwise|or else|ombudsman|if (this|it|you|i|we)|not (sorted|fixed|resolved))\b/;
/** "what happens if I'm ever charged twice?", "se volessi fare un reclamo…", "si jamais j'ai un souci…": a question for some day, not a case now. */
const SOME_DAY =
  /\b(what happens if|what if|if (i|we) (am |are |'m |'re )?ever|if ever|hypothetically|just in case|se (volessi|dovessi|mai)|si jamais|si (alguna vez|algun dia|un dia)|falls (ich|wir) (mal|jemals|einmal)|wenn (ich|wir) (mal|jemals|irgendwann)|se (algum dia|um dia|alguma vez))\b/;
/** An account problem long over ("my email got hacked last year, all sorted now", "mein altes Instagram wurde mal gehackt"), told as background to a question. */
const LONG_OVER =
  /\b(last year|years? ago|a while (ago|back)|long ago|ages ago|in the past|all (sorted|fine|good|ok) now|(sorted|fine|resolved) now|letztes jahr|vor (\w+ )?jahren|mal gehackt|(mein|meine) alte[sn]? \w+ wurde|el ano pasado|hace (\w+ )?anos|l'annee derniere|il y a (\w+ )?ans|l'anno scorso|anni fa|o ano passado|ha (\w+ )?anos)\b/;
const STILL_GOING = /\b(again|still|today|this (morning|week)|just now|right now|de nuevo|otra vez|encore|wieder|de novo|ancora|di nuovo)\b/;
/** Advice on spotting scams ("tips for spotting fraud emails pretending to be from you"), not a report of one. */
const SPOTTING = /\b(tips?|advice) (for|on|about) (spotting|recogni[sz]ing|avoiding|identifying)\b|\bhow (to|do i|can i|do you) (spot|recogni[sz]e|tell (if|whether)|identify|avoid)\b/;

const OWN_LAWYER = /^(my|our) (lawyer|solicitor|attorney|legal team)$/;

function aboutPolicy(norm: string): boolean {
  return ABOUT.test(norm) && !OWN_CASE.test(norm);
}

/**
 * Finds a matter a person must handle: billing disputes, refund requests, cancellations,
 * complaints, legal threats, account security and fraud, high-value sales, regulated advice and
 * emergencies. General questions about a policy are left to the bot, except for the serious
 * topics (`always`). `enabled` limits the topics checked; default all.
 */
export function detectPolicy(text: string, enabled?: ReadonlySet<string>, topics: readonly PolicyTopic[] = POLICY_TOPICS): PolicyMatch | null {
  // "40,000 copies" is a number.
  const norm = normalize(text).replace(/(\d)[,.](\d{3})\b/g, '$1$2');
  let about: boolean | undefined;
  for (const topic of topics) {
    if (enabled && !enabled.has(topic.id)) continue;
    for (const pattern of topic.patterns) {
      const m = pattern.exec(norm);
      if (!m) continue;
      // "what should I do if I ever smell gas?", "if my card got stolen abroad…" are questions for later, not an emergency or fraud now.
      if ((topic.id === 'emergency' || topic.id === 'security') && /\b(if|si|se|wenn|falls|in case|en caso de|au cas ou)\b(\s+\S+){0,4}\s*$/.test(norm.slice(0, m.index))) break;
      if (topic.id === 'security' && ((LONG_OVER.test(norm) && !STILL_GOING.test(norm)) || SPOTTING.test(norm))) break;
      if (topic.id === 'legal' && OWN_LAWYER.test(m[0].trim()) && ROUTINE_LEGAL.test(norm) && !DISPUTE.test(norm)) continue;
      if (!topic.always) {
        about ??= aboutPolicy(norm) || SOME_DAY.test(norm);
        if (about) break;
        // "my last supplier billed me wrong" is a story about someone else.
        if (/\bmy (last|old|previous|former|ex|other) \w+( \w+)? (was|were|is|had|did)\b/.test(norm.slice(0, m.index))) break;
      }
      return { topic: topic.id, label: topic.label, phrase: m[0].trim() };
    }
  }
  return null;
}
