import vader from 'vader-sentiment';
import { normalize } from './normalize';

/** Phrases that aim negativity at the help itself: each one found pushes the score down. */
const AT_THE_HELP =
  /(🙄|😡|🤬)|\b((pathetic|terrible|awful|useless|rubbish|shocking|appalling) (service|support|bot|app|chat|help|company)|useless|pointless|waste of (my )?time|wasting my time|ridiculous|pathetic|absurd|(is|what|such|it'?s|you'?re) a joke|nothing works|(this|that|it) is (so )?(stupid|ridiculous|absurd|pathetic)|making (it|this|things) worse|(got|getting) (absolutely )?nowhere|another (\w+ )?(link|answer|faq|reply|response)|so helpful|(every|each) (link|answer) you|stupid (bot|thing|chat|machine)|dumb (bot|thing|chat)|garbage|rubbish|hopeless|incompetent|unhelpful|(not|isn'?t|aren'?t|never) (helpful|helping)|no help|doesn'?t help|you (always|never|don'?t (understand|get it|listen)|aren'?t (listening|reading))|you (just )?keep (saying|telling|giving|sending|repeating|asking|ignoring|missing|getting)|keep (saying|telling|giving|repeating)|thanks for nothing|canned (answer|response|reply)|(pathetic|terrible|awful|useless|rubbish|shocking|appalling) (service|support|bot|app|chat|help|company)|same ([\w-]+ )?(answer|thing|reply|response|message|link)|again and again|does anything (on this site |here )?(actually )?work|(round|around) in circles|are you (even|actually) (reading|listening)|do you even|fed up|sick (and tired |to death )?of|had enough|(at|end of) my wits'? end|beyond a joke|(is|this is|that'?s|it'?s) (just |simply |really )?not good enough|disgrace(ful)?|shambles|shambolic|outrageous|diabolical|enough of (this|you)|what is wrong with (you|this)|what'?s the point of (this|you|having)|what is the point of (this|you|having)|for god'?s sake|wtf|ffs|are you kidding|seriously\?|how hard can it be|why is (this|it) so (hard|difficult|complicated)|you( people| lot| guys| all)? (never|always|can'?t even) (get|do|deliver|answer|tell|fix|manage|listen)|(do|does|will|can) (you|you lot|you people|you guys|anyone( there)?) ever\b|(impossible|so hard|so difficult) to get (a |an )?(straight |simple |proper |real |clear )?(answer|reply|response)|(i'?m|im|i am) (so |just |completely |totally |honestly )?(done|finished) with (this|you|your)|nobody (here )?(seems to |even )?cares?|no one (here )?(seems to |even )?cares?|(i'?m|we'?re|i am|we are) paying (\S+ ){0,4}for (this|it)|what am i (even )?paying (you )?for|how many times (do i have to|must i|have i (got )?to|should i have to)|(third|fourth|fifth|umpteenth|tenth) time( now)?|every single time|unbelievable)(?![a-z])/g;
/** Negative words and blame that count only when aimed at the help ("this bot is terrible", "cancelled by you lot"; not "terrible weather"). */
const WEAK = /\b(nightmare|sort it out|terrible|awful|horrible|worst|infuriating|annoying|frustrat(ed|ing)|angry|furious|fuming|livid|seething|disappointed|unacceptable|bad|because of you( lot| people| guys)?|your fault|(cancell?ed|messed( up)?|mucked( about)?|let down|ignored|fobbed off|lied to|ripped off) by you( lot| people| guys)?)(?![a-z])/;
const TARGET = /\b(you|bot|chat|chatbot|your service|this service|customer service|support|answers?|replies|reply|help|assistant|this (is|isn'?t|'s)|thing|links?|faq|website|site|app|company|i asked|my question|simple question|your (\w+ ){1,2}(is|are|was|were|keeps|kept|never|doesn'?t|won'?t|can'?t)|(this|the) (system|platform|service|page|process|chat|app)|you (lot|people|guys)|i'?m paying|paying for (a|this|your|the) \w+|your (rubbish|terrible|awful|useless|crap|pathetic|shocking) \w+)\b/;
/** Phrases that are aimed at the help by their nature, with or without a target word. */
const SELF_AIMED = /^(what'?s the point of|what is the point of|same ([\w-]+ )?(answer|thing|reply|response|message|link)|again and again|does anything|why is (this|it) so (hard|difficult|complicated)|how hard can it be|(pathetic|terrible|awful|useless|rubbish|shocking|appalling) (service|support|bot|app|chat|help|company)|thanks for nothing|canned (answer|response|reply)|waste of (my )?time|wasting my time|(round|around) in circles|(got|getting) (absolutely )?nowhere|are you (even|actually) (reading|listening)|do you even|same ([\w-]+ )?(answer|thing|reply|response|message|link)|again and again|does anything (on this site |here )?(actually )?work|not helping|isn'?t helping|unhelpful|you (always|never|don'?t (understand|get it|listen)|aren'?t (listening|reading))|you (just )?keep \w+|keep (saying|telling|giving|repeating)|you( people| lot| guys| all)? (never|always|can'?t even)|(do|does|will|can) (you|you lot|you people|you guys|anyone( there)?) ever|(impossible|so hard|so difficult) to get|(i'?m|im|i am) (so |just |completely |totally |honestly )?(done|finished) with|how many times|(i'?m|we'?re|i am|we are) paying|what am i (even )?paying)/;
/** A sentence about someone else's failings, not this help's ("had an awful time with her last supplier"). */
const THIRD_PARTY = /\b((my|her|his|their|our) (last|old|previous|former|ex|other) \w+|my \w+( \w+)? (is|are|was|were|gets|get|got|feels|felt)|(the|that) (other|last|previous|first) (?!time\b)\w+|another (site|website|shop|store|company|app|bank|provider)|(they|he|she) (was|were|are|is|never|didn'?t))\b/;
/** A hedge just before a weak word softens it below frustration: "bit annoying the app logs me out, but anyway…". */
const HEDGED = /\b(a )?(bit|little|slightly|kinda|kind of|somewhat|mildly|a tad)( \w+)? $/;
/** Praise of this help in the same message outweighs a complaint: "…spent an hour getting nowhere elsewhere, you're great". */
const PRAISE = /\b(you'?re|you are|you'?ve been|you have been) (so |really |very |absolutely )?(great|brilliant|amazing|fantastic|a star|a lifesaver|wonderful|helpful|the best)\b|\bthanks so much\b|\b(you'?ve|you have) made my day\b|\bthat was (so |really )?(easy|quick|painless)\b/;
/** A negation just before a cue cancels it: "this isn't useless at all". */
const NEGATED_CUE = /\b(not|isn'?t|wasn'?t|aren'?t|never|hardly|far from)( \w+)? $/;
/** The help itself getting to the visitor: "this is seriously pissing me off", "your app is doing my head in" (not "the neighbour's dog is pissing me off"). */
const AFFECT =
  /\b(this (thing|bot|chat|app|site|website)|this|that|it|you( lot| people| guys)?|your \w+|the (app|site|website|service|system|bot|chat|company|process|portal))( is| are|'s| has been| have been| keeps?| really| seriously| honestly| actually| just| now| properly| absolutely| genuinely)* (pissing|pissed|cheesing|doing|driving|getting|winding)( me| my head)?( right)? ?(off|in|mad|crazy|nuts|insane|up the wall|round the bend|on my nerves|up)\b/;
/** A sentence that is only "done with this" / "finished with you": giving up on the help, weighed with the lexicon. */
const GIVING_UP = /^ *(so |just |completely |totally |honestly |i'?m |im |i am )*(done|finished) with (this|you( lot| people| guys)?|your \w+) *$/;
/**
 * Repetition ("every single time", "third time now") says how often, not how the visitor feels, and an eye-roll how
 * they feel only loosely: each adds to another cue, never fires alone ("kinda annoying that it logs me out every
 * single time", "oh a chatbot, how futuristic 🙄 fine, where do i…").
 */
const REPETITION = /^(every single time|(third|fourth|fifth|umpteenth|tenth) time( now)?|again and again|🙄|😡|🤬)$/;
/** How far each phrase aimed at the help moves the score; weak words aimed at it move it less. */
const CUE_WEIGHT = 0.5;
const WEAK_WEIGHT = 0.3;

/** The same, in the other supported languages (no lexicon there, so these alone decide). */
const AT_THE_HELP_OTHER =
  /\b(que (verguenza|vergonha|vergogna)|quelle honte|(que|muy|tan|pesimo) mal servicio|(me |nos )?hacen perder el tiempo|che razza di (assistente|servizio|sito|bot)|non capite (niente|nulla)|no (entienden|entendeis|entiendes) nada|vous ne comprenez rien|ihr versteht (gar )?nichts|voces nao entendem nada|zum verzweifeln|(krieg|bekomm)\w* (hier )?nur (mull|schrott|mist)|(kriegt|bekommt) (ihr )?(gar )?nichts (auf die reihe|hin)|que servico porco|servico porco|dor de cabeca com (voces|vcs)|no sirve(s)? (de|para) nada|atendimento pessimo|servicio pesimo|service lamentable|(?<!de )pessimo atendimento|tomadura de pelo|menuda ayuda|gracias por nada|merci pour rien|danke fur nichts|grazie per niente|obrigad[oa] por nada|der nichts weiss|que no sabe nada|qui ne sait rien|che non sa niente|que nao sabe nada|siempre dices lo mismo|sempre a dizer o mesmo|nao ajudas em nada|isto e ridiculo|dici sempre la stessa cosa|vous dites toujours la meme chose|immer das gleiche|perdida de tiempo|perte de temps|zeitverschwendung|perda de tempo|perdita di tempo|non servi a niente|inutil(?!e d)|que desastre|estoy harto|es ridiculo|no me ayuda(s)?|ca ne sert a rien|c'est nul|n'importe quoi|j'en ai marre|vous ne servez a rien|ridicule|nutzlos|lacherlich|immer wieder (den|denselben|das gleiche|dieselbe)|ich habe die nase voll|bringt nichts|hilft mir nicht|nao serve para nada|estou farto|que palhacada|nao ajuda|non serve a niente|inutile(?! d)|sono stufo|e ridicolo|non mi aiuti|(eure?|euer|ihre?|deine?|votre|vos|vuestr[oa]s?|vostr[oa]|vostri|vossa|vosso|dieser?|dieses|cette|este|esta|questo|questa|isto|esto)\b[^.!?]{0,40}\b(eine|una|une|um|uma|un|ein) (echte |absolute |totale |vera |verdadera )?(katastrophe|catastrofe|catastrophe|desastre|vergogna|verguenza|honte|vergonha|frechheit)|(assistenza|servizio|servicio|atencion|atendimento|service|support|kundenservice|hilfe) (ridicol[oa]|ridicul[oa]|lamentable|pessim[oa]|vergognos[oa]|unterirdisch|miserabel|nul)|quante volte (devo|te lo devo|lo devo)|cuantas veces (tengo que|debo|te lo tengo que)|combien de fois (dois-je|faut-il|je dois)|wie oft (muss|soll) ich|quantas vezes (tenho|preciso|vou ter) (de|que)?)\b/;

/**
 * Milder signs in the other languages: absurdity, nobody answering, the umpteenth time, a disgrace. One alone is a
 * complaint ("nessuno risponde al telefono, siete aperti?"); two together are frustration.
 */
const SIGNS_OTHER =
  /\b((e|es|c'est|ist|das ist|isso e|questo e|esto es|c'est) (totalmente |completamente |vraiment |echt |davvero |muy |un poco )?(um |un |uno )?(assurdo|absurdo|absurde|absurd)|nessuno (mi |ci )?(risponde|richiama|ha risposto|si fa sentire)|nadie (me |nos )?(responde|contesta|llama|devuelve|ha respondido|hace nada)|personne ne (me |nous )?(repond|rappelle|m'a repondu|fait rien)|niemand (antwortet|meldet sich|ruft (mich |uns )?(zuruck|an)|hat geantwortet|tut was)|ninguem (me |nos )?(responde|liga|retorna|respondeu|resolve|faz nada)|(tercera|cuarta|quinta|enesima) vez que|(troisieme|quatrieme|cinquieme|enieme) fois que|(dritte|vierte|funfte|zigste)n? mal|(terceira|quarta|quinta|enesima) vez que|(terza|quarta|quinta|ennesima) volta che|inaceptable|inacceptable|inakzeptabel|inaceitavel|inaccettabile|unzumutbar|vergognoso|vergonzoso|honteux|vergonhoso|(e|es|c'est|ist|e) (una |un |une |eine |uma )?(vergogna|verguenza|honte|vergonha|schande))\b/g;
/** Thanks or praise of this help in the other languages, after which those milder signs were venting about something else. */
const PRAISE_OTHER =
  /\b(grazie mille|mil gracias|muchas gracias|merci beaucoup|merci infiniment|vielen dank|herzlichen dank|muito obrigad[oa]|mi avete salvat[oa]|me (han|habeis) salvado|vous m'avez sauve|ihr habt mich gerettet|voces me salvaram|(siete|sei|son|sois|eres|vous etes|ihr seid|sie sind|voces sao|voce e) (stati |sido |ete |gewesen )?(fantastic\w*|bravissim\w*|gentilissim\w*|geniali|genial\w*|increibles?|incroyables?|maravillos\w*|excelentes?|formidables?|super|top|toll|klasse|otim\w*|maravilh\w*|incriveis|incrivel))\b/;
/** Calling the service itself a disgrace or a joke: "siete una vergogna", "vous êtes nuls", "ihr seid eine Katastrophe". */
const YOU_ARE_OTHER =
  /\b(siete|sei|sois|eres|son ustedes|ustedes son|ihr seid|seid ihr|sie sind|voces sao|vcs sao|vous etes|tu es|t'es) (davvero |proprio |veramente |realmente |vraiment |echt |wirklich |mesmo |muy |totalmente |completamente )?(una |un |une |eine |um |uma |ein |degli |dei |des |unos |uns |umas )?(vergogna|verguenza|honte|vergonha|schande|witz|chiste|blague|piada|barzelletta|desastre|disastro|catastrofe|katastrophe|catastrophe|farsa|farce|incompetentes?|incompetenti|inutiles?|inutili|nuls?|unfahig|impresentabil[ei]|impresentables?|patetic[io]|pateticos?|ridicol[io]|ridiculos?|ridicules?|lamentables?|lacherlich)\b/;

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
  const other = AT_THE_HELP_OTHER.exec(norm) ?? YOU_ARE_OTHER.exec(norm);
  if (other) return { score: -1, cue: other[0] };
  const signs = new Set([...norm.matchAll(SIGNS_OTHER)].map((m) => m[0]));
  if (signs.size >= 2 && !PRAISE_OTHER.test(norm)) return { score: -0.8, cue: [...signs].join(', ') };
  // Each sentence on its own: "Terrible day. Do you fix cameras?" is not aimed at the help.
  const cues: string[] = [];
  for (const sentence of norm.split(/[.!?;—–]+|\s-\s/)) {
    // A complaint about a third party ("my last agency was a waste of time") is not about this help.
    if (THIRD_PARTY.test(sentence)) continue;
    const exclaimed = /^\s*(useless|ridiculous|pathetic|unbelievable|hopeless|rubbish|garbage)\s*$/.test(sentence);
    const aimed = TARGET.test(sentence) || exclaimed;
    for (const m of sentence.matchAll(AT_THE_HELP)) {
      if (NEGATED_CUE.test(sentence.slice(0, m.index)) || HEDGED.test(sentence.slice(0, m.index))) continue;
      if (aimed || SELF_AIMED.test(m[0]) || (/^(ridiculous|pathetic|absurd)$/.test(m[0]) && sentence.trim().startsWith(m[0]))) cues.push(m[0]);
    }
    const affect = AFFECT.exec(sentence);
    if (affect) cues.push(affect[0]);
    if (GIVING_UP.test(sentence)) cues.push(`~${sentence.trim()}`);
    // "if a course gets cancelled by you…" asks what would happen.
    const weak = aimed && !/^\s*(if|what if|in case)\b/.test(sentence) ? WEAK.exec(sentence) : null;
    if (weak && !NEGATED_CUE.test(sentence.slice(0, weak.index)) && !HEDGED.test(sentence.slice(0, weak.index))) cues.push(`~${weak[0]}`);
  }
  // Repetition counts only beside another cue.
  const strong = [...new Set(cues.filter((c) => !c.startsWith('~')))].filter((c, _, all) => !REPETITION.test(c) || all.some((o) => !REPETITION.test(o)) || cues.some((o) => o.startsWith('~')));
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
