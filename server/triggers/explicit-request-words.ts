/** The vocabulary of explicit requests for a person, in six languages: nouns, verbs, and the phrasings that make them a request or not. */

const set = (...lists: string[]) => new Set(lists.join(' ').split(/\s+/).filter(Boolean));

/** Nouns that name a person to talk to, in six languages. Misspellings within one edit (two in long words) match too. */
export const STRONG = set(
  'hmn human humans hooman hoomans humen person persons agent agents representative representatives rep reps operator operators staff advisor adviser advisors',
  'consultant consultants employee colega collega ejecutivo ejecutiva specialist pharmacist pharmacists technician mechanic engineer nurse doctor accountant banker colleague receptionist',
  'worker workers supervisor salesperson seller expert experts optician opticien',
  'humano humanos persona personas agente agentes asesor asesora operador operadora empleado empleada representante representantes gestor gerente encargado responsable',
  'humain humains personne conseiller conseillers conseillere operateur operatrice representant gerant gerante',
  'mensch menschen mitarbeiter mitarbeiterin berater beraterin kundenberater fachberater ansprechpartner sachbearbeiter sachbearbeiterin apotheker apothekerin vorgesetzten vorgesetzter verkaufer leiter',
  'pessoa atendente consultor responsavel',
  'operatore umano addetto consulente titolare responsabile',
);

/** Person nouns too close to other words to match misspelt ("assistente", not "assistance"). */
export const EXACT_STRONG = set('assistente asistente');

/**
 * People by trade, asked for by name: "can I speak to the pharmacist", "posso sentire il farmacista",
 * "can one of the trainers call me". Weak nouns: they need a verb of talking or calling.
 */
export const TRADES = set(
  'lady gentleman dentist dentists physio physios physiotherapist physiotherapists trainer trainers coach coaches chef csr handler handlers underwriter broker',
  'officer clerk concierge stylist vet vets therapist tutor teacher instructor surveyor dietitian optometrist midwife hygienist planner coordinator counsellor counselor teller',
  'farmaceutico farmaceutica tecnico tecnica medico medica doctora enfermero enfermera recepcionista vendedor vendedora dependiente veterinario entrenador',
  'pharmacien pharmacienne technicien technicienne medecin infirmier infirmiere vendeur vendeuse secretaire veterinaire',
  'techniker technikerin arzt arztin arzte tierarzt verkauferin praxis vertrieb kundenbetreuer kollege kollegin mpa',
  'enfermeiro enfermeira rececionista colaborador colaboradora professor',
  'farmacista infermiere infermiera commesso commessa venditore collaboratore collaboratrice istruttore',
  'registrar contable contador comptable commercialista steuerberater contabilista liquidatore perito adjuster gutachter',
);

/** Nouns that mean a person only with a verb of talking ("talk to someone", not "need someone to fix it"). */
export const WEAK = new Set([
  ...TRADES,
  ...set(
    'someone somebody anyone anybody whoever people humans team manager boss supervisor livechat support service billing reception desk department sales accounts',
    "alguien departamento recepcion atencion quelqu quelqu'un reception service sav jemand jemanden jemandem irgendjemand irgendjemanden abteilung rezeption kundenservice kundendienst buchhaltung",
    'soporte suporte supporto secretariat secretaria segreteria sekretariat alguem setor atendimento recepcao qualcuno reparto ufficio assistenza opper oppere opperem',
  ),
]);

/** Words one letter from a person noun that are not people: "l'agence de Rennes" is a branch, not an agent. */
export const NOT_A_PERSON = set('agence agencia agenzia agency agencies agentur agenda agendas expect expects');

/**
 * Words of the six languages one or two letters from a listed word, that are not misspellings of
 * it: "pagar" is not "pasar", "passt" is not "passe", "condutor" is not "consultor", "stuff" is not
 * "staff". Only exact matches count for them.
 */
export const REAL_WORDS = set(
  'stuff letter worked export employer executive weiter keller college pensions baker garantie consulta consultar consultorio selber leiten versions coleta grant advise advisory superior operation responsible conductor condutor conducteur addebito ampliada titulaire leite augmente',
  'passt contract contracts tienda parte pause passo passiert pagar changer reaction exchange exchanges contratar passagem contrato contratto contratti relations possa podes podais pasta paste casse entender steak massa pasaje teach wasser streichen sentir azienda comunidad pongo disputes weiterlesen umschreiben pages cases pesas leihen recharger pastrami tasse schwanger rechange transform massage kassa cassa container parce passear bases passes',
);

/** Trades whose "look at it" is a job on the thing, not a conversation: "can the mechanic look at the noise". */
export const HANDS_ON = set('mechanic mechanics engineer engineers technician technicians doctor doctors nurse nurses optician plumber electrician');

/** Verbs of passing on that also mean coming by ("quand l'expert passe"): a request only with someone to pass to. */
export const PASS_VERBS = set('pass pasar pasa pase passer passe passez passar passa passare passi');

/** Words shortly before a noun that make it a job: "become an agent", "hiring operators". */
export const JOB_WORDS = set('become becoming hire hiring recruit recruiting apply applying as job jobs vacancy vacancies career careers postuler candidature bewerben bewerbung candidatar candidatura candidarme candidarmi beworben candidato candidata');

/** Verbs of being, before a job: "to be a representative". */
export const BE = set('be ser etre essere werden');

/** Words before a noun that make it something other than a person to talk to. */
export const NOT_PERSON_BEFORE = set('virtual voice smart google password file package task ad ads in per another extra each every additional second third two three four five travel estate insurance real-estate cleaning user secret free booking my his her their double sales-agent chemical bleaching kubernetes ssh proxy build old previous former ex');

/** Words after a noun that make it something else: "human resources", "agent commission". */
export const NOT_PERSON_AFTER = set('resources rights error nature body commission commissions fees fee string strings smith orange on-call payments juridica fisica note notes payment readable grade friendly centred centered like login log portal dashboard job jobs position vacancy role');

/**
 * Asking to be put through, to anyone or anywhere: "can you put me through", "pass me over to her",
 * "me pasai con el área de facturación", "verbinden Sie mich mit dem Vertrieb", "transfira-me para o
 * comercial", "mi mette in contatto con". First-person forms ("me pongo en contacto con", "je me
 * mets à jour") are the visitor doing it, not a request.
 */
export const TRANSFER_ME = new RegExp(
  [
    String.raw`\b(put|patch) (me|us) (back )?through\b`,
    String.raw`\bbe (put|transferred|connected|passed|forwarded|routed) (through |over |across |back )?(to|with)\b`,
    String.raw`\b((put|get) (me|us)|be put|get put) in touch with\b`,
    String.raw`\b(forward|pass|refer|escalate|hand) (this|it|my (case|complaint|query|question|issue|request)) (on |over |up )?to (the|your|a|an|someone|somebody|one of)\b`,
    String.raw`\bme (\w+ ){0,2}(poner|pongan?|pone|pones) en contacto con\b`,
    String.raw`\bme (transferisse|transferissem|passasse|passassem|colocasse|colocassem|encaminhasse|encaminhassem|pusesse|pusessem) (para|pra|pro|com|em contacto|em contato)\b`,
    String.raw`\ban (einen|eine|einem|den|die|ihren|ihre|jemand\w*) (\w+ )?(kollegen|kollegin|mitarbeiter\w*|menschen|berater\w*|sachbearbeiter\w*|techniker\w*|vorgesetzten|kundenservice|kundendienst|support|\w+abteilung) (weiterleiten|weitergeben|ubergeben|durchstellen|verbinden)\b`,
    String.raw`\b(pass|hand|transfer|connect|forward|route|put) (me|us) (back |over |across |on |through )?(to|with)\b`,
    String.raw`\b(transfer|connect) (me|us)( please| pls| now| asap)*$`,
    String.raw`\bme (\w+ ){0,2}(pas[ae]|pasai|pasais|pasas|pasen|pasar|pasarias?|pon[ge]|pones|pongan?|poner|comunica|comunique|comuniquen|comunicar|comunicas|transfier[ae]n?|transfieres|transferir|deriva|derive|derivar|derivas|conecta|conecte|conectar|conectas) con\b`,
    String.raw`\b(pasa|pase|pasen|pon|ponga|pongan|comunica|comunique|comuniquen|transfier[ae]|transferir|deriva|derive|conecta|conecte|pasar|poner|comunicar|derivar|conectar)(me|nos|me usted)( \w+){0,2} con\b`,
    String.raw`\b(me|m) (\w+ ){0,2}(passer|passez|transferer|transferez|mettre|mettez|mets|rediriger|redirigez|orienter|orientez|connecter) (avec|a(?! jour)|au|aux|vers|en (relation|contact) avec)\b`,
    String.raw`\b(passez|passe|transferez|transfere|mettez|mets|redirigez|orientez|connectez)[- ]moi (avec|a(?! jour)|au|aux|vers|en (relation|contact) avec)\b`,
    String.raw`\b(verbinden|verbinde|verbindet|leiten|leite|leitet) (sie |du )?(mich|uns)\b`,
    String.raw`\b(stellen|stell|stellt) (sie |du )?(mich|uns) .*\bdurch\b`,
    String.raw`\bmich (bitte )?(mit|zu|zur|zum) (\w+ ){0,3}(verbinden|durchstellen|weiterleiten)\b`,
    String.raw`\b(transfira|transfere|transferir|passa|passe|passar|coloca|coloque|colocar|encaminha|encaminhe|encaminhar|por|poe|ponha|direciona|direcione)[- ](me|nos) (\w+ ){0,1}(para|pra|pro|com|em contacto|em contato|ao|a)\b`,
    String.raw`\bme (\w+ ){0,2}(transfira|transfere|transferir|passa|passe|passar|coloca|coloque|colocar|encaminha|encaminhe|encaminhar|por|poe|ponha|direciona|direcione) (para|pra|pro|com|em contacto|em contato)\b`,
    String.raw`\bmi (\w+ ){0,2}(pass\w*|trasferi\w*|mett\w*|colleg\w*|inoltr\w*) (con|al|alla|allo|in contatto)\b`,
    String.raw`\b(passami|mettimi|collegami|trasferiscimi|passatemi|mettetemi) (con|al|alla|allo|in contatto)\b`,
  ].join('|'),
);

/** Verbs of being put through to someone. */
export const TALK = set(
  'talk speak connect transfer reach contact escalate pass discuss hand message',
  'hablar habla comunicar comunicarme pasar pasame pasarme pasas pase pases pasa pasen paseme pasais podeis contactar atienda atender atiende ponme pongame ponga discutir',
  'parler parle jaser passer passez passe joindre contacter relation echanger discuter entretenir',
  'sprechen reden verbinden verbind verbinde durchstellen kontaktieren besprechen leiten weiterleiten weitergeben erreichen erreiche schreiben klaren',
  'falar conversar transferir passar passa passe discutir',
  'parlare passare passami passi contattare contatto discutere sentire',
);

/** Nouns after "contact" that make it a noun: "contact number", "contacto telefonico". */
export const CONTACT_DETAILS = set('number numbers details detail info information email form page address hours numero telefono telephone telefonico formulario formulaire adresse daten nummer');

/** The English verbs of talking, after which "a" is an article, not the Romance "to". */
export const ENGLISH_TALK = set('talk speak connect transfer reach contact escalate pass chat');

/** Participles that ask to be put through only after "be"/"get": "can I be transferred", not "I was transferred". */
export const PASSIVE = set('transferred connected put passed');

/** Verbs of wanting: enough with a strong noun ("I want a human"). */
export const WANT = set(
  'want wanna need like give get let gimme prefer rather appreciate summon',
  'chama chame llama llame appelle appelez ruf rufen chiama chiamami',
  'quiero necesito quisiera dame prefiero desearia',
  'veux voudrais besoin faut donnez prefere souhaite souhaiterais aimerais prefererais',
  'mochte moechte brauche hatte haette gib geben',
  'quero preciso gostaria prefiro',
  'voglio vorrei serve bisogno preferisco preferirei',
);

/** Verbs of a person doing something for the visitor: "can a human look at this", "kann mir ein Mensch helfen". */
export const HELP = set('weiterhelfen help look check handle sort assist take ayudar ayude atender aider regarder helfen ajudar atender aiutare aiuti');

/** Negations: before the request in the same clause, they turn it into its opposite. */
export const NEGATION = set("don't dont do-not doesn't didnt didn't not never without no nope nicht kein keinen keine pas ne n' nao non nunca jamais ni inutile notig falta");

/** Words a short message may hold besides the noun and still be nothing but a request: "human pls!!", "REAL PERSON". */
export const FILLER = set(
  'takeover handover handoff a an the please pls plz plez now asap real live actual me i to with just ok okay hey hi hello yes damn bloody fucking effing god omg il s from your',
  "talk speak want need get give connect un una une um uma ein einen einer nem por favor bitte per favore sil s'il vous plait svp cortesia gentileza",
  'quiero necesito veux quero voglio ya agora subito sofort ahora maintenant porfa porfavor ja',
  'stp pfv pf xfa plis pliz tech technical technischer technischen technique tecnico tecnica duty',
  'echter echten echte jetzt vrai vraie verdadera verdadero de verdad verdade vera vero logo essere being customer',
);

/** Words after a noun that make a short message a request: "human please", "mensch bitte". */
export const URGE = set('please pls plz plis pliz pfv pf xfa stp now asap bitte favor favore plait svp ahora agora subito sofort porfa porfavor jetzt ja cortesia gentileza');

/** Words of urgency that make "I need someone" a request. */
export const URGENT = set('now asap urgently urgent dringend sofort ya urgente subito agora immediately');

/** Adjectives that make a noun unmistakably a human: "a real one", "une vraie personne". */
export const REAL = set('real actual live vrai vraie echte echter echten verdadera verdadero verdade vera vero reale');

/** Openings of a question about who is answering, not a request: "am I talking to a human?" */
export const IDENTITY_QUESTION = /^((but|ma|pero|mais|aber|mas|so|ok|okay|wait|hey|oh|ah|allora|entonces|alors|then|and|e|y|et|und) )*(am i|are you|r u|r you|are u|ru|are your|are they|(is this|is it) (a |an )?(bot|human|person|real|automated|ai|machine|robot|chatbot|computer)|est-ce que je (parle|suis|discute)|est ce que je (parle|suis|discute)|je parle a|c'est un|spreche ich|bist du|sind sie|estoy hablando|eres|es usted|estou falando|estou a falar|voce e|sto parlando|sei una?|e una?)\b/;

/** Asking for a person rather than the bot: "with a person rather than a chatbot". */
export const NOT_THE_BOT = /\b(rather than|instead of|not|no|nicht|pas|non|nao|en lugar de|plutot qu'?a?|invece di|statt|anstatt) (a |an |the |this |un |una |le |el |o |il |einem |einen |dem )?(chat)?(bot|robot|machine|maquina|ia|ki|ai|automated (response|reply|answer|system|message))\b/;

/** "who can I talk to about this?" */
export const WHO_TO_TALK = /\b(who|whom) (can|could|should|do) i (talk|speak|chat) (to|with)\b|\b(a quien|con quien) (puedo|debo) (hablar|dirigirme)|\ba qui (puis-je|je peux|dois-je) (parler|m'adresser)|\bmit wem (kann|soll) ich (sprechen|reden)|\bcom quem (posso|devo) falar|\bcon chi (posso|devo) parlare/;

/** Asking to be called back by someone: "can someone call me back", "kann mich jemand zurückrufen". */
export const CALLBACK = /\b((get|jump|hop) on|have|book|arrange|schedule|set up) a (quick |short )?(call|phone call|video call|zoom|meeting|screen ?share) with (you|your|my|one of your|someone|somebody|the|a|an)\b|\b(someone|somebody|anyone|you|your team|one of you) (from \w+ )?(can |could |to )?(jump|hop|get) on a (quick |short )?(call|phone call|video call|zoom)\b|\b(get|have|put) (someone|somebody|a person|a human) on the (phone|line)\b|\b(email|e-mail) me (back|about)\b|\b(write to|get back to|reach out to|contact) me\b|\b(ponerse|pusiera|pongan|ponga) en contacto conmigo|\b(entre|entrem|entrar|entra) em conta(c)?to comigo\b|\b(hatte|haette|mochte|moechte|brauche|bitte um|wunsche|will) (gern |gerne )?(einen |um einen )?(ruckruf|anruf)\b|\b(quisiera|quiero|necesito|voudrais|veux|souhaite|souhaiterais|gostaria de|quero|preciso de|vorrei|voglio|desidero) (una |un |uma |um )?(llamada|rappel|ligacao|retorno|chiamata|richiamata)\b|contactarme|me contacte|me rappell?e|me recontacter|mich kontaktieren|entrar em contacto comigo|contattarmi|mi contatti|\b(call ?back|callback|(ring|call|phone) me( back| about| on| at| when| please| asap| tomorrow| today| now|$)|me rappeler|rappelez.moi|llamarme|me llame|me (puede|pueden|podeis|podrian|podria)s? llamar|mich (\w+ ){0,2}(zuruck)?(rufen|anrufen)|zuruckrufen|me ligar|ligar pra mim|ligue.me|richiamarmi|richiamat\w*|chiamarmi|mi (puo|potete|potrebbe) (ri)?chiamare)\b/;

/** "can I speak to the wheel builder": asking to talk to some named role. */
export const TALK_TO_ROLE = /\b(can|could|may|would like to|i'?d like to|i'?d love to|i would love to|i want to|i need to|let me|please let me) (i )?(please |just |quickly |first )?(speak|talk|chat) (to|with) (the|a|an|your|one of (the|your)|someone|somebody|whoever)\b(?! (bot|chatbot|assistant|ai)\b)/;

/** Talk that is about later, in person: "can I speak to the cabin crew when I board?" */
export const LATER = /\b(when (i|we|he|she|they|it)|once (i|we|he|she|they)|when \w+ (arrives?|comes?)|after (i|we)|before (i|we)|on board|in (store|person)|at the (airport|gate|store|shop))\b/;

/** Modals that make "a human look at this" a request. */
export const MODAL = set('can could would kann konnte konnten puede podria pueden peut pourrait pode poderia puo potrebbe');

/** "is anyone there?", "any humans around?" */
export const ANYONE_THERE = /\b((is|are) (there )?(actually |really )?(anyone|anybody|someone|somebody)( actually| really)?|anyone|anybody|any ((real|actual|live) )?(humans?|people|staff|agents?|persons?|ones)|y a.t.il quelqu'?un|y a quelqu'?un|hay alguien|ist (da )?jemand|tem alguem|c e qualcuno|c'e qualcuno) ((human|real|alive|living) )?(there|around|here|available|real|working|in|on (your|the) (team|line|chat)|on here|on today|online|from|da|la|ai|ahi|alli|aqui|li|qui)\b(?! particular)/;

/** Asking how to reach support is a question the bot answers: "how do I contact support?" */
export const HOW_TO = /^(how (do|can|should|would) (i|we)|what'?s the (best )?way to|do i (have|need) to|como (puedo |hago para )?(contacto|contactar|hablo)|comment (puis-je |je peux |on peut )?(contacter|joindre|parler)|wie (kann ich |erreiche|erreich ich|komme ich)|come (posso )?(contattare|contatto|parlare)|(como )?me (pongo|comunico) (en contacto )?con|como (faco para |posso )?(falar|contactar|entrar|entro|contacto|contato|falo))/;

/** The one how-to that is a request: how to talk to a person, not how to contact a department. */
export const HOW_TO_REACH_A_PERSON = /^how (do|can) i (talk|speak|chat) (to|with) (a |an )?(real |actual |live )?(human|person|agent|representative|someone real)\b/;

/** A hypothetical or a story, not a request now: "if I ever wanted to speak to an agent…", "I had a chat with a specialist". */
export const NOT_NOW = /^(if|in case)\b|\b(si|se) (mas adelante|mas tarde|mais tarde|mais para a frente|plus tard|piu avanti|piu tardi|in futuro|en el futuro|no futuro|a futuro)\b|\bif (later|in future|in the future|down the line|at some point)\b|^(si|se) (algun dia|un dia|un giorno|jamais|mai|un jour|eu precisar|eu quiser|poi)\b|\bsi jamais\b|\bse (mai|poi) mi\b|\bwenn ich (mal|irgendwann|einmal)\b|\bfalls ich\b|\b(ayer|hier|gestern|ontem|ieri|yesterday|the other day|el otro dia|l'autre jour|l'altro giorno|neulich)\b.{0,40}\b(hable|parle|sprach|gesprochen|falei|parlato|spoke|talked|chatted|conversé|converse)\b|\b(hable|parle|falei|parlato|spoke|talked|sprach) .{0,40}\b(ayer|hier|gestern|ontem|ieri|yesterday|last week)\b|(?<!\b(say|know|tell|ask|see|check|wondering|whether) )\bif (i|we) (ever )?(want|need|wanted|needed)\b|\bjust asking\b|\bfor next time\b|\bhad a (chat|word|call) with\b|\b(spoke|talked|chatted) (to|with) (a|an|one of your|your|someone|somebody)\b.{0,40}\b(yesterday|last|ago|earlier|and (they|she|he)|who|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this morning|said|told)\b|\b((i|we) )?(was|were) (gonna|going to|about to|planning to|thinking of|thinking about)\b|^(se|si) (um|algum|alguma) (dia|vez)\b|^(nel|in|en|no) caso\b|^caso\b|^au cas\b|^(si|se) (en )?(algun|alguna|algum|alguma|qualche|un) (momento|dia|vez|giorno|jour|moment)\b|^(se|si) (avessi|dovessi|volessi|servisse|necesitara|necesitase|quisiera|precisasse|j'avais)\b|\b(said|says|saying|told (me|us)|promised|was told|were told)\b.{0,40}\b(would|will|'d|'ll|should|is going to|was going to)\b|\blast time\b|\b(was|were) on (the phone|hold)\b|\b(gia|already|schon|deja|ya|ja)( \w+){0,2} (richiamat\w*|chiamat\w*|called|rang|phoned|llamo|llamaron|appele|rappele|angerufen|zuruckgerufen|ligou|ligaram|contatou|contattat\w*|contacte|hablo|falou|parlato|parle|gesprochen|spoke|talked)\b|\b(mi|me|m) ha (gia )?(richiamat|chiamat|contattat)\w*|^si (el|la|los|las|mi|mis|tu|su|no|me|te|hay|despues|manana|para|algo|alguna)\b|^si necesito (hablar|que)\b|\b(letztes jahr|letzte woche|vorige woche|last year|last month|el ano pasado|la semana pasada|l'annee derniere|la semaine derniere|l'anno scorso|la settimana scorsa|o ano passado|a semana passada)\b.{0,60}\b(wollte?|reden|sprechen|wanted|quiso|queria|voulait|voleva|queria)\b|\b(was|were|is|are) (meant|supposed) to (call|ring|phone|contact|get back)\b|\b(book|schedule|arrange|set up|agendar|prenotare|reservar|buchen|vereinbaren)( me)? (a|an|una|uma|un|une|einen|ein) (\w+ ){0,2}(call|appointment|consultation|meeting|session|videocall|llamada|cita|chamada|videochamada|consulta|appel|rendez-vous|termin|anruf|videoanruf|chiamata|videochiamata|appuntamento)\b.{0,80}\b(next (week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|(on|for) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(la )?semana que (viene|vem)|(la )?proxima semana|la semaine prochaine|nachste woche|la prossima settimana|manana|amanha|demain|morgen|domani)\b|\b(don'?t|do not) (really )?have (anyone|anybody|someone|somebody)\b/;

/** Someone else wanting a person: "my mum wants to speak to someone about her pension". */
export const THIRD_PARTY_WANTS = /^((jaja|jeje|haha|lol|kk+|ahah|mdr|ok|so) )?(my|his|her|our|mi|mis|su|ma|mon|mes|sa|son|meine?|minha|meu|mia|mio|la mia|il mio) (\w+ ){1,2}(wants|needs|would like|is trying|has to|asked|always|keeps|says|dice|quiere|siempre|pide|veut|dit|demande|toujours|will|sagt|mochte|immer|quer|diz|pede|sempre|vuole|chiede|dice)\b/;

/** Asking whether a person is needed at all: "do I need to go to a branch to see someone or can I do it all online?" */
export const NEED_A_PERSON_AT_ALL = /\b((do|would|will) (i|we) (need|have) to|(must|should) (i|we)|tengo que|tenemos que|hay que|necesito|debo|faut[ -]il|dois[ -]je|je dois|muss ich|mussen wir|brauche ich|preciso|precisamos|tenho (de|que)|devo|dobbiamo|bisogna)\b.*\b(or|o|ou|oder)\b.*\b(online|on line|en ligne|en linea|internet|digital|app|web|website|sito|site|phone|telefono|telephone|telefon)\b|\b(do|would) (i|we) (need|have) to (come|go|pop) (in|into|to|down)\b|\b(or|ou|o|oder) (is it|it'?s|its|is everything|everything|tout est|c'est|es todo|e tudo|ist alles|ist das|e tutto) (all |done |handled |just )?(online|automated|automatic|by (email|bots?)|a bot|bots|self.?service|en ligne|en linea|digital|automatico|automatisch)\b/;

/** A relative to be helped on the spot: "can your staff help my mother carry her bags?", "Personal, das meinen Vater begleitet". */
const RELATIVE = String.raw`\b(my|mi|mis|ma|mon|mes|meine[nm]?|mein|minha|meu|meus|minhas|mia|mio|miei|mie)( \w+)? (mother|mum|mom|dad|father|parents?|grand\w+|son|daughter|kids?|children|wife|husband|madre|padre|abuel[oa]s?|hij[oa]s?|mere|pere|grand-\w+|enfants?|mutter|vater|eltern|oma|opa|kind(er)?|mae|pai|avo|avos|filh[oa]s?|nonn[oa]|figli[oa]?)\b`;
const ON_THE_SPOT = String.raw`\b(carry|walk|accompan\w*|escort|wheelchair|bags|luggage|stairs|board|boarding|begleit\w*|acompa\w*|accompagn\w*|ruedas|rodas|rotelle|fauteuil|umsteigen|rollstuhl|valigie|maletas|malas|bagages|gepack|koffer)\b`;
export const ASSIST_RELATIVE = new RegExp(`${RELATIVE}.*${ON_THE_SPOT}|${ON_THE_SPOT}.{0,12}\\b(a |à )?${RELATIVE}`);

/** A person asked after at a time or on a schedule, not now: "is there a pharmacist on duty on sundays?", "c'è qualcuno alla reception di notte?" */
export const ON_A_SCHEDULE = /\b(on duty|de guardia|de garde|di turno|de plantao|im dienst|24 ?h|24 ?\/ ?7|24 hours|round the clock|at night|overnight|de noche|la nuit|nachts|di notte|a noite|de madrugada|on (sundays|saturdays|weekends|bank holidays)|(los|les|am|i|aos) (domingos|sabados|dimanches|samedis|wochenende|sonntags?|samstags?|domenica|sabato|fins de semana)|when (i|we) (arrive|land|get there)|cuando (llegue|lleguemos)|quand (j'arrive|nous arriverons|on arrive)|wenn (ich|wir) ankomm\w*|quando (eu )?(chegar|chegarmos)|quando arriv\w*)\b/;

/** Declining a call or a talk: "não quero que me liguem", "I don't want anyone to call me". "I don't want to talk to a bot" still asks. */
export const DECLINE_CONTACT = /\b(nao|no|don'?t|do-not|ne|nicht|non)( \w+)? (quero|quiero|want|veux|voglio|vorrei|need|necesito|preciso|will|mochte)\b.{0,30}\b(call|ring|phone|contact|llam\w*|lig\w*|chiam\w*|appel\w*|rappel\w*|anruf\w*|zuruckruf\w*)/;

/** When the people answer, asked for the bot: "what are your customer service's working hours?", "a que hora atienden los asesores?" */
export const HOURS_QUESTION = /\b((working|opening|office|business|service|support) hours|horarios?|horaires?|offnungszeit\w*|sprechzeit\w*|orari\w*|what time (do|does|are|is)|a que hora|a quelle heure|um wie ?viel uhr|ab wann|bis wann|que horas|a che ora)\b/;

/** Asking which written channel reaches people: "c'est possible de joindre le SAV par WhatsApp ?" */
export const BY_CHANNEL = /\b(by|via|over|on|through|par|por|pelo|pela|per|uber|ueber|tramite|su) (whats ?app|whats|wpp|zap|e-?mail|mail|courriel|correo|sms|text|instagram|insta|facebook|messenger|telegram|twitter|signal)\b|\b(phone|telefono|telephone|telefon|telefone) (or|o|ou|oder) (only |just |solo |seulement |nur |apenas |solo )?(by |por |par |via |per |pelo |uber )?(this |este |ce |diesen |questa |esta )?(chat|email|mail)\b/;

/** Delivery and service staff calling ahead is not a callback from support. */
export const THIRD_PARTY_CALLER = /\b(driver|courier|delivery|repartidor|entregador|livreur|monteur|fahrer|corriere|technician|installer|fitter|plumber|electrician|tecnico)\b|\b(he|she) (will |would |is going to |gonna |'ll )?(call|ring|phone) (me|us)\b|\bthey (will|are going to|'re going to|re going to) (call|ring|phone) (me|us)\b/;

/** Requests carried by a phrase rather than a verb: "a human would be better for this", "is a person reading this?", "who's in charge? put them on". */
export const PHRASED = /\b(i want|i need|i'?d like|get me|give me|put me through to|let me (speak|talk) to|speak to|talk to|speak with|talk with) whoever (\w+ ){0,2}(handled|set up|dealt with|did|sold|helped|installed|fitted|spoke to me|looked after|is (handling|dealing with))\b|\bwhere'?s? (is |are )?(a|the|all the|your|any) (humans?|person|people|agents?|staff)\b(?! (login|log|portal|app|page|area|section|account|number|code|dashboard))|\b(someone|somebody|anyone|one of you|your team|\w+ team) (from \w+ )?(can |could |please |pls )?(get in touch|reach out)\b|\b(someone|somebody|anyone|anybody|a person|a human|an? (real|actual|live) (one|person|human)|qualcuno|alguien|alguem|quelqu'?un|jemand|(una|un|uma|une|ein) (persona|pessoa|personne|mensch|human|humano|umano|humain)) ((real|vero|vera|de verdad|de verdade|de vrai|echter|on your (end|side)|there|from \w+|in \w+) )?(who|that|que|che|qui|der) (\w+ ){0,2}(can|could|puede|pueda|pode|possa|puo|peut|puisse|kann) (\w+ ){0,1}(help|look|check|pull|go|walk|explain|review|advise|answer|access|investigate|sort|ayudar|ayudarme|revisar|mirar|ver|ajudar|olhar|verificar|aiutarmi|aiutare|guardare|controllare|verificare|aider|regarder|verifier|helfen|nachschauen|prufen|schauen)\b|\b(a|an) (human|person|real person|member of staff|agent) (would be|is|'d be) (better|quicker|easier)\b|\b(is|are) (there )?(a|an|any|anyone|someone|a real) ((real|actual|live) )?(person|human|one|body) (reading|there|listening|seeing)\b|\b(who'?s|who is) in charge\b|\bput (them|him|her|someone|somebody|(a|an|the|your) (person|human|agent|manager|supervisor)) on\b|\b(i'?ll|i will|i can|happy to|i don'?t mind|i'?m happy to) (wait|hold) (for|on) (a|an|the|your|someone|somebody)\b|\b(give|gie) me a (quick )?(call|ring|bell|phone)\b|\brequest (for )?a (call|callback|call back|phone call) (from|with)\b|\b(book|put|get) (me|us) (in |down )?for a (call|callback|call back|phone call)\b|\b(like|want|prefer|rather|vorrei|quisiera|quiero|gostaria|quero|mochte|voudrais|voglio) (to |de |di )?(be|ser|etre|essere|werden) (called|rung|phoned|llamado|llamada|rappele|rappelee|zuruckgerufen|angerufen|ligado|ligada|contactado|contatado|richiamato|richiamata|contattato|contattata|ricontattato|ricontattata|atendido|atendida|attendu|attendue|assistito|assistita|seguito|seguita|betreut|bedient|recontacte|recontactee)\b|\b(no hay nadie|is there no one|there'?s no one|il n'?y a personne|gibt es (hier )?niemand|nao ha ninguem|non c'? ?e nessuno) (con quien|i can|to|avec qui|mit dem|com quem|con cui)|\bgibt es (hier |da )?(irgend)?jemand(en)?\b|\b(ticket|case) with a (human|person|real person)\b|\b(farmi|hacerme|me faire|mich) (ri)?(chiamare|llamar|rappeler|zuruckrufen)\b|\b(have|get|grab) a (quick |short |brief )?word with\b|\bone of your (\w+ )?(engineers|specialists|experts|staff|team|agents|people)\b/;

/** "someone who speaks Italian": looking for a language partner, not an agent. */
export const SPEAKS_LANGUAGE = /\b(someone|somebody|anyone|alguien|alguem|qualcuno|quelqu'?un|jemand(en)?|staff|people|agents|employees|personal|gente|personnel|personale|mitarbeiter|leute) (who|que|qui|der|die|che) (speaks?|sepa|sepan|hable|hablen|fale|falem|parli|parlino|parle|parlent|spricht|sprechen)\b/;

/** Someone else's words, in quotes: "my daughter keeps shouting 'I want a real person!'". */
export const QUOTED = /(^|\s)['"“‘«„][^'"”’»“]{6,}['"”’»“](?=\s|$|[.,!?])/g;

/** Saying a person isn't needed: "no need to put me through", "pas la peine de me passer quelqu'un". */
/**
 * Taking a question back: "ignore me", "never mind", "nvm", "forget it", "wait no", "nah no need,
 * got it", "olvídalo", "da igual", "laissez tomber", "vergiss es", "esquece", "lascia stare".
 * "never mind the bot" is not one: it waves the bot away.
 */
export const TAKES_IT_BACK =
  /\b(ignore (me|that)|never ?mind|nvm|forget it|forget that|scratch that|my (bad|mistake)|wait no|olvidalo|da igual|laisse[zr]? tomber|vergiss es|schon gut|esquece|deixa pra la|deixa para la|lascia stare|lascia perdere)\b(?! (the|this|your) (bot|chatbot|robot|assistant|machine|ai)\b)|\b(nah|nope|no),? (actually )?no need\b(?! (to|for)\b)/;

export const NO_NEED = /\b(no need|not necessary|pas la peine|pas besoin|no hace falta|no es necesario|nicht notig|nao precisa|nem precisa|non serve|non c'? ?e bisogno)\b/;

/**
 * Swiss, Austrian and Bavarian German, in standard words (accents already stripped): "chönd sie mich
 * zrugg rüefe", "gits do öpper wo mir cha hälfe", "i brauchat wen vom kundendienst".
 */
export const DIALECT: [RegExp, string][] = [
  [/\b(chond|chonnd|chonnt|chontet|chonntet)\b/g, 'konnen'],
  [/\b(cha|chan|chasch)\b(?= \p{L})/gu, 'kann'],
  [/\b(zrugg|zrugge|zruck)\b/g, 'zuruck'],
  [/\b(ruefe|ruafa|ruafn)\b/g, 'rufen'],
  [/\b(alute|aalute|olitn|oruafn)\b/g, 'anrufen'],
  [/\b(gits|gitts|gibts)\b/g, 'gibt es'],
  [/\b(halfe|helfa|hoifa)\b/g, 'helfen'],
  [/\b(brauchat|bruuch|bruuche|bruche|brauchad)\b/g, 'brauche'],
  [/\b(opper|oppert|epper|eppes)\b/g, 'jemand'],
  [/\bwen (vom|von|aus)\b/g, 'jemanden $1'],
  [/\b(is|isch) do\b/g, 'ist da'],
  [/\bgibt es do\b/g, 'gibt es da'],
  [/\b(mit (a|an|am|ana|oan|oam) (\w+ ){0,4})(red|redn|reda|rede)\b/g, '$1reden'],
];

/** Chat shorthand, spelt out: "cn i spk to sum1". */
export const SHORTHAND: Record<string, string> = { qqn: "quelqu'un", u: 'you', ur: 'your', cn: 'can', sum1: 'someone', some1: 'someone', any1: 'anyone', ppl: 'people', spk: 'speak', spek: 'speak', tlk: 'talk', gie: 'give', fae: 'from', tae: 'to' };

/** Asking for the matter to go to people: "can this go to your team?", "please pass this on to someone". */
export const GO_TO_PEOPLE = /\b(can|could|please|pls|should) (this|it|my (case|question|issue|query|request)) (go|be (sent|passed|forwarded|escalated|handed)|get (sent|passed|forwarded|escalated)) (on |over |up )?to (a|an|your|the|someone|somebody|one of)\b/;

/** A call asked for, aimed at the visitor: "me liguem", "mi richiamate?", "kann mich jemand anrufen". */
export const CALL_VERB = set(
  'call ring phone callback',
  'llamar llame llamen llamarme llamame marcar marque marquen marcame',
  'rappeler rappelez rappelle rappelle-moi appeler appelez appelle telephoner',
  'anrufen anruft zuruckrufen zuruckruft rufen ruft telefonieren',
  'ligar ligue liguem ligam ligarem chamar chame chamem telefonar',
  'chiamare chiamate chiamami chiamarmi chiami richiamare richiamate richiamami richiamarmi richiami telefonare telefonate',
);

/** What comes after a call asked for: a time, a place, a way to reach the visitor. */
export const CALL_FOLLOW = set('da dalla dal della de do vom von from by back al au sur on at no na nel am an alle a demain manana morgen amanha domani today tomorrow apres despues nach depois dopo after before avant antes vor prima when quand cuando wenn quando il pls por per para pra pro s sil sobre about pour para bitte vite rapido schnell presto al whats whatsapp numero number');

/** Object pronouns for the visitor next to a verb of calling. */
export const ME = set('me mich mi moi us nos');

/** Someone being there: "ist da jemand?", "alguém aí?", "c'è nessuno?", "anyone real here?" */
export const ANYONE_AT_ALL = /^(hello |hallo |hola |ola |oi |allo |pronto |ciao |hey |hi |scusate |scusa |scusi |excuse me |sorry |perdon |disculpe |pardon |entschuldigung |desculpe |ma |but |pero |mais |aber |mas )*(is (there )?|are (there )?|ist (da |hier )?|hay |y a.t.il |il y a |y a |tem |c e |ce |e )?(anyone|anybody|someone|somebody|jemand|alguien|alguem|quelqu'?un|qualcuno|nessuno)( (there|here|around|real|reel|de reel|de vrai|da|hier|ahi|aqui|ai|la|li|qui|humano|humain|vero|echtes))*( (una persona|a person|une personne|uma pessoa|ein mensch)( intendo| i mean| quoi| o sea)?)?( (ou|or|o|oder) .*)?$/;

/** Verbs of escalating, in six languages. */
export const ESCALATE = set('escalate escalated escalado escalada eskaliert escalate escalato escalar escalader eskalieren escalare');

/** Weaker nouns that are a request when they are the whole message. */
export const ALONE = set("manager boss support supervisor people humans cs helpdesk livechat someone somebody anyone anybody quelqu'un alguien jemand qualcuno alguem");

/** Done with the bot: "no more bot please", "skip the robot", "enough with the AI". */
export const NO_MORE_BOT = /\b(don'?t|do-not) want (the|a|this|your) (chat)?bot,? (i want|i need|give me|get me|just)\b|\b(no more|enough( with)?|stop|skip|bypass|done with|get me out of|sick of|basta( con)?|assez( de| avec)?|chega de|genug( mit)?)( the| this| your| el| le| la| o| il| dem| diesem)? ?(chat)?(bot|robot|ai|ia|ki|automated (thing|system|replies|answers)|machine|maquina)s?\b/;

/** Signs of asking that come before the person: "this needs a human", "can a human look". */
export const ASK_BEFORE = set(
  'want wanna need needs like prefer rather get give gimme let can could may would please pls plz there any have chance',
  'tener tengo avoir haben habt ter tem avere avete',
  'quiero necesito quisiera puedo puede podria podrias hay dame',
  'veux voudrais peux pouvez pourrais besoin',
  'mochte moechte brauche kann konnen konnte bitte gibt',
  'quero preciso posso pode poderia gostaria',
  'voglio vorrei posso puo potrei bisogno',
);

/** Signs of asking that come after the person: "a person would be great", "agents available?". */
export const ASK_AFTER = set(
  'please pls plz asap now would available online here there review look check handle assist assistance help support take deal sort thanks thank instead rather works working',
  'por favor ahora disponible ayude ayudar asistencia svp maintenant disponible aider aide bitte jetzt verfugbar helfen hilfe agora disponivel ajudar ajuda favore subito disponibile aiutare assistenza',
);

/** Asking whether people are there: "are any of your staff online?" */
export const AVAILABLE = set('able available online around here there disponible disponibles dispo verfugbar da disponivel disponibile');

/** Articles and adjectives between the sign of asking and the person. */
export const BETWEEN = set('a an the some any your ur one of real actual live proper qualified un una une um uma ein einen einem einer il lo la el le o der die den dem qualche algun alguna vrai vraie echten echter verdadera vero vera');

/** Teams asked for by name: "I need the lettings team", "I want customer service". */
export const TEAM = set('team department service desk reception support sales billing accounts livechat departamento abteilung reparto setor atendimento assistenza kundenservice kundendienst soporte suporte supporto');

/** Verbs of wanting that take a team as their object. */
export const WANT_TEAM = set('want wanna need get give gimme quiero necesito dame veux voudrais besoin brauche will quero preciso voglio vorrei');

/** Roles asked for by name: "can I get the duty manager please". */
export const ROLE = set('manager boss chef supervisor gerente gerant encargado responsable responsabile leiter vorgesetzten');

/** Words of a story already told: "the agent said…", "a person called me yesterday". */
export const PAST = set('said told was were did gave helped spoke talked called sent promised mentioned answered came left wrote asked dijo fue dit etait sagte gesagt hatte disse foi falou detto hable hablamos falei falamos liguei parlato');

/** Possessives that make a person someone in the visitor's life: "my manager needs an invoice". */
export const THIRD_PARTY = set('my his her their our mi mon ma mein meine meinen minha meu mio mia');

/** Words of urgency that are also words of time ("já", "ya", "now"): a request only at the end. */
export const TIME_URGE = new Set(['ja', 'ya', 'now', 'agora', 'ahora', 'jetzt', 'subito', 'sofort', 'maintenant']);

/** Words of being there: "is the pharmacist available?", "le pharmacien est dispo ?", "ist der Apotheker da?" */
export const THERE = new Set(['available', 'around', 'in', 'there', 'free', 'online', 'dispo', 'disponible', 'disponibles', 'da', 'verfugbar', 'disponivel', 'disponibile', 'libre', 'livre', 'libero', 'libera']);
export const IS = new Set(['is', 'are', 'est', 'sont', 'ist', 'sind', 'esta', 'estan', 'e', 'sta', 'sono']);
export const THERE_IS = /^(c e|ce|hay|y a.t.il|il y a|y a|gibt es|ist|tem|is there|are there|any)$/;

/** Verbs of getting in touch that a person does to the visitor: "can one of the trainers message me back". */
export const REACH_ME = new Set(['call', 'ring', 'phone', 'telephone', 'message', 'text', 'email', 'contact', 'llamar', 'llame', 'appeler', 'appelle', 'anrufen', 'ligar', 'ligue', 'chiamare', 'chiami']);
/** Signs that a person calling the visitor is asked for, not reported: "can", "let", "please", "kindly". */
export const ASK_FOR_CALL = new Set(['can', 'could', 'would', 'let', 'have', 'please', 'pls', 'kindly', 'need', 'want', 'like', 'puede', 'puedo', 'podria', 'peut', 'peux', 'pouvez', 'pourrait', 'kann', 'konnte', 'pode', 'posso', 'poderia', 'puo', 'potrebbe']);

/** A call or a talk that already happened ("someone from your team called me", "la chica que me atendió"): news, not a request. */
export const PAST_CONTACT = set(
  'called rang phoned spoke talked told said helped answered contacted emailed wrote came',
  'atendio llamo llamaron hablo contesto respondio',
  'appele rappele parle repondu',
  'angerufen gesprochen geholfen telefoniert zuruckgerufen geantwortet',
  'atendeu ligou ligaram falou falei respondeu contatou',
  'chiamato chiamata parlato richiamato contattato risposto',
);

/** Languages: "Sprechen Sie Englisch?", "do you speak Spanish?" ask about a language, not for a person. */
export const LANGUAGES = set('english englisch anglais ingles inglese spanish spanisch espagnol espanol spagnolo french franzosisch francais frances francese german deutsch allemand aleman alemao tedesco portuguese portugiesisch portugais portugues portoghese italian italienisch italien italiano');
