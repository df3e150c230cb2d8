import distance from 'damerau-levenshtein';
import { normalize, wordsOf } from './normalize';

/** The phrase that showed a visitor asked for a person, kept as evidence for the agent. */
export interface ExplicitRequest {
  phrase: string;
}

const set = (...lists: string[]) => new Set(lists.join(' ').split(/\s+/).filter(Boolean));

/** Nouns that name a person to talk to, in six languages. Misspellings within one edit (two in long words) match too. */
const STRONG = set(
  'human humans hooman hoomans humen person persons agent agents representative representatives rep reps operator operators staff advisor adviser advisors',
  'consultant consultants employee specialist pharmacist pharmacists technician mechanic engineer nurse doctor accountant banker colleague receptionist',
  'worker workers supervisor salesperson seller expert experts optician opticien',
  'humano humanos persona personas agente agentes asesor asesora operador operadora empleado empleada representante representantes gestor gerente encargado responsable',
  'humain humains personne conseiller conseillers conseillere operateur operatrice representant',
  'mensch menschen mitarbeiter mitarbeiterin berater beraterin kundenberater fachberater ansprechpartner sachbearbeiter sachbearbeiterin apotheker apothekerin vorgesetzten vorgesetzter verkaufer leiter',
  'pessoa atendente consultor responsavel',
  'operatore umano addetto consulente titolare responsabile',
);
/** Nouns that mean a person only with a verb of talking ("talk to someone", not "need someone to fix it"). */
const WEAK = set(
  "someone somebody anyone anybody whoever people team manager supervisor support service billing reception desk department sales accounts",
  "alguien departamento recepcion atencion quelqu quelqu'un reception service sav jemand jemanden jemandem irgendjemand irgendjemanden abteilung rezeption kundenservice kundendienst buchhaltung",
  'alguem setor atendimento recepcao qualcuno reparto ufficio assistenza opper oppere opperem',
);
/** Words before a noun that make it something other than a person to talk to. */
const NOT_PERSON_BEFORE = set('travel estate insurance real-estate cleaning user secret free booking my his her their double sales-agent chemical bleaching kubernetes ssh proxy build old previous former ex');
/** Words after a noun that make it something else: "human resources", "agent commission". */
const NOT_PERSON_AFTER = set('resources rights error nature body commission commissions fees fee string strings smith orange on-call on payments payment readable grade friendly centred centered like');
/** Verbs of being put through to someone. */
const TALK = set(
  'talk speak connect transfer reach contact escalate pass discuss hand',
  'hablar habla comunicar comunicarme pasar pasame pasarme pasas pases pasa pasen paseme pasais podeis contactar atienda atender atiende ponme pongame ponga discutir',
  'parler parle passer passez passe joindre contacter relation echanger discuter entretenir',
  'sprechen reden verbinden verbind verbinde durchstellen kontaktieren besprechen leiten weiterleiten weitergeben erreichen erreiche schreiben klaren',
  'falar conversar transferir passar passa passe discutir',
  'parlare passare passami passi contattare contatto discutere sentire',
);
/** The English verbs of talking, after which "a" is an article, not the Romance "to". */
const ENGLISH_TALK = set('talk speak connect transfer reach contact escalate pass chat');
/** Participles that ask to be put through only after "be"/"get": "can I be transferred", not "I was transferred". */
const PASSIVE = set('transferred connected put passed');
/** Verbs of wanting: enough with a strong noun ("I want a human"). */
const WANT = set(
  'want wanna need like give get let gimme prefer rather appreciate',
  'quiero necesito quisiera dame prefiero desearia',
  'veux voudrais besoin donnez prefere souhaite souhaiterais aimerais prefererais',
  'mochte moechte brauche hatte haette gib geben',
  'quero preciso gostaria prefiro',
  'voglio vorrei serve bisogno preferisco preferirei',
);
/** Verbs of a person doing something for the visitor: "can a human look at this", "kann mir ein Mensch helfen". */
const HELP = set('help look check handle sort assist take ayudar ayude atender aider regarder helfen ajudar atender aiutare aiuti');
/** Negations: before the request in the same clause, they turn it into its opposite. */
const NEGATION = set("don't dont do-not doesn't didnt didn't not never without no nope nicht kein keinen keine pas ne n' nao non nunca jamais ni inutile notig falta");
/** Words a short message may hold besides the noun and still be nothing but a request: "human pls!!", "REAL PERSON". */
const FILLER = set(
  'a an the please pls plz plez now asap real live actual me i to with just ok okay hey hi hello yes damn bloody fucking effing god omg il s from your',
  "talk speak want need get give connect un una une um uma ein einen einer nem por favor bitte per favore sil s'il vous plait svp cortesia gentileza",
  'quiero necesito veux quero voglio ya agora subito sofort ahora maintenant porfa porfavor ja',
  'echter echten echte jetzt vrai vraie verdadera verdadero de verdad verdade vera vero logo essere being customer',
);
/** Words after a noun that make a short message a request: "human please", "mensch bitte". */
const URGE = set('please pls plz now asap bitte favor favore plait svp ahora agora subito sofort porfa porfavor jetzt ja cortesia gentileza');
/** Words of urgency that make "I need someone" a request. */
const URGENT = set('now asap urgently urgent dringend sofort ya urgente subito agora immediately');
/** Adjectives that make a noun unmistakably a human: "a real one", "une vraie personne". */
const REAL = set('real actual live vrai vraie echte echter echten verdadera verdadero verdade vera vero reale');
/** Openings of a question about who is answering, not a request: "am I talking to a human?" */
const IDENTITY_QUESTION = /^(am i|are you|r u|are u|ru|are your|are they|(is this|is it) (a |an )?(bot|human|person|real|automated|ai|machine|robot|chatbot|computer)|est-ce que je|est ce que je|je parle a|c'est un|spreche ich|bist du|sind sie|estoy hablando|eres|es usted|estou falando|voce e|sto parlando|sei un|e un)\b/;
/** Asking for a person rather than the bot: "with a person rather than a chatbot". */
const NOT_THE_BOT = /\b(rather than|instead of|not|no|nicht|pas|non|nao|en lugar de|plutot qu'?a?|invece di|statt|anstatt) (a |an |the |this |un |una |le |el |o |il |einem |einen |dem )?(chat)?(bot|robot|machine|maquina|ia|ki|ai)\b/;
/** "who can I talk to about this?" */
const WHO_TO_TALK = /\b(who|whom) (can|could|should|do) i (talk|speak|chat) (to|with)\b|\b(a quien|con quien) (puedo|debo) (hablar|dirigirme)|\ba qui (puis-je|je peux|dois-je) (parler|m'adresser)|\bmit wem (kann|soll) ich (sprechen|reden)|\bcom quem (posso|devo) falar|\bcon chi (posso|devo) parlare/;
/** Asking to be called back by someone: "can someone call me back", "kann mich jemand zurückrufen". */
const CALLBACK = /\b((get|jump|hop) on|have|book|arrange|schedule|set up) a (quick |short )?(call|phone call|video call|zoom|meeting|screen ?share) with (you|your|one of your|someone|somebody|the|a|an)\b|\b(get|have|put) (someone|somebody|a person|a human) on the (phone|line)\b|\b(email|e-mail) me (back|about)\b|\b(write to|get back to|reach out to|contact) me\b|\b(ponerse|pusiera|pongan|ponga) en contacto conmigo|contactarme|me contacte|me rappell?e|me recontacter|mich kontaktieren|entrar em contacto comigo|contattarmi|mi contatti|\b(call ?back|callback|(ring|call|phone) me( back| about| on| at| when| please| asap| tomorrow| today| now|$)|me rappeler|rappelez.moi|llamarme|me llame|me (puede|pueden|podeis|podrian|podria)s? llamar|mich (\w+ ){0,2}(zuruck)?(rufen|anrufen)|zuruckrufen|me ligar|ligar pra mim|ligue.me|richiamarmi|richiamat\w*|chiamarmi|mi (puo|potete|potrebbe) (ri)?chiamare)\b/;
/** "can I speak to the wheel builder": asking to talk to some named role. */
const TALK_TO_ROLE = /\b(can|could|may|would like to|i'?d like to|i'?d love to|i would love to|i want to|i need to|let me|please let me) (i )?(please |just |quickly |first )?(speak|talk|chat) (to|with) (the|a|an|your|one of (the|your)|someone|somebody|whoever)\b(?! (bot|chatbot|assistant|ai)\b)/;
/** Talk that is about later, in person: "can I speak to the cabin crew when I board?" */
const LATER = /\b(when (i|we|he|she|they|it)|once (i|we|he|she|they)|when \w+ (arrives?|comes?)|after (i|we)|before (i|we)|on board|in (store|person)|at the (airport|gate|store|shop))\b/;
/** Modals that make "a human look at this" a request. */
const MODAL = set('can could would kann konnte konnten puede podria pueden peut pourrait pode poderia puo potrebbe');
/** "is anyone there?", "any humans around?" */
const ANYONE_THERE = /\b((is|are) (there )?(actually |really )?(anyone|anybody|someone|somebody)|anyone|anybody|any (humans?|people|real (people|person|ones?))|y a.t.il quelqu'?un|y a quelqu'?un|hay alguien|ist (da )?jemand|tem alguem|c e qualcuno|c'e qualcuno) (there|around|here|available|real|working|in|on (your|the) (team|line|chat)|on here|online|from|da|la|ai|aqui|li|qui)\b/;
/** Asking how to reach support is a question the bot answers: "how do I contact support?" */
const HOW_TO = /^(how (do|can|should|would) (i|we)|what'?s the (best )?way to|do i (have|need) to|como (puedo |hago para )?(contacto|contactar|hablo)|comment (puis-je |je peux |on peut )?(contacter|joindre|parler)|wie (kann ich |erreiche|komme ich)|come (posso )?(contattare|contatto|parlare)|como (faco para |posso )?(falar|contactar|entrar))/;
/** A hypothetical or a story, not a request now: "if I ever wanted to speak to an agent…", "I had a chat with a specialist". */
const NOT_NOW = /^(if|in case)\b|\bif (i|we) (ever )?(want|need|wanted|needed)\b|\bjust asking\b|\bfor next time\b|\bhad a (chat|word|call) with\b|\b(spoke|talked) (to|with) (a|an|one of your|your|someone)\b.{0,40}\b(yesterday|last|ago|earlier|and they|who)\b/;
/** Delivery and service staff calling ahead is not a callback from support. */
const THIRD_PARTY_CALLER = /\b(driver|courier|delivery|repartidor|entregador|livreur|monteur|fahrer|corriere|technician|installer|fitter|plumber|electrician|tecnico)\b/;
/** Requests carried by a phrase rather than a verb: "a human would be better for this", "is a person reading this?", "who's in charge? put them on". */
const PHRASED = /\b(a|an) (human|person|real person|member of staff|agent) (would be|is|'d be) (better|quicker|easier)\b|\b(is|are) (a|any|anyone|someone|a real) (person|human|one|body) (reading|there|listening|seeing)\b|\b(who'?s|who is) in charge\b|\bput (them|him|her|someone) on\b|\b(no hay nadie|is there no one|there'?s no one|il n'?y a personne|gibt es (hier )?niemand|nao ha ninguem|non c'? ?e nessuno) (con quien|i can|to|avec qui|mit dem|com quem|con cui)|\bgibt es (hier )?(irgend)?jemand(en)?\b|\b(ticket|case) with a (human|person|real person)\b|\b(farmi|hacerme|me faire|mich) (ri)?(chiamare|llamar|rappeler|zuruckrufen)\b|\bhave a word with\b|\bone of your (\w+ )?(engineers|specialists|experts|staff|team|agents|people)\b/;

/** "someone who speaks Italian": looking for a language partner, not an agent. */
const SPEAKS_LANGUAGE = /\b(someone|somebody|anyone|alguien|alguem|qualcuno|quelqu'?un|jemand(en)?) (who|que|qui|der|che) (speaks|sepa|hable|fale|parli|parle|spricht)\b/;
/** Someone else's words, in quotes: "my daughter keeps shouting 'I want a real person!'". */
const QUOTED = /(^|\s)['"“‘][^'"”’]{6,}['"”’](?=\s|$|[.,!?])/g;

/** Fuzzy answers per word list, remembered: the same words come up again and again. */
const fuzzyCache = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();
const FUZZY_CACHE_MAX = 20_000;

function fuzzyIn(word: string, nouns: ReadonlySet<string>, minLength = 5): boolean {
  if (nouns.has(word)) return true;
  if (word.length < minLength) return false;
  let cache = fuzzyCache.get(nouns);
  if (!cache) fuzzyCache.set(nouns, (cache = new Map()));
  const known = cache.get(word);
  if (known !== undefined) return known;
  const limit = word.length >= 8 ? 2 : 1;
  let found = false;
  for (const noun of nouns) {
    if (noun.length >= minLength && Math.abs(noun.length - word.length) <= limit && distance(word, noun).steps <= limit) {
      found = true;
      break;
    }
  }
  if (cache.size >= FUZZY_CACHE_MAX) cache.clear();
  cache.set(word, found);
  return found;
}

/** What a word is as a request target: a person noun, a weaker one that needs a verb of talking, or neither. */
function targetAt(words: readonly string[], i: number): 'strong' | 'weak' | null {
  const w = words[i];
  let kind: 'strong' | 'weak' | null = fuzzyIn(w, STRONG) ? 'strong' : WEAK.has(w) || w.endsWith('abteilung') ? 'weak' : null;
  // "someone from the mortgages team", "a real one": as good as a person noun.
  if (kind === 'weak' && ['from', 'de', 'du', 'del', 'da', 'aus', 'dal'].includes(words[i + 1] ?? '')) kind = 'strong';
  if (!kind && w === 'one' && REAL.has(words[i - 1] ?? '')) kind = 'strong';
  // "get me someone who knows", "get me your box office manager", "one of your team": as good as a person noun.
  if (kind === 'weak' && words.slice(Math.max(0, i - 4), i).includes('me') && words.slice(Math.max(0, i - 5), i).some((x) => WANT.has(x))) kind = 'strong';
  if (kind === 'weak' && words[i - 1] === 'your' && words[i - 2] === 'of') kind = 'strong';
  if (!kind && w === 'member' && words[i + 1] === 'of') kind = 'strong';
  // "someone senior", "someone in charge", "someone who actually knows": a person, asked for.
  if (kind === 'weak' && (words[i + 1] === 'senior' || (words[i + 1] === 'in' && words[i + 2] === 'charge') || (words[i + 1] === 'who' && ['actually', 'really'].includes(words[i + 2])))) kind = 'strong';
  // "ich brauche dringend jemanden", "I need someone now"
  if (kind === 'weak' && words.slice(Math.max(0, i - 3), i).some((x) => WANT.has(x)) && words.some((x) => URGENT.has(x))) kind = 'strong';
  if (!kind) return null;
  // "my agent said…" is a third party; "let me speak to my consultant" is still a request.
  const myContact = words[i - 1] === 'my' && ['to', 'with'].includes(words[i - 2] ?? '') && TALK.has(words[i - 3] ?? '');
  if ((NOT_PERSON_BEFORE.has(words[i - 1] ?? '') && !myContact) || NOT_PERSON_AFTER.has(words[i + 1] ?? '')) return null;
  return kind;
}

const isTalk = (words: readonly string[], j: number) => {
  const w = words[j];
  if (w === 'chat') return ['with', 'to'].includes(words[j + 1]);
  if (w === 'through') return words[j - 1] === 'me';
  if (PASSIVE.has(w)) return ['be', 'get', 'getting'].includes(words[j - 1] ?? '');
  return fuzzyIn(w, TALK);
};
const negatedBefore = (words: readonly string[], from: number, to: number) => words.slice(Math.max(0, from), to).some((w) => NEGATION.has(w));

function detectInClause(clause: string): string | null {
  const words = wordsOf(clause);
  if (words.length === 0 || IDENTITY_QUESTION.test(clause) || SPEAKS_LANGUAGE.test(clause) || HOW_TO.test(clause) || NOT_NOW.test(clause)) return null;
  const phrased = PHRASED.exec(clause);
  if (phrased) return phrased[0];
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
  // "transfer me", "escalate this please"
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
      if ((isTalk(words, j) || wantsIt) && !forAJob) return negatedBefore(words, j - 6, i) ? null : words.slice(j, i + 1).join(' ');
    }
    // The verb after the noun: "someone I can speak to", "mit einem Berater sprechen", "can a human look at this".
    for (let j = i + 1; j <= Math.min(words.length - 1, i + 8); j++) {
      const talkAfter =
        (TALK.has(words[j]) || words[j] === 'chat') &&
        (j === words.length - 1 || ['to', 'with', 'con', 'avec', 'mit', 'com'].includes(words[j + 1]) || (words[j + 1] === 'a' && !ENGLISH_TALK.has(words[j])));
      const helpAfter = kind === 'strong' && j - i <= 3 && HELP.has(words[j]) && words.slice(Math.max(0, i - 5), i).some((w) => MODAL.has(w));
      if ((talkAfter || helpAfter) && !negatedBefore(words, 0, j) && !(helpAfter && LATER.test(clause))) return words.slice(i, j + 1).join(' ');
    }
    // "human please", "un humain svp", "persona por favor"
    if (kind === 'strong' && URGE.has(words[i + 1] ?? '') && !negatedBefore(words, 0, i)) return words.slice(i, i + 2).join(' ');
    // "a real person", "une vraie personne"
    if (kind === 'strong' && wanting && (REAL.has(words[i - 1] ?? '') || REAL.has(words[i + 1] ?? '')) && !negated) return words.slice(Math.max(0, i - 1), i + 2).join(' ');
  }
  const anyone = ANYONE_THERE.exec(clause) ?? WHO_TO_TALK.exec(clause) ?? (LATER.test(clause) ? null : TALK_TO_ROLE.exec(clause));
  if (anyone && !negated) return anyone[0];
  const callback = THIRD_PARTY_CALLER.test(clause) ? null : CALLBACK.exec(clause);
  // "call me", "me rappelle", "mich zurückrufen" ask by themselves; a bare "callback" needs someone or an ask around it.
  const aimedAtMe = !!callback && /\b(me|mich|moi|mi|conmigo|comigo)\b|llamarme|contactarme|contattarmi|richiamarmi|chiamarmi/.test(callback[0]);
  if (callback && !negated && (aimedAtMe || kinds.some(Boolean) || /\b(get|have|request|book|arrange|want|need|can|could|pode|puede|peut|kann|posso)\b/.test(clause))) return callback[0];
  return null;
}

/**
 * Finds an explicit request for a person in one message — short ("agent", "human pls"), misspelt,
 * shouted, polite, rude, mid-sentence, or for a team ("put me through to billing"), in six
 * languages — and ignores negated uses ("I don't need a human"), questions about who is answering
 * ("am I talking to a human?") and other senses ("travel agent", "human resources").
 */
export function detectExplicitRequest(text: string): ExplicitRequest | null {
  // Elisions ("d'humain", "c'è") are split off so the noun stands alone.
  const norm = normalize(text)
    .replace(QUOTED, ' ')
    .replace(/\bdo not\b/g, 'do-not')
    .replace(/\b(d|l|j|qu|s|c|m|t|un|dell|all)'(?=\p{L})/gu, '$1 ')
    .replace(/\bfront desk\b/g, 'desk')
    .replace(/\bcustomer (services?|care|support)( team)?\b/g, 'service')
    .replace(/\b(de carne y hueso|en chair et en os|aus fleisch und blut|de carne e osso|in carne e ossa|di vero|de verdad|de verdade|en vrai)\b/g, 'real')
    .replace(/\b(atencion al cliente|service client|servizio clienti)\b/g, 'service');
  // A very short message is one clause, whatever its punctuation: "your team. now. please."
  const whole = norm.replace(/[.;!?,:()\n]+/g, ' ').replace(/^[^\p{L}\p{N}]+/u, '').trim();
  if (wordsOf(whole).length <= 6) {
    const phrase = detectInClause(whole);
    if (phrase) return { phrase };
  }
  for (const clause of norm.split(/[.;!?,:()\n]+|\bbut\b|\bpero\b|\bmais\b|\baber\b/)) {
    const phrase = detectInClause(clause.replace(/^[^\p{L}\p{N}]+/u, '').trim());
    if (phrase) return { phrase };
  }
  return null;
}
