import distance from 'damerau-levenshtein';
import { normalize, wordsOf } from './normalize';

/** The phrase that showed a visitor asked for a person, kept as evidence for the agent. */
export interface ExplicitRequest {
  phrase: string;
}

/** Nouns that name a person to talk to, in six languages. Misspellings within one edit match too. */
const STRONG = new Set(
  (
    'human humans humanbeing person persons agent agents representative representatives rep reps operator operators ' +
    'staff advisor adviser advisors consultant consultants employee specialist pharmacist pharmacists technician mechanic engineer nurse doctor ' +
    'accountant banker colleague receptionist ' +
    'humano humanos persona personas agente agentes asesor asesora operador operadora empleado representante representantes ' +
    'humain humains personne conseiller conseillers conseillere operateur operatrice representant ' +
    'mensch menschen mitarbeiter mitarbeiterin berater beraterin kundenberater sachbearbeiter ' +
    'pessoa atendente humano consultor ' +
    'operatore umano persona addetto consulente'
  ).split(' '),
);
/** Nouns that mean a person only with a verb of talking ("talk to someone", not "need someone to fix it"). */
const WEAK = new Set('someone somebody anyone people team manager supervisor support service alguien quelqu quelqu\'un jemand jemanden alguem qualcuno responsable'.split(' '));
/** Words before a noun that make it something other than a person to talk to. */
const NOT_PERSON_BEFORE = new Set('travel estate insurance real-estate cleaning user secret free booking my his her their double sales-agent chemical bleaching'.split(' '));
/** Words after a noun that make it something else: "human resources", "agent commission". */
const NOT_PERSON_AFTER = new Set('resources rights error nature body commission commissions fees fee string strings smith orange'.split(' '));
/** Verbs of being put through to someone. */
const TALK = new Set(
  (
    'talk speak connect connected transfer transferred reach contact escalate call ' +
    'hablar habla comunicar comunicarme pasar pasame pasarme pasas pases pasa pasen paseme contactar ' +
    'parler parle passer passez passe joindre contacter relation ' +
    'sprechen reden verbinden durchstellen kontaktieren ' +
    'falar conversar transferir passar passa passe ' +
    'parlare passare passami contattare'
  ).split(' '),
);
/** Verbs of wanting: enough with a strong noun ("I want a human"). */
const WANT = new Set(
  (
    'want wanna need like give get let gimme ' +
    'quiero necesito quisiera dame ' +
    'veux voudrais besoin donnez ' +
    'will mochte moechte brauche hatte haette gib geben ' +
    'quero preciso gostaria ' +
    'voglio vorrei serve bisogno'
  ).split(' '),
);
/** Negations: in the same clause before the request, they turn it into its opposite. */
const NEGATION = new Set("don't dont do-not doesn't didnt didn't not never without no nope nicht kein keinen keine pas ne n' nao nem non nunca jamais ni".split(' '));
/** Words a short message may hold besides the noun and still be nothing but a request: "human pls!!", "REAL PERSON". */
const FILLER = new Set(
  (
    'a an the please pls plz plez now asap real live actual me i to with just ok okay hey hi hello yes damn bloody fucking effing god omg il s ' +
    'talk speak want need get give connect an un una une um uma ein einen einer por favor bitte per favore sil s\'il vous plait svp ' +
    'quiero necesito veux quero voglio will ya agora subito sofort ahora maintenant porfa porfavor ' +
    'echter echten echte jetzt vrai vraie verdadera verdadero de verdad verdade vera vero logo'
  ).split(' '),
);
/** Words after a noun that make a short message a request: "human please", "mensch bitte". */
const URGE = new Set('please pls plz now asap bitte favor favore plait svp ahora agora subito sofort porfa porfavor jetzt'.split(' '));

function isStrong(word: string): boolean {
  if (STRONG.has(word)) return true;
  if (word.length < 5) return false;
  const limit = word.length >= 8 ? 2 : 1;
  for (const noun of STRONG) {
    if (Math.abs(noun.length - word.length) <= limit && noun.length >= 5 && distance(word, noun).steps <= limit) return true;
  }
  return false;
}

/** A verb from `set`, allowing one typo in longer words ("ablar" for "hablar"). */
function isVerb(word: string, set: ReadonlySet<string>): boolean {
  if (set.has(word)) return true;
  if (word.length < 5) return false;
  for (const verb of set) if (verb.length >= 5 && Math.abs(verb.length - word.length) <= 1 && distance(word, verb).steps <= 1) return true;
  return false;
}

/** Index of the first person noun in `words` usable as a request target, or -1. */
function personAt(words: string[], i: number): 'strong' | 'weak' | null {
  const w = words[i];
  const kind = isStrong(w) ? 'strong' : WEAK.has(w) ? 'weak' : null;
  if (!kind) return null;
  if (NOT_PERSON_BEFORE.has(words[i - 1] ?? '') || NOT_PERSON_AFTER.has(words[i + 1] ?? '')) return null;
  return kind;
}

function detectInClause(words: string[]): string | null {
  if (words.length === 0) return null;
  const kinds = words.map((_, i) => personAt(words, i));
  // A short clause that is nothing but a request.
  if (words.length <= 6 && kinds.some((k) => k === 'strong') && words.every((w, i) => kinds[i] || FILLER.has(w)) && !words.some((w) => NEGATION.has(w))) {
    return words.join(' ');
  }
  for (let i = 0; i < words.length; i++) {
    const kind = kinds[i];
    if (!kind) continue;
    // Look back for a verb of talking (up to 7 words, any noun) or wanting (up to 3, strong nouns only).
    for (let j = i - 1; j >= Math.max(0, i - 7); j--) {
      const verb = words[j];
      const talk = isVerb(verb, TALK) || (verb === 'chat' && ['with', 'to'].includes(words[j + 1])) || (verb === 'through' && words[j - 1] === 'me');
      const want = kind === 'strong' && i - j <= 4 && (WANT.has(verb) || (verb === 'have' && ['can', 'could', 'may'].includes(words[j - 2] ?? '')));
      if (talk || want) {
        // "I don't need a human", "ich brauche keinen Mitarbeiter": a negation before the verb or before the noun.
        if (words.slice(Math.max(0, j - 4), i).some((w) => NEGATION.has(w))) return null;
        return words.slice(j, i + 1).join(' ');
      }
    }
    // "someone I can speak to", "mit einem Berater sprechen", "una persona con cui parlare"
    for (let j = i + 1; j <= Math.min(words.length - 1, i + 6); j++) {
      if (TALK.has(words[j]) && !words.slice(0, j).some((w) => NEGATION.has(w))) return words.slice(i, j + 1).join(' ');
    }
    // "human please", "un humain svp", "persona por favor"
    if (kind === 'strong' && URGE.has(words[i + 1] ?? '') && !words.slice(0, i).some((w) => NEGATION.has(w))) return words.slice(i, i + 2).join(' ');
  }
  return null;
}

/**
 * Finds an explicit request for a person in one message — short ("agent", "human pls"), misspelt,
 * shouted, polite, rude, or mid-sentence, in six languages — and ignores negated uses ("I don't
 * need a human") and other senses ("travel agent", "human resources", "how many people").
 */
export function detectExplicitRequest(text: string): ExplicitRequest | null {
  // Elisions ("d'humain", "c'è") are split off so the noun stands alone.
  const norm = normalize(text)
    .replace(/\bdo not\b/g, 'do-not')
    .replace(/\b(d|l|j|qu|s|c|m|t|un|dell|all)'(?=\p{L})/gu, '$1 ');
  for (const clause of norm.split(/[.;!?,:()\n]+|\bbut\b|\bpero\b|\bmais\b|\baber\b|\bma\b/)) {
    const phrase = detectInClause(wordsOf(clause));
    if (phrase) return { phrase };
  }
  return null;
}
