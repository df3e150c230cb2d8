import distance from 'damerau-levenshtein';
import { normalize, wordsOf } from './normalize';

/** The phrase that showed a visitor asked for a person, kept as evidence for the agent. */
export interface ExplicitRequest {
  phrase: string;
}

const set = (...lists: string[]) => new Set(lists.join(' ').split(/\s+/).filter(Boolean));

/** Nouns that name a person to talk to, in six languages. Misspellings within one edit (two in long words) match too. */
const STRONG = set(
  'hmn human humans hooman hoomans humen person persons agent agents representative representatives rep reps operator operators staff advisor adviser advisors',
  'consultant consultants employee colleague colega collega ejecutivo ejecutiva specialist pharmacist pharmacists technician mechanic engineer nurse doctor accountant banker colleague receptionist',
  'worker workers supervisor salesperson seller expert experts optician opticien',
  'humano humanos persona personas agente agentes asesor asesora operador operadora empleado empleada representante representantes gestor gerente encargado responsable',
  'humain humains personne conseiller conseillers conseillere operateur operatrice representant gerant gerante',
  'mensch menschen mitarbeiter mitarbeiterin berater beraterin kundenberater fachberater ansprechpartner sachbearbeiter sachbearbeiterin apotheker apothekerin vorgesetzten vorgesetzter verkaufer leiter',
  'pessoa atendente consultor responsavel',
  'operatore umano addetto consulente titolare responsabile',
);
/** Person nouns too close to other words to match misspelt ("assistente", not "assistance"). */
const EXACT_STRONG = set('assistente asistente');
/** Nouns that mean a person only with a verb of talking ("talk to someone", not "need someone to fix it"). */
const WEAK = set(
  "someone somebody anyone anybody whoever people humans team manager boss chef supervisor livechat support service billing reception desk department sales accounts",
  "alguien departamento recepcion atencion quelqu quelqu'un reception service sav jemand jemanden jemandem irgendjemand irgendjemanden abteilung rezeption kundenservice kundendienst buchhaltung",
  'soporte suporte supporto secretariat secretaria segreteria sekretariat alguem setor atendimento recepcao qualcuno reparto ufficio assistenza opper oppere opperem',
);
/** Words shortly before a noun that make it a job: "become an agent", "hiring operators". */
const JOB_WORDS = set('become becoming hire hiring recruit recruiting as job jobs vacancy vacancies career careers');
/** Verbs of being, before a job: "to be a representative". */
const BE = set('be ser etre essere werden');
/** Words before a noun that make it something other than a person to talk to. */
const NOT_PERSON_BEFORE = set('virtual voice smart google password file package task ad ads in per another extra each every additional second third two three four five travel estate insurance real-estate cleaning user secret free booking my his her their double sales-agent chemical bleaching kubernetes ssh proxy build old previous former ex');
/** Words after a noun that make it something else: "human resources", "agent commission". */
const NOT_PERSON_AFTER = set('resources rights error nature body commission commissions fees fee string strings smith orange on-call payments juridica fisica note notes payment readable grade friendly centred centered like');
/** Verbs of being put through to someone. */
const TALK = set(
  'talk speak connect transfer reach contact escalate pass discuss hand message',
  'hablar habla comunicar comunicarme pasar pasame pasarme pasas pase pases pasa pasen paseme pasais podeis contactar atienda atender atiende ponme pongame ponga discutir',
  'parler parle jaser passer passez passe joindre contacter relation echanger discuter entretenir',
  'sprechen reden verbinden verbind verbinde durchstellen kontaktieren besprechen leiten weiterleiten weitergeben erreichen erreiche schreiben klaren',
  'falar conversar transferir passar passa passe discutir',
  'parlare passare passami passi contattare contatto discutere sentire',
);
/** Nouns after "contact" that make it a noun: "contact number", "contacto telefonico". */
const CONTACT_DETAILS = set('number numbers details detail info information email form page address hours numero telefono telephone telefonico formulario formulaire adresse daten nummer');
/** The short verbs of talking, letters sorted, to catch swapped letters ("tlak", "tlka"). */
const TALK_SORTED = new Set(['talk', 'chat'].map((w) => [...w].sort().join('')));
/** The English verbs of talking, after which "a" is an article, not the Romance "to". */
const ENGLISH_TALK = set('talk speak connect transfer reach contact escalate pass chat');
/** Participles that ask to be put through only after "be"/"get": "can I be transferred", not "I was transferred". */
const PASSIVE = set('transferred connected put passed');
/** Verbs of wanting: enough with a strong noun ("I want a human"). */
const WANT = set(
  'want wanna need like give get let gimme prefer rather appreciate summon',
  'chama chame llama llame appelle appelez ruf rufen chiama chiamami',
  'quiero necesito quisiera dame prefiero desearia',
  'veux voudrais besoin faut donnez prefere souhaite souhaiterais aimerais prefererais',
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
  'stp pfv pf xfa plis pliz tech technical technischer technischen technique tecnico tecnica duty',
  'echter echten echte jetzt vrai vraie verdadera verdadero de verdad verdade vera vero logo essere being customer',
);
/** Words after a noun that make a short message a request: "human please", "mensch bitte". */
const URGE = set('please pls plz plis pliz pfv pf xfa stp now asap bitte favor favore plait svp ahora agora subito sofort porfa porfavor jetzt ja cortesia gentileza');
/** Words of urgency that make "I need someone" a request. */
const URGENT = set('now asap urgently urgent dringend sofort ya urgente subito agora immediately');
/** Adjectives that make a noun unmistakably a human: "a real one", "une vraie personne". */
const REAL = set('real actual live vrai vraie echte echter echten verdadera verdadero verdade vera vero reale');
/** Openings of a question about who is answering, not a request: "am I talking to a human?" */
const IDENTITY_QUESTION = /^(am i|are you|r u|r you|are u|ru|are your|are they|(is this|is it) (a |an )?(bot|human|person|real|automated|ai|machine|robot|chatbot|computer)|est-ce que je (parle|suis|discute)|est ce que je (parle|suis|discute)|je parle a|c'est un|spreche ich|bist du|sind sie|estoy hablando|eres|es usted|estou falando|voce e|sto parlando|sei un|e un)\b/;
/** Asking for a person rather than the bot: "with a person rather than a chatbot". */
const NOT_THE_BOT = /\b(rather than|instead of|not|no|nicht|pas|non|nao|en lugar de|plutot qu'?a?|invece di|statt|anstatt) (a |an |the |this |un |una |le |el |o |il |einem |einen |dem )?(chat)?(bot|robot|machine|maquina|ia|ki|ai)\b/;
/** "who can I talk to about this?" */
const WHO_TO_TALK = /\b(who|whom) (can|could|should|do) i (talk|speak|chat) (to|with)\b|\b(a quien|con quien) (puedo|debo) (hablar|dirigirme)|\ba qui (puis-je|je peux|dois-je) (parler|m'adresser)|\bmit wem (kann|soll) ich (sprechen|reden)|\bcom quem (posso|devo) falar|\bcon chi (posso|devo) parlare/;
/** Asking to be called back by someone: "can someone call me back", "kann mich jemand zurückrufen". */
const CALLBACK = /\b((get|jump|hop) on|have|book|arrange|schedule|set up) a (quick |short )?(call|phone call|video call|zoom|meeting|screen ?share) with (you|your|one of your|someone|somebody|the|a|an)\b|\b(someone|somebody|anyone|you|your team|one of you) (from \w+ )?(can |could |to )?(jump|hop|get) on a (quick |short )?(call|phone call|video call|zoom)\b|\b(get|have|put) (someone|somebody|a person|a human) on the (phone|line)\b|\b(email|e-mail) me (back|about)\b|\b(write to|get back to|reach out to|contact) me\b|\b(ponerse|pusiera|pongan|ponga) en contacto conmigo|contactarme|me contacte|me rappell?e|me recontacter|mich kontaktieren|entrar em contacto comigo|contattarmi|mi contatti|\b(call ?back|callback|(ring|call|phone) me( back| about| on| at| when| please| asap| tomorrow| today| now|$)|me rappeler|rappelez.moi|llamarme|me llame|me (puede|pueden|podeis|podrian|podria)s? llamar|mich (\w+ ){0,2}(zuruck)?(rufen|anrufen)|zuruckrufen|me ligar|ligar pra mim|ligue.me|richiamarmi|richiamat\w*|chiamarmi|mi (puo|potete|potrebbe) (ri)?chiamare)\b/;
/** "can I speak to the wheel builder": asking to talk to some named role. */
const TALK_TO_ROLE = /\b(can|could|may|would like to|i'?d like to|i'?d love to|i would love to|i want to|i need to|let me|please let me) (i )?(please |just |quickly |first )?(speak|talk|chat) (to|with) (the|a|an|your|one of (the|your)|someone|somebody|whoever)\b(?! (bot|chatbot|assistant|ai)\b)/;
/** Talk that is about later, in person: "can I speak to the cabin crew when I board?" */
const LATER = /\b(when (i|we|he|she|they|it)|once (i|we|he|she|they)|when \w+ (arrives?|comes?)|after (i|we)|before (i|we)|on board|in (store|person)|at the (airport|gate|store|shop))\b/;
/** Modals that make "a human look at this" a request. */
const MODAL = set('can could would kann konnte konnten puede podria pueden peut pourrait pode poderia puo potrebbe');
/** "is anyone there?", "any humans around?" */
const ANYONE_THERE = /\b((is|are) (there )?(actually |really )?(anyone|anybody|someone|somebody)|anyone|anybody|any (humans?|people|real (people|person|ones?))|y a.t.il quelqu'?un|y a quelqu'?un|hay alguien|ist (da )?jemand|tem alguem|c e qualcuno|c'e qualcuno) (there|around|here|available|real|working|in|on (your|the) (team|line|chat)|on here|online|from|da|la|ai|ahi|alli|aqui|li|qui)\b/;
/** Asking how to reach support is a question the bot answers: "how do I contact support?" */
const HOW_TO = /^(how (do|can|should|would) (i|we)|what'?s the (best )?way to|do i (have|need) to|como (puedo |hago para )?(contacto|contactar|hablo)|comment (puis-je |je peux |on peut )?(contacter|joindre|parler)|wie (kann ich |erreiche|komme ich)|come (posso )?(contattare|contatto|parlare)|como (faco para |posso )?(falar|contactar|entrar|entro|contacto|contato|falo))/;
/** The one how-to that is a request: how to talk to a person, not how to contact a department. */
const HOW_TO_REACH_A_PERSON = /^how (do|can) i (talk|speak|chat) (to|with) (a |an )?(real |actual |live )?(human|person|agent|representative|someone real)\b/;
/** A hypothetical or a story, not a request now: "if I ever wanted to speak to an agent…", "I had a chat with a specialist". */
const NOT_NOW = /^(if|in case)\b|^(si|se) (algun dia|un dia|un giorno|jamais|mai|un jour|eu precisar|eu quiser|poi)\b|\bsi jamais\b|\bse (mai|poi) mi\b|\bwenn ich (mal|irgendwann|einmal)\b|\bfalls ich\b|\b(ayer|hier|gestern|ontem|ieri|yesterday|the other day|el otro dia|l'autre jour|l'altro giorno|neulich)\b.{0,40}\b(hable|parle|sprach|gesprochen|falei|parlato|spoke|talked|chatted|conversé|converse)\b|\b(hable|parle|falei|parlato|spoke|talked|sprach) .{0,40}\b(ayer|hier|gestern|ontem|ieri|yesterday|last week)\b|\bif (i|we) (ever )?(want|need|wanted|needed)\b|\bjust asking\b|\bfor next time\b|\bhad a (chat|word|call) with\b|\b(spoke|talked) (to|with) (a|an|one of your|your|someone)\b.{0,40}\b(yesterday|last|ago|earlier|and they|who)\b/;
/** Delivery and service staff calling ahead is not a callback from support. */
const THIRD_PARTY_CALLER = /\b(driver|courier|delivery|repartidor|entregador|livreur|monteur|fahrer|corriere|technician|installer|fitter|plumber|electrician|tecnico)\b/;
/** Requests carried by a phrase rather than a verb: "a human would be better for this", "is a person reading this?", "who's in charge? put them on". */
const PHRASED = /\bwhere'?s? (is |are )?(a|the|all the|your|any) (humans?|person|people|agents?|staff)\b|\b(someone|somebody|anyone|one of you|your team|\w+ team) (from \w+ )?(can |could |please |pls )?(get in touch|reach out)\b|\b(someone|somebody|anyone|a person|a human|qualcuno|alguien|alguem|quelqu'?un|jemand|una persona|uma pessoa|une personne) (who|that|que|che|qui|der) (\w+ ){0,2}(can|could|puede|pueda|pode|possa|puo|peut|puisse|kann) (\w+ ){0,1}(help|ayudar|ayudarme|ajudar|aiutarmi|aiutare|aider|helfen)\b|\b(a|an) (human|person|real person|member of staff|agent) (would be|is|'d be) (better|quicker|easier)\b|\b(is|are) (a|any|anyone|someone|a real) (person|human|one|body) (reading|there|listening|seeing)\b|\b(who'?s|who is) in charge\b|\bput (them|him|her|someone|somebody|(a|an|the|your) (person|human|agent|manager|supervisor)) on\b|\b(i'?ll|i will|i can|happy to|i don'?t mind|i'?m happy to) wait (for|on) (a|an|the|your|someone|somebody)\b|\bgive me a (quick )?(call|ring|bell)\b|\b(like|want|prefer|rather|vorrei|quisiera|quiero|gostaria|quero|mochte|voudrais|voglio) (to )?(be|ser|etre|essere|werden) (called|rung|phoned|llamado|llamada|rappele|rappelee|zuruckgerufen|angerufen|ligado|ligada|contactado|contatado|richiamato|richiamata|contattato|contattata)\b|\b(no hay nadie|is there no one|there'?s no one|il n'?y a personne|gibt es (hier )?niemand|nao ha ninguem|non c'? ?e nessuno) (con quien|i can|to|avec qui|mit dem|com quem|con cui)|\bgibt es (hier )?(irgend)?jemand(en)?\b|\b(ticket|case) with a (human|person|real person)\b|\b(farmi|hacerme|me faire|mich) (ri)?(chiamare|llamar|rappeler|zuruckrufen)\b|\bhave a word with\b|\bone of your (\w+ )?(engineers|specialists|experts|staff|team|agents|people)\b/;

/** "someone who speaks Italian": looking for a language partner, not an agent. */
const SPEAKS_LANGUAGE = /\b(someone|somebody|anyone|alguien|alguem|qualcuno|quelqu'?un|jemand(en)?) (who|que|qui|der|che) (speaks|sepa|hable|fale|parli|parle|spricht)\b/;
/** Someone else's words, in quotes: "my daughter keeps shouting 'I want a real person!'". */
const QUOTED = /(^|\s)['"“‘«„][^'"”’»“]{6,}['"”’»“](?=\s|$|[.,!?])/g;

/** Saying a person isn't needed: "no need to put me through", "pas la peine de me passer quelqu'un". */
const NO_NEED = /\b(no need|not necessary|pas la peine|pas besoin|no hace falta|no es necesario|nicht notig|nao precisa|non serve|non c'? ?e bisogno)\b/;
/** Chat shorthand, spelt out: "cn i spk to sum1". */
const SHORTHAND: Record<string, string> = { u: 'you', ur: 'your', cn: 'can', sum1: 'someone', some1: 'someone', any1: 'anyone', ppl: 'people', spk: 'speak', spek: 'speak', tlk: 'talk' };
/** Asking for the matter to go to people: "can this go to your team?", "please pass this on to someone". */
const GO_TO_PEOPLE = /\b(can|could|please|pls|should) (this|it|my (case|question|issue|query|request)) (go|be (sent|passed|forwarded|escalated|handed)|get (sent|passed|forwarded|escalated)) (on |over |up )?to (a|an|your|the|someone|somebody|one of)\b/;
/** A call asked for, aimed at the visitor: "me liguem", "mi richiamate?", "kann mich jemand anrufen". */
const CALL_VERB = set(
  'call ring phone callback',
  'llamar llame llamen llamarme llamame marcar marque marquen marcame',
  'rappeler rappelez rappelle rappelle-moi appeler appelez appelle telephoner',
  'anrufen anruft zuruckrufen zuruckruft rufen ruft telefonieren',
  'ligar ligue liguem ligam ligarem chamar chame chamem telefonar',
  'chiamare chiamate chiamami chiamarmi richiamare richiamate richiamami richiamarmi telefonare telefonate',
);
/** What comes after a call asked for: a time, a place, a way to reach the visitor. */
const CALL_FOLLOW = set('da dalla dal della de do vom von from by back al au sur on at no na nel am an alle a demain manana morgen amanha domani today tomorrow apres despues nach depois dopo after before avant antes vor prima when quand cuando wenn quando il pls por per para pra pro s sil sobre about pour para bitte vite rapido schnell presto al whats whatsapp numero number');
/** Object pronouns for the visitor next to a verb of calling. */
const ME = set('me mich mi moi us nos');
/** Someone being there: "ist da jemand?", "alguém aí?", "c'è nessuno?", "anyone real here?" */
const ANYONE_AT_ALL = /^(hello |hallo |hola |ola |oi |allo |pronto |ciao |hey |hi )*(is (there )?|are (there )?|ist (da |hier )?|hay |y a.t.il |il y a |y a |tem |c e |ce |e )?(anyone|anybody|someone|somebody|jemand|alguien|alguem|quelqu'?un|qualcuno|nessuno)( (there|here|around|real|reel|de reel|de vrai|da|hier|ahi|aqui|ai|la|li|qui|humano|humain|vero|echtes))*( (una persona|a person|une personne|uma pessoa|ein mensch)( intendo| i mean| quoi| o sea)?)?( (ou|or|o|oder) .*)?$/;

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
  let kind: 'strong' | 'weak' | null = fuzzyIn(w, STRONG) || EXACT_STRONG.has(w) ? 'strong' : WEAK.has(w) || w.endsWith('abteilung') ? 'weak' : null;
  // "someone from the mortgages team", "a real one": as good as a person noun.
  if (kind === 'weak' && ['from', 'de', 'du', 'del', 'da', 'aus', 'dal'].includes(words[i + 1] ?? '')) kind = 'strong';
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
  // "tlak to": a swapped pair of letters in a four-letter verb.
  if (w.length === 4 && TALK_SORTED.has([...w].sort().join(''))) return true;
  if (PASSIVE.has(w)) return ['be', 'get', 'getting'].includes(words[j - 1] ?? '');
  return fuzzyIn(w, TALK);
};
const negatedBefore = (words: readonly string[], from: number, to: number) => words.slice(Math.max(0, from), to).some((w) => NEGATION.has(w));

function detectInClause(clause: string): string | null {
  const words = wordsOf(clause);
  // "how do I contact support?" is a question for the bot; "how can I talk to a real person??" asks for one.
  const howTo = HOW_TO.test(clause) && !HOW_TO_REACH_A_PERSON.test(clause);
  if (words.length === 0 || NO_NEED.test(clause) || IDENTITY_QUESTION.test(clause) || SPEAKS_LANGUAGE.test(clause) || howTo || NOT_NOW.test(clause)) return null;
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
  // "escalate", "I want to escalate this", "pls escalate my complaint": escalating is asking for a person.
  const escalate = words.findIndex((w) => ESCALATE.has(w));
  if (escalate >= 0 && !negated && (escalate === 0 || words.slice(Math.max(0, escalate - 3), escalate).some((w) => WANT.has(w) || MODAL.has(w) || URGE.has(w)))) return words.slice(escalate).join(' ');
  // "manager.", "support!!": a one-word call for a person.
  if (words.length === 1 && ALONE.has(words[0])) return words[0];
  if (NO_MORE_BOT.test(clause)) return clause;
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
      // Numbers between make it a count, not a person asked for: "like 15 employees".
      const counted = words.slice(j + 1, i).some((x) => /^\d+$/.test(x));
      if ((isTalk(words, j) || wantsIt) && !forAJob && !counted) return negatedBefore(words, j - 5, i) ? null : words.slice(j, i + 1).join(' ');
    }
    // The verb after the noun: "someone I can speak to", "mit einem Berater sprechen", "can a human look at this".
    for (let j = i + 1; j <= Math.min(words.length - 1, i + 8); j++) {
      // "a mechanic I can ask", "a support person I can screen share with"
      const canAsk = ['ask', 'call', 'email', 'message', 'share', 'phone'].includes(words[j]) && words.slice(Math.max(0, j - 3), j).some((x) => x === 'can' || x === 'could') && words.slice(Math.max(0, j - 4), j).some((x) => x === 'i' || x === 'we');
      const talkAfter =
        canAsk ||
        (TALK.has(words[j]) || words[j] === 'chat' || (words[j].length === 4 && TALK_SORTED.has([...words[j]].sort().join('')))) &&
        (j === words.length - 1 || ['to', 'with', 'con', 'avec', 'mit', 'com'].includes(words[j + 1]) || (words[j + 1] === 'a' && !ENGLISH_TALK.has(words[j])));
      const helpAfter = kind === 'strong' && j - i <= 3 && HELP.has(words[j]) && words.slice(Math.max(0, i - 5), i).some((w) => MODAL.has(w));
      if ((talkAfter || helpAfter) && !negatedBefore(words, 0, j) && !(helpAfter && LATER.test(clause))) return words.slice(i, j + 1).join(' ');
    }
    // "human please", "un humain svp", "persona por favor"
    if (kind === 'strong' && URGE.has(words[i + 1] ?? '') && !negatedBefore(words, 0, i)) return words.slice(i, i + 2).join(' ');
    // "a real person", "une vraie personne"
    if (kind === 'strong' && wanting && (REAL.has(words[i - 1] ?? '') || REAL.has(words[i + 1] ?? '')) && !negated) return words.slice(Math.max(0, i - 1), i + 2).join(' ');
  }
  const cued = cuedRequest(words, kinds);
  if (cued) return cued;
  const goTo = GO_TO_PEOPLE.exec(clause);
  if (goTo && !negated) return goTo[0];
  if (ANYONE_AT_ALL.test(clause)) return clause;
  const call = THIRD_PARTY_CALLER.test(clause) ? null : callMe(words);
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
    const german = ['anrufen', 'zuruckrufen', 'rufen', 'telefonieren'].includes(w) && words.slice(0, j).includes('mich');
    // "Appelez-moi Léa" gives a name; a request goes on with a time, a number, a please, or nothing.
    const then = words[j + (ME.has(words[j + 1] ?? '') ? 2 : 1)];
    const goesOnLikeARequest = then === undefined || /^\d/.test(then) || URGE.has(then) || FILLER.has(then) || CALL_FOLLOW.has(then) || targetAt(words, words.indexOf(then)) !== null;
    if ((near.some((x) => ME.has(x)) || french || german || /(me|moi|mi|rmi)$/.test(w)) && goesOnLikeARequest && !negatedBefore(words, j - 3, j)) return words.slice(Math.max(0, j - 2), j + 2).join(' ');
  }
  return null;
}

/** Verbs of escalating, in six languages. */
const ESCALATE = set('escalate escalated escalado escalada eskaliert escalate escalato escalar escalader eskalieren escalare');
/** Weaker nouns that are a request when they are the whole message. */
const ALONE = set('manager boss support supervisor');
/** Done with the bot: "no more bot please", "skip the robot", "enough with the AI". */
const NO_MORE_BOT = /\b(no more|enough( with)?|stop|skip|bypass|done with|get me out of|sick of|basta( con)?|assez( de| avec)?|chega de|genug( mit)?)( the| this| your| el| le| la| o| il| dem| diesem)? ?(chat)?(bot|robot|ai|ia|ki|automated (thing|system|replies|answers)|machine|maquina)s?\b/;

/** Signs of asking that come before the person: "this needs a human", "can a human look". */
const ASK_BEFORE = set(
  'want wanna need needs like prefer rather get give gimme let can could may would please pls plz there any have chance',
  'tener tengo avoir haben habt ter tem avere avete',
  'quiero necesito quisiera puedo puede podria podrias hay dame',
  'veux voudrais peux pouvez pourrais besoin',
  'mochte moechte brauche kann konnen konnte bitte gibt',
  'quero preciso posso pode poderia gostaria',
  'voglio vorrei posso puo potrei bisogno',
);
/** Signs of asking that come after the person: "a person would be great", "agents available?". */
const ASK_AFTER = set(
  'please pls plz asap now would available online here there review look check handle assist assistance help support take deal sort thanks thank instead rather works working',
  'por favor ahora disponible ayude ayudar asistencia svp maintenant disponible aider aide bitte jetzt verfugbar helfen hilfe agora disponivel ajudar ajuda favore subito disponibile aiutare assistenza',
);
/** Asking whether people are there: "are any of your staff online?" */
const AVAILABLE = set('able available online around here there disponible disponibles dispo verfugbar da disponivel disponibile');
/** Articles and adjectives between the sign of asking and the person. */
const BETWEEN = set('a an the some any your ur one of real actual live proper qualified un una une um uma ein einen einem einer il lo la el le o der die den dem qualche algun alguna vrai vraie echten echter verdadera vero vera');
/** Teams asked for by name: "I need the lettings team", "I want customer service". */
const TEAM = set('team department service desk reception support sales billing accounts livechat departamento abteilung reparto setor atendimento assistenza kundenservice kundendienst soporte suporte supporto');
/** Verbs of wanting that take a team as their object. */
const WANT_TEAM = set('want wanna need get give gimme quiero necesito dame veux voudrais besoin brauche will quero preciso voglio vorrei');

/** "I need the lettings team", "can i get the returns department": a team wanted, and nothing after it but please. */
function wantsTeam(words: readonly string[], i: number): boolean {
  const rest = words.slice(i + 1);
  if (!rest.every((w) => URGE.has(w) || FILLER.has(w))) return false;
  const before = words.slice(Math.max(0, i - 4), i);
  return before.some((w) => WANT_TEAM.has(w)) && !before.some((w) => /^\d+$/.test(w));
}

/** Roles asked for by name: "can I get the duty manager please". */
const ROLE = set('manager boss chef supervisor gerente gerant encargado responsable responsabile leiter vorgesetzten');
/** Words of a story already told: "the agent said…", "a person called me yesterday". */
const PAST = set('said told was were did gave helped spoke talked called sent promised mentioned answered came left wrote asked dijo fue dit etait sagte gesagt hatte disse foi falou detto');
/** Possessives that make a person someone in the visitor's life: "my manager needs an invoice". */
const THIRD_PARTY = set('my his her their our mi mon ma mein meine meinen minha meu mio mia');

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
    const askedWhetherThere = AVAILABLE.has(after ?? '') && ['are', 'is', 'hay', 'sind', 'ist', 'tem', 'ci', 'sont'].includes(words[chainStart] ?? '');
    if (askedWhetherThere || (b >= 0 && ASK_BEFORE.has(before) && followsWell) || (b < 0 && after !== undefined && ASK_AFTER.has(after))) return words.slice(Math.max(0, b), i + 2).join(' ');
  }
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
    .replace(/\b(u|ur|cn|sum1|some1|any1|ppl|spk|spek|tlk)\b/g, (w) => SHORTHAND[w])
    .replace(/\bhuman beings?\b/g, 'human')
    .replace(/\b(ser|essere|etre) (humano|umano|humain)\b/g, '$2')
    .replace(/\b(atencion personalizada|atendimento (humano|personalizado)|assistenza personalizzata|personliche beratung)\b/g, 'asesor')
    .replace(/\b(talk|speak|chat) 2\b/g, '$1 to')
    .replace(/\bsumone\b/g, 'someone')
    .replace(/\blive chat\b/g, 'livechat')
    .replace(/\b(yeah|yes|yep) no\b/g, '$1')
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
  // "who's your manager? I want to speak to them": a person named in one clause, asked for in the next.
  if (/\b(speak|talk|chat) (to|with) (them|him|her)\b/.test(norm) && !/\b(don'?t|do-not|never|not)\b/.test(norm) && wordsOf(norm).some((_, i, ws) => targetAt(ws, i))) return { phrase: norm.match(/\b(speak|talk|chat) (to|with) (them|him|her)\b/)![0] };
  for (const clause of norm.split(/[.;!?,:()\n]+|\p{Extended_Pictographic}|\bbut\b|\bpero\b|\bmais\b|\baber\b/u)) {
    const phrase = detectInClause(clause.replace(/^[^\p{L}\p{N}]+/u, '').trim());
    if (phrase) return { phrase };
  }
  return null;
}
