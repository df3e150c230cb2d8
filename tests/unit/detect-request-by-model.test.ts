import { describe, expect, it } from 'vitest';
import { detectExplicitRequest } from '../../server/triggers/detect-explicit-request';
import { detectRequestByModel, notARequest } from '../../server/triggers/detect-request-by-model';
import type { RequestModel } from '../../server/triggers/request-model';

/** A model that is sure of everything: what still doesn't fire is the vetoes' doing. */
const sure: RequestModel = {
  score: (text, consider = () => true) => {
    const sentences = text.split(/[.!?]+/).map((t) => t.trim()).filter(Boolean).filter(consider);
    return { score: sentences.length ? 0.99 : 0, phrase: sentences[0] ?? '' };
  },
};

describe('request model backstop', () => {
  // Written for this test, in no corpus file: phrasings the model never saw.
  it.each([
    'could i run this by one of your advisers today',
    'cualquier asesor me sirve, es urgente lo del recibo',
    'algum atendente disponivel pra mim?',
  ])('catches %j, which no phrase rule covers', (text) => {
    expect(detectExplicitRequest(text)).toBeNull();
    const found = detectRequestByModel(text, 0.75);
    expect(found).not.toBeNull();
    expect(found!.score).toBeGreaterThanOrEqual(0.75);
  });

  it.each(['what time do you open on Saturday?', 'my parcel says delivered but it is not here', 'do you sell gift cards'])('stays quiet on the ordinary %j', (text) => {
    expect(detectRequestByModel(text, 0.75)).toBeNull();
  });

  it.each([
    'my kid keeps saying "I want a real person" lol',
    'no need for an agent, found it',
    'am I talking to a real person?',
    'is there someone who speaks Italian?',
    'if I ever need an agent, can I ask here?',
    'my boss wants to talk to your sales team',
    'can I chat with support by WhatsApp?',
    'how do I contact the billing team?',
    "I'd love to become an agent for you",
    'Je voudrais postuler chez vous comme conseillère',
    'Sprechen Sie Englisch?',
    "I don't want to speak to anyone, just email me the form",
    'dont put me through to anyone',
    'yes please',
    'sí, por favor',
    'ok it works now lol. ignore me',
    'ah no, my mistake, never mind',
    'ya lo encontré, olvídalo',
  ])('never fires on %j, however sure the model is', (text) => {
    expect(notARequest(text)).toBe(true);
    expect(detectRequestByModel(text, 0.5, sure)).toBeNull();
  });

  it.each([
    'someone from your team called me at 8am on a saturday, was that about my booking',
    'la chica que me atendió por chat la semana pasada fue un encanto',
    'die Dame an der Rezeption hat uns so geholfen',
  ])('never fires on the story of a past call or talk %j', (text) => {
    expect(detectRequestByModel(text, 0.5, sure)).toBeNull();
  });

  it('judges each sentence on its own: a story or a third party in one sentence does not hide a request in the next', () => {
    const found = detectRequestByModel('My aunt says she only trusts people, not apps. Could one of your advisers go through the pension forms with me?', 0.5, sure);
    expect(found?.phrase).toBe('Could one of your advisers go through the pension forms with me');
    // The real model, too: the first sentence alone would veto the whole message.
    expect(detectRequestByModel('My boss wants to talk to your sales team about it. Honestly I would also rather run this by one of your advisers today.', 0.75)?.phrase).toMatch(/advisers today/);
  });

  it.each([
    'Please do not call me back. An offer by email is all I need.',
    "I don't want anyone phoning me. Send the quote to my inbox and I'll read it tonight.",
    'bitte nicht anrufen. das Angebot per Mail reicht',
  ])('a declined call anywhere in %j holds for the whole message', (text) => {
    expect(detectRequestByModel(text, 0.5, sure)).toBeNull();
  });

  it('a wish to be contacted is not a story, and a person who speaks a language is still a person', () => {
    expect(detectRequestByModel('gradirei essere contattato da un vostro incaricato', 0.5, sure)).not.toBeNull();
    expect(detectRequestByModel('can I speak to an agent in Spanish', 0.5, sure)).not.toBeNull();
  });

  it('fires at or above the threshold only, and says how sure it was', () => {
    const at = (score: number): RequestModel => ({ score: (text) => ({ score, phrase: text }) });
    expect(detectRequestByModel('need a hand from your lot', 0.75, at(0.8))).toEqual({ phrase: 'need a hand from your lot', score: 0.8 });
    expect(detectRequestByModel('need a hand from your lot', 0.75, at(0.7))).toBeNull();
    expect(detectRequestByModel('   ', 0, sure)).toBeNull();
  });
});
