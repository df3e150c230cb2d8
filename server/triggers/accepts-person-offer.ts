import { normalize } from './normalize';

/** A bot turn that offers something: "Would you like me to…?", "¿Te paso con…?", "…, ti va?", "…passt das?". */
const OFFER = /\b(would you like|do you want|want me to|want a|shall i|should i|can i|may i|i can|happy to|quieres que|quiere que|queres|quieres|desea que|te paso|le paso|te agrego|te anoto|agendo|voulez-vous que|voulez vous que|veux-tu que|souhaitez-vous|souhaitez vous|je vous (mets|passe|transfere)|soll ich|sollen wir|mochten sie|mochtest du|willst du|passt das|passt es|quer que|quer entrar|queres|deseja|vuoi che|vuole che|vuoi|desidera|posso|ti va)\b/;
const PERSON = /\b(team|agent|person|human|colleague|someone|somebody|specialist|expert|advis[oe]r|representative|handler|staff|support|coordinator|consultant|agente|persona|humano|asesor|equipo|alguien|especialista\w*|tecnico|conseill\w*|collegue|equipe|humain|quelqu'?\s?un|mitarbeiter\w*|kolleg\w*|berater\w*|jemand\w*|mensch|fachleute|atendente|colaborador\w*|alguem|consultor\w*|operatore|collega|consulente|qualcuno|umano|speciali\w*|ufficio|oficina|office|departamento|abteilung|reparto|setor)\b/;
const HAND_OVER = /\b(connect|transfer|put you through|pass you|hand you|speak|talk|chat|call you|ring you|callback|call back|get someone|queue|pase|paso|comunique|transfiera|ponga|hablar|llame|llamada|cola|fila|passe|mette|mettre|mets|mis en relation|transfere|parler|rappeler|file d'?\s?attente|verbinden|weiterleiten|durchstellen|sprechen|chatten|zuruckrufen|ruckruf|anrufen|warteschlange|transfira|transferir|passar|encaminhar|encaminhe|falar|ligue|ligar|passi|metta|trasferisca|parlare|richiamare|chiamare|coda|contatto)\b/;
/** Handing over that can only mean to a person, whoever it names: "Shall I transfer you to her?", "Want me to put you through?", "…kann dich unsere Skischule zurückrufen". */
const TO_A_PERSON = /\b(transfer you|put you through|pass you (over|on)|hand you over|connect you (with|to) (her|him|them|one of|reception|the desk)|call you back|callback|ring you|te paso|le paso|je vous (mets|passe|transfere)|vous transfere|mis en relation|mets en relation|mette en relation|durchstellen|weiterleiten|zuruckrufen|ruckruf|te ligue|ligue para|richiamare|metta in contatto|mettere in contatto|metterti in contatto|metterla in contatto|te transferir|transferir voce)\b/;

/** A short yes: "yes please do", "sí, por favor", "oui volontiers", "ja gerne", "sim", "sì grazie", "ok yes go on then", "sure why not". */
const YES = /^(yes|yeah|yea|yep|yup|ya|sure|please|pls|go ahead|go on|go for it|do it|why not|absolutely|definitely|si|claro|vale|dale|va|porfa|oui|ouais|volontiers|vas y|allez|allez y|d'?\s?accord|ja|jo|jawohl|gerne|passt|bitte|sim|quero|pode|bora|certo|magari|va bene|por favor|s'il vous plait)\b/;
/** A bare "ok" or thumbs-up: a yes only to an offer that is the turn's last question. */
const BARE_OK = /^(ok|okay|k|kk|okey|oki|okk|ok ok)$/;
/** Words before a yes that don't change it: "ok yes", "oh yeah", "hmm sure". */
const LEAD_IN = /^((ok|okay|alright|oh|ah|well|hmm|um|erm|then|e|y|et|und) )+/;
const BUT = /\b(but|no|not|don'?t|pero|mais|aber|mas|ma|non|nein|nao)\b/;
/** A yes to doing it without a person: "va bene il bot, mi iscrivo online", "ok I'll do it myself". */
const ON_MY_OWN = /\b(bot|online|myself|self|solo|sola|sozinh[oa]|selbst|moi meme|da me)\b/;
/** Emoji that say yes, spelt out before the emoji are stripped: "👍", "👌", "✅". */
const clean = (text: string) =>
  text.replace(/\u{1F44D}|\u{1F44C}|\u2705|\u2714/gu, ' ok ').replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();

/** A short yes ("yes please do", "sí, por favor", "ok yes go on then"), cleaned; null for anything longer, with a "but" or "no", or going on to ask something ("sure, what are your hours?"). */
export function shortYes(reply: string): string | null {
  const r = clean(normalize(reply));
  const words = r.split(' ').length;
  return words > 6 || (reply.includes('?') && words > 2) || !YES.test(r.replace(LEAD_IN, '')) || BUT.test(r.replace(/\bwhy not\b/, '')) ? null : r;
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

/** Whether a bot turn (or its last question) offers to hand the visitor to a person. */
const offersPerson = (o: string) => OFFER.test(o) && HAND_OVER.test(o) && (PERSON.test(o) || TO_A_PERSON.test(o));

/**
 * The visitor saying yes to a bot's offer of a person: as much a request for one as asking. Only a
 * short yes counts ("yes please do", "quero sim", "sure why not"), or a reply that opens with one and
 * goes on without a question; a bare "ok" or 👍 counts when the offer is the turn's last question.
 * "yes but first tell me…" or "ok thanks" does not.
 */
export function acceptsPersonOffer(offer: string, reply: string): string | null {
  const o = normalize(offer);
  if (!o.includes('?') || !offersPerson(o)) return null;
  if (ON_MY_OWN.test(normalize(reply))) return null;
  const yes = shortYes(reply) ?? opensWithYes(reply);
  if (yes) return yes;
  const lastQuestion = o.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.includes('?')).pop()!;
  const ok = clean(normalize(reply));
  return BARE_OK.test(ok) && offersPerson(lastQuestion) ? ok : null;
}
