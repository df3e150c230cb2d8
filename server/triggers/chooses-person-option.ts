import { detectExplicitRequest } from './detect-explicit-request';
import { normalize, wordsOf } from './normalize';
import { STOP_WORDS } from './stop-words';

/** A numbered, lettered or bulleted option on its own line: "3) Talk to our team", "C) Speak to a member of staff", "- Talking to your move coordinator". */
const LINE_OPTION = /^\s*(?:(\d{1,2}|[a-h])\s*[).:\-–]|[-•*·▪])\s*(.+)$/i;
/** An option to talk to someone, whoever: "Talking to your move coordinator", "Chat with the events team". */
const TALK_OPTION = /\b(talk|talking|speak|speaking|chat|chatting|connect me|hablar|parler|sprechen|falar|parlare)\b/;
/** Ordinal words, 1-based: "the second one", "la tercera", "die zweite", "a última" (0 is the last). */
const ORDINALS: Record<string, number> = Object.fromEntries(
  [
    ['first 1st primera primero primer premier premiere erste ersten erster primeira primeiro prima primo', 1],
    ['second 2nd segunda segundo deuxieme seconde second zweite zweiten zweiter seconda secondo', 2],
    ['third 3rd tercera tercero troisieme dritte dritten dritter terceira terceiro terza terzo', 3],
    ['fourth 4th cuarta cuarto quatrieme vierte vierten vierter quarta quarto', 4],
    ['fifth 5th quinta quinto cinquieme funfte funften', 5],
    ['last final ultima ultimo derniere dernier letzte letzten letzter', 0],
  ].flatMap(([words, n]) => (words as string).split(' ').map((w) => [w, n as number])),
);
/** Words that say nothing about which option: "um the … one lol", "option 3 i guess", "quero a segunda". */
const STOP = new Set([...STOP_WORDS, 'one', 'option', 'opcion', 'opcao', 'opzione', 'number', 'numero', 'nummer', 'pls', 'please', 'lol', 'guess', 'ok', 'um', 'hmm', 'quero', 'quiero', 'voglio', 'bitte', 'svp', 'choose', 'pick']);

/** The options a bot turn lists, in order: one per numbered, lettered or bulleted line, or split at " | ". */
function optionsOf(text: string): { label: string | null; text: string }[] {
  const lines = text.split('\n').map((l) => LINE_OPTION.exec(l)).filter((m): m is RegExpExecArray => m !== null);
  if (lines.length >= 2) return lines.map((m) => ({ label: m[1]?.toLowerCase() ?? null, text: m[2] }));
  const inline = inlineOptions(text);
  if (inline.length >= 2) return inline;
  const last = text.split('\n').pop()!;
  const parts = last.split(/\s+\|\s+/);
  // "What's this about? Orders | Billing | Chat with our team": the first part still carries the question.
  if (parts.length >= 2) return parts.map((p, i) => ({ label: null, text: i === 0 ? p.replace(/^.*[?:]\s*/, '') : p }));
  return [];
}

/** Options in one line, labelled in order: "I can help with: 1) Track my order 2) Returns 3) Talk to an adviser", "A) Bookings  B) Results  C) Reception". */
const INLINE_LABEL = /(?:^|[\s:])(\d{1,2}|[a-h])\)\s+/gi;
function inlineOptions(text: string): { label: string; text: string }[] {
  const marks = [...text.matchAll(INLINE_LABEL)];
  const labels = marks.map((m) => m[1].toLowerCase());
  const inOrder = labels.every((l, k) => l === String(k + 1) || l === 'abcdefgh'[k]);
  if (marks.length < 2 || !inOrder) return [];
  return marks.map((m, k) => ({ label: labels[k], text: text.slice(m.index! + m[0].length, marks[k + 1]?.index ?? text.length).trim() }));
}

/** Whether a bot turn lists options to pick from. */
export const hasOptions = (text: string): boolean => optionsOf(text).length >= 2;

/** Which option (0-based) a reply picks: by number or letter, by ordinal word, or by words only that option has; -1 if none or unclear. */
function picked(options: readonly { label: string | null; text: string }[], reply: string): number {
  // The first clause picks ("3 i guess, the others don't fit"); an elided article is not part of the word ("l'ultima").
  const words = wordsOf(normalize(reply).split(/[,.;!?]/)[0]).map((w) => w.replace(/^\p{L}'/u, ''));
  if (words.length === 0 || words.length > 10) return -1;
  const labels = options.map((o, i) => o.label ?? String(i + 1));
  const byLabel = words.map((w) => labels.indexOf(w)).filter((i) => i >= 0);
  // A lone letter is a label only where the options are lettered: "C", not the "a" of "a última".
  const lettered = options.some((o) => o.label && /[a-h]/.test(o.label));
  // A number or an ordinal picks only with nothing else said: "option 3 pls", not "I ordered 3 lamps".
  const bare = (w: string) => STOP.has(w) || w in ORDINALS || labels.includes(w);
  if (!words.every(bare)) return pickByWords(options, words);
  const byNumber = byLabel.filter((i) => /\d/.test(labels[i]) || (lettered && words.length <= 2));
  if (new Set(byNumber).size === 1) return byNumber[0];
  const ordinals = words.filter((w) => w in ORDINALS).map((w) => (ORDINALS[w] === 0 ? options.length - 1 : ORDINALS[w] - 1));
  if (new Set(ordinals).size === 1 && ordinals[0] < options.length) return ordinals[0];
  return pickByWords(options, words);
}

/** "team", "the advisor one": content words of the reply found in exactly one option. */
function pickByWords(options: readonly { text: string }[], words: readonly string[]): number {
  const content = words.filter((w) => !STOP.has(w) && w.length > 2);
  const matches = options.map((o) => {
    const optionWords = new Set(wordsOf(normalize(o.text)));
    return content.some((w) => optionWords.has(w) || optionWords.has(w.replace(/s$/, '')));
  });
  return matches.filter(Boolean).length === 1 ? matches.indexOf(true) : -1;
}

/**
 * The visitor picking the person from a bot's list of options — "3" after "3) Talk to our team",
 * "the last one" after "4. Connect to an adviser", "C", "la tercera", "die zweite", "team" — as much
 * a request for a person as asking. An option is a person when the rules would read it as a
 * request ("Speak to a pharmacist", "Hablar con una persona"). Returns the option picked, or null.
 */
export function choosesPersonOption(botText: string, reply: string): string | null {
  const options = optionsOf(botText);
  if (options.length < 2) return null;
  const choice = picked(options, reply);
  if (choice < 0) return null;
  const option = options[choice].text;
  // "Talking to your move coordinator": in a menu, an option to talk is an option of a person.
  return detectExplicitRequest(option) || TALK_OPTION.test(normalize(option)) ? option.trim() : null;
}
