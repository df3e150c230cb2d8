import { describe, expect, it } from 'vitest';
import type { Entry } from '../../protocol';
import { summarize } from '../../server/hub/summarize';

describe('three-line summary for the agent', () => {
  it('says what the visitor wants, what the bot tried, and why a person is needed', () => {
    const entries: Entry[] = [
      { seq: 1, role: 'visitor', text: 'my order 1234 never arrived', at: 0 },
      { seq: 2, role: 'bot', text: "I don't have that information.", confident: false, at: 0 },
      { seq: 3, role: 'visitor', text: 'where is my parcel', at: 0 },
      { seq: 4, role: 'bot', text: "I don't have that information.", confident: false, at: 0 },
    ];
    const lines = summarize(entries, { code: 'repeated-failure', label: 'The bot could not answer 2 times in a row' });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/where is my parcel/);
    expect(lines[0]).toMatch(/order 1234/);
    expect(lines[1]).toMatch(/2 answers, 2 unsure/);
    expect(lines[2]).toMatch(/could not answer 2 times/);
  });
  it('handles a visitor who pressed the button before typing anything', () => {
    const lines = summarize([{ seq: 1, role: 'visitor', kind: 'handoff-request', text: 'Talk to a person', at: 0 }], { code: 'button', label: 'Visitor pressed the button' });
    expect(lines[0]).toMatch(/no question typed/);
    expect(lines[1]).toMatch(/nothing yet/);
  });
});
