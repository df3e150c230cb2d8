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
  ])('does not fire on %j', (text) => {
    expect(detectExplicitRequest(text)).toBeNull();
  });

  it('keeps the matched phrase as evidence', () => {
    expect(detectExplicitRequest('Hi, can I talk to a human about a refund?')?.phrase).toMatch(/talk to a human/);
  });
});
