import { normalize } from './normalize';

/** A bot turn that offers a person: "Would you like me to connect you with our team?", "¿Quieres que te pase con un asesor?" */
const OFFER = /\b(would you like|do you want|shall i|should i|want me to|can i|may i|i can|happy to|quieres que|quiere que|desea que|te paso|le paso|voulez-vous que|voulez vous que|veux-tu que|souhaitez-vous|souhaitez vous|soll ich|mochten sie|willst du|quer que|deseja|vuoi che|vuole che|desidera)\b/;
const PERSON = /\b(team|agent|person|human|colleague|someone|somebody|specialist|expert|advis[oe]r|representative|handler|staff|support|agente|persona|asesor|equipo|alguien|especialista\w*|conseill\w*|collegue|equipe|quelqu'?\s?un|mitarbeiter\w*|kolleg\w*|berater\w*|jemand\w*|fachleute|atendente|colaborador\w*|alguem|consultor\w*|operatore|collega|consulente|qualcuno|speciali\w*)\b/;
const HAND_OVER = /\b(connect|transfer|put you through|pass you|hand you|speak|talk|chat|call you|ring you|get someone|queue|pase|comunique|transfiera|ponga|hablar|cola|passe|mette|mettre|mis en relation|transfere|parler|rappeler|file d'?\s?attente|verbinden|weiterleiten|durchstellen|sprechen|warteschlange|transfira|encaminhe|falar|fila|passi|metta|trasferisca|parlare|coda|contatto)\b/;

/** A short yes: "yes please do", "sí, por favor", "oui volontiers", "ja gerne", "sim", "sì grazie", "ok yes go on then". */
const YES = /^(yes|yeah|yea|yep|yup|ya|sure|please|go ahead|go on|do it|absolutely|definitely|si|claro|vale|dale|porfa|oui|ouais|volontiers|vas y|allez y|d'?\s?accord|ja|jawohl|gerne|bitte|sim|quero|pode|certo|magari|va bene|por favor|s'il vous plait)\b/;
/** Words before a yes that don't change it: "ok yes", "oh yeah", "hmm sure". */
const LEAD_IN = /^((ok|okay|alright|oh|ah|well|hmm|um|erm|then|e|y|et|und) )+/;
const BUT = /\b(but|no|not|don'?t|pero|mais|aber|mas|ma|non|nein|nao)\b/;
const clean = (text: string) => text.replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();

/** A short yes ("yes please do", "sí, por favor", "ok yes go on then"), cleaned; null for anything longer, with a "but" or "no", or going on to ask something ("sure, what are your hours?"). */
export function shortYes(reply: string): string | null {
  const r = clean(normalize(reply));
  const words = r.split(' ').length;
  return words > 6 || (reply.includes('?') && words > 2) || !YES.test(r.replace(LEAD_IN, '')) || BUT.test(r) ? null : r;
}

/**
 * A reply that opens with a short yes and adds no question or "but": "yeah go on, get someone,
 * I'm stood outside the door". "sure, what are your hours?" is not a yes to a person.
 */
function opensWithYes(reply: string): string | null {
  const [first, ...rest] = normalize(reply).split(/[,.!;:\n]+/);
  const more = rest.join(' ');
  return more.includes('?') || BUT.test(clean(more)) ? null : shortYes(first);
}

/**
 * The visitor saying yes to a bot's offer of a person: as much a request for one as asking. Only a
 * short yes counts ("yes please do", "quero sim"), or a reply that opens with one and goes on
 * without a question; "yes but first tell me…" or "ok thanks" does not.
 */
export function acceptsPersonOffer(offer: string, reply: string): string | null {
  const o = normalize(offer);
  if (!o.includes('?') || !OFFER.test(o) || !PERSON.test(o) || !HAND_OVER.test(o)) return null;
  return shortYes(reply) ?? opensWithYes(reply);
}
