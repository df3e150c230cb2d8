import { describe, expect, it } from 'vitest';
import { detectDissatisfaction } from '../../server/triggers/detect-dissatisfaction';

describe('dissatisfaction with a bot answer', () => {
  it.each([
    "that's wrong",
    'that didnt help',
    'I already tried that',
    'makes no sense',
    "you're not listening",
    'das war nicht die Frage',
    'non hai capito',
    'não foi isso que perguntei',
    'no me ayuda',
    "vous n'avez pas compris",
  ])('counts %j', (text) => {
    expect(detectDissatisfaction(text)).not.toBeNull();
  });

  it.each([
    'i know how to top it up, i want to know why it keeps dropping every couple of days',
    "I'm not asking how to book, I'm asking whether it's refundable",
    'yes i know, but i asked about the fee',
    'i know that, my question was about the fee',
    'ya sé cómo pagar, lo que quiero saber es si aceptan amex',
    "je sais comment réserver, je veux savoir si c'est remboursable",
    'ich weiß wie man bucht, ich will wissen ob es erstattbar ist',
    'eu já sei como pagar, quero saber se aceitam pix',
    'lo so come si prenota, voglio sapere se è rimborsabile',
    "non plus... je demande pour l'âge minimum de l'AAC",
    'not that either',
    'eso tampoco',
    'but if I go outside the marked runs, am I still insured?',
    '?? that is not really an answer',
    "that's not what my booking email says, it says two nights",
    'Das weiß ich, ich will aber das Foto hochladen. Geht das?',
    'ya lo sé, pero quiero saber si se puede por la app',
  ])('counts a correction of the bot %j', (text) => {
    expect(detectDissatisfaction(text)).not.toBeNull();
  });

  it.each([
    'i know you are closed on sunday, what about saturday?',
    "i didn't ask for this upgrade and now i'm paying more",
    'tampoco puedo entrar a la app',
    'will I still be able to see my old bills?',
  ])('does not count a look-alike %j', (text) => {
    expect(detectDissatisfaction(text)).toBeNull();
  });

  it.each(['ah ok, it was the blue one I meant. thanks', 'thanks, that helped', 'no worries, I already did that, thanks!', "that didn't work at first but now it's fine", 'perfect'])('does not count %j', (text) => {
    expect(detectDissatisfaction(text)).toBeNull();
  });
});
