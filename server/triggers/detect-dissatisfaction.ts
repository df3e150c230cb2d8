import { normalize } from './normalize';

/** Explicit dissatisfaction with the bot's last answer, in six languages. */
const DISSATISFIED =
  /\b(that'?s (wrong|not right|incorrect|not true|not it|not what i (asked|meant|wanted|need(ed)?))|(that|this|it|you) (didn'?t|did not|doesn'?t|does not|don'?t|do not) (help|answer|work)|not what i (asked|meant|wanted|need(ed)?)|wrong answer|you (misunderstood|didn'?t understand|don'?t understand|got it wrong)|that (is|was) (wrong|incorrect|not helpful|unhelpful)|no,? that'?s not|(doesn'?t|didn'?t) answer my question|irrelevant|not relevant|eso no (es lo que|me ayuda|responde)|no es (eso|correcto)|respuesta incorrecta|ce n'est pas (ca|ce que|la bonne)|ca ne m'aide pas|mauvaise reponse|das ist (falsch|nicht (richtig|das))|hilft (mir )?nicht|falsche antwort|nao (e isso|ajudou|era isso)|resposta errada|non e (questo|giusto|corretto)|non mi ha aiutato|risposta sbagliata)\b/;

/** The phrase with which a visitor rejected the bot's answer, or null. */
export function detectDissatisfaction(text: string): string | null {
  const m = DISSATISFIED.exec(normalize(text));
  return m ? m[0] : null;
}
