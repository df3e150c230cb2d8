import { describe, expect, it } from 'vitest';
import { createFaqBot } from '../../server';
import { testConfig } from '../helpers/test-config';

const config = testConfig();
const bot = createFaqBot(config.bot.faq, { threshold: 0.5, unsureReply: config.bot.unsureReply });
const ctx = { conversationId: 'c', history: [], visitor: {} };

describe('FAQ bot', () => {
  it.each([
    ['what are your opening hours?', /Monday to Saturday/],
    ['When do you open', /Monday to Saturday/],
    ['opening hours pls', /Monday to Saturday/],
    ['do you do delivery?', /deliver/],
    ['can I return something?', /30 days/],
  ])('answers %j from the FAQ', async (question, answer) => {
    const reply = await bot.respond(question, ctx);
    expect(reply.confident).toBe(true);
    expect(reply.text).toMatch(answer);
  });

  it.each(['do you sell spaceships?', 'what is the meaning of life', 'hello', '???', 'can I bring my parrot'])('says plainly it does not know %j', async (question) => {
    const reply = await bot.respond(question, ctx);
    expect(reply.confident).toBe(false);
    expect(reply.text).toBe(config.bot.unsureReply);
  });

  it('reports a confidence score between 0 and 1', async () => {
    const sure = await bot.respond('what are your opening hours?', ctx);
    const unsure = await bot.respond('spaceships', ctx);
    expect(sure.score).toBeGreaterThan(0.5);
    expect(sure.score).toBeLessThanOrEqual(1);
    expect(unsure.score).toBe(0);
  });
});
