import vader from 'vader-sentiment';
import { normalize } from './normalize';

/** Phrases that aim negativity at the help itself: each one found pushes the score down. */
const AT_THE_HELP =
  /\b(useless|pointless|waste of (my )?time|wasting my time|ridiculous|pathetic|absurd|a joke|stupid (bot|thing|chat|machine)|dumb (bot|thing|chat)|garbage|rubbish|hopeless|incompetent|unhelpful|(not|isn'?t|aren'?t|never) (helpful|helping)|no help|doesn'?t help|you (keep|always|never|just keep|don'?t (understand|get it|listen)|aren'?t (listening|reading))|keep (saying|telling|giving|repeating)|same (answer|thing|reply|response|message|link)|(round|around) in circles|are you (even|actually) (reading|listening)|do you even|fed up|sick (and tired )?of|had enough|enough of (this|you)|what is wrong with (you|this)|for god'?s sake|wtf|ffs|are you kidding|seriously\?|how hard can it be|why is (this|it) so (hard|difficult|complicated))/g;
/** Negative words that count only when aimed at the help ("this bot is terrible", not "terrible weather"). */
const WEAK = /\b(terrible|awful|horrible|worst|infuriating|annoying|frustrat(ed|ing)|angry|furious|disappointed|unacceptable|bad)\b/;
const TARGET = /\b(you|your|bot|chat|chatbot|service|support|answers?|replies|reply|help|assistant|this|thing)\b/;
/** How far each phrase aimed at the help moves the score. */
const CUE_WEIGHT = 0.3;

/** The same, in the other supported languages (no lexicon there, so these alone decide). */
const AT_THE_HELP_OTHER =
  /\b(no sirve(s)? (de|para) nada|inutil|que desastre|estoy harto|es ridiculo|no me ayuda(s)?|ca ne sert a rien|c'est nul|n'importe quoi|j'en ai marre|vous ne servez a rien|ridicule|nutzlos|das ist lacherlich|ich habe die nase voll|bringt nichts|hilft mir nicht|nao serve para nada|estou farto|que palhacada|nao ajuda|non serve a niente|inutile|sono stufo|e ridicolo|non mi aiuti)\b/;

/** Evidence of frustration: the lexicon score and the phrase aimed at the help. */
export interface Frustration {
  score: number;
  cue: string;
}

/**
 * Real frustration with the help, not keyword-naive: VADER's compound score (negation, CAPS,
 * "!!!" and "but" contrast handled by the lexicon), pushed down by each phrase that aims it at the
 * help, must reach `threshold` (default -0.45). No aimed phrase, no frustration; strong cues in
 * the other languages decide alone.
 */
export function detectFrustration(text: string, threshold = -0.45): Frustration | null {
  const norm = normalize(text);
  const other = AT_THE_HELP_OTHER.exec(norm);
  if (other) return { score: -1, cue: other[0] };
  const cues = [...new Set([...norm.matchAll(AT_THE_HELP)].map((m) => m[0]))];
  const weak = WEAK.exec(norm);
  if (weak && TARGET.test(norm)) cues.push(weak[0]);
  if (cues.length === 0) return null;
  const { compound } = vader.SentimentIntensityAnalyzer.polarity_scores(text);
  // Shouting or stacked punctuation at the help is frustration even where the lexicon sees few negative words.
  const letters = text.replace(/[^A-Za-z]/g, '');
  const shouting = letters.length >= 8 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.7;
  const intensity = shouting || /!{2,}|\?{2,}|[?!]{3,}/.test(text) ? 0.25 : 0;
  const score = Math.max(-1, compound - CUE_WEIGHT * cues.length - intensity);
  return score <= threshold ? { score: Math.round(score * 100) / 100, cue: cues.join(', ') } : null;
}
