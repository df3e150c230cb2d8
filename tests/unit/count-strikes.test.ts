import { describe, expect, it } from 'vitest';
import type { Entry } from '../../protocol';
import { countStrikes } from '../../server/triggers/count-strikes';
import { decideAfterBot } from '../../server/triggers/decide-handoff';

let seq = 0;
const v = (text: string): Entry => ({ seq: ++seq, role: 'visitor', text, at: 0 });
const bot = (confident: boolean): Entry => ({ seq: ++seq, role: 'bot', text: confident ? 'answer' : "I don't know", confident, at: 0 });
const sys = (kind: Entry['kind']): Entry => ({ seq: ++seq, role: 'system', kind, text: '', at: 0 });

describe('strikes: unsure bot answers in a row', () => {
  it('counts unsure answers across visitor lines', () => {
    expect(countStrikes([v('a'), bot(false), v('b'), bot(false)])).toBe(2);
  });
  it('a confident answer breaks the run', () => {
    expect(countStrikes([v('a'), bot(false), v('b'), bot(true), v('c'), bot(false)])).toBe(1);
  });
  it('a resolved conversation starts counting afresh', () => {
    expect(countStrikes([bot(false), sys('resolved'), v('c'), bot(false)])).toBe(1);
  });
  it('hands off at the configured number of strikes, with the unanswered questions as evidence', () => {
    const history = [v('parrot?'), bot(false), v('vans?'), bot(false)];
    const reason = decideAfterBot({ text: "I don't know", confident: false }, history, { mode: 'auto', strikes: 2 });
    expect(reason).toMatchObject({ code: 'repeated-failure', evidence: expect.stringContaining('"vans?"') });
    expect(decideAfterBot({ text: "I don't know", confident: false }, history, { mode: 'auto', strikes: 3 })).toBeNull();
  });
  it('request-only sites never hand off on strikes', () => {
    const history = [v('a'), bot(false), v('b'), bot(false)];
    expect(decideAfterBot({ text: 'x', confident: false }, history, { mode: 'request-only', strikes: 2 })).toBeNull();
  });
});
