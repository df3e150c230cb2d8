/** The phrase that showed a visitor asked for a person, kept as evidence for the agent. */
export interface ExplicitRequest {
  phrase: string;
}

/** Words that name a person to talk to, in English, Spanish, French, German, Portuguese and Italian. */
const PERSON =
  'humans?|human being|person|people|agent|agents|representative|rep|operator|someone|somebody|real person|live agent|live person|staff|manager|customer service|support team|' +
  'humano|persona|agente|asesor|operador|alguien|' +
  'humain|personne|conseiller|operateur|quelqu.un|' +
  'mensch|menschen|mitarbeiter|mitarbeiterin|berater|beraterin|agenten|' +
  'pessoa|atendente|' +
  'operatore|umano|qualcuno';

/** Ways of asking to be put through. */
const ASK =
  "talk|speak|chat|connect|transfer|put me through|get me|give me|i want|i need|i'd like|can i have|let me talk|" +
  'hablar|habla|pasame|comunicar|quiero|necesito|' +
  'parler|veux|voudrais|besoin|' +
  'sprechen|reden|verbinden|will|möchte|mochte|brauche|' +
  'falar|quero|preciso|' +
  'parlare|voglio|vorrei|passami';

const askThenPerson = new RegExp(`\\b(?:${ASK})\\b[^.?!]{0,40}?\\b(?:${PERSON})\\b`);
const personThenAsk = new RegExp(`\\b(?:${PERSON})\\b[^.?!]{0,25}?\\b(?:sprechen|reden|please|pls|plz|now|asap|por favor|s.il vous plait|bitte|per favore)\\b`);
/** A negation just before the request turns it into its opposite: "I don't need a human". */
const negated = /\b(?:don'?t|do not|dont|doesn'?t|no need|not|never|without|no quiero|no necesito|pas besoin|ne veux pas|kein|keinen|nicht|nao|não|non voglio|non ho bisogno)\b[^.?!]{0,20}$/;
/** Short messages that are nothing but a request: "agent", "human pls!!", "operator?" */
const FILLER = new Set(['a', 'an', 'the', 'please', 'pls', 'plz', 'now', 'asap', 'ok', 'hey', 'hi', 'hello', 'just', 'real', 'live', 'actual', 'me', 'to', 'un', 'una', 'une', 'um', 'uma', 'por', 'favor', 'bitte', 'einen', 'ein', 'per', 'yes', 'need', 'want']);
const SHORT_PERSON = new Set(['human', 'humans', 'person', 'agent', 'agents', 'representative', 'rep', 'operator', 'humano', 'persona', 'agente', 'operador', 'humain', 'personne', 'conseiller', 'operateur', 'mensch', 'mitarbeiter', 'pessoa', 'atendente', 'operatore', 'umano', 'someone', 'people', 'staff']);

/** Lowercases, strips accents and squeezes letters repeated three or more times ("HUMANNNN" → "human"). */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Finds an explicit request for a person in one message — short ("agent", "human pls"), shouted,
 * polite, or mid-sentence, in six languages — and ignores negated uses ("I don't need a human").
 */
export function detectExplicitRequest(text: string): ExplicitRequest | null {
  const norm = normalize(text);
  const words = norm.split(/[^\p{L}']+/u).filter(Boolean);
  if (words.length > 0 && words.length <= 5 && words.some((w) => SHORT_PERSON.has(w)) && words.every((w) => SHORT_PERSON.has(w) || FILLER.has(w))) {
    return { phrase: norm };
  }
  for (const re of [askThenPerson, personThenAsk]) {
    const m = re.exec(norm);
    if (m && !negated.test(norm.slice(0, m.index))) return { phrase: m[0] };
  }
  return null;
}
