import { isFirstName } from './first-names';
import { STOP_WORDS } from './stop-words';
import { MODAL, NEGATION, PAST, URGE, WANT } from './explicit-request-words';

/** Titles before a surname: "is Dr Okafor in?", "ist Frau Keller zu sprechen?", "está la señora Pérez?". */
const TITLE = new Set('mr mrs ms miss mx dr doctor prof herr herrn frau senor senora sr sra srta don dona senhor senhora sig signor signora dott dottor dottoressa monsieur madame mme mlle'.split(' '));
/** Words that open a message without changing it: "hi, is Priya around?". */
const GREETING = new Set('hi hello hey hiya morning afternoon evening good yo ok okay so and also btw oh um hola buenas buenos dias tardes bonjour salut coucou bonsoir hallo moin servus gruezi ola oi bom dia boa tarde ciao buongiorno buonasera salve sorry excuse me scusi disculpe pardon entschuldigung just quick question'.split(' '));
/** Words that may end the ask: "…today?", "…right now please", "…por ahí?". */
const TAIL = new Set([...URGE, ...'today now right still yet at the moment by any chance perhaps maybe oggi adesso ora hoy ahora heute gerade hoje agora aujourd hui maintenant ahi ai alli la qui li there'.split(' ')]);
/** Where a person is, asked after: "is Tom around?", "ist Herr Weber da?", "Marie est là ?", "c'è Marco?". */
const WHERE = [
  'around', 'in', 'there', 'about', 'available', 'free', 'back', 'on', 'online', 'in today', 'in the office', 'in office', 'at his desk', 'at her desk', 'at their desk', 'on the chat',
  'da', 'im buro', 'zu sprechen', 'erreichbar', 'verfugbar', 'im haus', 'zu erreichen', 'heute da', 'heute im buro',
  'la', 'disponible', 'dispo', 'joignable', 'au bureau', 'ahi', 'alli', 'ai', 'aqui', 'por ai', 'por ahi', 'disponivel', 'en la oficina', 'no escritorio',
  'disponibile', 'in ufficio', 'libero', 'libera', 'libre', 'livre',
].map((p) => p.split(' '));
/** Verbs of talking to someone by name, and the word that links them: "speak to", "hablar con", "parler à", "mit … sprechen". */
const TALK_TO = /^(speak|talk|chat|hablar|platicar|parler|sprechen|falar|parlare)$/;
const TO = new Set(['to', 'with', 'con', 'avec', 'a', 'mit', 'com']);
const ARTICLE = new Set(['el', 'la', 'o', 'a', 'il', 'lo', 'le', 'the']);
/** First-person asking words the shared lists leave out: "puedo hablar con…", "posso parlare con…", "je voudrais parler à…". */
const ASKING = new Set('may let puedo podria podemos posso possiamo potrei pourrais puis peux pouvons voudrais aimerais darf durfte mochte konnen gostaria queria vorrei volevo'.split(' '));
/** What the talk may be about, or where the person is: "can I speak to Tom about my order", "…with Ms Dubois from admissions". */
const ABOUT = new Set(['from', 'in', 'at', 'de', 'du', 'von', 'vom', 'da', 'do', 'del', 'della', 'about', 'regarding', 're', 'sobre', 'acerca', 'concernant', 'au', 'wegen', 'uber', 'su', 'riguardo', 'per', 'for', 'pour', 'para']);

/** Where the name that starts at i may end (exclusive): "priya" or "priya sharma", "frau keller", "dr okafor"; none if no name starts there. */
function nameEnds(words: readonly string[], i: number): number[] {
  const w = words[i];
  if (w === undefined) return [];
  if (TITLE.has(w)) return words[i + 1] && !TAIL.has(words[i + 1]) ? [i + 2, i + 3, ...fromEnds(words, i + 2)] : [];
  if (w.length < 3 || !isFirstName(w)) return [];
  // A surname may follow: "priya sharma", but not "ahí" or "today".
  const surname = words[i + 1] !== undefined && !TAIL.has(words[i + 1]) && !WHERE.some((p) => p[0] === words[i + 1]) && !['esta', 'ta', 'est', 'c'].includes(words[i + 1]) && !FROM.has(words[i + 1]);
  const ends = surname ? [i + 1, i + 2] : [i + 1];
  return [...ends, ...ends.flatMap((end) => fromEnds(words, end))];
}

/** Which team the person is in: "Juliana do financeiro", "Lucía de reservas", "Tom from the lettings team", "Frau Keller von der Buchhaltung". */
const FROM = new Set(['from', 'de', 'do', 'da', 'del', 'della', 'dal', 'dell', 'du', 'des', 'von', 'vom', 'aus']);
const THE = new Set(['the', 'el', 'la', 'los', 'las', 'le', 'les', 'il', 'lo', 'der', 'die', 'dem', 'den', 'o', 'a', 'os', 'as']);
const UNIT = new Set(['team', 'department', 'dept', 'office', 'desk', 'equipo', 'departamento', 'equipe', 'service', 'abteilung', 'setor', 'ufficio']);
function fromEnds(words: readonly string[], end: number): number[] {
  if (!FROM.has(words[end] ?? '')) return [];
  const at = end + 1 + (THE.has(words[end + 1] ?? '') ? 1 : 0);
  const team = words[at];
  if (team === undefined || TAIL.has(team) || STOP_WORDS.has(team)) return [];
  return UNIT.has(words[at + 1] ?? '') ? [at + 1, at + 2] : [at + 1];
}

const startsWith = (words: readonly string[], at: number, phrase: readonly string[]) => phrase.every((p, k) => words[at + k] === p);
const onlyTail = (words: readonly string[], from: number) => words.slice(from).every((w) => TAIL.has(w));
/** Where one of the WHERE phrases ends, if one starts at i. */
const whereEnds = (words: readonly string[], i: number) => WHERE.filter((p) => startsWith(words, i, p)).map((p) => i + p.length);

/** "is Priya around", "ist Frau Keller da", "est-ce que Marie est là", "c'è Marco", "está la Joana": whether a named person is there, and nothing else. */
function isThere(c: readonly string[]): boolean {
  const nameThenWhere = (at: number) => nameEnds(c, at).some((end) => [end, ...(c[end] === 'still' ? [end + 1] : [])].some((e) => whereEnds(c, e).some((w) => onlyTail(c, w))));
  const whereThenName = (at: number) => whereEnds(c, at).some((w) => nameEnds(c, w + (ARTICLE.has(c[w]) ? 1 : 0)).some((end) => onlyTail(c, end)));
  const nameOnly = (at: number) => nameEnds(c, at).some((end) => onlyTail(c, end));
  const article = (at: number) => at + (ARTICLE.has(c[at]) ? 1 : 0);
  // English and German: "is Tom around", "ist Herr Weber zu sprechen"; "is Priya still there".
  // "is my trainer Jake around": who they are to the visitor may come first.
  const role = (at: number) => (['my', 'your', 'our', 'the', 'mein', 'meine', 'unser', 'unsere'].includes(c[at]) && c[at + 2] !== undefined ? [at, at + 2] : [at]);
  if ((c[0] === 'is' || c[0] === 'ist') && role(1).some(nameThenWhere)) return true;
  // French: "est-ce que Marie est là", "Marie est là", "Mme Martin est-elle disponible".
  const fr = c[0] === 'est' && c[1] === 'ce' && c[2] === 'que' ? 3 : 0;
  if (nameEnds(c, fr).some((end) => c[end] === 'est' && whereEnds(c, end + (['il', 'elle'].includes(c[end + 1]) ? 2 : 1)).some((w) => onlyTail(c, w)))) return true;
  // Spanish and Portuguese: "está la Joana?", "se encuentra el señor Pérez", "a Joana está?", "o Rui tá por aí".
  const es = c[0] === 'se' && c[1] === 'encuentra' ? 2 : ['esta', 'ta'].includes(c[0]) ? 1 : -1;
  if (es > 0 && (nameOnly(article(es)) || nameThenWhere(article(es)))) return true;
  // "a Joana está?", "o Rui tá por aí?": with an article or a place, since "sweet ta" is English thanks.
  const pt = article(0);
  if (nameEnds(c, pt).some((end) => ['esta', 'ta'].includes(c[end]) && ((pt > 0 && onlyTail(c, end + 1)) || whereEnds(c, end + 1).some((w) => onlyTail(c, w))))) return true;
  // Italian: "c'è Marco oggi?", "Marco c'è?", "è disponibile la dottoressa Bianchi?".
  if (c[0] === 'c' && c[1] === 'e' && (nameOnly(article(2)) || nameThenWhere(article(2)))) return true;
  if (nameEnds(c, article(0)).some((end) => c[end] === 'c' && c[end + 1] === 'e' && onlyTail(c, end + 2))) return true;
  if (c[0] === 'e' && whereThenName(1)) return true;
  return false;
}

/** "can I speak to Tom", "puedo hablar con Lucía", "je voudrais parler à Mme Dubois", "kann ich mit Herrn Weber sprechen": talking to a named person, asked for. */
function talksTo(c: readonly string[]): boolean {
  if (!c.some((w) => MODAL.has(w) || WANT.has(w) || ASKING.has(w))) return false;
  const endsWell = (end: number) => onlyTail(c, end) || ABOUT.has(c[end]);
  for (let j = 0; j < c.length; j++) {
    // Verb first: "speak to Tom", "hablar con la señora Pérez", "parlare con Marco".
    // "chat with my travel consultant Priya": who they are to the visitor may come first.
    const who = ['my', 'our', 'your', 'mi', 'mon', 'ma', 'meinem', 'meiner', 'minha', 'meu', 'mio', 'mia'].includes(c[j + 2]) ? [j + 4, j + 5] : [];
    if (TALK_TO.test(c[j]) && TO.has(c[j + 1]) && [j + 2, j + 3, ...who].some((at) => (at === j + 2 || at > j + 3 || ARTICLE.has(c[j + 2])) && nameEnds(c, at).some(endsWell))) return true;
    // German, verb last: "mit Herrn Weber sprechen".
    if (c[j] === 'mit' && nameEnds(c, j + 1).some((end) => c[end] === 'sprechen' || c[end] === 'reden')) return true;
  }
  // "can I get Tom please", "could I have Dr Okafor".
  return (c[0] === 'can' || c[0] === 'could' || c[0] === 'may') && c[1] === 'i' && ['get', 'have'].includes(c[2]) && nameEnds(c, 3).some((end) => onlyTail(c, end));
}

/**
 * A colleague asked for by name: "is Priya around?", "can I speak to Tom", "C'è Marco oggi?",
 * "Ist Frau Keller zu sprechen?", "está a Joana?" — the name from a list of first names, or any
 * surname after a title, and nothing else in the clause. "did Priya send my invoice?", "is Sunday
 * available?" and "I spoke to Tom yesterday" are not asks.
 */
export function asksForNamedPerson(words: readonly string[]): string | null {
  if (words.some((w) => NEGATION.has(w) || PAST.has(w))) return null;
  let start = 0;
  while (start < words.length - 2 && GREETING.has(words[start])) start++;
  const core = words.slice(start);
  return isThere(core) || talksTo(core) ? core.join(' ') : null;
}
