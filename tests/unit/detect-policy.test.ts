import { describe, expect, it } from 'vitest';
import { detectPolicy } from '../../server/triggers/detect-policy';

const topicOf = (text: string) => detectPolicy(text)?.topic ?? null;

describe('policy: cancelling their own plan named by a pronoun', () => {
  it.each([
    'ok well please cancel mine then. moving to manchester end of next month, member no. 40921',
    'right, cancel mine from the end of the month please',
    "can you cancel ours please, we're moving",
    'go ahead and cancel it',
    'ok then cancel my membership',
    'pues cancélame la mía',
    'alors résiliez le mien',
    'bitte kündigen Sie meinen Vertrag zum Monatsende',
  ])('fires on %j', (text) => {
    expect(topicOf(text)).toBe('cancellation');
  });

  it.each([
    "what's your cancellation notice?",
    'how do i cancel mine?',
    'if i cancel mine do i lose my points',
    'can i cancel mine online or do i have to ring?',
    'come faccio a disdire il mio abbonamento?',
  ])('leaves questions about cancelling to the bot: %j', (text) => {
    expect(topicOf(text)).toBeNull();
  });
});

describe('policy: high-value orders stated as quantities', () => {
  it.each([
    "we'd need about 1,200 for a company conference in march, 3 colours front and back, sizes mixed",
    "ok. we're looking at rolling it out to around 3,500 staff across 4 countries, need a DPA and EU data residency",
    'our company has about 250 staff and we want to move everyone onto your business plan',
    'thinking of ordering 2000 mugs for our clients',
    'could we get a price for 750 lanyards',
    'super, wir sind eine firma und bräuchten 6-Tages-Pässe für 280 mitarbeiter im februar, inklusive skiverleih',
    'somos una empresa de 300 empleados y queremos contratar el plan business',
    'necesitamos unas 500 camisetas para un evento de empresa',
    'nous sommes une entreprise de 450 salariés, on cherche un devis',
    'on voudrait en commander 800 pour notre séminaire',
    'precisaríamos de umas 1.500 canecas para o congresso da empresa',
    'vorremmo ordinare 350 agende per i dipendenti',
  ])('fires on %j', (text) => {
    expect(topicOf(text)).toBe('high-value');
  });

  it.each([
    'we need 12 for the office',
    'My manager wants business cards for the whole team by Friday — 12 people, 100 each. Can you do it?',
    'we need about 100 mbps for 6 people',
    'i need 200 more points to get gold',
    'i need £300 for our staff party',
    'we paid £500 for the company party',
    'is the hall big enough for 150 people?',
    'we have 300 employees, what are your opening hours?',
    'do you offer discounts for orders over 500 units?',
    'we need 2025 invoices for our accountant',
    'any update on the fence panels? order 55821',
    'quanto custa para 300 funcionários?',
  ])('does not fire on small counts, prices, references or general questions: %j', (text) => {
    expect(topicOf(text)).toBeNull();
  });
});

describe('policy: dosing a medicine for a particular person', () => {
  it.each([
    'my 4yo has a temp of 38.9 and she had calpol 2 hours ago, can i give her nurofen on top now and how much, shes about 16kg',
    'is it ok to give him calpol and nurofen together',
    'my son is 5, how much calpol can he have?',
    'how much calpol should i give my 2 year old?',
    '¿le puedo dar ibuprofeno? tiene 3 años y pesa 14 kilos',
    'je peux lui donner du doliprane ? elle a 2 ans',
    'kann ich meinem Sohn Nurofen geben? er ist 5',
    'posso dar paracetamol pra ela? tem 12kg',
    'posso dargli la tachipirina? pesa 18 kg',
  ])('fires on %j', (text) => {
    expect(topicOf(text)).toBe('regulated-advice');
  });

  // Borderline, decided: what the pack says ("max dose on the box", a dose by age band for "a" child) is product
  // information the bot can give; a dose for this child (her, my 2 year old, 16kg) is regulated advice.
  it.each([
    "what's the max dose on the box for the nurofen 200?",
    'how much calpol for a 2 year old?',
    'can i give her the tablet to play games while we wait?',
    'can i give my son a gift card',
    "he's about 30kg, which bike size?",
    'salt tablets 10kg for the water softener?',
    'hallo, darf man Paracetamol und Ibuprofen eigentlich zusammen kaufen? meine Mutter meinte es gibt da eine Grenze',
  ])('does not fire on product information or other senses: %j', (text) => {
    expect(topicOf(text)).toBeNull();
  });
});

describe('policy: charges the visitor did not make, and double charges, in the other languages', () => {
  it.each([
    'me aparecen dos compras en dólares en la tarjeta que yo no hice, una de 89 y otra de 240, de una pagina que ni conozco',
    'hay un cargo de 300 que no reconozco',
    "j'ai deux prélèvements que je n'ai pas faits sur mon compte",
    'da sind drei Abbuchungen, die ich nicht getätigt habe',
    'tem uma compra no cartão que eu não reconheço',
    "c'è un addebito che non riconosco",
  ])('fraud fires on %j', (text) => {
    expect(topicOf(text)).toBe('security');
  });

  it('double charges and a refund demand in Portuguese', () => {
    expect(topicOf('então pq vieram duas cobranças de 55,90 no meu cartão esse mês?? quero o estorno de uma delas')).toBe('billing');
    expect(topicOf('me cobraram duas vezes a mensalidade')).toBe('billing');
    expect(topicOf('quero o estorno da compra de ontem')).toBe('refund');
    expect(topicOf('exijo el reembolso de la entrada')).toBe('refund');
    expect(topicOf('quanto tempo demora o estorno?')).toBeNull();
    expect(topicOf('¿puedo pagar en dos cuotas?')).toBeNull();
  });
});

describe('policy: "my solicitor" is a threat, not routine conveyancing', () => {
  it.each([
    'if they\'re not here by the 20th my solicitor will be in touch',
    "I've forwarded the inventory and photos to my solicitor about my deposit",
    'my solicitor says the completion was botched and we want compensation',
    'That\'s what you said 3 weeks ago. Six weeks and still no wardrobe. My lawyer will hear about this.',
  ])('fires on %j', (text) => {
    expect(topicOf(text)).toBe('legal');
  });

  it.each([
    "My solicitor will ring your land charges team about a search for the house we're buying. What's the best number to give her?",
    'my solicitor needs a copy of the FENSA certificate for the sale',
    'our solicitor is asking for the management pack for the flat we are selling',
  ])('does not fire on %j', (text) => {
    expect(topicOf(text)).toBeNull();
  });
});

describe('policy: emergencies, theft and disputes in every language, and what only looks like them', () => {
  // Written for this test.
  it.each([
    ['im Keller riecht es seit dem Frühstück ziemlich stark nach Gas, was tun?', 'emergency'],
    ['sento odore di gas in bagno da ieri sera', 'emergency'],
    ['y a de la fumée qui sort du compteur pis ça sent le brûlé', 'emergency'],
    ['meu filho tirou um dente ontem e ainda tá sangrando muito', 'emergency'],
    ['ein Kind ist auf der Treppe gestürzt und blutet an der Lippe', 'emergency'],
    ['mia figlia ha ingoiato una batteria a bottone del telecomando!!', 'emergency'],
    ['se reventó una tubería y está saliendo agua por todo el pasillo', 'emergency'],
    ['our CO detector keeps going off and I feel dizzy'.replace('CO detector', 'carbon monoxide detector'), 'emergency'],
    ["dad's fall alarm went off 5 minutes ago and he's not answering his mobile", 'emergency'],
    ['me robaron el bolso con la tarjeta de crédito, hay que bloquearla', 'security'],
    ['mi hanno rubato il portafoglio in metro con il bancomat dentro', 'security'],
    ['on m’a volé mon portefeuille avec ma carte bancaire', 'security'],
    ['hay un cargo de 320 € en un hotel de Bilbao que no reconozco', 'security'],
    ['someone must have got into my account, there are orders I never placed', 'security'],
    ['não contratei esse pacote de canais e veio na fatura', 'billing'],
    ['Hiermit kündige ich meinen Stromvertrag zum nächstmöglichen Termin.', 'cancellation'],
    ['quero fazer uma reclamação formal sobre o atendimento de ontem', 'complaint'],
    ["it's a complaint, and I want it formally investigated", 'complaint'],
    ['nous sommes une chaîne de 24 pharmacies et voulons un devis', 'high-value'],
    ['je peux prendre combien de Doliprane par jour avec mon traitement ?', 'regulated-advice'],
    ['they offered me a settlement agreement, is that fair and should I sign it?', 'regulated-advice'],
    ['il mio ex socio mi deve 8000 euro, posso fargli causa?', 'legal'],
  ])('%j is %s', (text, topic) => {
    expect(topicOf(text)).toBe(topic);
  });

  it.each([
    'what happens if I am ever charged twice by mistake?',
    'se volessi fare un reclamo per un volo in ritardo, entro quando devo farlo?',
    'si jamais un colis arrive abîmé, j’ai combien de temps pour faire une réclamation ?',
    'my old email got hacked years ago, all fine now, how do I turn on two-factor here?',
    'Mein altes Facebook wurde mal gehackt, kann ich bei euch einen Passkey nutzen?',
    'any tips for spotting scam texts pretending to be from you? for my grandad',
    'how do I freeze my card? I think it is somewhere in the car',
    'perdí la cartera pero ya puse la denuncia en la policía, ¿dónde está objetos perdidos?',
    'does the home insurance cover a burst pipe?',
  ])('leaves %j to the bot: a question for some day, an old hack, advice or a how-to', (text) => {
    expect(topicOf(text)).toBeNull();
  });
});
