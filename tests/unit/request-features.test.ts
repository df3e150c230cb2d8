import { describe, expect, it } from 'vitest';
import { requestFeatures } from '../../server/triggers/request-features';

describe('request features', () => {
  it('has words, pairs, words two apart, character n-grams and a length bucket', () => {
    const f = requestFeatures('Can I talk to someone');
    expect(f).toEqual(expect.arrayContaining(['w:talk', 'b:i_talk', 's:can_talk', 'c3:<ta', 'c4:alk>', 'len:5']));
    expect(new Set(f).size).toBe(f.length);
  });

  it('sees the same request through case, accents and stretched letters', () => {
    expect(requestFeatures('HUMAIN SVP')).toEqual(requestFeatures('humain svp'));
    expect(requestFeatures('hablar con una persona')).toEqual(requestFeatures('hablár con una persooona'));
  });

  it("names the rules' word classes in sequence, so a shape learned in one language carries to another", () => {
    const shape = (text: string) => requestFeatures(text).filter((x) => x.startsWith('C'));
    expect(shape('posso parlare con un consulente')).toEqual(shape('puedo hablar con un asesor'));
    expect(shape('posso parlare con un consulente')).toEqual(expect.arrayContaining(['C:TALK', 'C:STRONG', 'CB:FILLER_STRONG']));
    expect(shape('kann ich mit einem Berater sprechen')).toEqual(expect.arrayContaining(['C:MODAL', 'C:STRONG', 'CB:STRONG_TALK']));
    expect(requestFeatures('the weather is nice')).not.toEqual(expect.arrayContaining(['C:STRONG']));
    expect(requestFeatures('the weather is nice')).not.toEqual(expect.arrayContaining(['C:TALK']));
  });
});
