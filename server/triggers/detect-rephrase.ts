import { deu, fra, ita, por, spa } from 'stopword';
import { faqTerm } from '../bot/faq-bot';
import { normalize, wordsOf } from './normalize';

/** Function words of the other five languages, so "¿Y la de 200 ml?" does not share "la" and "de" with the question before. */
const OTHER_STOPWORDS = new Set([...spa, ...fra, ...deu, ...por, ...ita].map((w) => normalize(w)));
/** Chat words that carry no topic but survive the stopword lists ("will", "actually", "exactly"). */
const FILLER = new Set(['will', 'would', 'actual', 'actually', 'exactly', 'really', 'just', 'still', 'mean', 'meant', 'ask', 'asking', 'asked', 'sure', 'able', 'way', 'possible', 'also', 'anywhere', 'somewhere', 'go', 'can', 'could', 'mmm', 'hmm', 'um', 'oh', 'ah', 'great', 'perfect', 'cool', 'nice', 'lovely', 'brilliant', 'cheers', 'yeah', 'yep', 'against', 'anyway', 'then', 'there', 'here', 'now', 'right']);

/**
 * Words that name the same thing in a customer-service question, across wording and languages:
 * each group becomes one concept, so "bin collection over christmas" and "waste pickup in december" meet.
 */
const SYNONYMS: string[][] = [
  ['collect', 'collection', 'pickup', 'pick-up', 'collected', 'recogida', 'ramassage', 'abholung', 'coleta', 'ritiro'],
  ['deliver', 'delivery', 'ship', 'shipping', 'shipped', 'ships', 'dispatch', 'dispatched', 'postage', 'arrive', 'send', 'sent', 'envio', 'entrega', 'livraison', 'expedition', 'versand', 'lieferung', 'liefern', 'spedizione', 'consegna'],
  ['price', 'prices', 'pricing', 'cost', 'costs', 'fee', 'fees', 'charge', 'rate', 'rates', 'precio', 'coste', 'prix', 'tarif', 'preis', 'kosten', 'preco', 'custo', 'prezzo', 'costo'],
  ['bill', 'billed', 'billing', 'invoice', 'invoiced', 'paid', 'factura', 'facture', 'rechnung', 'fatura', 'fattura'],
  ['buy', 'purchase', 'order', 'orders', 'comprar', 'pedido', 'commande', 'acheter', 'bestellen', 'bestellung', 'kaufen', 'encomenda', 'ordine', 'acquistare'],
  ['exchange', 'trade', 'swap', 'trade-in'],
  ['fit', 'fits', 'compatible', 'suitable', 'suit', 'passe', 'passt', 'cabe', 'entra', 'entrer'],
  ['door', 'doorway', 'doorways', 'doors', 'porte', 'puerta', 'tur', 'porta'],
  ['narrow', 'narrowest', 'wide', 'width', 'widest', 'size', 'sizes', 'dimension', 'dimensions', 'measure', 'measurements', 'big', 'large', 'small', 'largeur', 'ancho', 'anchura', 'breite', 'largura', 'larghezza', 'taille', 'talla', 'grosse', 'tamanho', 'taglia'],
  ['date', 'dates', 'schedule', 'timetable', 'calendar', 'day', 'days', 'fecha', 'horario', 'calendrier', 'termin', 'datum', 'orario'],
  ['christmas', 'festive', 'december', 'xmas', 'navidad', 'noel', 'weihnachten', 'natal', 'natale'],
  ['bin', 'bins', 'waste', 'rubbish', 'recycling', 'garbage', 'trash', 'basura', 'poubelle', 'dechets', 'mull', 'abfall', 'lixo', 'rifiuti'],
  ['online', 'internet', 'remote', 'virtual', 'distancia', 'distance', 'fernunterricht'],
  ['course', 'courses', 'class', 'classes', 'lesson', 'lessons', 'curso', 'clase', 'clases', 'cours', 'kurs', 'kurse', 'unterricht', 'corso', 'lezione', 'lezioni', 'aula', 'aulas'],
  ['park', 'parking', 'car park', 'aparcar', 'aparcamiento', 'estacionamiento', 'stationnement', 'garer', 'parken', 'parkplatz', 'estacionar', 'parcheggio'],
  ['coach', 'coaches', 'bus', 'buses', 'minibus', 'autobus', 'autocar', 'reisebus', 'onibus', 'pullman'],
  ['car', 'cars', 'vehicle', 'vehicles', 'van', 'model', 'coche', 'voiture', 'auto', 'carro', 'macchina'],
  ['insured', 'insurance', 'cover', 'covered', 'coverage', 'seguro', 'assurance', 'assure', 'versichert', 'versicherung', 'assicurazione', 'coperto'],
  ['guest', 'guests', 'visitor', 'visitors', 'invitado', 'invite', 'gast', 'gaste', 'convidado', 'ospite', 'ospiti'],
  ['apply', 'application', 'applications', 'enrol', 'enroll', 'register', 'registration', 'sign up', 'inscripcion', 'inscription', 'anmeldung', 'inscricao', 'iscrizione'],
  ['open', 'opening', 'hours', 'abierto', 'horaire', 'ouvert', 'offnungszeiten', 'geoffnet', 'aberto', 'aperto'],
  ['refund', 'money back', 'reimburse', 'reembolso', 'remboursement', 'erstattung', 'ruckerstattung', 'rimborso'],
  ['return', 'returns', 'send back', 'devolucion', 'devolver', 'retour', 'retourner', 'rucksendung', 'devolucao', 'reso'],
  ['stock', 'available', 'availability', 'disponible', 'disponibilite', 'lieferbar', 'verfugbar', 'disponivel', 'disponibile'],
  ['warranty', 'guarantee', 'garantia', 'garantie', 'garanzia'],
  ['dog', 'dogs', 'pet', 'pets', 'cat', 'animal', 'animals', 'perro', 'mascota', 'chien', 'hund', 'haustier', 'cachorro', 'cane', 'animale'],
  ['minimum', 'least', 'min', 'minimo'],
  ['password', 'passcode', 'pin', 'contrasena', 'mot de passe', 'passwort', 'senha'],
  ['account', 'login', 'log in', 'sign in', 'profile', 'cuenta', 'compte', 'konto', 'conta', 'conto'],
  ['phone', 'mobile', 'cell', 'telefono', 'movil', 'portable', 'handy', 'telemovel', 'celular', 'cellulare'],
];

/** Phrases that say one concept in several words ("get it through", "go on"), folded before the words are split. */
const PHRASES: [RegExp, string][] = [
  [/\b(go|goes|get (it|them|this|that|one)) (on|onto|in|into|through)\b/g, ' fit '],
  [/\b(money back|send (it |them )?back|car park|sign (up|in)|log in|mot de passe|trade in)\b/g, ''],
];

/** Numbers and units ("200", "ml", "70cm") say which variant, not what is asked. */
const UNIT = /^(\d+([.,]\d+)?)?(ml|cl|l|cm|mm|m|km|kg|g|gb|tb|mb|in|ft|oz|lb|lbs|x|st|nd|rd|th|h|am|pm|min|mins)?$/;
const stem = (w: string): string | null => (FILLER.has(w) || OTHER_STOPWORDS.has(w) ? null : faqTerm(w));
/** Stem → concept id: the stem of the group's first word. */
const CONCEPT = new Map<string, string>();
for (const group of SYNONYMS) {
  const id = `~${group[0]}`;
  for (const w of group) CONCEPT.set(faqTerm(w.replace(/[\s-]+/g, '')) ?? w, id);
}

/** A message's topics: content words, stemmed, folded into concepts where a synonym group knows them. */
export function topicsOf(text: string): Set<string> {
  let norm = normalize(text);
  for (const [pattern, replacement] of PHRASES) norm = norm.replace(pattern, (m) => replacement || ` ${m.replace(/\s+/g, '')} `);
  const out = new Set<string>();
  for (const w of wordsOf(norm)) {
    if (UNIT.test(w)) continue;
    const t = stem(w.replace(/'s?$/, ''));
    if (t) out.add(CONCEPT.get(t) ?? t);
  }
  return out;
}

/** Two topics meet when equal or when one long stem begins the other ("door" / "doorway"). */
const meets = (t: string, others: Set<string>): boolean => {
  if (others.has(t)) return true;
  if (t.length < 4 || t.startsWith('~')) return false;
  for (const o of others) if (o.length >= 4 && !o.startsWith('~') && (o.startsWith(t) || t.startsWith(o))) return true;
  return false;
};

/**
 * Whether `text` asks the same thing as `previous` in other words: at least `minShared` (default 2)
 * shared topics (stemmed, stopwords dropped, synonyms folded into one concept) covering
 * `minOverlap` (default 0.5) of the shorter message's topics.
 */
export function isRephrase(text: string, previous: string, minOverlap = 0.5, minShared = 2): boolean {
  if (normalize(text) === normalize(previous)) return true;
  const a = topicsOf(text);
  const b = topicsOf(previous);
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const t of a) if (meets(t, b)) shared++;
  // Where one shared topic may do (after an unsure answer), two always do, however long the messages.
  if (minShared < 2 && shared >= 2) return true;
  return shared >= Math.min(minShared, a.size, b.size) && shared / Math.min(a.size, b.size) >= minOverlap;
}
