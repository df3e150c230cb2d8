import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../server';
import { createTriggerEngine } from '../../server/triggers/create-trigger-engine';
import type { TriggerMessage } from '../../server/triggers/trigger-message';
import { triggerSettings } from '../../server/triggers/trigger-settings';
import type { RequestModel } from '../../server/triggers/request-model';

const engineWith = (triggers: Record<string, unknown> = {}, site: Record<string, unknown> = {}) =>
  createTriggerEngine(triggerSettings(resolveConfig({ triggers, site })));
const engine = engineWith();
const v = (text: string): TriggerMessage => ({ role: 'visitor', text });
const sure = (text = 'We open at 9.'): TriggerMessage => ({ role: 'bot', text, confident: true });
const unsure: TriggerMessage = { role: 'bot', text: "I don't have that information.", confident: false };
const topics = ['hours', 'delivery', 'returns', 'parking', 'repairs', 'rentals', 'sizes', 'vouchers', 'warranty', 'payment'];
const last = (messages: TriggerMessage[], ctx = {}) => engine.decide(messages, messages.length - 1, ctx);

describe('trigger engine', () => {
  it('an explicit request overrides everything, mid-conversation', () => {
    expect(last([v('when do you open?'), sure(), v('ok and can I talk to a human about repairs')])).toMatchObject({ code: 'explicit-request' });
  });

  it("saying yes to the bot's offer of a person is a request; declining, hedging or an offer of something else is not", () => {
    const offers = [
      'Would you like me to connect you with a member of our team to check?',
      '¿Quieres que te pase con un asesor?',
      'Voulez-vous que je vous mette en relation avec un conseiller ?',
      'Soll ich Sie mit einem Kollegen verbinden?',
    ];
    for (const offer of offers) {
      for (const yes of ['yes please do', 'sí, por favor', 'oui volontiers', 'ja gerne']) {
        expect(last([v('can I keep my credit?'), sure(offer), v(yes)]), `${offer} / ${yes}`).toMatchObject({ code: 'explicit-request' });
      }
      for (const no of ['no thanks', 'ok thanks', 'yes but first tell me the price', 'nein danke']) {
        expect(last([v('can I keep my credit?'), sure(offer), v(no)]), `${offer} / ${no}`).toBeNull();
      }
    }
    expect(last([v('do you deliver?'), sure('Would you like me to send you the delivery rates?'), v('yes please')])).toBeNull();
    // Written for this test: a yes with a lead-in or a reason after it, to offers of a queue, a specialist or a contact.
    const accepted: [string, string][] = [
      ['The care team can check that for you; the wait is about 5 minutes. Shall I put you in the queue?', 'oh yes go on then'],
      ['Shall I get someone from the workshop to help?', 'yeah please, I am at the counter now'],
      ['Quer que eu transfira você para uma especialista?', 'quero sim'],
      ['Vuoi che ti metta in contatto con un consulente?', 'magari sì'],
      ['Souhaitez-vous être mis en relation avec un conseiller ?', 'ouais vas-y'],
    ];
    for (const [offer, yes] of accepted) expect(last([v('can I keep my credit?'), sure(offer), v(yes)]), `${offer} / ${yes}`).toMatchObject({ code: 'explicit-request', label: 'Visitor accepted the offer of a person' });
    for (const no of ['sure, what are your opening hours?', 'ok thanks', 'yes, but not today', 'ok, I will do it online myself']) {
      expect(last([v('can I keep my credit?'), sure('Shall I put you through to someone from our team?'), v(no)]), no).toBeNull();
    }
    // Written for this test: offers that name no person noun but can only mean one, and a bare ok or 👍 to the turn's last question.
    const alsoAccepted: [string, string][] = [
      ['The florist does the wedding orders herself. Shall I transfer you to her?', 'sure why not'],
      ['I can see the diary is full, but the front desk may squeeze you in. Want me to put you through?', 'ok'],
      ['An adviser can do that with you by phone. Want a callback?', 'go ahead, after 6 is best'],
      ['Shall I pass you over to them?', '👍'],
      ['Vuoi parlare con qualcuno della segreteria?', 'va bene'],
      ['Die Werkstatt kann dich kurz zurückrufen – passt das?', 'jo passt'],
      // The offer in one sentence and a bare "Want it?" after it, or the answers spelt out after the question.
      ['Posso te transferir para uma consultora de seguros. Deseja?', 'quero sim'],
      ['Per questo posso metterti in contatto con l’ufficio tributi. Vuoi?', 'sì grazie'],
      ['Möchten Sie mit einer Mitarbeiterin chatten? (Ja / Nein)', 'ja'],
    ];
    for (const [offer, yes] of alsoAccepted) expect(last([v('can I keep my credit?'), sure(offer), v(yes)]), `${offer} / ${yes}`).toMatchObject({ code: 'explicit-request', label: 'Visitor accepted the offer of a person' });
    expect(last([v('can I keep my credit?'), sure('I can put you through to the team if you like. Anything else I can check?'), v('ok')])).toBeNull();
    expect(last([v('can I keep my credit?'), sure('Vuoi parlare con qualcuno della reception?'), v('va bene il bot, mi iscrivo online')])).toBeNull();
    expect(last([v('do you deliver?'), sure('Our team delivers on weekdays. Would you like to see the rates?'), v('yes please')])).toBeNull();
  });

  it("picking the person from the bot's menu is a request, even with a nudge from the bot in between", () => {
    const menu = sure('Which is closest?\n1) Opening times\n2) Prices\n3) Speak to our events team');
    expect(last([v('party for 30?'), menu, v('3')])).toMatchObject({ code: 'explicit-request', label: 'Visitor chose to talk to a person', evidence: expect.stringContaining('Speak to our events team') });
    expect(last([v('party for 30?'), menu, v('hmm'), sure('No rush, just pick a number.'), v('the last one')])).toMatchObject({ code: 'explicit-request' });
    expect(last([v('party for 30?'), menu, v('2')])).toBeNull();
    const inline = sure('Je peux vous aider avec : 1) Suivre ma commande 2) Retours et échanges 3) Parler à un conseiller');
    expect(last([v('bonjour'), inline, v('3')])).toMatchObject({ code: 'explicit-request', label: 'Visitor chose to talk to a person' });
    expect(last([v('bonjour'), inline, v('2')])).toBeNull();
    expect(last([v('party for 30?'), menu, v('3'), { role: 'agent', text: 'Hi, Sam here' }, v('thanks'), sure('Anything else?'), v('3')])).toBeNull();
  });

  it('the request model backs up the phrases: its guess is an explicit request with the sentence and the score as evidence', () => {
    const d = last([v('my invoice is wrong again'), sure('You can download invoices under Billing.'), v('plz conect me wit custmer servis i hav problm wit my ordr')]);
    expect(d).toMatchObject({ code: 'explicit-request', label: 'Visitor seems to ask for a person' });
    expect(d!.evidence).toMatch(/^"plz conect me wit custmer servis.*" \(model score 0\.\d+\)$/);
    expect(engineWith({ requestModel: false }).decide([v('plz conect me wit custmer servis i hav problm wit my ordr')], 0)).toBeNull();
  });

  it("the request model's threshold follows the sensitivity unless set", () => {
    const at80: RequestModel = { score: (text) => ({ score: 0.8, phrase: text }) };
    const withModel = (triggers: Record<string, unknown>) => createTriggerEngine(triggerSettings(resolveConfig({ triggers })), at80);
    const msg = [v('could your lot sort this out for me')];
    expect(withModel({}).decide(msg, 0)).toMatchObject({ code: 'explicit-request', score: 0.8 });
    expect(withModel({ sensitivity: 'high' }).decide(msg, 0)).toMatchObject({ code: 'explicit-request' });
    expect(withModel({ sensitivity: 'low' }).decide(msg, 0)).toBeNull();
    expect(withModel({ requestModelThreshold: 0.85 }).decide(msg, 0)).toBeNull();
    expect(withModel({ sensitivity: 'low', requestModelThreshold: 0.7 }).decide(msg, 0)).toMatchObject({ code: 'explicit-request' });
    expect(withModel({ explicitRequest: false }).decide(msg, 0)).toBeNull();
  });

  it('two unsure answers in a row hand off at the second', () => {
    const messages = [v('do you fix unicycles?'), unsure, v('what about tandem tyres?'), unsure];
    expect(engine.decide(messages, 1)).toBeNull();
    expect(engine.decide(messages, 3)).toMatchObject({ code: 'repeated-failure', evidence: expect.stringContaining('bot unsure') });
  });

  it('a confident answer in between resets the strikes', () => {
    expect(last([v('a?'), unsure, v('when do you open'), sure(), v('b?'), unsure])).toBeNull();
  });

  it('explicit dissatisfaction and a thumbs-down count as strikes', () => {
    expect(last([v('do you fix unicycles?'), unsure, v("that's not what I asked")])).toMatchObject({ code: 'repeated-failure' });
    expect(last([v('hours?'), sure(), v("that's wrong"), unsure])).toMatchObject({ code: 'repeated-failure' });
    expect(last([v('do you fix unicycles?'), unsure, { role: 'visitor', text: '', feedback: 'down' }])).toMatchObject({ code: 'repeated-failure' });
  });

  it('asking the same thing again in other words is a strike', () => {
    expect(last([v('can you repair a carbon frame?'), unsure, v('do you do repairs on carbon frames?')])).toMatchObject({
      code: 'repeated-failure',
      evidence: expect.stringContaining('asked again'),
    });
    expect(last([v('can you repair a carbon frame?'), unsure, v('what are your opening hours?')])).toBeNull();
    // Turning down the bot's suggestion is not asking again, however many words it shares.
    expect(last([v('do you deliver to the isle of man?'), { ...unsure, text: "I'm not sure whether the Isle of Man is covered by our delivery." }, v("no it's ok, I'll look at the delivery page myself")])).toBeNull();
  });

  it('a rephrase is found through synonyms and stems, not only identical words', () => {
    expect(last([v("when's the green bin collection over christmas"), unsure, v('garden waste pickup dates for the end of december??')])).toMatchObject({
      code: 'repeated-failure',
      evidence: expect.stringContaining('asked again'),
    });
    expect(last([v('will the sofa fit through a 70cm doorway?'), unsure, v("what's the narrowest door you can get it through?")])).toMatchObject({ code: 'repeated-failure' });
    expect(last([v('do you do part exchange?'), unsure, v('can I trade in my old bike against it?')])).toMatchObject({ code: 'repeated-failure' });
    // A new question, a variant ("and the 200 ml?") or an accepted answer ("ok, …") is not the same question again.
    expect(last([v('do you do part exchange?'), unsure, v('what time do you open on saturday?')])).toBeNull();
    expect(last([v('¿Tenéis la crema SPF 50 de 400 ml?'), unsure, v('¿Y la de 200 ml?')])).toBeNull();
    expect(last([v('can automations trigger on a due date?'), unsure, v('ok, how many automations can I have on Team?')])).toBeNull();
  });

  it('a "but …" push-back on a confident answer needs only one shared topic', () => {
    expect(last([v('how long does a prescription take to dispatch?'), sure('Usually 2–4 working days.'), v('but how long from when my GP approves it until it actually ships?'), unsure])).toMatchObject({ code: 'repeated-failure' });
    expect(last([v('how long does a prescription take to dispatch?'), sure('Usually 2–4 working days.'), v('great, do you sell plasters?'), unsure])).toBeNull();
  });

  it('dissatisfaction is recognised in word families and the six languages', () => {
    for (const text of ['yeah already turned it off and on twice, didnt help', 'das war nicht die Frage', 'mmm non mi aiuta molto questa risposta', 'Não foi isso que eu perguntei', 'Non hai capito', 'ça ne m\'aide pas']) {
      expect(last([v('my router light keeps blinking orange, what does that mean'), unsure, v(text)])).toMatchObject({ code: 'repeated-failure' });
    }
    expect(last([v('my router light keeps blinking orange, what does that mean'), unsure, v('the extender my neighbour lent me didn\'t help either, do you sell mesh kits?')])).toBeNull();
  });

  it('an agent taking over starts a fresh bot phase', () => {
    expect(last([v('a?'), unsure, { role: 'agent', text: 'Hi!' }, v('b?'), unsure])).toBeNull();
  });

  it('frustration at the help fires; describing a problem or venting then praising does not', () => {
    expect(last([v('this is useless, you keep giving me the same answer')])).toMatchObject({ code: 'frustration' });
    expect(last([v('WHY IS THIS SO HARD!!! this bot is useless')])).toMatchObject({ code: 'frustration' });
    expect(last([v("I'm so frustrated I could cry, but you've been great")])).toBeNull();
    expect(last([v('my bike is broken and I am sad')])).toBeNull();
  });

  it('frustration at the service fires in broader word families; a hedged gripe, praise or a third party does not', () => {
    expect(last([v("honestly your booking system is a joke. it's logged me out 4 times")])).toMatchObject({ code: 'frustration' });
    expect(last([v('you people never get anything right. it has been a WEEK')])).toMatchObject({ code: 'frustration' });
    expect(last([v('why is it impossible to get a straight answer out of you lot')])).toMatchObject({ code: 'frustration' });
    expect(last([v('Da ist sie nicht!! eure App ist echt eine Katastrophe')])).toMatchObject({ code: 'frustration' });
    expect(last([v('Quante volte devo ripeterlo? Assistenza ridicola')])).toMatchObject({ code: 'frustration' });
    expect(last([v('bit annoying the app logs me out every time it updates but anyway, how do i see my points')])).toBeNull();
    expect(last([v('I was SO frustrated with the other site, spent an hour getting nowhere. you\'re great. do you deliver saturdays?')])).toBeNull();
    expect(last([v('die Post ist echt eine Katastrophe hier im Dorf')])).toBeNull();
    expect(last([v("your next slot is when? I'll take it")])).toBeNull();
  });

  it('policy matters phrased without the usual keywords fire; hypotheticals and look-alikes do not', () => {
    expect(last([v("you've billed me for march and i wasn't even a member then?? i cancelled back in feb")])).toMatchObject({ code: 'policy', topic: 'billing' });
    expect(last([v('why have i got two charges of 89.00 on the same day then')])).toMatchObject({ code: 'policy', topic: 'billing' });
    expect(last([v('pls close my account, moving to dubai end of the month')])).toMatchObject({ code: 'policy', topic: 'cancellation' });
    expect(last([v("theres a login from são paulo at 3am. ive never been to brazil")])).toMatchObject({ code: 'policy', topic: 'security' });
    expect(last([v('my wallet got nicked on the tube and my debit card was in it')])).toMatchObject({ code: 'policy', topic: 'security' });
    expect(last([v('cambiaron la contraseña de mi cuenta y yo no fui')])).toMatchObject({ code: 'policy', topic: 'security' });
    expect(last([v("i'd rather not rebook, just want the fare put back on my card please")])).toMatchObject({ code: 'policy', topic: 'refund' });
    expect(last([v("we'd need around 400 of these sleeves for our schools. trade pricing?")])).toMatchObject({ code: 'policy', topic: 'high-value' });
    expect(last([v('wir bräuchten für alle Schulen ca. 600 Stück mit Logo')])).toMatchObject({ code: 'policy', topic: 'high-value' });
    expect(last([v('it smells like gas in the hallway near the boiler')])).toMatchObject({ code: 'policy', topic: 'emergency' });
    expect(last([v("my son hit his head on the edge, he's bleeding quite a lot")])).toMatchObject({ code: 'policy', topic: 'emergency' });
    expect(last([v("est-ce que je peux donner de l'advil à ma fille de 4 mois?")])).toMatchObject({ code: 'policy', topic: 'regulated-advice' });
    expect(last([v("going to thailand next month, if my card got stolen out there what's the process?")])).toBeNull();
    expect(last([v('if you cancel a flight, do I get my money back or just a voucher?')])).toBeNull();
    expect(last([v("my husband's a lawyer and keeps telling me to read the small print. where are the T&Cs?")])).toBeNull();
    expect(last([v('is there a box of 200 pcs for the screws?')])).toBeNull();
    expect(last([v("there's a new login page, I don't recognise it, is it legit?")])).toBeNull();
    expect(last([v('can I give my son a gift card for his birthday?')])).toBeNull();
  });

  it('a plain cancellation, a bulk order, dosing for a child and charges not made fire mid-conversation; questions about them stay with the bot', () => {
    expect(last([v('how much notice do i need to give to leave'), sure('One month.'), v('right'), v('ok well please cancel mine then. member no. 40921')])).toMatchObject({ code: 'policy', topic: 'cancellation' });
    expect(last([v('do you do custom printed hoodies'), sure('Yes, from £28.'), v("we'd need about 1,200 for a company conference in march")])).toMatchObject({ code: 'policy', topic: 'high-value' });
    expect(last([v('gibt es gruppenrabatt für skipässe'), sure('Ab 10 Personen 10%.'), v('super, wir bräuchten 6-Tages-Pässe für 280 mitarbeiter im februar')])).toMatchObject({ code: 'policy', topic: 'high-value' });
    expect(last([v('do you sell calpol in store'), sure('Yes.'), v('she had calpol 2 hours ago, can i give her nurofen on top now and how much, shes about 16kg')])).toMatchObject({ code: 'policy', topic: 'regulated-advice' });
    expect(last([v('che, tengo una pregunta'), v('me aparecen dos compras en la tarjeta que yo no hice')])).toMatchObject({ code: 'policy', topic: 'security' });
    expect(last([v('oi quanto custa o plano premium'), sure('R$ 55,90.'), v('então pq vieram duas cobranças de 55,90 no meu cartão?? quero o estorno de uma delas')])).toMatchObject({ code: 'policy', topic: 'billing' });
    expect(last([v("what's your cancellation notice?")])).toBeNull();
    expect(last([v('do you do custom printed hoodies'), sure('Yes, from £28.'), v('and for big orders?')])).toBeNull();
    expect(last([v("what's the max dose on the box for the nurofen 200?")])).toBeNull();
  });

  it('frustration aimed at the service fires; a mild gripe that moves on or someone else\'s bad experience does not', () => {
    expect(last([v('cleaner didnt turn up today'), sure('Sometimes cleaners run late.'), v("its 2pm. and this is the second week running. this is seriously pissing me off")])).toMatchObject({ code: 'frustration' });
    expect(last([v('ordine arrivato con il trapano rotto'), sure('Può aprire una richiesta.'), v("l'ho aperta 10 giorni fa. è assurdo, nessuno risponde. siete una vergogna")])).toMatchObject({ code: 'frustration' });
    expect(last([v('kinda annoying that the app logs me out every single time i open it tbh')])).toBeNull();
    expect(last([v('whats your complaints process like? asking for my mum, shes thinking of switching to you and had an awful time with her last supplier')])).toBeNull();
  });

  it('correcting the bot is a strike: "i know how to X, i want to know Y", "not that either"', () => {
    expect(last([v('boiler pressure keeps dropping to 0.5'), sure('Top it up with the filling loop.'), v('i know how to top it up, i want to know why it keeps dropping'), unsure])).toMatchObject({ code: 'repeated-failure' });
    expect(last([v('est-ce que je peux faire la conduite accompagnée à 15 ans et demi'), sure('Nos forfaits commencent à 899 €.'), v("ce n'est pas ma question"), sure('Vous pouvez réserver en ligne.'), v("non plus... je demande pour l'âge minimum de l'AAC")])).toMatchObject({ code: 'repeated-failure' });
    expect(last([v('does your ski cover include off-piste?'), sure('Our Winter Sports add-on covers skiing.'), v('but if I go outside the marked runs, am I still insured?'), unsure])).toMatchObject({ code: 'repeated-failure' });
    // One correction alone, answered well, is not a handoff.
    expect(last([v('boiler pressure keeps dropping'), sure('Top it up with the filling loop.'), v('i know how to top it up, i want to know why it keeps dropping'), sure('Usually a leak or the expansion vessel.')])).toBeNull();
  });

  it('policy topics fire whatever the bot could answer; questions about the policy do not', () => {
    expect(last([v('you charged me twice for my order')])).toMatchObject({ code: 'policy', topic: 'billing' });
    expect(last([v('I want a refund for order 1234')])).toMatchObject({ code: 'policy', topic: 'refund' });
    expect(last([v('cancel my subscription now')])).toMatchObject({ code: 'policy', topic: 'cancellation' });
    expect(last([v('someone logged into my account')])).toMatchObject({ code: 'policy', topic: 'security' });
    expect(last([v('there is a smell of gas in my flat')])).toMatchObject({ code: 'policy', topic: 'emergency', reply: expect.stringMatching(/emergency number/) });
    expect(last([v("what's your refund window?")])).toBeNull();
    expect(last([v('how do I cancel my subscription?')])).toBeNull();
  });

  it('business rules: VIP at the first message, page patterns, and a cap on bot turns', () => {
    expect(last([v('hi')], { vip: true })).toMatchObject({ code: 'business-rule', label: 'VIP visitor' });
    expect(last([v('hi'), sure(), v('thanks')], { vip: true })).toBeNull();
    const checkout = engineWith({ pagePatterns: ['/checkout'] });
    expect(checkout.decide([v('hi')], 0, { page: 'https://shop.test/checkout/step-2' })).toMatchObject({ code: 'business-rule' });
    expect(checkout.decide([v('hi')], 0, { page: 'https://shop.test/blog' })).toBeNull();
    const chatty: TriggerMessage[] = [];
    for (let i = 0; i < 8; i++) chatty.push(v(`tell me about ${topics[i]}`), sure());
    expect(last(chatty)).toMatchObject({ code: 'business-rule', label: '8 bot turns without resolution' });
  });

  it('every trigger can be switched off, and request-only sites use only explicit requests', () => {
    const off = engineWith({ explicitRequest: false, policy: { enabled: false, replies: {} }, frustration: false, repeatedFailure: false });
    expect(off.decide([v('agent')], 0)).toBeNull();
    expect(off.decide([v('I want a refund for my order')], 0)).toBeNull();
    expect(off.decide([v('a?'), unsure, v('b?'), unsure], 3)).toBeNull();
    const requestOnly = engineWith({}, { triggerMode: 'request-only' });
    expect(requestOnly.decide([v('I want a refund for my order')], 0)).toBeNull();
    expect(requestOnly.decide([v('human please')], 0)).toMatchObject({ code: 'explicit-request' });
  });

  it('sensitivity moves the thresholds together', () => {
    const low = engineWith({ sensitivity: 'low' });
    expect(low.decide([v('a?'), unsure, v('b?'), unsure], 3)).toBeNull();
    expect(low.decide([v('a?'), unsure, v('b?'), unsure, v('c?'), unsure], 5)).toMatchObject({ code: 'repeated-failure' });
    const high = engineWith({ sensitivity: 'high' });
    const chatty: TriggerMessage[] = [];
    for (let i = 0; i < 5; i++) chatty.push(v(`tell me about ${topics[i]}`), sure());
    expect(high.decide(chatty, chatty.length - 1)).toMatchObject({ code: 'business-rule' });
    expect(engine.decide(chatty, chatty.length - 1)).toBeNull();
  });
});
