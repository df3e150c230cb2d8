import type { ReplayLine } from './replay-line';
import type { RequestExample } from './train-request-model';

/**
 * The visitor messages of labelled conversations as request-model examples: the message labelled
 * as an explicit request asks; every visitor message before a conversation's handoff does not.
 * Messages after the handoff are left out: what a visitor says to an agent says nothing either way.
 */
export function requestExamples(lines: readonly ReplayLine[]): RequestExample[] {
  const out: RequestExample[] = [];
  for (const line of lines) {
    const expect = line.expect;
    if (!expect) continue;
    line.messages.forEach((m, i) => {
      if (m.role !== 'visitor' || !m.text) return;
      if (expect.handoff && expect.at !== null && i > expect.at) return;
      out.push({ text: m.text, asks: expect.handoff && expect.reason === 'explicit-request' && i === expect.at });
    });
  }
  return out;
}
