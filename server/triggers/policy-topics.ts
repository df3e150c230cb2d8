import type { PolicyTopicId } from './policy-topic-ids';

/** A topic a person must handle, with the patterns (over normalized text) that raise it. */
export interface PolicyTopic {
  id: PolicyTopicId;
  label: string;
  /** Any match raises the topic — unless the message is only asking about the policy. */
  patterns: RegExp[];
  /** Topics so serious that even a question raises them (fraud, emergencies, legal threats). */
  always?: boolean;
}

const re = (s: string) => new RegExp(s);

/** Not a year ("2025 invoices"), though round thousands ("2000 flyers") are counts. */
const NOT_A_YEAR = "(?!(?:19[5-9][1-9]|20[0-4][1-9]|20[1-4]0)\\b)";
/** A large count: "400", "3500", "3 500" (French spacing), "a few hundred", "miles de", "centinaia di"; not a price ("£500"). */
const BIG = `(?<![£$€¥]\\s?)(?:${NOT_A_YEAR}[1-9]\\d{0,2}(?: \\d{3})+|${NOT_A_YEAR}[1-9]\\d{2,}|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|a couple(?: of)?) (?:hundred|thousand)|(?:hundreds|thousands) of|(?:cientos|miles|centaines|milliers|centenas|milhares|centinaia|migliaia) (?:de|di)|hunderte|tausende)(?![\\d,.]\\d)`;
/** Roughly, before a count. */
const ABOUT_N = "(?:(?:about|around|roughly|approx\\w*|some|over|more than|up to|nearly|almost|at least|ca\\.?|circa|environ|pres de|plus de|etwa|rund|ungefahr|uber|mehr als|unos|unas|cerca de|mas de|aproximadamente|umas|uns|por volta de|quase|mais de|cerca di|oltre|quasi|piu di) )?";
/** Units of measure, money or points after a number: "500 mb", "300 euros", "200 more" are not a count of things bought. */
const NOT_A_COUNT =
  "(?! ?(?:[£$€%]|(?:k|m|bn|euros?|eur|dollars?|bucks|pounds?|quid|reais|pesos|francs?|chf|usd|gbp|mb|gb|tb|mbps|gbps|megas?|ml|cl|l|litres?|liters?|kg|kilos?|lbs?|mg|g|km|m|cm|mm|ft|feet|miles|metres?|meters?|m2|sq\\w*|w|kw|kwh|watts?|v|mah|hp|mph|calories|kcal|points|pts|credits|tokens|coins|gems|followers|words|characters|pages|minutes|mins|hours|hrs|days|weeks|months|years|nights|more|extra|left|each|apiece|odd)\\b))";
/** People counted for an order or a roll-out, in the six languages. */
const HEADCOUNT =
  "(?:staff|members of staff|employees|workers|people|users|members|students|pupils|learners|delegates|attendees|participants|guests|colleagues|agents|drivers|engineers|nurses|mitarbeiter(?:innen|n)?|beschaftigte[n]?|angestellte[n]?|personen|teilnehmer(?:innen|n)?|gaste[n]?|schuler(?:innen|n)?|leute|kollegen|nutzer|benutzer|empleados|trabajadores|personas|alumnos|estudiantes|asistentes|invitados|colaboradores|usuarios|participantes|salaries|employes|collaborateurs|personnes|eleves|etudiants|invites|utilisateurs|funcionarios|pessoas|alunos|convidados|dipendenti|persone|collaboratori|partecipanti|studenti|alunni|ospiti|utenti|invitati)";
/** Words that make a count a purchase: needing, ordering, quoting, rolling out, in the six languages. */
const PURCHASE =
  "\\b(?:budget|need|needs|needed|want|wanting|looking (?:at|for|to)|planning|plan to|order|ordering|buy|buying|purchas\\w*|book|booking|reserve|quote|pricing|price|discount|deal|contract|licen[cs]\\w*|seats|roll(?:ing)? (?:it |this |them )?out|deploy\\w*|onboard\\w*|equip|kit out|supply|provide|sign up|enterprise|procure\\w*|tender|braucht?en|brauchen|benotig\\w*|bestell\\w*|kaufen|buchen|angebot|rabatt|lizenz\\w*|einfuhren|ausstatten|necesit\\w*|queremos|quisieramos|compra\\w*|pedido|cotiza\\w*|presupuesto|descuento|reserva\\w*|besoin|command\\w*|achet\\w*|devis|remise|deployer|equiper|precis\\w*|encomend\\w*|orcamento|desconto|servono|servirebbero|abbiamo bisogno|vorremmo|ordin\\w*|acquist\\w*|preventivo|sconto|prenot\\w*)\\b";
/**
 * Before a headcount: who it is for or how big the organisation is ("for", "a company of", "we have", "für", "para",
 * "pour"), or a roll-out reaching them ("rolling it out to"); a bare "to" is not enough ("send a message to 500 users").
 */
const HEADCOUNT_LEAD =
  "(?:for|across|among|of|with|has|have|employ\\w*|fur|von|mit|haben|hat|para|con|de|tiene|tenemos|somos|pour|avec|avons|sommes|per|entre|tra|fra|da|di|abbiamo|siamo|com|temos|(?:roll\\w*|deploy\\w*|scal\\w*|expand\\w*|extend\\w*|offer\\w*|provid\\w*|upgrad\\w*|migrat\\w*|mov\\w*)(?: (?:it|this|them|everyone|the \\w+))?(?: out)? to)";
/** A large headcount: "for 280 mitarbeiter", "rolling it out to around 3,500 staff", "a company of 250 people", "para unos 300 empleados". */
const FOR_HEADCOUNT = `\\b${HEADCOUNT_LEAD} ${ABOUT_N}${BIG} (?:\\w+ )?${HEADCOUNT}\\b`;
/** Medicines by name, in the six languages (brands common in those markets). */
const DRUG =
  "(?:ibuprof\\w*|paracetamol\\w*|acetaminophen|aspirin\\w*|nurofen|calpol|tylenol|advil|motrin|piriton|benadryl|zyrtec|cetirizin\\w*|loratadin\\w*|antihistamin\\w*|codeine|co-?codamol|naproxen|sudafed|imodium|melatonin|amoxicillin|antibiotic\\w*|doliprane|dafalgan|efferalgan|tachipirina|dalsy|apiretal|termalgin|gelocatil|ben-u-ron|novalgin\\w*|dipirona|metamizol|buscopan|medicine|medication|meds|medicament\\w*|medicamento\\w*|medikament\\w*|farmac[oi]|fiebersaft|hustensaft)";
/** The same with the forms medicine comes in ("drops", "syrup", "tablets"), for sentences that already name a person to give it to. */
const MEDICINE = `(?:${DRUG}|pills|tablets|capsules|drops|syrup|dose|remedio\\w*|sirop|jarabe|xarope|sciroppo|tropfen|gouttes|gotas|gocce|comprim\\w*|pastillas?|tabletten|compresse)`;

/** The built-in policy topics. Text is normalized first: lowercase, no accents. */
export const POLICY_TOPICS: PolicyTopic[] = [
  {
    id: 'emergency',
    label: 'Emergency',
    always: true,
    patterns: [
      // Gas, burning or smoke in the other languages, however it is put: "riecht es stark nach Gas", "sento puzza di gas", "ça sent le brûlé", "sale humo".
      re("\\briecht (es )?(\\w+ ){0,6}nach (gas|rauch|verbrannt\\w*)\\b|\\b(puzza|odore|puzzo) di (gas|bruciato|fumo)\\b|\\b(ca|ça|il|elle|y) sent (le|la|du) (gaz|brule|fumee)\\b|\\b(huele|olor) a (quemado|humo)\\b|\\b(cheira|cheiro) a (gas|queimado|fumo)\\b|\\bde la fumee (qui )?(sort|sortir)\\b|\\bfumee (qui )?sort\\b|\\b(sale|esta saliendo|saliendo) humo\\b|\\b(rauch|qualm) (kommt|steigt)\\b|\\besce (del )?fumo\\b|\\b(saindo|sai) fuma[cç]a\\b|\\bcarbon monoxide (alarm|detector)s? (keeps|kept|has been|is still) (going off|beeping|sounding)\\b"),
      // Bleeding that goes on, a child who swallowed something, water pouring in, someone alone not answering after an alarm.
      re("\\b(blutet|blutend)\\b|\\b(esta|ta|sigue|segue|continua|ainda ta|ainda esta) (\\w+ )?sangrando\\b|\\bsaigne (encore|beaucoup|toujours|abondamment)\\b|\\bsanguina (ancora|molto|tanto)\\b|\\b(swallowed|has eaten|bit into|chewed|ha (morso|ingoiato|mangiato|ingerito)|a avale|a mange|se (trago|comio)|engoliu|mordeu|comeu|(hat|hab) .{0,30}(verschluckt|gegessen|zerbissen))\\b.{0,60}\\b(batter\\w*|capsul\\w*|kapsel\\w*|pods?|tabs|magnet\\w*|pil[ae]s?|pilhas?|piles?|tablett\\w*|pastill\\w*|comprim\\w*|button cell|knopfzelle)|\\b(schiuma|espuma|mousse|schaum) (dalla|por la|de la|na|vor dem)? ?(bocca|boca|bouche|mund)|\\bbocca piena di schiuma\\b"),
      re("\\b(inonde|inondee|inondes|inondation|allagat[oa]|allagamento|alagad[oa]|alagamento|uberschwemmt|unter wasser)\\b|\\b(eau|l'eau) qui (coule|sort|rentre|entre) (du|par le|de|dans)\\b|\\b(esta |sigue |sta )?(saliendo|sale|entrando|entra|esce|entrando|a entrar|saindo|sai) (\\w+ )?(agua|acqua|l'acqua)\\b|\\bwasser (lauft|kommt|sprudelt|tropft) (\\w+ ){0,3}(aus|durch|von|ins|in die)\\b|\\b(se (rompio|revento|reviento|ha roto)|reviento|revento|estallo|se ha roto|si e rotto|e scoppiato|rebentou|estourou|ist geplatzt|a eclate) (un |una |el |la |il |o |a |der |die |un tuyau |le tuyau )?(\\w+ )?(cano|caneria|tuberia|tubo|tubería|cano|tuyau|rohr|wasserrohr|leitung)\\b|\\balarm (went|has gone|is going|just went) off\\b.{0,120}\\b(not answering|no answer|isn'?t answering|can'?t (reach|get hold of))\\b"),
      // Smelling gas or burning, however it is put: "it smells like gas in the hallway".
      re("\\b(smells?|smelling|stinks?|reeks?) (strongly )?(like|of) (gas|burning|smoke)\\b|\\b(i|we) can smell (gas|burning|smoke)\\b"),
      // Injuries and bodies in danger: heavy bleeding, head blows, not waking, boats drifting onto rocks.
      re("\\bbleeding (\\w+ )?(a lot|heavily|badly|profusely|everywhere|non.?stop)|\\bwon'?t stop bleeding|\\b(hit|banged|cracked|bumped) (his|her|their|my) head\\b.{0,80}\\b(bleed\\w*|blood|sick|vomit\\w*|dizzy|unconscious|passed out|wake|drowsy|confused|not responding|seizure)|\\bhead injury|\\b(won'?t|isn'?t|not) (wake|waking) up|\\b(drifting|being (blown|pushed)) (onto|towards?|into) (the )?(rocks|reef|shore)|\\b(verso gli scogli|hacia las rocas|vers les rochers|auf die felsen|contra as rochas|sangra mucho|saigne beaucoup|blutet stark|sangrando muito|sanguina molto)\\b"),
      re("\\b((i can )?smell (of )?gas (in|at|from|coming)|gas (leak|smell) (in|at|from)|there'?s a (gas leak|smell of gas)|carbon monoxide (alarm|detector) (is )?(going|beeping|went)|chest pains?|can'?t breathe|cannot breathe|not breathing|overdos|kill (myself|me)|suicid|self.harm|unconscious|heart attack|bleeding (heavily|a lot)|(is|are|it'?s) on fire|sparking|power lines? (down|fell)|live wires?|flood(ing|ed) (my|the) (flat|house|kitchen|home)|water (is )?(\\w+ )?(pouring|gushing|everywhere|coming through)|hit by a car|smoking and hissing|(is )?(smoking|hissing|sparking) on the charger|burning smell|smells? of burning|(he'?ll|she'?ll|they'?ll|going to|gonna) (hurt|kill|attack) (me|us)|(tomou|bebeu|engoliu) (o|a|os|as|um|uma) (xarope|remedio|comprimidos?|pilhas?|bateria)|sta prendendo fuoco|(esta|esta a) pegar fogo|prende fuoco|brucia|huele (\\w+ )?a gas|wasser (\\w+ ){0,3}aus der decke|smoke (is )?(coming|pouring)|taking on water|sinking|threaten(ing|ed) (me|to)|coming round tonight|(stalking|harassing) me|in danger|locked (out|in)\\b.{0,60}\\b(baby|child|toddler|kid)|(kleinkind|kind|baby) (ist )?allein|(aus versehen|versehentlich) .{0,50}(tabletten|medikamente)|(tabletten|medikamente) .{0,40}genommen|took (someone else'?s|the wrong|my \\w+'?s) (pills|tablets|medication|meds)|blood (coming|pouring)|collapsed|seizure|poisoned|ate (rat poison|chocolate|antifreeze)|(this|it) is an emergency|it'?s an emergency|medical emergency|call (an|the) ambulance|(has|have|just) (just )?swallowed|swallowed (some|a|my|the)|allergic reaction|anaphyla|choking)\\b"),
      re("\\b(fuga de gas|olor a gas|dolor (en el|de) pecho|no puedo respirar|es una emergencia|odeur de gaz|fuite de gaz|douleur (a la|dans la) poitrine|c'est une urgence|gasgeruch|gasleck|brustschmerz|(das ist|es ist) ein notfall|cheiro (a|de) gas|vazamento de gas|dor no peito|e uma emergencia|fuga di gas|odore di gas|dolore al petto|e un'?emergenza)\\b"),
    ],
  },
  {
    id: 'security',
    label: 'Account security or fraud',
    always: true,
    patterns: [
      // A login, payment or device the visitor does not recognise: "a login from Brazil, I've never been", "no idea what that is".
      re("\\b(a|an|the|this|that|one|some|two) (\\w+ )?(log.?in|sign.?in|session|device|payment|charge|transaction|debit|purchase|withdrawal)s?\\b(?! (page|screen|button|form|link|method|option|details))\\b.{0,120}\\b(never (been (to|in)|heard of|made (it|this|that|them)|authori[sz]ed|ordered)|no idea what (that|this|it|they) (is|are)|don'?t (recogni[sz]e|know) (it|this|that|them|who|where)|didn'?t (make|do|authori[sz]e) (it|this|that|them)|(is|was|wasn'?t) not (mine|me)|(i|we|i'?ve|we'?ve) (\\w+ )?(never|didn'?t|did not) (made|make|authori[sz]ed?|recogni[sz]ed?))\\b"),
      // A wallet, card or phone stolen, in the other languages: "me robaron la cartera", "mi hanno rubato il portafoglio", "s Portemonnaie gstohle".
      re("\\b(robaron|han robado|ha robado|robado|robada|roubaram|roubado|roubada|furtad[oa]|furtaram|vole|volee|voles|on m'a vole|gestohlen|gstohle\\w*|geklaut|rubato|rubata|rubati|scippat[oa])\\b.{0,60}\\b(cartera|billetera|tarjetas?|bolso|celular|movil|carteira|cartao|cartoes|telemovel|portefeuille|cartes?|sac|portable|portemonnaie|geldbeutel|brieftasche|\\w*karten?|handy|portafoglio|carta|carte|bancomat|borsa|cellulare)\\b|\\b(cartera|billetera|tarjeta|carteira|cartao|portefeuille|carte bancaire|portemonnaie|geldbeutel|brieftasche|\\w*karte|portafoglio|carta|bancomat)\\b.{0,40}\\b(robad[oa]|roubad[oa]|furtad[oa]|volee?|gestohlen|gstohle\\w*|geklaut|rubat[oa])\\b"),
      // A charge the visitor does not recognise, in the other languages, or with the card still in hand.
      re("\\b(cargo|compra|pago|movimiento|cobro|paiement|prelevement|debit|abbuchung|zahlung|buchung|addebito|pagamento|transacao|transaccion|transazione|compra)s?\\b.{0,120}\\b(que no (hice|he hecho|reconozco|realice|autorice)|no (lo )?reconozco|je ne (le |la )?reconnais pas|que je n'ai (pas|jamais) fait|(die|den) ich nicht (kenne|erkenne|gemacht|getatigt)\\w*|nicht von mir|nao reconheco|que (eu )?nao fiz|non (lo |la )?riconosco|che non ho (mai )?fatto)\\b|\\b(con|with|avec|mit|com) (la|the|my|ma|meiner|der|o|a) (tarjeta|card|carte|karte|cartao|carta) (en|in|dans|na|nella) (la|my|ma|der|a|mia|mi) (mano|hand|main|mao)\\b"),
      // Someone else got into the account: "someone must have got in", "listings I never listed".
      re("\\b(someone|somebody) (must have|must'?ve|has|had|may have) (got|gotten|broken|logged|hacked) (in|into)\\b|\\b(that|which) (i|we) (never|didn'?t|did not) (list|listed|post|posted|send|sent)\\b"),
      // A card lost or stolen with the wallet, bag or phone: "my wallet got nicked and my card was in it".
      re("\\b(wallet|purse|bag|handbag|phone|cards?)\\b.{0,20}\\b(got|was|were|been|has been|have been) (\\w+ )?(stolen|nicked|pinched|lost|taken|snatched|robbed)\\b.{0,80}\\b(card|bank|account)|\\b(lost|stole|nicked) my (bank |debit |credit )?card|\\b(card|wallet|purse)s?\\b.{0,40}\\b(got|was|were|been) (\\w+ )?(stolen|nicked|pinched|snatched|robbed)\\b"),
      // Credentials changed by someone else, in the other languages: "cambiaron la contraseña … yo no fui".
      re("\\b(cambiaron|han cambiado) (la |mi )?(contrasena|clave|correo)|\\b(yo no fui|eu nao fui|moi je n'ai rien fait|ich war (das|es) nicht)\\b|\\bquelqu'un a change (mon )?(mot de passe|e-?mail)|\\b(mudaram|alteraram) (a )?(minha )?senha|\\bhanno cambiato (la )?(mia )?password|\\bpasswort (wurde )?(ohne|einfach )?geandert"),
      re("\\b((i'?ve been|i was|i got|we'?ve been|we were|been) (hacked|scammed|phished)|(my|our) (\\w+ )?(account|email|card) (was|has been|got|is) (hacked|compromised|stolen)|fraudulent (charge|payment|transaction|activity)|fraud on my|victim of (fraud|a scam)|identity theft|stolen (card|identity)|card (was|got|has been) stolen|(i want to|i need to|i'?d like to|i'?m) report(ing)? (a |some )?(fraud|scam|phishing))\\b"),
      re("\\b(someone|somebody|a stranger|they) (has |have )?(just )?(logged|log|got|broke|accessed|used|is using|changed|taken|made|spent)( \\w+){0,3} (into |in to |in |on |with )?(my|our) (\\w+ )?(account|card|password|email|details)"),
      re("\\b(didn'?t|did not|never) (make|authori[sz]e|order|buy|book|recogni[sz]e)( this| that| these| those| the| any)? (payment|purchase|transaction|charge|order|booking|flight)s?"),
      re("\\bthat (i|we) (\\w+ )?(never|didn'?t|did not) (made|make|authori[sz]ed?|book(ed)?|order(ed)?|buy|bought)\\b"),
      re("\\b(fake (profile|account)|pretending to be me|impersonat\\w+ me)"),
      re("\\b(someone|somebody)('?s| is| has been)? (using|used) (my|our) (card|account|details|login)|(?<!\\bhow (to|do i|can i|would i|could i) )\\b(lock|disable|block|suspend|freeze) (her|his|their|my|our|the) (\\w+ )?(account|card|access)\\b|quelqu'?un a (accede|pirate|utilise)|c'?est pas moi|ce n'?est pas moi"),
      re("\\b(someone|somebody)('s| has| is)? (been )?(\\w+ing) .{0,30}\\b(on|with|from|into) (my|our) (account|card)|\\balguem (esta )?(a usar|usando) (a )?minha conta|\\bque (eu )?nao fiz"),
      re("\\b(i think )?(it|that|this) (was|is|might be|looks like) (a )?(scam|phishing|fraud)\\b|\\b(clicked|opened) (on )?(a|the|that) (link|attachment)\\b.{0,80}\\b(card|password|pin|details|security code|bank)|\\b(typed|entered|gave|put) (in )?(my )?(card|password|pin|security code|bank details)"),
      // Charges the visitor did not make, in the other languages: "dos compras en la tarjeta que yo no hice", "des prélèvements que je n'ai pas faits".
      re("\\b(compras?|cargos?|cobros?|consumos?|movimientos?|transacci\\w+|pagos?|achats?|paiements?|debits?|prelevements?|operations?|transactions?|abbuchung\\w*|buchung\\w*|zahlung\\w*|einkauf\\w*|umsatz\\w*|belastung\\w*|cobrancas?|transac\\w+|pagamentos?|movimentos?|acquist[oi]|addebit[oi]|pagament[oi]|transazion[ei]|moviment[oi]|operazion[ei])\\b.{0,120}\\b(que (yo )?(no|nunca) (hice|he hecho|realice|autorice|reconozco)|que je n'ai (pas|jamais) (fait|faite?s?|effectue\\w*|autorise\\w*)|que je ne reconnais pas|die ich (nicht|nie) (gemacht|getatigt|autorisiert|veranlasst|kenne|erkenne)|que (eu )?(nao|nunca) (fiz|reconheco|autorizei|realizei)|che non (ho (mai )?(fatto|autorizzato|effettuato)|riconosco))\\b"),
      re("\\b(that|it|this) (wasn'?t|was not) (me|us)\\b|\\b(i|we) didn'?t do (this|that)\\b|no fui yo|ce n'etait pas moi|das war ich nicht|nao fui eu|non sono stat[oa] io"),
      re("\\bjemand( \\w+){0,8} (eingeloggt|angemeldet|zugegriffen)|\\b(alguien|quelqu'un|qualcuno|alguem)( \\w+){0,6} (entro|accedio|s'est connecte|ha fatto|ha usato|acessou|entrou)"),
      re("\\b(unauthori[sz]ed|unknown|suspicious) (payment|transaction|charge|login|log.in|access|activity|purchase)"),
      re("\\b(password|email|phone number) (was |has been |got )?changed (without|but i didn'?t)"),
      re("\\b(hackead[oa]|robaron mi|pirate|piratee|usurpation|gehackt|betrugerisch|hackerat[oa]|roubaram|(soy|fui) victima de (un )?fraude|victime d'une (fraude|arnaque)|opfer (von|eines) betrug\\w*|vittima di (una )?(truffa|frode))\\b"),
      re("\\b(gave|read|told) (them|him|her|someone|the caller)? ?(the )?(code|pin|password|passcode)\\b|(has|have) (gone|disappeared|vanished) from my account|missing from my account|using your (logo|name|brand)|fake (site|website|shop)|pretending to be (you|from you)|(le|les) he dado (el|mi) codigo|que no he hecho|che non ho fatto|que (eu )?nunca contratei|(ho|ha) inserito i miei dati|jemand hat .{0,40}geandert|ohne mein wissen|nicht mehr ins konto"),
    ],
  },
  {
    id: 'legal',
    label: 'Legal threat',
    always: true,
    patterns: [
      re("\\b(processo em tribunal|livro de reclamacoes|avancar com um processo|azione legale|vie legali|denuncia(?! (en|a|ante) (la )?(policia|comisaria|guardia civil))|in tribunale)\\b"),
      re("\\b(my|our) (lawyer|solicitor|attorney|legal team)\\b|\\b(get|getting|contact|contacting|call|calling|speak(ing)? (to|with)|consult(ing)?|involve|involving|hire|hiring|instruct(ing)?|see(ing)?|talk(ing)? to) (a|an) (lawyer|solicitor|attorney)\\b|\\b(sue|suing|lawsuit|legal action|take you to court|small claims|trading standards|ombudsman|report you to)\\b"),
      re('\\b(mi abogado|demandar|demanda judicial|mon avocat|poursuivre en justice|porter plainte|mein anwalt|verklagen|rechtliche schritte|meu advogado|processar voces|mio avvocato|fare causa|fargli causa|farle causa|vie legali)\\b'),
    ],
  },
  {
    id: 'billing',
    label: 'Billing dispute',
    patterns: [
      // Billed for a time or thing the visitor disputes: "billed me for march and I wasn't even a member", "two charges … same day".
      re("\\b(charged|billed|debited|invoiced) (me|us)\\b.{0,60}\\b(wasn'?t|weren'?t|never|not even|didn'?t|already (cancel|clos|end|left)\\w*|i (cancel|clos|end)\\w*|even though|despite)\\b|\\b(got|see|seeing|there'?s|there are|have|showing|appeared|two|2)\\b.{0,15}\\b(two|2|three|3|multiple|several|duplicate|double) (\\w+ )?(charges|payments|debits|transactions)\\b"),
      re("\\b(charged|billed|debited|taken) (me |my \\w+ )?(twice|two times|double|again|wrong|the wrong amount|too much|after (i )?cancel)"),
      re("\\b(invoice|bill|quote) (is|was|came to) .{0,25}(more|higher) than (the |our |what )?(quote|agreed|we agreed|signed)|\\bnot paying (the difference|this|that|it) until|zweimal .{0,30}abgebucht|doppelt abgebucht"),
      re("\\b(double|duplicate|wrong|incorrect|extra) (charge|payment|billing|invoice)s?\\b|\\bovercharg|\\bchargeback\\b|\\bdispute (a |the |this )?(charge|payment|bill|invoice)"),
      re("\\b(went out|came out|taken|collected|debited|charged|billed|paid)\\b.{0,30}\\btwice\\b|\\bcancel\\w*\\b.{0,60}\\b(still|yet) (took|charged|billed|taken|debited)|\\b(i'?m|we'?re) not paying\\b|\\bwant (it|this|that) investigated\\b|abgebucht statt|zu viel abgebucht|mehr abgebucht als|cobrad[oa] (\\w+ ){0,3}dos veces|cobraron (\\w+ ){0,3}dos veces"),
      re("\\b(still|keep|kept) (being )?(charg|bill)(ed|ing)\\b|\\bi'?m disputing|\\bdisputing (this|the|my|it)|\\b(bill|invoice|charge) (is|was|looks) (wrong|incorrect)|that can'?t be right"),
      // Two charges for one thing, in the other languages: "duas cobranças de 55,90 no meu cartão", "dos cargos iguales".
      re("\\b(duas|dos|deux|zwei|due|doble|dobles|doppi|doppie|duplas?) (\\w+ ){0,2}(cobrancas?|cobros|cargos|debitos|prelevements|debits|abbuchungen|belastungen|addebiti|pagamentos|pagos|paiements)\\b|\\b(cobra\\w*|debit\\w*|abgebucht|addebitat\\w*|prelev\\w*) (\\w+ ){0,3}(duas vezes|dos veces|deux fois|zweimal|due volte)\\b"),
      // Charged for something never taken out: "não contratei nada a mais", "no contraté eso", "je n'ai jamais souscrit".
      re("\\bnao contratei\\b|\\bno (he )?contrat(e|ado)\\b|\\bje n'ai (pas|jamais) (souscrit|commande)\\b|\\bhabe ich (nie|nicht) (bestellt|gebucht|abgeschlossen)\\b|\\bnon ho (mai )?(sottoscritto|attivato|ordinato)\\b|\\bquero que (corrijam|estornem)\\b|\\bquiero que (me )?(corrijan|devuelvan)\\b|\\bi never (signed up|subscribed|agreed) (for|to)\\b"),
      re('\\b(cobrado dos veces|cobraron dos veces|cobro (doble|duplicado|indebido)|debite deux fois|preleve deux fois|double prelevement|doppelt (abgebucht|berechnet)|falsche rechnung|cobrado duas vezes|cobranca indevida|addebitato due volte|doppio addebito)\\b'),
    ],
  },
  {
    id: 'refund',
    label: 'Refund request',
    patterns: [
      // Money asked back onto the card or account, whatever it is called: "just want the fare put back on my card".
      re("\\b(want|need|like|expect)\\b.{0,20}\\b(fare|money|payment|deposit|amount|cash|fee|ticket price|cost)s? (put |paid |sent |credited )?back\\b|\\b(put|pay|paid|credit|credited|refund|refunded|return|returned|send|sent) (the |my |our )?(\\w+ )?back (on|onto|to|into) my (card|account)"),
      re("\\b(i want|i need|i'?d like|i demand|give me|get me|i expect|i'?m owed|i am owed|requesting|request|process|i'?m asking for|i'?m requesting) (a |my |the )?(full |partial |cash )?(refund|money back)"),
      re("\\b(refund (me|my|it|them|these|those|this|the remaining|the order|order|for (my|order|the))|my money back|want (my )?money back)\\b"),
      re("\\b(want|need|demand) (that |this |the |my |our )?money back\\b"),
      re("\\b(want|need|demand|expect|like) (\\w+ ){0,10}(refunded|credited back|taken off (my|the) (bill|account|invoice))\\b"),
      // Asking for the money back in the other languages: "quero o estorno de uma delas", "exijo el reembolso", "je demande le remboursement".
      re("\\b(quero|queria|preciso|exijo|peco|solicito|gostaria de|gostaria do) (o |um |meu |a |do )?(estorno|reembolso|ressarcimento)\\b|\\b(quiero|exijo|necesito|pido|solicito|quisiera) (la devolucion del? (mi )?dinero|el reembolso|un reembolso|que me (devuelvan|reembolsen|regresen))\\b|\\bje (veux|voudrais|demande|exige|souhaite) (le |un |mon )?remboursement\\b|\\bich (will|mochte|verlange|fordere|hatte gern) (mein geld|eine (ruck)?erstattung|die (ruck)?erstattung)\\b|\\berstatten sie mir\\b|\\b(voglio|vorrei|chiedo|pretendo|esigo) (il |un )?rimborso\\b|\\brivoglio i (miei )?soldi\\b"),
      re('\\b(quero o reembolso|quero (o )?reembolso integral|quiero (un |mi )?reembolso|devuelvan (mi|el) dinero|devolv\\w* (el|ese|mi|este) dinero|je veux (un |mon |etre )?rembours\\w*|remboursez.moi|rembourser ma|ich will (mein geld|eine ruckerstattung)|geld zuruck|quero (o meu |meu )?(reembolso|dinheiro de volta)|voglio (il |un )?rimborso|rimborsatemi|ridatemi i soldi)\\b'),
    ],
  },
  {
    id: 'cancellation',
    label: 'Cancellation',
    patterns: [
      // Close/cancel requests opened by "pls"/"plz"/"kindly": "pls close my account, moving abroad".
      re("\\b(pls|plz|kindly|could you|can you) (cancel|terminate|close|end) (my|our) (\\w+ ){0,2}(subscription|account|plan|membership|contract|service|policy|booking|order|insurance|cover)"),
      re("\\b(i want|i need|i'?d like|please|i wish|want|need|i'?ve decided|we'?ve decided|we want|we need) (to )?(cancel|terminate|close|end) (my|our|the|this) (\\w+ )?(subscription|account|plan|membership|contract|service|policy|booking|order|direct debit)"),
      re("\\b(please|so|just|then) cancel (it|that|this)\\b|\\bcancel (it|that) (then|now|please)\\b|^(please )?cancel (booking|order|subscription|reservation) [a-z]{0,4}-?\\d"),
      re("(^|[,.;:—-] ?|\\b(just|please|so|then|ok|okay|right|alright|fine) )(cancel|terminate|close) (my|our|this) (\\w+ ){0,2}(subscription|account|plan|membership|contract|service|policy|booking|order|insurance|cover|broadband|line|tariff)"),
      re('\\bhiermit (kundige|storniere|widerrufe) ich\\b|\\bje resilie (mon|ma|par la presente)\\b|\\bpor la presente (cancelo|doy de baja)\\b|\\bcon la presente (disdico|recedo)\\b'),
      re('\\b(mochte|moechte|will|wollen)\\b.{0,60}\\b(kundigen|stornieren)\\b|\\b(quisiera|quiero|necesito) (dar de baja|cancelar|anular)|\\b(je (veux|voudrais|souhaite)) (resilier|annuler)|\\b(quero|gostaria de) (cancelar|encerrar)|\\b(vorrei|voglio) (disdire|annullare|cancellare|recedere)'),
      re("\\b(cancel|terminate|close) (my|our) (\\w+ )?(subscription|account|plan|membership|contract|service|policy|booking|order),? (now|today|immediately|right now|asap|effective)"),
      // Their own plan named by a pronoun, once the terms are known: "ok well please cancel mine then", "can you cancel ours", "annulez le mien".
      re("\\b(please |pls |plz |kindly |(can|could|would) you (please |just )?|go ahead and |i'?d like (you )?to |i want (you )?to |i need (you )?to |you can |then )?cancel (mine|ours|my one|our one)\\b(?! (if|when|before|after|too early)\\b)|\\b(please|pls|plz|kindly|(can|could|would) you( please)?|go ahead and) cancel (it|that|this|them|both)\\b(?! (if|when|before|after|because)\\b)"),
      re('\\b(cancel\\w*|anul\\w*|da(r|d|dme)? de baja) (la|el) mi[ao]\\b|\\b(annule[zr]?|resilie[zr]?) (le|la) mien(ne)?\\b|\\b(kundigen|stornieren) sie (meinen|meine|meins|mein|den|das)\\b|\\bcancel\\w* (o meu|a minha)\\b|\\b(annulla\\w*|disdi\\w*|cancella\\w*) (il|la) mi[oa]\\b'),
      re('\\b(quiero (cancelar|dar de baja)|cancelen mi|je veux (annuler|resilier)|resiliez mon|annulez mon|ich (will|mochte) (kundigen|stornieren)|kundigen sie|quero cancelar|cancelem (a|o) minha|voglio (disdire|annullare|cancellare)|disdite il)\\b'),
    ],
  },
  {
    id: 'complaint',
    label: 'Complaint',
    patterns: [
      re("\\b(want|like|need) (it|this|that|the matter) (formally |properly |fully )?investigated\\b|\\bit'?s a (formal )?complaint\\b"),
      re("\\b(food poisoning|made (us|me|my \\w+) (ill|sick))\\b|\\b(formal complaint|make a complaint|file a complaint|lodge a complaint|raise a complaint|i want to complain|i'?d like to complain|i wish to complain|complaint about (your|the|my))\\b"),
      re('\\b(reclamacao formal|queixa formal|(apresentar|registrar|registar|fazer) uma (reclamacao|queixa)|queja formal|reclamacion formal|plainte formelle|reclamation formelle|formelle beschwerde|reclamo formale|reclamo ufficiale)\\b'),
      re('\\b(poner una (queja|reclamacion)|hoja de reclamaciones|quiero (quejarme|reclamar)|deposer une (plainte|reclamation)|faire une reclamation|beschwerde (einreichen|einlegen)|ich mochte mich beschweren|fazer uma reclamacao|quero reclamar|presentare (un )?reclamo|fare un reclamo)\\b'),
    ],
  },
  {
    id: 'high-value',
    label: 'High-value sale',
    patterns: [
      // A large quantity counted in pieces ("400 of these", "ca. 600 Stück", "180 pezzi"), not a pack size.
      re("(?<!(pack|box|set|bag|tub|roll|carton|bundle) of )\\b(around |about |roughly |approx\\w* |some |over |ca\\.? |circa |environ |etwa |rund |unos |unas |cerca de )?([1-9]\\d{2,}) (of (these|them|those|this)|stuck|stk|pezzi|unidades|unites|exemplaires|pcs|pieces)\\b"),
      // A large quantity needed for an organisation: "180 for our company", "ne servono 180 per la nostra azienda".
      re("(?<![£$€¥]\\s?)\\b([1-9]\\d{2,})\\b[^\\d.?!]{0,40}\\b(for (our|all (our|the)|each of our|every one of our) (schools?|company|staff|employees|team|office|branches|stores|sites|members|clients|academ\\w+|trust)|per (la nostra|il nostro|i nostri|le nostre|tutt[ei]) |para (nuestr[ao]s?|tod[ao]s (l[ao]s|nuestr)|a nossa|o nosso|os nossos|as nossas) |pour (nos|notre|tous nos|toutes nos) |fur (unsere|alle) )"),
      re('\\b(quote|pricing|price|order|purchase|buy|deal) (for|of) ([5-9]\\d|[1-9]\\d{2,}|fifty|hundred|hundreds of|a fleet|a whole fleet) '),
      re('\\b(fleet of|bulk order of|order of) ([1-9]\\d{1,}|fifty|a hundred)\\b'),
      re('\\b([2-9]\\d|[1-9]\\d{2,}) (licen[cs]es|seats|users|units|bikes|e-?bikes|laptops|rooms|vehicles|devices) (for|at) (our|my|the) (company|team|business|firm|office|school|hotel|fleet)'),
      re('\\b([1-9]\\d{2,})\\b (\\w+ ){0,2}(copies|units|items|stores|locations|pieces|kits|meals|boxes|staff|employees|homes|properties|sites|buildings|schools)\\b.{0,100}\\b(quote|price|pricing|deal|contract|discount|rate)'),
      re('\\b([1-9]\\d{2,}) (\\w+ ){0,3}(sims?|chromebooks?|laptops?|tablets?|phones?|licen[cs]es|seats|users|units|bikes|vans|cars|devices|rooms|tickets|copies)\\b|\\b(flota|flotte|frota|flotta|fuhrpark) (de |di |von )?([2-9]\\d|[1-9]\\d{2,})'),
      // A chain of shops or sites: "a chain of 38 bakeries", "une chaîne de 38 boulangeries".
      re('\\b(chain|network|group) of ([2-9]\\d|[1-9]\\d{2,}) (\\w+ )?(shops|stores|branches|restaurants|hotels|clinics|gyms|bakeries|sites|locations|cafes|pharmacies|salons|offices)\\b|\\b(chaine|reseau|cadena|red|rede|catena|kette|gruppe) (de|di|von|mit) ([2-9]\\d|[1-9]\\d{2,}) \\w+'),
      re('\\benterprise (plan|contract|licen[cs]e|deal) for\\b|\\b(whole|entire) fleet\\b'),
      // A large headcount in a purchase or roll-out: "rolling it out to around 3,500 staff", "bräuchten 6-Tages-Pässe für 280 mitarbeiter".
      re(`${PURCHASE}.{0,120}?${FOR_HEADCOUNT}|${FOR_HEADCOUNT}(?=.{0,120}${PURCHASE})`),
      // A large count needed or ordered, whatever the thing: "we'd need about 1,200", "on voudrait en commander 500" (not "order 55821", a reference).
      re(`\\b(?:need|want|(?:to|we'?d|we'?ll|we|i'?d|i'?ll|i) order|ordering|buy|buying|print|printing|require|looking for|quote for|price for|pricing for|braucht?en|brauchen|benotigen|bestellen|necesitamos|necesitariamos|necesitaria|queremos|pedir|besoin de|commander|precisamos|precisariamos|encomendar|servono|servirebbero|ordinare) (?:(?:en|ne|davon|de|of) )?${ABOUT_N}${BIG}\\b${NOT_A_COUNT}`),
      // A count for an event or the organisation: "1,200 for a company conference", "500 pour un séminaire", "300 para un congreso".
      re(`\\b${BIG}\\b${NOT_A_COUNT}[^\\d.?!]{0,40}\\b(?:for|fur|para|pour|per) (?:a|an|the|our|un|une|una|um|uma|el|la|le|il|lo|o|der|die|das|den|dem|eine?[nm]?|unsere?[nm]?|nuestr[ao]s?|notre|nos|nostr[ao]|la nostra|il nostro|a nossa|o nosso) (?:\\w+ )?(?:company|corporate|conference|convention|congress|event|summit|expo|trade show|exhibition|festival|launch|seminar|firm|staff|workforce|congreso|evento|seminario|empresa|feria|conference|seminaire|salon|evenement|entreprise|societe|konferenz|veranstaltung|messe|firma|tagung|kongress|firmenevent|firmenfeier|convegno|conferenza|fiera|azienda|congresso|feira|empresa)\\b`),
      re('\\b([1-9]\\d|[1-9]\\d{2,})\\b (\\w+ ){0,3}(vans|cars|trucks|vehicles|licen[cs]es|seats|desks|laptops|devices)\\b.{0,60}\\b(deal|quote|price|contract|lease|buy|order|volume|hire)|\\b([2-9]\\d|[1-9]\\d{2,})[ -](person|people|employee|staff|seat|desk)s? (team|company|office|business)\\b'),
      re('\\b(need|want|book|order|buy|quote|looking for|interested in|reserve)\\b.{0,30}?\\b([2-9]\\d|[1-9]\\d{2,}) (rooms|licen[cs]es|seats|users|units|bikes|e-?bikes|laptops|vehicles|devices|people|guests|delegates|tickets)\\b'),
      re('\\b(presupuesto para|devis pour|angebot fur|orcamento para|preventivo per) ([5-9]\\d|[1-9]\\d{2,})\\b'),
    ],
  },
  {
    id: 'regulated-advice',
    label: 'Regulated advice (medical, legal or financial)',
    // "Should I…" about one's own health, money or legal position is never a general question.
    always: true,
    patterns: [
      // Dosing a medicine for a child: "can I give Advil to my 4-month-old", "combien lui donner", in the six languages.
      re("\\bcan i give (\\w+ ){1,3}to (my|a) (\\d+.(month|year|week).old|baby|daughter|son|child|kid|toddler|newborn)|\\bcan i give (my|a) (\\d+.(month|year|week).old|baby|daughter|son|child|kid|toddler|newborn) (some |any |a )?(\\w+ )?(medicine|medication|dose|pills?|tablets?|drops|syrup|paracetamol|ibuprofen|calpol|tylenol|advil|motrin|nurofen|aspirin|antihistamines?)|\\b(donner|dar|darle|dare|geben) (\\S+ ){0,3}?(l')?(medicament|medicamento|medikament|farmaco|remedio|sirop|jarabe|xarope|sciroppo|saft|tropfen|gouttes|gotas|gocce|comprime|pastilla|tablette|compressa|paracetamol|ibuprof|doliprane|advil|tachipirina|dafalgan|nurofen|tylenol|aspirin|efferalgan)\\w*\\b.{0,30}\\b(ma fille|mon fils|mon bebe|mon enfant|a mi (bebe|hij[oa]|nin[oa])|(ao meu|a minha) (bebe|filh[oa])|(al mio|alla mia|a mio|a mia) (bambin[oa]|figli[oa]|neonat[oa])|(meinem|meiner) (baby|kind|tochter|sohn))|\\b(combien\\b.{0,30}\\b(lui|leur) donner|cuanto\\b.{0,30}\\b(le (doy|debo dar|puedo dar)|darle)|quanto\\b.{0,30}\\blhe (dou|devo dar|posso dar)|quanto\\b.{0,30}\\b(gli|le) (do|devo dare|posso dare)|wie ?viel\\b.{0,30}\\b(soll|darf|kann) ich (ihm|ihr|meinem|meiner))\\b"),
      // A medicine dosed for a particular person, by pronoun, weight or age: "can i give her nurofen on top now and how much, shes about 16kg", "pesa 14 kilos, ¿cuánto ibuprofeno?".
      re(`\\b((can|could|should|may|do) (i|we)|(is it|it'?s|would it be) (ok|okay|safe|alright|fine) to|ok to) (give|administer|alternate) (him|her|them|my \\w+( \\w+)?|our \\w+|the (baby|kids?|child|children|little one))\\b.{0,40}\\b${MEDICINE}\\b|\\b\\d+([.,]\\d+)? ?(kg|kgs|kilos?)\\b.{0,80}\\b${DRUG}\\b|\\b${DRUG}\\b.{0,80}\\b\\d+([.,]\\d+)? ?(kg|kgs|kilos?)\\b|\\bhow (much|many)\\b.{0,40}\\b(can|should|could) (he|she|they|my \\w+( \\w+)?|the (baby|kid|child)) (have|take|get)\\b|\\bhow (much|many)\\b.{0,30}\\b${MEDICINE}\\b.{0,20}\\b(for|to give) (my|our|him|her|them)\\b`),
      re(`\\b(puedo|podria|debo) (darle|darles|dar a (mi|la|el))\\b.{0,40}\\b${MEDICINE}|\\b(le|les) (puedo|debo|podria) dar\\b.{0,40}\\b${MEDICINE}|\\b(je peux|puis-je|est-ce que je peux|je dois|on peut) (lui|leur) donner\\b.{0,40}\\b${MEDICINE}|\\b(kann|darf|soll) ich (ihm|ihr|ihnen|dem (kind|baby)|meinem \\w+|meiner \\w+)\\b.{0,40}\\b${MEDICINE}|\\b(posso|devo|pode) (dar-lhe|lhe dar|dar a (ela|ele)|dar pra (ela|ele)|dar para (ela|ele)|dar ao (meu|bebe)|dar a minha)\\b.{0,40}\\b${MEDICINE}|\\b(posso|devo) (dargli|darle|dare a (mi[oa]|lei|lui))\\b.{0,40}\\b${MEDICINE}|\\b(gli|le) (posso|devo) dare\\b.{0,40}\\b${MEDICINE}`),
      re(`\\b(combien|cuanto|cuantos|cuantas|quanto|quantos|quantas|quanti|quante|wie ?viele?)\\b.{0,30}\\b${DRUG}|\\b${DRUG}\\b.{0,80}\\b(sans risque|sin riesgo|sem risco|senza rischi|ohne risiko)\\b`),
      re("\\b(settlement agreement|compromise agreement|non-?compete|tenancy agreement|employment contract)\\b.{0,120}\\b(should i (sign|accept)|is (that|this|it) fair)\\b"),
      re("\\bshould i (stop|keep|start|double|skip|increase|reduce) (taking )?(my )?(medication|medicine|meds|pills|dose|dosage|insulin|antibiotics|tablets)"),
      re("\\b(is it safe|can i|should i) (to )?(take|mix|combine) (\\w+ )?(with|and) (my )?(\\w+ )?(medication|medicine|meds|pills|alcohol|antibiotics|ibuprofen|paracetamol)"),
      re("\\bhow (much|many) (\\w+ )?(should i take|can i take)"),
      re("\\bhow (much|many)\\b.{0,30}\\b(can|should) i (give|take)\\b|\\b(can|should) i (take|use|have|combine|mix)\\b.{0,50}\\b(while|whilst|when|if)\\b.{0,12}\\b(i'?m|i am)\\b.{0,10}\\b(on|taking)\\b|(je prends|prenant)\\b.{0,60}\\b(est-ce que je peux|puis-je) prendre|combien par jour|soll ich\\b.{0,80}\\b(vertrag|geld|etf|fonds|rente|riester|aktien)"),
      re("\\b(can|should|could) (i|my \\w+) (use|take|have|give) (it|this|that|these|them|\\w+)( \\w+)? (if|while|when|whilst) (i'?m|i am|she'?s|he'?s|they'?re) (on|taking|pregnant|breastfeeding)"),
      re("\\b(i'?m|i am) (on|taking) (warfarin|metformin|insulin|antidepressants|blood thinners|chemo)"),
      re("\\bshould i (put|invest|move|split|keep|buy|sell|transfer|cash in|withdraw)\\b.{0,80}\\b(isa|bonds?|funds?|stocks?|shares|pension|savings|mortgage|crypto|etf|invest\\w*|portfolio)"),
      re("\\b(what would you (do|recommend|advise)|which would you recommend)\\b.{0,40}$"),
      re("\\b(should i|is it a good idea|would you say|do you think|would you recommend|good idea)\\b.{0,60}\\b(isa|bonds?|funds?|stocks?|shares|pension|savings|crypto|bitcoin|btc|eth|etf|invest\\w*)|\\b(isa|pension|savings|crypto|bitcoin|btc|eth)\\b.{0,100}\\b(good idea|should i|would you (say|recommend))"),
      re("\\bshould i (skip|double|take|stop|keep taking|up|lower)\\b|\\b(took|taken) (another|two|a second|double|an extra) (one|dose|pill|tablet)|\\b(would it be better|is it better|what'?s better)\\b.{0,100}\\b(pension|isa|mortgage|invest\\w*|savings|tax)"),
      re("\\bwhich (one|policy|quote|plan|insurer|fund|provider|mortgage) should (i|we) (pick|choose|go with|take|get)\\b"),
      re("\\bcan i give (him|her|them|it|my \\w+) (some )?(of my )?(\\w+ )?(ibuprofen|paracetamol|aspirin|medication|medicine|pills?|tablets|(?<!\\b(the|my|our|an?|old|new|his|her|their|own) )tablet)|\\b(can|could) (he|she|they|my landlord|the landlord|my employer) (actually |legally )?(evict|sue|fire|sack|keep my deposit)|\\bis (that|this|it) (even )?legal\\b"),
      re("\\b(can|should) i (sue|take legal action against|evict|withhold rent from) (my )?"),
      re("\\b(which|what) (fund|stocks?|shares|etf|pension|investment|mortgage)s? should i\\b|\\bshould i (invest|put|move|transfer) (my )?(savings|pension|money|retirement|401k|isa|\\d+)"),
      re("\\b(is it legal for (my|me)|am i legally (allowed|entitled|required)|do i have a (legal )?case)\\b"),
      re('\\b(deberia dejar (de tomar )?(mi )?(medicacion|medicamento)|devrais.je arreter (mon|mes) (medicament|traitement)|sollte ich (meine )?medikamente absetzen|devo parar (de tomar )?(o )?(meu )?remedio|dovrei smettere (di prendere )?(il )?(farmaco|medicinale)|en que fondo deberia|dans quel fonds|in welchen fonds sollte ich)\\b'),
    ],
  },
];
