import distance from 'damerau-levenshtein';
import { asksForNamedPerson } from './asks-for-named-person';
import { normalize, wordsOf } from './normalize';
import { rememberRecent } from './remember-recent';
import {
  STRONG, EXACT_STRONG, WEAK, JOB_WORDS, BE, NOT_PERSON_BEFORE, NOT_PERSON_AFTER, TALK,
  CONTACT_DETAILS, ENGLISH_TALK, PASSIVE, WANT, HELP, NEGATION, FILLER, URGE, URGENT,
  REAL, IDENTITY_QUESTION, NOT_THE_BOT, WHO_TO_TALK, CALLBACK, TALK_TO_ROLE, LATER, MODAL,
  ANYONE_THERE, HOW_TO, HOW_TO_REACH_A_PERSON, NOT_NOW, THIRD_PARTY_CALLER, PHRASED,
  SPEAKS_LANGUAGE, QUOTED, NO_NEED, SHORTHAND, GO_TO_PEOPLE, CALL_VERB, CALL_FOLLOW, ME,
  ANYONE_AT_ALL, ESCALATE, ALONE, NO_MORE_BOT, ASK_BEFORE, ASK_AFTER, AVAILABLE, BETWEEN, TEAM,
  WANT_TEAM, ROLE, PAST, THIRD_PARTY, TRADES, DIALECT, TRANSFER_ME, NOT_A_PERSON, HANDS_ON, PASS_VERBS, THIRD_PARTY_WANTS, NEED_A_PERSON_AT_ALL, ASSIST_RELATIVE, ON_A_SCHEDULE, DECLINE_CONTACT, HOURS_QUESTION, BY_CHANNEL, TIME_URGE, THERE, IS, THERE_IS, REACH_ME, ASK_FOR_CALL, TAKES_IT_BACK, REAL_WORDS,
} from './explicit-request-words';

/** The phrase that showed a visitor asked for a person, kept as evidence for the agent. */
export interface ExplicitRequest {
  phrase: string;
}

/** Any dialect word at all: most messages have none, and skip the rewriting. */
const DIALECT_WORD = new RegExp(DIALECT.map(([from]) => from.source).join('|'), 'u');

/** Fuzzy answers per word list, remembered: the same words come up again and again. */
const fuzzyCache = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();
const FUZZY_CACHE_MAX = 20_000;

function fuzzyIn(word: string, nouns: ReadonlySet<string>, minLength = 5): boolean {
  if (nouns.has(word)) return true;
  if (REAL_WORDS.has(word) || word.length < 4 || (word.length > 4 && word.length < minLength)) return false;
  let cache = fuzzyCache.get(nouns);
  if (!cache) fuzzyCache.set(nouns, (cache = new Map()));
  const known = cache.get(word);
  if (known !== undefined) return known;
  const limit = word.length >= 8 ? 2 : 1;
  // Four-letter words only with two letters swapped: "tlak" is "talk", "walk" is not.
  const swapped = (noun: string) => noun.length === 4 && [...word].sort().join('') === [...noun].sort().join('') && distance(word, noun).steps === 1;
  const close = (noun: string) => noun.length >= minLength && Math.abs(noun.length - word.length) <= limit && distance(word, noun).steps <= limit;
  const found = [...nouns].some(word.length === 4 ? swapped : close);
  if (cache.size >= FUZZY_CACHE_MAX) cache.clear();
  cache.set(word, found);
  return found;
}

/** What a word is as a request target: a person noun, a weaker one that needs a verb of talking, or neither. */
function targetAt(words: readonly string[], i: number): 'strong' | 'weak' | null {
  const w = words[i];
  if (NOT_A_PERSON.has(w)) return null;
  let kind: 'strong' | 'weak' | null = fuzzyIn(w, STRONG) || EXACT_STRONG.has(w) ? 'strong' : WEAK.has(w) || w.endsWith('abteilung') ? 'weak' : null;
  // "someone from the mortgages team", "a real one": as good as a person noun.
  if (kind === 'weak' && ['from', 'de', 'du', 'des', 'del', 'da', 'do', 'aus', 'vom', 'von', 'dal', 'della', 'dalla', 'dello'].includes(words[i + 1] ?? '')) kind = 'strong';
  // "voglio parlare con uno vero", "un vrai svp", "uno real": a real one, with nothing after it but please.
  const realOne = ['uno', 'una', 'un', 'une', 'um', 'uma', 'einen', 'einem', 'one'].includes(w) && REAL.has(words[i + 1] ?? '') && words.slice(i + 2).every((x) => URGE.has(x) || FILLER.has(x) || ['que', 'che', 'qui', 'der', 'who', 'that'].includes(x));
  if (!kind && realOne) kind = 'strong';
  if ((!kind && w === 'one' && REAL.has(words[i - 1] ?? '')) || (kind === 'weak' && ['people', 'humans'].includes(w) && REAL.has(words[i - 1] ?? ''))) kind = 'strong';
  // "get me someone who knows", "get me your box office manager", "one of your team": as good as a person noun.
  if (kind === 'weak' && words.slice(Math.max(0, i - 4), i).includes('me') && words.slice(Math.max(0, i - 5), i).some((x) => WANT.has(x))) kind = 'strong';
  if (kind === 'weak' && words[i - 1] === 'your' && words[i - 2] === 'of') kind = 'strong';
  if (!kind && w === 'member' && words[i + 1] === 'of') kind = 'strong';
  // "someone senior", "someone in charge", "someone who actually knows": a person, asked for.
  if (kind === 'weak' && (words[i + 1] === 'senior' || (words[i + 1] === 'in' && words[i + 2] === 'charge') || (words[i + 1] === 'who' && ['actually', 'really'].includes(words[i + 2])))) kind = 'strong';
  // "ich brauche dringend jemanden", "I need someone now"
  if (kind === 'weak' && words.slice(Math.max(0, i - 3), i).some((x) => WANT.has(x)) && words.some((x) => URGENT.has(x))) kind = 'strong';
  if (!kind) return null;
  // "become an agent", "hire a representative", "work as an operator": a job, not someone to talk to.
  if (words.slice(Math.max(0, i - 3), i).some((x) => JOB_WORDS.has(x))) return null;
  // "I want to be a representative", "quiero ser agente": being one, not talking to one.
  if (BE.has(words[i - 1] ?? '') || (BE.has(words[i - 2] ?? '') && ['a', 'an', 'un', 'una', 'une', 'um', 'uma', 'ein', 'eine'].includes(words[i - 1] ?? ''))) return null;
  // "my agent said…" is a third party; "let me speak to my consultant" is still a request.
  const myContact = words[i - 1] === 'my' && ['to', 'with'].includes(words[i - 2] ?? '') && TALK.has(words[i - 3] ?? '');
  // "an agent on call" is someone else; "a human on the line", "a person on this" is asked for.
  const onSomethingElse = words[i + 1] === 'on' && !['the', 'this', 'it', 'here', 'now', 'duty', 'chat'].includes(words[i + 2] ?? '');
  // "a doctor's note", "the agent's name": a possessive, not a person asked for ("s'il vous plaît" is French).
  const possessive = words[i + 1] === 's' && words[i + 2] !== 'il';
  if ((NOT_PERSON_BEFORE.has(words[i - 1] ?? '') && !myContact) || NOT_PERSON_AFTER.has(words[i + 1] ?? '') || onSomethingElse || possessive) return null;
  return kind;
}

const isTalk = (words: readonly string[], j: number) => {
  const w = words[j];
  if (w === 'chat') return ['with', 'to'].includes(words[j + 1]);
  if (w === 'through') return words[j - 1] === 'me';
  // "route me to an agent"; exact, since "toute" and "route" are one letter apart.
  if (w === 'route') return true;
  // "the contact number for support" is a noun, not a verb of talking.
  if (CONTACT_DETAILS.has(words[j + 1] ?? '')) return false;
  // "put me in touch with", "send me to a human"
  if (w === 'touch') return words[j - 1] === 'in';
  if (w === 'send') return ['me', 'this', 'us'].includes(words[j + 1] ?? '');
  if (PASSIVE.has(w)) return ['be', 'get', 'getting'].includes(words[j - 1] ?? '');
  return fuzzyIn(w, TALK);
};
const negatedBefore = (words: readonly string[], from: number, to: number) => words.slice(Math.max(0, from), to).some((w) => NEGATION.has(w));

/**
 * A clause the rules know is not a request, whatever it names: "no need", "am I talking to a bot?",
 * "someone who speaks French?", a how-to, a question about a written channel, a plan or a past
 * call, a third party's wish, whether a person is needed at all, help for a relative on the spot,
 * a person on a schedule or the hours, a declined call. The request model defers to it too.
 */
/** "someone who speaks Welsh I can talk to": a person asked for after all. */
const TALK_TO_THEM = /\b(speaks?|sepa|hable|fale|parli|parle|spricht) \w+ (that |whom |who )?(i|we) (can|could|may) (talk|speak|chat)\b/;

export function ruledOut(clause: string): boolean {
  const words = wordsOf(clause);
  // "how do I contact support?" is a question for the bot; "how can I talk to a real person??" asks for one.
  const howTo = HOW_TO.test(clause) && !HOW_TO_REACH_A_PERSON.test(clause);
  // "dá pra falar com o suporte pelo whatsapp?" asks about a channel; "message me on whatsapp" still asks for someone.
  const channelQuestion = BY_CHANNEL.test(clause) && !words.some((w) => ME.has(w));
  // "is there a pharmacist on duty on sundays?", "what are your support hours?" ask about a schedule;
  // "may I speak with the manager on duty", "can someone call me tonight" or "…now" do not.
  const onASchedule = ON_A_SCHEDULE.test(clause) && !words.some((w) => TALK.has(w));
  const aboutTheSchedule = ((onASchedule && !words.some((w) => ME.has(w))) || HOURS_QUESTION.test(clause)) && !words.some((w) => TIME_URGE.has(w));
  const declinesContact = DECLINE_CONTACT.test(clause) && !/\b(bot|robot|machine|maquina|machina|ia|ai|chatbot)\b/.test(clause);
  return NO_NEED.test(clause) || IDENTITY_QUESTION.test(clause) || (SPEAKS_LANGUAGE.test(clause) && !TALK_TO_THEM.test(clause)) || howTo || channelQuestion || NOT_NOW.test(clause) || THIRD_PARTY_WANTS.test(clause) ||
    NEED_A_PERSON_AT_ALL.test(clause) || ASSIST_RELATIVE.test(clause) || aboutTheSchedule || declinesContact;
}

/** The clauses of a prepared message, split at punctuation, emoji and "but", without leading symbols. */
export const clausesOf = (prepared: string): string[] =>
  prepared.split(/[.;!?,:()\n]+|\p{Extended_Pictographic}|\bbut\b|\bpero\b|\bmais\b|\baber\b/u).map((c) => c.replace(/^[^\p{L}\p{N}]+/u, '').trim());

function detectInClause(clause: string): string | null {
  const words = wordsOf(clause);
  if (words.length === 0 || ruledOut(clause)) return null;
  const phrased = PHRASED.exec(clause);
  if (phrased) return phrased[0];
  const transfer = TRANSFER_ME.exec(clause);
  if (transfer && !wordsOf(clause.slice(0, transfer.index)).slice(-5).some((w) => NEGATION.has(w))) return transfer[0];
  const kinds = words.map((_, i) => targetAt(words, i));
  const negated = words.some((w) => NEGATION.has(w));
  // A short clause that is nothing but a request: "agent", "customer service please", "ATENDIMENTO HUMANO JÁ".
  if (words.length <= 6 && kinds.some(Boolean) && words.every((w, i) => kinds[i] || FILLER.has(w) || URGE.has(w)) && !negated) {
    if (kinds.some((k) => k === 'strong') || words.some((w) => URGE.has(w))) return words.join(' ');
  }
  // "verbinden Sie mich bitte", "could you put me through": a verb of talking aimed at the visitor, asked for.
  for (let j = 0; j < words.length - 1; j++) {
    if (fuzzyIn(words[j], TALK) && ['me', 'mich', 'mi', 'moi', 'mir'].includes(words[j + 1] ?? words[j + 2]) && words.some((w) => URGE.has(w) || MODAL.has(w)) && !negated) {
      if (words.slice(j + 2).every((w) => FILLER.has(w) || URGE.has(w) || targetAt(words, words.indexOf(w)) || ['with', 'to', 'mit', 'a', 'con', 'avec', 'com', 'through', 'le', 'la', 'les', 'el', 'lo', 'den', 'die', 'das', 'o', 'over'].includes(w))) return words.slice(j, j + 2).join(' ');
    }
  }
  // "escalate", "I want to escalate this", "pls escalate my complaint": escalating is asking for a person.
  const escalate = words.findIndex((w) => ESCALATE.has(w));
  // "can I escalate a ticket's priority" is a how-to about the product, not this conversation.
  const escalatesSomethingElse = ['a', 'an', 'any', 'tickets', 'priority'].includes(words[escalate + 1] ?? '');
  if (escalate >= 0 && !negated && !escalatesSomethingElse && (escalate === 0 || words.slice(Math.max(0, escalate - 3), escalate).some((w) => WANT.has(w) || MODAL.has(w) || URGE.has(w)))) return words.slice(escalate).join(' ');
  // "manager.", "support!!": a one-word call for a person.
  if (words.length === 1 && ALONE.has(words[0])) return words[0];
  if (NO_MORE_BOT.test(clause)) return clause;
  // "transfer me", "connect me please"
  if (words.length <= 4 && fuzzyIn(words[0], TALK) && ['me', 'this', 'it'].includes(words[1] ?? '') && words.slice(2).every((w) => FILLER.has(w) || URGE.has(w))) return words.join(' ');
  const wanting = words.some((w) => WANT.has(w) || MODAL.has(w)) || words.length <= 5;
  for (let i = 0; i < words.length; i++) {
    const kind = kinds[i];
    if (!kind) continue;
    if (kind === 'strong' && NOT_THE_BOT.test(clause) && !negatedBefore(words, 0, i)) return clause.trim();
    // A verb of talking before the noun (up to 7 words), or of wanting (up to 4, strong nouns only).
    for (let j = i - 1; j >= Math.max(0, i - 7); j--) {
      const verb = words[j];
      const wantsIt = kind === 'strong' && i - j <= 5 && (WANT.has(verb) || (verb === 'will' && ['ich', 'wir'].includes(words[j - 1] ?? '')) || (verb === 'have' && ['can', 'could', 'may'].includes(words[j - 2] ?? '')));
      // "do I need a specialist to fit them" wants a job done, not a conversation.
      const forAJob = !isTalk(words, j) && words[i + 1] === 'to' && !!words[i + 2] && !fuzzyIn(words[i + 2], TALK) && !HELP.has(words[i + 2]);
      // Numbers between make it a count, not a person asked for: "like 15 employees".
      const counted = words.slice(j + 1, i).some((x) => /^\d+$/.test(x));
      // "can I talk to the teacher before I book": a tradesperson met later, not put through now.
      const later = TRADES.has(words[i]) && LATER.test(clause);
      // "el viernes hablé con un asesor": a talk that happened; "quiero que hable con…" still asks.
      const talked = PAST.has(verb) && !WANT.has(verb) && !words.slice(0, j).some((x) => WANT.has(x) || MODAL.has(x) || x === 'que');
      if ((isTalk(words, j) || wantsIt) && !forAJob && !counted && !later && !talked) return negatedBefore(words, j - 5, i) ? null : words.slice(j, i + 1).join(' ');
    }
    // The verb after the noun: "someone I can speak to", "mit einem Berater sprechen", "can a human look at this".
    for (let j = i + 1; j <= Math.min(words.length - 1, i + 8); j++) {
      // "a mechanic I can ask", "a support person I can screen share with"
      // "una persona con cui posso parlare per capire", "someone whom I could speak with about it": a relative clause asks.
      const relative = words.slice(i + 1, j).some((x) => ['cui', 'quien', 'quem', 'whom', 'wem'].includes(x)) || (words[i + 1] === 'i' && MODAL.has(words[i + 2] ?? ''));
      const canAsk = ['ask', 'call', 'email', 'message', 'share', 'phone'].includes(words[j]) && words.slice(Math.max(0, j - 3), j).some((x) => x === 'can' || x === 'could') && words.slice(Math.max(0, j - 4), j).some((x) => x === 'i' || x === 'we');
      const talkAfter =
        canAsk ||
        (TALK.has(words[j]) || words[j] === 'chat' || (words[j].length === 4 && fuzzyIn(words[j], TALK))) &&
        ((j === words.length - 1 && !PASS_VERBS.has(words[j])) || relative || ['to', 'with', 'con', 'avec', 'mit', 'com'].includes(words[j + 1]) || (words[j + 1] === 'a' && !ENGLISH_TALK.has(words[j])));
      // "can a human look at this", "alguém humano pode me atender?": a modal before the person or right after it.
      const modal = words.slice(Math.max(0, i - 5), i).some((w) => MODAL.has(w)) || MODAL.has(words[i + 1] ?? '');
      const helpAfter = kind === 'strong' && !HANDS_ON.has(words[i]) && j - i <= 3 && HELP.has(words[j]) && modal;
      if ((talkAfter || helpAfter) && !negatedBefore(words, 0, j) && !(helpAfter && LATER.test(clause))) return words.slice(i, j + 1).join(' ');
    }
    // "human please", "un humain svp", "persona por favor"
    // "human now", "atendente já!": but "o consultor já me ligou" is "already", so a word of time must end the request.
    const urged = URGE.has(words[i + 1] ?? '') && (!TIME_URGE.has(words[i + 1]) || words.slice(i + 2).every((w) => URGE.has(w) || FILLER.has(w)));
    if (kind === 'strong' && urged && !negatedBefore(words, 0, i)) return words.slice(i, i + 2).join(' ');
    // "a real person", "une vraie personne"
    if (kind === 'strong' && wanting && (REAL.has(words[i - 1] ?? '') || REAL.has(words[i + 1] ?? '')) && !negated) return words.slice(Math.max(0, i - 1), i + 2).join(' ');
  }
  const cued = cuedRequest(words, kinds);
  if (cued) return cued;
  const there = personThere(words, kinds);
  if (there) return there;
  const named = asksForNamedPerson(words);
  if (named) return named;
  const callsMe = personCallsMe(words, kinds, THIRD_PARTY_CALLER.test(clause));
  if (callsMe) return callsMe;
  const goTo = GO_TO_PEOPLE.exec(clause);
  if (goTo && !negated) return goTo[0];
  if (ANYONE_AT_ALL.test(clause)) return clause;
  // "the technician will call me" is news; "voglio che mi chiami un tecnico" asks for one.
  const call = THIRD_PARTY_CALLER.test(clause) && !words.some((w) => WANT.has(w)) ? null : callMe(words);
  if (call) return call;
  const anyone = ANYONE_THERE.exec(clause) ?? WHO_TO_TALK.exec(clause) ?? (LATER.test(clause) ? null : TALK_TO_ROLE.exec(clause));
  if (anyone && !negated) return anyone[0];
  const callback = THIRD_PARTY_CALLER.test(clause) ? null : CALLBACK.exec(clause);
  // "call me", "me rappelle", "mich zurückrufen" ask by themselves; a bare "callback" needs someone or an ask around it.
  const aimedAtMe = !!callback && /\b(me|mich|moi|mi|conmigo|comigo)\b|llamarme|contactarme|contattarmi|richiamarmi|chiamarmi/.test(callback[0]);
  if (callback && !negated && (aimedAtMe || kinds.some(Boolean) || /\b(get|have|request|book|arrange|want|need|like|please|pls|would|can|could|chance|pode|puede|peut|kann|posso)\b/.test(clause))) return callback[0];
  return null;
}

/**
 * A call asked for in Spanish, French, German, Portuguese or Italian: a verb of calling with the
 * visitor as its object ("me liguem", "mi richiamate", "kann mich jemand anrufen", "rappelez-moi").
 * English "call me" is left to CALLBACK, which knows "call me Dave" is not a request.
 */
function callMe(words: readonly string[]): string | null {
  for (let j = 0; j < words.length; j++) {
    const w = words[j];
    if (!CALL_VERB.has(w) || ['call', 'ring', 'phone', 'callback'].includes(w)) continue;
    const near = words.slice(Math.max(0, j - 2), j + 2);
    const french = ['appeler', 'rappeler', 'telephoner'].includes(w) && words[j - 1] === 'm';
    // "kann mich jemand anrufen"; Austrian and Bavarian say "mi".
    const german = ['anrufen', 'zuruckrufen', 'rufen', 'telefonieren'].includes(w) && words.slice(0, j).some((x) => x === 'mich' || x === 'mi');
    // "Appelez-moi Léa" gives a name; a request goes on with a time, a number, a please, or nothing.
    const then = words[j + (ME.has(words[j + 1] ?? '') ? 2 : 1)];
    const goesOnLikeARequest = then === undefined || /^\d/.test(then) || URGE.has(then) || FILLER.has(then) || CALL_FOLLOW.has(then) || targetAt(words, words.indexOf(then)) !== null;
    if ((near.some((x) => ME.has(x)) || french || german || /(me|moi|mi|rmi)$/.test(w)) && goesOnLikeARequest && !negatedBefore(words, j - 3, j)) return words.slice(Math.max(0, j - 2), j + 2).join(' ');
  }
  return null;
}

/**
 * A person asked after by role, to talk to now: "is the pharmacist available?", "est-ce que le
 * pharmacien est dispo ?", "c'è il farmacista?" — and nothing else in the clause, so "is there a
 * pharmacist in the Leeds store" stays a question for the bot.
 */
function personThere(words: readonly string[], kinds: readonly ('strong' | 'weak' | null)[]): string | null {
  if (words.some((w) => NEGATION.has(w) || PAST.has(w))) return null;
  for (let i = 1; i < words.length; i++) {
    if (!kinds[i] || TEAM.has(words[i]) || THIRD_PARTY.has(words[i - 1])) continue;
    const rest = words.slice(i + 3);
    // "…for a quick question", "…pour une question rapide": what for may follow; "…on Saturdays" may not.
    const forSomething = ['for', 'pour', 'para', 'per', 'fur', 'to'].includes(rest[0] ?? '') && rest.some((w) => /^(question|word|chat|minute|moment|second|quick|rapide|rapida|pregunta|domanda|frage|pergunta|minuto|kurz)/.test(w));
    if (IS.has(words[i + 1] ?? '') && THERE.has(words[i + 2] ?? '') && (forSomething || rest.every((w) => URGE.has(w) || FILLER.has(w) || w === 'today' || w === 'now'))) return words.slice(i - 1, i + 3).join(' ');
    const article = ['il', 'la', 'lo', 'el', 'le', 'un', 'una', 'une', 'a', 'an', 'the', 'der', 'die', 'ein', 'eine', 'o', 'um', 'uma'].includes(words[i - 1]) ? 1 : 0;
    const opening = words.slice(0, i - article).join(' ');
    if (THERE_IS.test(opening) && words.slice(i + 1).every((w) => URGE.has(w) || FILLER.has(w) || THERE.has(w) || ['today', 'oggi', 'hoy', 'heute', 'hoje', 'aujourd', 'hui', 'now'].includes(w))) return words.slice(0, i + 1).join(' ');
  }
  return null;
}

/**
 * A person asked to get in touch with the visitor: "can someone call me and go through it", "can the
 * dentist call me", "kindly let one of the physiotherapists call me", "can somebody there go through
 * it with me on the phone". The person is the subject, the visitor the object, and something asks.
 */
function personCallsMe(words: readonly string[], kinds: readonly ('strong' | 'weak' | null)[], thirdPartyCaller: boolean): string | null {
  if (words.some((w) => NEGATION.has(w) || PAST.has(w))) return null;
  for (let j = 1; j < words.length; j++) {
    // "the driver will call me" is someone else's job; "can the technician help me on the phone" asks for a person.
    // "get someone to ring her on her landline": the visitor asking for someone they look after.
    const reaches = REACH_ME.has(words[j]) && (ME.has(words[j + 1] ?? '') || ['her', 'him', 'them'].includes(words[j + 1] ?? '')) && !thirdPartyCaller;
    const onThePhone = ['on', 'over', 'by', 'au', 'al', 'am', 'por', 'ao'].includes(words[j]) && words.slice(j + 1, j + 3).some((w) => ['phone', 'telephone', 'telefono', 'telefon', 'telefone'].includes(w));
    if (!reaches && !onThePhone) continue;
    for (let i = j - 1; i >= Math.max(0, j - (onThePhone ? 8 : 4)); i--) {
      const person = kinds[i] !== null || ['someone', 'somebody', 'anyone', 'anybody', 'one', 'office'].includes(words[i]);
      if (!person || THIRD_PARTY.has(words[i - 1] ?? '') || THIRD_PARTY.has(words[i - 2] ?? '')) continue;
      if (words.slice(0, i).some((w) => ASK_FOR_CALL.has(w)) || URGE.has(words[j + 2] ?? '')) return words.slice(i, j + 2).join(' ');
    }
  }
  return null;
}

/** "I need the lettings team", "can i get the returns department": a team wanted, and nothing after it but please. */
function wantsTeam(words: readonly string[], i: number): boolean {
  const rest = words.slice(i + 1);
  if (!rest.every((w) => URGE.has(w) || FILLER.has(w))) return false;
  const before = words.slice(Math.max(0, i - 4), i);
  return before.some((w) => WANT_TEAM.has(w)) && !before.some((w) => /^\d+$/.test(w));
}

/**
 * The general case the phrasings above miss: a person noun asked for — a sign of asking right
 * before it ("this needs a human", "can a human review this") or right after it ("a person would
 * be great", "any agents available?") — with nothing that makes it a story, a negation or someone
 * in the visitor's life. A noun doing something else ("can staff swap shifts", "a gift to a
 * person in Ireland") is not asked for.
 */
function cuedRequest(words: readonly string[], kinds: readonly ('strong' | 'weak' | null)[]): string | null {
  if (words.some((w) => NEGATION.has(w) || PAST.has(w))) return null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // Misspellings only for longer words here: "stuff" is not "staff", "advise" is not "adviser".
    const role = ROLE.has(w) && kinds[i] === 'weak';
    // "someone needs to look at this", "a human needs to look at this"
    const needsToLook = ['needs', 'need', 'should', 'must'].includes(words[i + 1] ?? '') && words[i + 2] === 'to' && HELP.has(words[i + 3] ?? '');
    if (needsToLook && (kinds[i] === 'strong' || ['someone', 'somebody'].includes(w)) && !THIRD_PARTY.has(words[i - 1] ?? '')) return words.slice(i, i + 4).join(' ');
    if (kinds[i] === 'weak' && TEAM.has(w) && wantsTeam(words, i)) return words.slice(Math.max(0, i - 3), i + 1).join(' ');
    if ((kinds[i] !== 'strong' && !role) || (!STRONG.has(w) && !role && w.length < 7)) continue;
    // "can the mechanic look at the noise": a job on the thing, not a conversation.
    if (HANDS_ON.has(w) && HELP.has(words[i + 1] ?? '')) continue;
    let b = i - 1;
    while (b >= 0 && BETWEEN.has(words[b])) b--;
    const chainStart = b;
    // "get the duty manager", "need your tech team": one modifier between the article and the noun.
    if (b === i - 1 && b >= 1 && BETWEEN.has(words[b - 1]) && !ASK_BEFORE.has(words[b])) {
      b--;
      while (b >= 0 && BETWEEN.has(words[b])) b--;
    }
    // "gibt es einen Ansprechpartner": "es" belongs to "gibt".
    const before = words[b] === 'es' && words[b - 1] === 'gibt' ? 'gibt' : words[b];
    if (THIRD_PARTY.has(words[i - 1] ?? '')) continue;
    const after = words[i + 1];
    const followsWell =
      after === undefined ||
      ASK_AFTER.has(after) ||
      ['from', 'de', 'du', 'del', 'da', 'aus', 'vom', 'dal', 'della', 'dalla'].includes(after) ||
      (['to', 'who', 'that', 'que', 'qui', 'der', 'che'].includes(after) && words.slice(i + 2, i + 5).some((x) => fuzzyIn(x, TALK) || HELP.has(x) || ASK_AFTER.has(x))) ||
      (['for', 'with', 'on', 'por', 'pour', 'fur', 'per', 'para'].includes(after) && (['me', 'this', 'it', 'the', 'mi', 'moi', 'mich', 'favor', 'favore'].includes(words[i + 2] ?? '') || ['there', 'es', 'hay'].includes(words[chainStart] ?? '')));
    // "are any agents available?" asks now; "is the doctor available on Saturdays?" asks about a schedule.
    const scheduled = ['on', 'at', 'during', 'until', 'till', 'after', 'before', 'this', 'next', 'tomorrow', 'every', 'weekends', 'el', 'le', 'am', 'il', 'no', 'os', 'los', 'les'].includes(words[i + 2] ?? '');
    const askedWhetherThere = AVAILABLE.has(after ?? '') && !scheduled && ['are', 'is', 'hay', 'sind', 'ist', 'tem', 'ci', 'sont'].includes(words[chainStart] ?? '');
    if (askedWhetherThere || (b >= 0 && ASK_BEFORE.has(before) && followsWell) || (b < 0 && after !== undefined && ASK_AFTER.has(after))) return words.slice(Math.max(0, b), i + 2).join(' ');
  }
  return null;
}

/** What is still asked after the visitor took back what came before: "get me someone from billing… actually never mind, found it" asks for nobody; "forget it, just get me a person" still does. */
function afterTakingBack(norm: string): string {
  let rest = norm;
  for (let m = TAKES_IT_BACK.exec(rest); m; m = TAKES_IT_BACK.exec(rest)) rest = rest.slice(m.index + m[0].length);
  return rest === norm ? norm : rest.replace(/^[\s,.;:!?…-]+/, '');
}

/**
 * Finds an explicit request for a person in one message — short ("agent", "human pls"), misspelt,
 * shouted, polite, rude, mid-sentence, or for a team ("put me through to billing"), in six
 * languages — and ignores negated uses ("I don't need a human"), questions about who is answering
 * ("am I talking to a human?") and other senses ("travel agent", "human resources").
 */
export function detectExplicitRequest(text: string): ExplicitRequest | null {
  const norm = afterTakingBack(prepare(text));
  // A very short message is one clause, whatever its punctuation: "your team. now. please."
  const whole = norm.replace(/[.;!?,:()\n]+/g, ' ').replace(/^[^\p{L}\p{N}]+/u, '').trim();
  if (wordsOf(whole).length <= 6) {
    const phrase = detectInClause(whole);
    if (phrase) return { phrase };
  }
  // "who's your manager? I want to speak to them": a person named in one clause, asked for in the next.
  const toThem = /\b(speak|talk|chat) (to|with) (them|him|her|one)\b/.exec(norm);
  if (toThem && !/\b(don'?t|do-not|never|not)\b/.test(norm) && !NOT_NOW.test(norm) && wordsOf(norm).some((_, i, ws) => targetAt(ws, i))) return { phrase: toThem[0] };
  for (const clause of clausesOf(norm)) {
    const phrase = detectInClause(clause);
    if (phrase) return { phrase };
  }
  return null;
}

/**
 * A message as the rules read it: normalized, dialect and chat shorthand spelt out, quotations
 * dropped, elisions ("d'humain", "c'è") split off so the noun stands alone, and common names for
 * a person or a service made one word.
 */
export const prepare = rememberRecent((text: string): string => {
  const plain = normalize(text);
  return (DIALECT_WORD.test(plain) ? DIALECT.reduce((t, [from, to]) => t.replace(from, to), plain) : plain)
    .replace(/\b(u|ur|cn|sum1|some1|any1|ppl|spk|spek|tlk|gie|fae|tae|qqn)\b/g, (w) => SHORTHAND[w])
    .replace(/\bhuman beings?\b/g, 'human')
    .replace(/\b(ser|essere|etre) (humano|umano|humain)\b/g, '$2')
    .replace(/\b(atencion personalizada|atendimento (humano|personalizado)|assistenza personalizzata|personliche beratung)\b/g, 'asesor')
    .replace(/\b(talk|speak|chat) 2\b/g, '$1 to')
    .replace(/\bsumone\b/g, 'someone')
    .replace(/\btem como\b/g, 'pode')
    .replace(/\blive chat\b/g, 'livechat')
    .replace(/\b(yeah|yes|yep) no\b/g, '$1')
    // "no i want to speak to the coordinator": a no that answers the bot, then a new sentence.
    .replace(/^(no|nope|nah|non|nein|nao)\s+(?=(i|we|je|ich|eu|io)\b)/, '$1. ')
    .replace(QUOTED, ' ')
    .replace(/\bdo not\b/g, 'do-not')
    .replace(/\b(d|l|j|qu|s|c|m|t|un|dell|all)'(?=\p{L})/gu, '$1 ')
    .replace(/\bfront desk\b/g, 'desk')
    .replace(/\bcustomer (services?|care|support)( team)?\b/g, 'service')
    .replace(/\b(de carne y hueso|en chair et en os|aus fleisch und blut|de carne e osso|in carne e ossa|di vero|de verdad|de verdade|en vrai)\b/g, 'real')
    .replace(/\b(atencion al cliente|service client|servizio clienti)\b/g, 'service');
});
