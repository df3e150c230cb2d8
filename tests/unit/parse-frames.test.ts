import { describe, expect, it } from 'vitest';
import { parseAgentFrame, parseVisitorFrame } from '../../protocol';

describe('protocol validation at the boundary', () => {
  it('accepts every valid visitor frame type', () => {
    const frames = [
      { type: 'hello', resume: { conversationId: 'c', token: 't' }, lastSeq: 3, page: { url: 'https://x.test/', title: 'X' }, lang: 'en' },
      { type: 'message', clientId: 'a', text: 'hi' },
      { type: 'handoff', clientId: 'b' },
      { type: 'ticket', clientId: 'c', email: 'a@b.co', name: 'A' },
      { type: 'typing', on: true },
    ];
    for (const f of frames) expect(parseVisitorFrame(JSON.stringify(f))).toEqual({ ok: true, frame: f });
  });

  it('accepts every valid agent frame type', () => {
    const frames = [
      { type: 'availability', available: false },
      { type: 'accept', conversationId: 'c' },
      { type: 'reply', conversationId: 'c', clientId: 'x', text: 'hello' },
      { type: 'typing', conversationId: 'c', on: true },
      { type: 'resolve', conversationId: 'c' },
      { type: 'open', conversationId: 'c' },
    ];
    for (const f of frames) expect(parseAgentFrame(JSON.stringify(f))).toEqual({ ok: true, frame: f });
  });

  it.each([
    ['not json', '{', 'bad-json'],
    ['a number', '42', 'bad-frame'],
    ['null', 'null', 'bad-frame'],
    ['no type', '{"text":"hi"}', 'unknown-type'],
    ['an unknown type', '{"type":"accept","conversationId":"c"}', 'unknown-type'],
    ['a blank message', '{"type":"message","clientId":"a","text":"   "}', 'bad-frame'],
    ['a wrong field type', '{"type":"typing","on":"yes"}', 'bad-frame'],
    ['a negative lastSeq', '{"type":"hello","lastSeq":-1}', 'bad-frame'],
    ['an over-long clientId', `{"type":"handoff","clientId":"${'x'.repeat(65)}"}`, 'bad-frame'],
  ])('refuses %s from a visitor with %s', (_name, raw, code) => {
    const r = parseVisitorFrame(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
  });

  it('names the field and echoes the clientId in a bad-frame error', () => {
    const r = parseVisitorFrame('{"type":"ticket","clientId":"t9"}');
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-frame', clientId: 't9', message: expect.stringMatching(/^ticket: email:/) } });
  });

  it('trims message text', () => {
    expect(parseVisitorFrame('{"type":"message","clientId":"a","text":"  hi  "}')).toMatchObject({ ok: true, frame: { text: 'hi' } });
  });
});
