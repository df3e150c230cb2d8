import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../server';
import { createTriggerEngine } from '../../server/triggers/create-trigger-engine';
import type { TriggerMessage } from '../../server/triggers/trigger-message';
import { triggerSettings } from '../../server/triggers/trigger-settings';

const engineWith = (triggers: Record<string, unknown> = {}, site: Record<string, unknown> = {}) =>
  createTriggerEngine(triggerSettings(resolveConfig({ triggers, site })));
const engine = engineWith();
const v = (text: string): TriggerMessage => ({ role: 'visitor', text });
const sure = (text = 'We open at 9.'): TriggerMessage => ({ role: 'bot', text, confident: true });
const unsure: TriggerMessage = { role: 'bot', text: "I don't have that information.", confident: false };
const topics = ['hours', 'delivery', 'returns', 'parking', 'repairs', 'rentals', 'sizes', 'vouchers', 'warranty', 'payment'];
const last = (messages: TriggerMessage[], ctx = {}) => engine.decide(messages, messages.length - 1, ctx);

describe('trigger engine', () => {
  it('an explicit request overrides everything, mid-conversation', () => {
    expect(last([v('when do you open?'), sure(), v('ok and can I talk to a human about repairs')])).toMatchObject({ code: 'explicit-request' });
  });

  it('two unsure answers in a row hand off at the second', () => {
    const messages = [v('do you fix unicycles?'), unsure, v('what about tandem tyres?'), unsure];
    expect(engine.decide(messages, 1)).toBeNull();
    expect(engine.decide(messages, 3)).toMatchObject({ code: 'repeated-failure', evidence: expect.stringContaining('bot unsure') });
  });

  it('a confident answer in between resets the strikes', () => {
    expect(last([v('a?'), unsure, v('when do you open'), sure(), v('b?'), unsure])).toBeNull();
  });

  it('explicit dissatisfaction and a thumbs-down count as strikes', () => {
    expect(last([v('do you fix unicycles?'), unsure, v("that's not what I asked")])).toMatchObject({ code: 'repeated-failure' });
    expect(last([v('hours?'), sure(), v("that's wrong"), unsure])).toMatchObject({ code: 'repeated-failure' });
    expect(last([v('do you fix unicycles?'), unsure, { role: 'visitor', text: '', feedback: 'down' }])).toMatchObject({ code: 'repeated-failure' });
  });

  it('asking the same thing again in other words is a strike', () => {
    expect(last([v('can you repair a carbon frame?'), unsure, v('do you do repairs on carbon frames?')])).toMatchObject({
      code: 'repeated-failure',
      evidence: expect.stringContaining('asked again'),
    });
    expect(last([v('can you repair a carbon frame?'), unsure, v('what are your opening hours?')])).toBeNull();
  });

  it('an agent taking over starts a fresh bot phase', () => {
    expect(last([v('a?'), unsure, { role: 'agent', text: 'Hi!' }, v('b?'), unsure])).toBeNull();
  });

  it('frustration at the help fires; describing a problem or venting then praising does not', () => {
    expect(last([v('this is useless, you keep giving me the same answer')])).toMatchObject({ code: 'frustration' });
    expect(last([v('WHY IS THIS SO HARD!!! this bot is useless')])).toMatchObject({ code: 'frustration' });
    expect(last([v("I'm so frustrated I could cry, but you've been great")])).toBeNull();
    expect(last([v('my bike is broken and I am sad')])).toBeNull();
  });

  it('policy topics fire whatever the bot could answer; questions about the policy do not', () => {
    expect(last([v('you charged me twice for my order')])).toMatchObject({ code: 'policy', topic: 'billing' });
    expect(last([v('I want a refund for order 1234')])).toMatchObject({ code: 'policy', topic: 'refund' });
    expect(last([v('cancel my subscription now')])).toMatchObject({ code: 'policy', topic: 'cancellation' });
    expect(last([v('someone logged into my account')])).toMatchObject({ code: 'policy', topic: 'security' });
    expect(last([v('there is a smell of gas in my flat')])).toMatchObject({ code: 'policy', topic: 'emergency', reply: expect.stringMatching(/emergency number/) });
    expect(last([v("what's your refund window?")])).toBeNull();
    expect(last([v('how do I cancel my subscription?')])).toBeNull();
  });

  it('business rules: VIP at the first message, page patterns, and a cap on bot turns', () => {
    expect(last([v('hi')], { vip: true })).toMatchObject({ code: 'business-rule', label: 'VIP visitor' });
    expect(last([v('hi'), sure(), v('thanks')], { vip: true })).toBeNull();
    const checkout = engineWith({ pagePatterns: ['/checkout'] });
    expect(checkout.decide([v('hi')], 0, { page: 'https://shop.test/checkout/step-2' })).toMatchObject({ code: 'business-rule' });
    expect(checkout.decide([v('hi')], 0, { page: 'https://shop.test/blog' })).toBeNull();
    const chatty: TriggerMessage[] = [];
    for (let i = 0; i < 8; i++) chatty.push(v(`tell me about ${topics[i]}`), sure());
    expect(last(chatty)).toMatchObject({ code: 'business-rule', label: '8 bot turns without resolution' });
  });

  it('every trigger can be switched off, and request-only sites use only explicit requests', () => {
    const off = engineWith({ explicitRequest: false, policy: { enabled: false, replies: {} }, frustration: false, repeatedFailure: false });
    expect(off.decide([v('agent')], 0)).toBeNull();
    expect(off.decide([v('I want a refund for my order')], 0)).toBeNull();
    expect(off.decide([v('a?'), unsure, v('b?'), unsure], 3)).toBeNull();
    const requestOnly = engineWith({}, { triggerMode: 'request-only' });
    expect(requestOnly.decide([v('I want a refund for my order')], 0)).toBeNull();
    expect(requestOnly.decide([v('human please')], 0)).toMatchObject({ code: 'explicit-request' });
  });

  it('sensitivity moves the thresholds together', () => {
    const low = engineWith({ sensitivity: 'low' });
    expect(low.decide([v('a?'), unsure, v('b?'), unsure], 3)).toBeNull();
    expect(low.decide([v('a?'), unsure, v('b?'), unsure, v('c?'), unsure], 5)).toMatchObject({ code: 'repeated-failure' });
    const high = engineWith({ sensitivity: 'high' });
    const chatty: TriggerMessage[] = [];
    for (let i = 0; i < 5; i++) chatty.push(v(`tell me about ${topics[i]}`), sure());
    expect(high.decide(chatty, chatty.length - 1)).toMatchObject({ code: 'business-rule' });
    expect(engine.decide(chatty, chatty.length - 1)).toBeNull();
  });
});
