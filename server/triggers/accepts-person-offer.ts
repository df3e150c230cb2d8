import { normalize } from './normalize';

/** A bot turn that offers a person: "Would you like me to connect you with our team?", "¿Quieres que te pase con un asesor?" */
const OFFER = /\b(would you like|do you want|shall i|should i|want me to|can i|may i|i can|happy to|quieres que|quiere que|desea que|te paso|le paso|voulez-vous que|voulez vous que|veux-tu que|souhaitez-vous|souhaitez vous|soll ich|mochten sie|willst du|quer que|deseja|vuoi che|vuole che|desidera)\b/;
const PERSON = /\b(team|agent|person|human|colleague|someone|somebody|specialist|advis[oe]r|representative|staff|support|agente|persona|asesor|equipo|conseill\w*|collegue|equipe|mitarbeiter\w*|kolleg\w*|berater\w*|atendente|colaborador\w*|operatore|collega|consulente)\b/;
const HAND_OVER = /\b(connect|transfer|put you through|pass you|hand you|speak|talk|chat|call you|ring you|pase|comunique|transfiera|ponga|hablar|passe|mette|transfere|parler|rappeler|verbinden|weiterleiten|sprechen|transfira|encaminhe|falar|passi|metta|trasferisca|parlare)\b/;

/** A short yes: "yes please do", "sí, por favor", "oui volontiers", "ja gerne", "sim", "sì grazie". */
const YES = /^(yes|yeah|yep|yup|ya|sure|please|go ahead|do it|ok(ay)? (please|go ahead|do it|sure)|si|claro|vale|dale|oui|ouais|volontiers|ja|gerne|sim|certo|va bene|por favor|s'il vous plait)\b/;
const BUT = /\b(but|no|not|don'?t|pero|mais|aber|mas|ma|non|nein|nao)\b/;

/** A short yes ("yes please do", "sí, por favor"), cleaned; null for anything longer, or with a "but" or "no". */
export function shortYes(reply: string): string | null {
  const r = normalize(reply).replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return r.split(' ').length > 6 || !YES.test(r) || BUT.test(r) ? null : r;
}

/**
 * The visitor saying yes to a bot's offer of a person: as much a request for one as asking. Only a
 * short yes counts ("yes please do"); "yes but first tell me…" or "ok thanks" does not.
 */
export function acceptsPersonOffer(offer: string, reply: string): string | null {
  const o = normalize(offer);
  if (!o.includes('?') || !OFFER.test(o) || !PERSON.test(o) || !HAND_OVER.test(o)) return null;
  return shortYes(reply);
}
