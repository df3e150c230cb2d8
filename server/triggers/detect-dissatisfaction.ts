import { normalize } from './normalize';

/** Explicit dissatisfaction with the bot's last answer, in six languages. */
const DISSATISFIED =
  /\b(that'?s (wrong|not right|incorrect|not true|not it|not what i (asked|meant|wanted|need(ed)?))|(that|this|it|you) (didn'?t|did not|doesn'?t|does not|don'?t|do not) (help|answer|work)|not what i (asked|meant|wanted|need(ed)?)|wrong answer|you (misunderstood|didn'?t understand|don'?t understand|got it wrong)|that (is|was) (wrong|incorrect|not helpful|unhelpful)|no,? that'?s not|(doesn'?t|didn'?t) answer my question|irrelevant|not relevant|(still )?not an answer|(doesn'?t|didn'?t|does not|did not) answer|isso nao responde|nao responde a minha pergunta|no responde (a )?mi pregunta|ne repond pas a ma question|beantwortet (meine frage )?nicht|non risponde alla (mia )?domanda|i'?m (asking|asked) (if|whether|about|you)|i asked (if|whether|about)|no me sirve|esa respuesta no|no es lo que (he )?pregunt\w*|ce n'est pas ce que j'ai demande|das (ist|war) nicht (das|was ich)|nao (foi|e) (isso )?o que (eu )?perguntei|non (e|era) quello che ho chiesto|eso no (es lo que|me ayuda|responde)|no es (eso|correcto)|respuesta incorrecta|ce n'est pas (ca|ce que|la bonne)|ca ne m'aide pas|mauvaise reponse|das ist (falsch|nicht (richtig|das))|hilft (mir )?nicht|falsche antwort|nao (e isso|ajudou|era isso)|resposta errada|non e (questo|giusto|corretto)|non mi ha aiutato|risposta sbagliata)\b/;

/** The answer did not help or missed the question, in word families across the six languages ("didnt help", "das war nicht die Frage", "non hai capito"). */
const MISSED =
  /(^|[,.;:!?] ?|\b(still|but|and|that|this|it|which|sadly|unfortunately) )(didn'?t|doesn'?t|did not|does not|not|hasn'?t|has not) (really |much |at all |even )?(help|helped|helpful|answer|work)\b|\b(doesn'?t|does not|don'?t|that) (make|makes) (any )?sense\b|\bmakes no sense\b|\b(that'?s|that is|that was|it'?s|this is) not (quite |really )?(it|right|correct|true|my question|the question|what i (asked|meant|wanted|need(ed)?))\b|\b(wasn'?t|not) my question\b|\byou'?re not (understanding|listening|getting it|reading)\b|\b(i'?ve |i have |i )?(already|just) (tried|did|done) (that|this|it|those|all that)\b|\b(tried|done) (that|this|it) already\b|\bno (me )?(ayuda|ayudo|sirve|sirvio)\b|\b(no|nunca) (me )?(has |habeis )?entend\w+|\bno (es|era) (eso|esa|lo que|mi pregunta)\b|\bya (lo )?(probe|intente|hice)\b|\b(ca|cela) (ne )?m'?aide (pas|guere|en rien)|\b(vous n'avez|tu n'as) (rien |pas )?compris|\b(ce n'est|c'est) pas (ca|la question|ma question|ce que)|\bj'ai deja (essaye|fait (ca|cela))|\b(das |es )?(war|ist) nicht (die|meine) frage|\b(hat|hilft) (mir )?(nicht|nichts|kaum|wenig)( \w+)? (geholfen|weiter(geholfen)?)?\b|\b(sie haben|du hast) (mich |das )?(nicht|falsch) verstanden|\bdas (habe|hab) ich (schon|bereits) (versucht|probiert|gemacht)|\bnao (foi|e|era) (bem )?(isso|essa|a minha pergunta|o que)|\bnao (me )?ajud(a|ou)|\b(voce|vc|tu) nao (entendeu|percebeu|entendeste|percebeste)|\bja (tentei|fiz isso)\b|\bnon (mi )?(aiuta|ha aiutato|e (stato )?utile|serve)|\bnon (e|era) (questo|quello|la mia domanda)|\bnon (hai|ha|avete) capito|\bho gia provato/;

/** Signs the matter is settled after all: "no worries, I already did that", "but now it's fine". */
const SETTLED = /\b(now it'?s (fine|ok|okay|working)|(it )?works now|it'?s fine now|no worries|all good( now)?|sorted now)\b/;

/** Saying outright that the question is being asked again: a rephrase the words alone might not show. */
const ASKING_AGAIN =
  /^(ok |okay |yes |right |sure )?but (what|how|where|when|is|does|can|which)\b.{0,40}\b(actually|exactly|really)\b|^(wrong|incorrect|not true|untrue)\b|\bno,? i mean\b|\bi meant\b|\b(oder nicht|o no|ou non|ou nao)\s*\??$|\bor not\s*\??$|\byes or no\b|\b(let me (rephrase|put it another way|try again)|to rephrase|in other words|i'?ll ask (again|differently)|asking again|once again|again:|nochmal anders gefragt|anders gefragt|nochmal:|otra vez:|dicho de otra forma|je reformule|autrement dit|riformulo|in altre parole|de novo:|reformulando)/;

/** The phrase with which a visitor rejected the bot's answer, or null. */
export function detectDissatisfaction(text: string): string | null {
  const norm = normalize(text);
  if (SETTLED.test(norm)) return null;
  const m = DISSATISFIED.exec(norm) ?? MISSED.exec(norm) ?? ASKING_AGAIN.exec(norm);
  return m ? m[0] : null;
}
