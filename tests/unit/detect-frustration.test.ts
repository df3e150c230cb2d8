import { describe, expect, it } from 'vitest';
import { detectFrustration } from '../../server/triggers/detect-frustration';

describe('frustration aimed at the service', () => {
  it.each([
    "its 300kb. im sick to death of this system, i've wasted my whole lunch break on it and ill probably get a ticket tomorrow because of you",
    'for gods sake. third engineer visit booked and cancelled by you lot and now i cant even get the screen to work. done with this',
    'for gods sake. third engineer visit cancelled and now i cant even get the screen to work. done with this',
    'its 2pm. and this is the second week running. i took a half day off work for this, this is seriously pissing me off',
    'your app is really doing my head in',
    "I'm fuming, third time you've cancelled on me",
    "that's what you said yesterday and the day before. same copy-paste answer again and again. so annoying",
    "l'ho aperta 10 giorni fa. è assurdo, nessuno risponde, nessuno richiama, è la terza volta che scrivo. siete una vergogna",
    "l'ho aperta 10 giorni fa. è assurdo, nessuno risponde, nessuno richiama, è la terza volta che scrivo.",
    'es un absurdo, nadie contesta y ya es la tercera vez que escribo',
    "c'est une honte, personne ne répond",
    'é um absurdo, ninguém responde',
    'siete degli incompetenti',
    'this bot 🙄🙄 useless',
    'i asked about the WARRANTY. what is the point of this chat thing, it just pastes the brochure',
    'I have said twice the button is greyed out. this thing is driving me up the wall',
    'half an hour late again and the pizza is cold, this is the last time I order from you, pathetic service',
    'siete veramente impresentabili, il sito va in errore da tre giorni',
    'el pago no pasa desde la mañana y el plazo vence hoy, qué vergüenza',
    'neta qué mal servicio, nomás me hacen perder el tiempo',
    'ma che razza di assistente è? non capite niente',
    'Ehrlich, dieser Chatbot ist zum Verzweifeln, ich krieg nur Müll als Antwort',
    'Dritte Woche in Folge kaputt, ihr kriegt gar nichts auf die Reihe',
    'sério, que serviço porco, sempre uma dor de cabeça com vocês',
  ])('fires on %j', (text) => {
    expect(detectFrustration(text)).not.toBeNull();
  });

  it.each([
    // Mild and moving on: repetition ("every single time") says how often, not how the visitor feels.
    'kinda annoying that the app logs me out every single time i open it tbh',
    'the app crashes every single time i open it, how do i fix it?',
    // A lone eye-roll at talking to a bot, then on with the question.
    'oh a chatbot, how futuristic 🙄 fine, where do i find my transit number',
    // Someone else's bad experience, not this service's.
    'whats your complaints process like? asking for my mum, shes thinking of switching to you and had an awful time with her last supplier',
    "my neighbour's dog barking is pissing me off, do you sell earplugs?",
    // Venting, then praise.
    "I was fuming earlier but you've sorted it, thanks so much",
    'i found my dream flat because of you, thanks!',
    // Someone else's frustration, a hedged gripe that moves on, a hypothetical, praise.
    'my nephew gets so frustrated with tiny lego pieces, do you have bigger ones for a 3 year old?',
    'your filter is a bit rubbish lol, I typed oak and got pine. anyway, any oak shelves under 80cm?',
    'if a tour gets cancelled by you, do we get our money back?',
    'wow that was so easy, you have made my day slightly less awful 😂',
    // Finishing a step is not giving up.
    'ok done with this step, what is next?',
    'done with this. what is next?',
    // One complaint in another language is not yet frustration.
    'nessuno risponde al telefono del negozio di Milano, siete aperti?',
    'è la terza volta che ordino da voi, sempre ottimo!',
    'è la terza volta che ordino da voi!!! sempre perfetto',
    // Venting about elsewhere, then thanks, in another language.
    "è assurdo, nessuno mi ha risposto per giorni all'altro negozio, ma voi siete stati fantastici, grazie mille",
  ])('does not fire on %j', (text) => {
    expect(detectFrustration(text)).toBeNull();
  });
});
