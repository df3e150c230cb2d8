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

  it.each(['thanks, that helped', 'no worries, I already did that, thanks!', "that didn't work at first but now it's fine", 'perfect'])('does not count %j', (text) => {
    expect(detectDissatisfaction(text)).toBeNull();
  });
});
