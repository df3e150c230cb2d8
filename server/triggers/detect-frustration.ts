import vader from 'vader-sentiment';
import { normalize } from './normalize';

/** Phrases that aim negativity at the help itself: each one found pushes the score down. */
const AT_THE_HELP =
  /(🙄|😡|🤬)|\b((pathetic|terrible|awful|useless|rubbish|shocking|appalling) (service|support|bot|app|chat|help|company)|useless|pointless|waste of (my )?time|wasting my time|ridiculous|pathetic|absurd|(is|what|such|it'?s|you'?re) a joke|nothing works|(this|that|it) is (so )?(stupid|ridiculous|absurd|pathetic)|making (it|this|things) worse|(got|getting) (absolutely )?nowhere|another (\w+ )?(link|answer|faq|reply|response)|so helpful|(every|each) (link|answer) you|stupid (bot|thing|chat|machine)|dumb (bot|thing|chat)|garbage|rubbish|hopeless|incompetent|unhelpful|(not|isn'?t|aren'?t|never) (helpful|helping)|no help|doesn'?t help|you (always|never|don'?t (understand|get it|listen)|aren'?t (listening|reading))|you (just )?keep (saying|telling|giving|sending|repeating|asking|ignoring|missing|getting)|keep (saying|telling|giving|repeating)|thanks for nothing|canned (answer|response|reply)|(pathetic|terrible|awful|useless|rubbish|shocking|appalling) (service|support|bot|app|chat|help|company)|same (\w+ )?(answer|thing|reply|response|message|link)|again and again|does anything (on this site |here )?(actually )?work|(round|around) in circles|are you (even|actually) (reading|listening)|do you even|fed up|sick (and tired )?of|had enough|enough of (this|you)|what is wrong with (you|this)|for god'?s sake|wtf|ffs|are you kidding|seriously\?|how hard can it be|why is (this|it) so (hard|difficult|complicated)|you( people| lot| guys| all)? (never|always|can'?t even) (get|do|deliver|answer|tell|fix|manage|listen)|(do|does|will|can) (you|you lot|you people|you guys|anyone( there)?) ever\b|(impossible|so hard|so difficult) to get (a |an )?(straight |simple |proper |real |clear )?(answer|reply|response)|(i'?m|i am) (so |just |completely )?(done|finished) with (this|you|your)|nobody (here )?(seems to |even )?cares?|no one (here )?(seems to |even )?cares?|(i'?m|we'?re|i am|we are) paying (\S+ ){0,4}for (this|it)|what am i (even )?paying (you )?for|how many times (do i have to|must i|have i (got )?to|should i have to)|(third|fourth|fifth|umpteenth|tenth) time( now)?|every single time|unbelievable)(?![a-z])/g;
/** Negative words that count only when aimed at the help ("this bot is terrible", not "terrible weather"). */
const WEAK = /\b(terrible|awful|horrible|worst|infuriating|annoying|frustrat(ed|ing)|angry|furious|disappointed|unacceptable|bad)\b/;
const TARGET = /\b(you|bot|chat|chatbot|your service|this service|customer service|support|answers?|replies|reply|help|assistant|this (is|isn'?t|'s)|thing|links?|faq|website|site|app|company|i asked|my question|simple question|your (\w+ ){1,2}(is|are|was|were|keeps|kept|never|doesn'?t|won'?t|can'?t)|(this|the) (system|platform|service|page|process|chat|app)|you (lot|people|guys)|i'?m paying)\b/;
/** Phrases that are aimed at the help by their nature, with or without a target word. */
const SELF_AIMED = /^(same (\w+ )?(answer|thing|reply|response|message|link)|again and again|does anything|why is (this|it) so (hard|difficult|complicated)|how hard can it be|(pathetic|terrible|awful|useless|rubbish|shocking|appalling) (service|support|bot|app|chat|help|company)|thanks for nothing|canned (answer|response|reply)|waste of (my )?time|wasting my time|(round|around) in circles|(got|getting) (absolutely )?nowhere|are you (even|actually) (reading|listening)|do you even|same (\w+ )?(answer|thing|reply|response|message|link)|again and again|does anything (on this site |here )?(actually )?work|not helping|isn'?t helping|unhelpful|you (always|never|don'?t (understand|get it|listen)|aren'?t (listening|reading))|you (just )?keep \w+|keep (saying|telling|giving|repeating)|you( people| lot| guys| all)? (never|always|can'?t even)|(do|does|will|can) (you|you lot|you people|you guys|anyone( there)?) ever|(impossible|so hard|so difficult) to get|(i'?m|i am) (so |just |completely )?(done|finished) with|how many times|(i'?m|we'?re|i am|we are) paying|what am i (even )?paying)/;
/** A sentence about someone else's failings, not this help's. */
const THIRD_PARTY = /\b(my (last|old|previous|former|ex|other) \w+|my \w+( \w+)? (is|are|was|were)|(the|that) (other|last|previous|first) \w+|another (site|website|shop|store|company|app|bank|provider)|(they|he|she) (was|were|are|is|never|didn'?t))\b/;
/** A hedge just before a weak word softens it below frustration: "bit annoying the app logs me out, but anyway…". */
const HEDGED = /\b(a )?(bit|little|slightly|kinda|kind of|somewhat|mildly|a tad)( \w+)? $/;
/** Praise of this help in the same message outweighs a complaint: "…spent an hour getting nowhere elsewhere, you're great". */
const PRAISE = /\b(you'?re|you are|you'?ve been|you have been) (so |really |very |absolutely )?(great|brilliant|amazing|fantastic|a star|a lifesaver|wonderful|helpful|the best)\b|\bthanks so much\b/;
/** A negation just before a cue cancels it: "this isn't useless at all". */
const NEGATED_CUE = /\b(not|isn'?t|wasn'?t|aren'?t|never|hardly|far from)( \w+)? $/;
/** How far each phrase aimed at the help moves the score; weak words aimed at it move it less. */
const CUE_WEIGHT = 0.5;
const WEAK_WEIGHT = 0.3;

/** The same, in the other supported languages (no lexicon there, so these alone decide). */
const AT_THE_HELP_OTHER =
  /\b(no sirve(s)? (de|para) nada|atendimento pessimo|servicio pesimo|service lamentable|(?<!de )pessimo atendimento|tomadura de pelo|menuda ayuda|gracias por nada|merci pour rien|danke fur nichts|grazie per niente|obrigad[oa] por nada|der nichts weiss|que no sabe nada|qui ne sait rien|che non sa niente|que nao sabe nada|siempre dices lo mismo|sempre a dizer o mesmo|nao ajudas em nada|isto e ridiculo|dici sempre la stessa cosa|vous dites toujours la meme chose|immer das gleiche|perdida de tiempo|perte de temps|zeitverschwendung|perda de tempo|perdita di tempo|non servi a niente|inutil(?!e d)|que desastre|estoy harto|es ridiculo|no me ayuda(s)?|ca ne sert a rien|c'est nul|n'importe quoi|j'en ai marre|vous ne servez a rien|ridicule|nutzlos|lacherlich|immer wieder (den|denselben|das gleiche|dieselbe)|ich habe die nase voll|bringt nichts|hilft mir nicht|nao serve para nada|estou farto|que palhacada|nao ajuda|non serve a niente|inutile(?! d)|sono stufo|e ridicolo|non mi aiuti|(eure?|euer|ihre?|deine?|votre|vos|vuestr[oa]s?|vostr[oa]|vostri|vossa|vosso|dieser?|dieses|cette|este|esta|questo|questa|isto|esto)\b[^.!?]{0,40}\b(eine|una|une|um|uma|un|ein) (echte |absolute |totale |vera |verdadera )?(katastrophe|catastrofe|catastrophe|desastre|vergogna|verguenza|honte|vergonha|frechheit)|(assistenza|servizio|servicio|atencion|atendimento|service|support|kundenservice|hilfe) (ridicol[oa]|ridicul[oa]|lamentable|pessim[oa]|vergognos[oa]|unterirdisch|miserabel|nul)|quante volte (devo|te lo devo|lo devo)|cuantas veces (tengo que|debo|te lo tengo que)|combien de fois (dois-je|faut-il|je dois)|wie oft (muss|soll) ich|quantas vezes (tenho|preciso|vou ter) (de|que)?)\b/;

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
  // Words in quotes are someone else's ("my son wrote 'worst lamp ever'").
  const norm = normalize(text).replace(/"[^"]*"|“[^”]*”|(^|\s)'[^']{6,}'(?=\s|$|[.,!?])/g, ' ');
  const other = AT_THE_HELP_OTHER.exec(norm);
  if (other) return { score: -1, cue: other[0] };
  // Each sentence on its own: "Terrible day. Do you fix cameras?" is not aimed at the help.
  const cues: string[] = [];
  for (const sentence of norm.split(/[.!?;—–]+|\s-\s/)) {
    // A complaint about a third party ("my last agency was a waste of time") is not about this help.
    if (THIRD_PARTY.test(sentence)) continue;
    const exclaimed = /^\s*(useless|ridiculous|pathetic|unbelievable|hopeless|rubbish|garbage)\s*$/.test(sentence);
    const aimed = TARGET.test(sentence) || exclaimed;
    for (const m of sentence.matchAll(AT_THE_HELP)) {
      if (NEGATED_CUE.test(sentence.slice(0, m.index))) continue;
      if (aimed || SELF_AIMED.test(m[0]) || (/^(ridiculous|pathetic|absurd)$/.test(m[0]) && sentence.trim().startsWith(m[0]))) cues.push(m[0]);
    }
    const weak = aimed ? WEAK.exec(sentence) : null;
    if (weak && !NEGATED_CUE.test(sentence.slice(0, weak.index)) && !HEDGED.test(sentence.slice(0, weak.index))) cues.push(`~${weak[0]}`);
  }
  const strong = [...new Set(cues.filter((c) => !c.startsWith('~')))];
  const weakCues = [...new Set(cues.filter((c) => c.startsWith('~')).map((c) => c.slice(1)))];
  if (strong.length === 0 && weakCues.length === 0) return null;
  const { compound } = vader.SentimentIntensityAnalyzer.polarity_scores(text);
  // Shouting or stacked punctuation at the help is frustration even where the lexicon sees few negative words.
  const letters = text.replace(/[^A-Za-z]/g, '');
  const shouting = letters.length >= 8 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.7;
  const intensity = shouting || /!{2,}|\?{2,}|[?!]{3,}/.test(text) ? 0.25 : 0;
  // Praise after the complaint ("…but you've been great") keeps the score up; sarcasm ("so helpful 🙄") is carried by its cues.
  if ((compound > 0.3 && /\bbut\b/.test(norm)) || PRAISE.test(norm)) return null;
  const score = Math.max(-1, Math.min(compound, 0) - CUE_WEIGHT * strong.length - (weakCues.length ? WEAK_WEIGHT : 0) - intensity);
  return score <= threshold ? { score: Math.round(score * 100) / 100, cue: [...strong, ...weakCues].join(', ') } : null;
}
