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

  it('keeps the matched phrase as evidence', () => {
    expect(detectExplicitRequest('Hi, can I talk to a human about a refund?')?.phrase).toMatch(/talk to a human/);
  });
});
