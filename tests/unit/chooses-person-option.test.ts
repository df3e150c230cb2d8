import { describe, expect, it } from 'vitest';
import { choosesPersonOption, hasOptions } from '../../server/triggers/chooses-person-option';

// Written for this test: menus as a bot might list them, and the ways visitors pick.
const numbered = 'How can I help?\n1) Where is my parcel\n2) Returns\n3) Talk to our team';
const lettered = 'Pick one:\nA) Opening times\nB) Speak to a member of staff\nC) Prices';
const bulleted = 'I can help with:\n- Booking a table\n- Gift vouchers\n- Chatting with the events coordinator';
const piped = 'What is it about? Orders | Invoices | Chat with an adviser';
const spanish = '¿Qué necesitas?\n1. Seguir mi pedido\n2. Hablar con una persona\n3. Facturas';
const german = 'Worum geht es?\n1) Lieferung\n2) Mit dem Kundenservice sprechen\n3) Rechnungen';

describe('picking the person from a bot menu', () => {
  it.each([
    [numbered, '3'],
    [numbered, 'option 3 pls'],
    [numbered, 'the last one'],
    [numbered, 'third'],
    [numbered, 'team'],
    [numbered, '3 i guess, none of the others fit'],
    [lettered, 'B'],
    [lettered, 'the second one'],
    [bulleted, 'last'],
    [bulleted, 'the coordinator one'],
    [piped, 'adviser'],
    [spanish, 'la segunda'],
    [spanish, '2'],
    [german, 'die zweite'],
    ['Bonjour ! Je peux vous aider avec : 1) Suivre ma commande 2) Retours 3) Parler à un conseiller', '3'],
    ['Olá! Escolha: A) Marcações  B) Resultados  C) Falar com a receção', 'C'],
  ])('after %j, %j picks a person', (menu, reply) => {
    expect(choosesPersonOption(menu, reply)).not.toBeNull();
  });

  it.each([
    [numbered, '1'],
    [numbered, 'returns'],
    [numbered, 'the first one'],
    [lettered, 'C'],
    [lettered, 'a table for two'],
    [spanish, 'la tercera'],
    [numbered, 'I ordered 3 lamps, where are they?'],
    ['Je peux vous aider avec : 1) Suivre ma commande 2) Retours 3) Parler à un conseiller', '1'],
    ['Our sizes run 1) small 3) large', '3'],
    ['Our team can help with returns. Would you like the form?', '1'],
  ])('after %j, %j picks no person', (menu, reply) => {
    expect(choosesPersonOption(menu, reply)).toBeNull();
  });

  it('knows a menu from a sentence', () => {
    expect(hasOptions(numbered)).toBe(true);
    expect(hasOptions(piped)).toBe(true);
    expect(hasOptions('We open at 9 - and close at 5.')).toBe(false);
  });
});
