import { describe, expect, it } from 'vitest';
import { detectExplicitRequest } from '../../server/triggers/detect-explicit-request';

describe('explicit request for a person', () => {
  it.each([
    'can I talk to a human?',
    'agent',
    'HUMAN!!!',
    'human pls',
    'operator?',
    'representative please',
    'real person please',
    'I want to speak to someone',
    'let me talk to a real person, this bot is useless',
    'Could you connect me to an agent please',
    'get me a human',
    'I need to speak with customer service about my order',
    'talk to a humannnn',
    'quiero hablar con una persona',
    'je veux parler à un humain',
    'ich möchte mit einem Menschen sprechen',
    'quero falar com um atendente',
    'vorrei parlare con un operatore',
    'put me through to billing please',
    'can someone call me back? 07700 900412',
    'is there actually anyone working today?',
    "I'd prefer to go through this with a person rather than a chatbot",
    'who can I talk to about this?',
    'can i get on a call with your support team',
    'kann mich jemand zurückrufen?',
    'hooman pls',
  ])('fires on %j', (text) => {
    expect(detectExplicitRequest(text)).not.toBeNull();
  });

  it.each([
    'what are your opening hours?',
    "I don't need a human, just the hours",
    'no need for an agent, thanks',
    'is live chat on mobile?',
    'travel agent commission',
    'do you sell bikes for people over 2 metres tall?',
    'thanks, that helped',
    'r u a real person',
    'am I talking to a human? just curious',
    "My daughter keeps shouting 'I want to talk to a real person!' at our smart speaker",
    'I want to talk to someone who speaks Italian, how do I find a partner?',
    'the video call keeps freezing on the doctors end',
    'do I need a specialist to fit run-flat tyres?',
    'no need to put me through to anyone, just the delivery slot',
    'last time I was transferred to an agent and they sorted it',
    'Kann ich euch auch anrufen? Welche Nummer?',
  ])('does not fire on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeNull();
  });

  // The general cases: a person asked for with any sign of asking, however it is worded.
  it.each([
    'this needs a human',
    'a person would be great thanks',
    'Can a human review this please',
    'Are there any agents available?',
    'Are any of your staff online?',
    'human assistance please',
    'someone needs to look at this properly',
    'Can I get the duty manager please',
    'i need the lettings team',
    'i want customer service',
    'do you have actual people? 🙃',
    'any chance an actual human being works there?',
    'is there a support person i can screen share with?',
    'can this go to your team? probably too specific for chat',
    'could someone from your team get in touch',
    "where's a human when you need one",
    'I want this escalated',
    'escalate',
    'route me to an agent',
    'no more bot please',
    'cn i spk to sum1',
    'is there a humen i can tlak to',
    'how can i talk to a real person?? this bot is useless',
    "who's your manager? i want to speak to them",
    'can I get a real person on the line',
    'yeah no i would like a human on this thanks',
    "i'll wait for a human",
    'Could someone please give me a call?',
  ])('fires on the general case %j', (text) => {
    expect(detectExplicitRequest(text)).not.toBeNull();
  });

  it.each([
    'necesito que me pase con el departamento de contabilidad por favor',
    'no me deja editarla 🙄 quiero hablar con una persona real',
    'il y a quelqu\'un de réel là ou c\'est que des réponses auto?',
    'Hallo? Hallo?? Ist da jemand?',
    'oi?? alguém aí???',
    "pronto? c'è nessuno??",
    'humain stp',
    'humano pfv',
    'technischer support bitte',
    'me liguem pfv, (11) 98765-4321',
    'mi richiamate? 333 1234567',
    'Könnte mich bitte jemand vom Kundenservice anrufen?',
    'alguem da recepção pode me chamar no whats?',
    'chama um atendente logo',
    'est-ce que je peux jaser avec le gérant?',
    'il me faut un humain',
    'gibt es einen Ansprechpartner für Firmenkunden?',
    'vorrei essere richiamato',
    "c'è qualcuno che mi può aiutare?",
    'UN ESSERE UMANO PER FAVORE',
  ])('fires on %j in another language', (text) => {
    expect(detectExplicitRequest(text)).not.toBeNull();
  });

  it.each([
    "I'd like to come in person",
    'I want to send a gift to a person in Ireland',
    'can staff swap shifts between themselves',
    'can a member of staff help me load the compost into my car when I collect?',
    'is there a real person behind your instagram account?',
    'what hours are your phone agents available?',
    'can I add agents mid-month?',
    'do you offer human resources software for small teams? like 15 employees',
    "what's the contact number for support?",
    'I want to become an agent for your brand',
    'quiero ser agente de ventas',
    'is the price per person?',
    'can a human read my messages?',
    'my manager approved the purchase',
    'ayer hablé con un agente por teléfono y me dijo que el descuento se aplica',
    'si algún día necesito hablar con un asesor, hay que pedir cita?',
    "ah c'est bon trouvé, pas la peine de me passer quelqu'un merci",
    'Appelez-moi Léa 🙂 on peut faire des appels vidéo ?',
    'como entro em contacto com o suporte?',
    'pessoa jurídica pode comprar?',
    'does someone meet her at the gate if she needs assistance?',
  ])('does not fire on the look-alike %j', (text) => {
    expect(detectExplicitRequest(text)).toBeNull();
  });

  // Put through to anyone, a trade asked for by name, a person asked to get in touch.
  it.each([
    'can you put me through please',
    'could you pass me over to Sarah, she usually does my orders',
    'me pasai con contabilidad porfa',
    '¿me podrías poner con recepción?',
    'transfiéreme con soporte pls',
    'verbinden Sie mich bitte mit der Buchhaltung',
    'stellen Sie mich bitte zur Schadenabteilung durch',
    'transfira-me para a contabilidade se faz favor',
    'consegue pôr-me em contacto com a loja?',
    'mi mette in contatto con l\'amministrazione?',
    'pourriez-vous me mettre en relation avec le service sinistres',
    'can I have a quick word with the chef about allergies',
    'is there a lady or gentleman I could speak with about my repeat prescription',
    'posso falar com a farmacêutica?',
    'puedo hablar un momento con el farmacéutico?',
    'could one of the physios ring me before I book',
    'can the dentist call me to say whether it can wait',
    'can somebody there go through it with me on the phone',
    'est-ce que je peux avoir quelqu\'un au téléphone?',
    'is there anyone on your side who can pull up my file',
    'anybody human around??',
    "i'll hold for a live agent, no rush",
    'human takeover please',
    'can i request for a call from your CSR regarding my bill',
    'c\'è un umano che mi può aiutare?',
    "c'è una persona vera con cui posso parlare per capire il livello?",
  ])('fires on %j', (text) => {
    expect(detectExplicitRequest(text)).not.toBeNull();
  });

  it.each([
    'me pongo en contacto con soporte o escribo un correo?',
    'je dois me mettre à jour dans l\'appli?',
    'nem precisa me passar pra ninguém, resolvi',
    'can the mechanic look at the brakes while it is in?',
    'quand est-ce que l\'expert passe?',
    'can I talk to the teacher before I book a lesson?',
    'the engineer will call me before he comes',
    'I spoke to one of your agents on Monday and she said it ships Thursday',
    'was gonna ask to talk to someone but found it in the FAQ',
    'my dad wants to speak to someone about his pension, what number does he ring?',
    'as an admin can I escalate a ticket to urgent?',
    "je veux juste savoir si l'agence de Lyon est ouverte",
    'do you ever ask for my pin by text? want to know what to expect',
    'se um dia precisar de falar com alguém, há loja em Braga?',
    'nel caso avessi bisogno di un consulente, serve appuntamento?',
    'my dentist will call me with the results',
  ])('does not fire on the look-alike %j', (text) => {
    expect(detectExplicitRequest(text)).toBeNull();
  });

  // Formal, regional and indirect ways of asking, and what looks like them.
  it.each([
    'I wish to be put through to Environmental Health regarding the noise',
    'Could I be put in touch with the Registrar?',
    'Can you forward this to the Chief Executive\'s office please?',
    'is there an actual human reading these?? i need one',
    'can ye no get somebody fae the housing department tae gie me a phone',
    'any actual staff on today? i\'d like to speak with one',
    'not being funny but is anyone actually there who can check',
    "i'd like to book a call with my account manager Priya",
    'could you arrange for a member of the lettings team to telephone me',
    'can you get someone to ring her on her landline, she won\'t use the chat',
    'me pueden poner en contacto con el área de cobranzas?',
    'Agradecia que me transferisse para o departamento comercial',
    'Solicito que um responsável entre em contacto comigo',
    'Gostaria de ser atendido por um colaborador',
    'alguém humano pode me atender por favor??',
    'bitte an einen Kollegen weiterleiten',
    'Ich hätte gern einen Rückruf von Ihrem Kundenservice',
    'Kann mir bitte ein Mitarbeiter weiterhelfen?',
    'ich brauche jemanden vom Kundendienst wegen der Heizung',
    'chönd sie mich zrugg rüefe? 079 555 12 34',
    'gits do öpper wo mir cha hälfe?',
    'i brauchat wen vom kundendienst wegen der therme',
    'kann mi bitte a techniker anrufen?',
    'voglio che mi chiami un tecnico',
    "c'è il farmacista?",
    'est ce que le pharmacien est dispo pour une question rapide ?',
    "scusate ma c'è qualcuno o solo il bot??",
    'voglio parlare con uno vero pls',
    'fammi parlare con un commercialista allora',
  ])('fires on %j', (text) => {
    expect(detectExplicitRequest(text)).not.toBeNull();
  });

  it.each([
    'the nurse line said someone would call me back tomorrow, is that normal?',
    'Got an email saying an agent would contact me about my group booking',
    'last time I was on hold for 50 minutes to talk to an agent, can I change my flight online?',
    "Is there anyone in particular I should address my letter to?",
    'I was on the phone to one of your agents for ages about a cancelled flight',
    'si en algún momento necesito hablar con un asesor, hay que sacar turno?',
    'mi esposo ya habló con un asesor de ventas y le dijeron que sigue la promo',
    "c'est possible de joindre le SAV par WhatsApp ?",
    'dá pra falar com o suporte pelo whatsapp?',
    'o consultor já me ligou hoje de manhã, tá tudo certo',
    'ma sei una persona vera?',
    'se avessi bisogno di un consulente per il mutuo, la consulenza si paga?',
    'la consulente mi ha già richiamato stamattina',
    'is the doctor available on Saturdays?',
    'is there a pharmacist in the Leeds store who does flu jabs on weekends',
    'un vrai problème, cette appli',
  ])('does not fire on the look-alike %j', (text) => {
    expect(detectExplicitRequest(text)).toBeNull();
  });

  // Written for this test, in no corpus file.
  it.each([
    'do I have to visit a branch and talk to an adviser to change my address or can I do that online?',
    'faut-il passer en agence voir un conseiller pour la carte ou ça se fait en ligne ?',
    'devo andare allo sportello a parlare con un operatore o posso fare tutto dal sito?',
    'would we need to come in to see someone about the lease?',
    'can your staff push my dad in a wheelchair from the car park to the clinic?',
    'hay alguien del personal que pueda acompañar a mi abuela hasta la puerta de embarque?',
    'is there a vet on duty on bank holidays?',
    "y a-t-il quelqu'un à l'accueil la nuit ?",
    'tem algum farmacêutico de plantão aos domingos?',
    'what are your support hours? I will try tomorrow',
    'a que hora atienden los asesores en la sucursal del centro',
    "no quiero que me llamen, prefiero whatsapp",
    'mi hermana siempre pide hablar con el encargado jaja, pero yo solo quiero saber el precio',
    'se più avanti mi serve parlare con un consulente, costa qualcosa?',
    'hab mich letzten Monat beworben, gibt es schon eine Rückmeldung?',
  ])('does not fire on the question about people, schedules or a declined call %j', (text) => {
    expect(detectExplicitRequest(text)).toBeNull();
  });

  it.each([
    'can I speak to the vet on duty please, my rabbit is not eating',
    'posso parlare con il medico di turno? è urgente',
    "I don't want to talk to a bot, get me a human",
    'can someone call me tonight about the lease',
    'can a nurse ring me at night, I work days',
  ])('still fires on the person asked for now %j', (text) => {
    expect(detectExplicitRequest(text)).not.toBeNull();
  });

  // Written for this test: a colleague asked for by name, a first name from a list or any surname after a title.
  it.each([
    'Is Gemma around?',
    'hiya is gemma in today',
    'also is Dev there please',
    'is my stylist Kerry around?',
    'is Dr Adeyemi in?',
    'can I speak to Oliver about my quote',
    'could I have a word with Mrs Hughes from accounts',
    'can i chat with my mortgage adviser Ruth',
    "C'è Giulia oggi?",
    'Giulia c’è?',
    'Ist Frau Brandt zu sprechen?',
    'ist herr novak heute im büro',
    'kann ich mit Herrn Lange sprechen',
    'está la Inés?',
    '¿Se encuentra el señor Robles?',
    'puedo hablar con Camila',
    'a Beatriz está?',
    'o Tiago tá por aí?',
    'Clémence est là ?',
    'est-ce que Mme Girard est disponible ?',
  ])('fires on a colleague asked for by name: %j', (text) => {
    expect(detectExplicitRequest(text)).not.toBeNull();
  });

  it.each([
    'did Gemma send my invoice yet?',
    'Oliver said the sofa ships on Friday',
    'is Sunday available?',
    'is Alexa available?',
    'is Jordan in stock in a size 10?',
    'Is Dr Adeyemi taking new patients?',
    'I spoke to Oliver yesterday and he sorted it',
    "don't put me through to Oliver, just email me",
    'sweet ta',
    'ah ahí está, gracias',
    'esta rosa?',
    'is Gemma the one who signed for it?',
  ])('does not fire on a name that is not asked for: %j', (text) => {
    expect(detectExplicitRequest(text)).toBeNull();
  });

  it.each(['ppl?', 'CS', 'ok. live chat', 'helpdesk', 'qqn ??', 'someone??', "no I want to speak to the coordinator about this"])('fires on the short ask %j', (text) => {
    expect(detectExplicitRequest(text)).not.toBeNull();
  });

  it.each([
    'where is the agent login for brokers',
    'el lunes hablé con una asesora y me dijo que ya estaba',
    'want to apply for the receptionist job',
    'estou a falar com uma pessoa ou com um robô?',
    'Wie erreich ich eure Buchhaltung telefonisch?',
    'no quiero hablar con nadie, solo la factura',
  ])('does not fire on %j, a login, a past talk, a job, an identity or how-to question, a refusal', (text) => {
    expect(detectExplicitRequest(text)).toBeNull();
  });

  it.each([
    'can you put me through to accounts… actually never mind, the statement just arrived',
    'could someone ring me about the quote? nah no need, I can see the price list now',
    'is there somebody I can talk to about my visa letter, or wait no, it is in my inbox lol',
    'pouvez-vous me faire rappeler ? ah laissez tomber, j’ai trouvé le formulaire',
    '¿me puede llamar alguien? bueno, da igual, ya lo vi en la web',
  ])('does not fire when the ask is taken back in the same message: %j', (text) => {
    expect(detectExplicitRequest(text)).toBeNull();
  });

  it.each([
    ['forget it, just get me a person', /person/],
    ['never mind the bot, I want a human', /human/],
    ['nvm. agent please', /agent/],
  ])('still fires on %j, where the ask comes after the take-back', (text, phrase) => {
    expect(detectExplicitRequest(text)?.phrase).toMatch(phrase);
  });

  it.each([
    'can I pay for the shipping with my Personal phone credit?',
    'quero incluir a minha esposa como condutora e o meu filho como condutor',
    'do you have staff who speak Tamil at the Leicester branch? asking for my nan',
    'atienden por telefono o solo por este chat?',
    'if my parcel goes missing abroad, do I get help from a real agent or is it all online?',
    'si el viernes no me llega el paquete ahí les pido hablar con alguien, ¿sí?',
    'si necesito hablar con alguien para cambiar mi cita, ¿cómo hago?',
    'Meine Schwester hat letztes Jahr bei euch angerufen und wollte unbedingt mit einem Berater reden. Egal, wie lange gilt die Garantie?',
    'the installer said he will come back friday, do I need to book or will he call me?',
    'someone was supposed to call me back on monday about the upgrade, has it gone through anyway?',
    'could I book a video call with the kitchen designer for next wednesday?',
    "I live on my own and don't really have anyone to list as next of kin",
  ])('does not fire on %j: a brand, a real word one letter from a list word, a question, a story or a booking for later', (text) => {
    expect(detectExplicitRequest(text)).toBeNull();
  });

  it.each([
    'Is there someone who speaks Gaelic I can talk to, please?',
    'is Sanjay from the lettings team around?',
    'oi, a Fernanda do RH tá disponível?',
    'hola, ¿está Martina de administración?',
    'Ist Frau Vogel von der Buchhaltung da?',
    'I do not want the bot, I want whoever set up my account',
  ])('fires on %j: a person who speaks the language, a named colleague in a team, the bot waved away', (text) => {
    expect(detectExplicitRequest(text)).not.toBeNull();
  });

  it('keeps the matched phrase as evidence', () => {
    expect(detectExplicitRequest('Hi, can I talk to a human about a refund?')?.phrase).toMatch(/talk to a human/);
  });
});
