import { acceptsPersonOffer } from './accepts-person-offer';
import { choosesPersonOption } from './chooses-person-option';
import type { ReplayLine } from './replay-line';
import type { RequestExample } from './train-request-model';

/**
 * The visitor messages of labelled conversations as request-model examples: the message labelled
 * as an explicit request asks; every visitor message before a conversation's handoff does not.
 * Messages after the handoff are left out: what a visitor says to an agent says nothing either way.
 * So are answers the rules read from the bot's turn before ("yes please" to an offer of a person,
 * "3" from a menu): the model sees one message alone, and "3" asks for nobody there.
 */
export function requestExamples(lines: readonly ReplayLine[]): RequestExample[] {
  const out: RequestExample[] = [];
  for (const line of lines) {
    const expect = line.expect;
    if (!expect) continue;
    line.messages.forEach((m, i) => {
      if (m.role !== 'visitor' || !m.text) return;
      if (expect.handoff && expect.at !== null && i > expect.at) return;
      const before = line.messages[i - 1];
      if (before?.role === 'bot' && (acceptsPersonOffer(before.text, m.text) || choosesPersonOption(before.text, m.text))) return;
      out.push({ text: m.text, asks: expect.handoff && expect.reason === 'explicit-request' && i === expect.at });
    });
  }
  return out;
}
