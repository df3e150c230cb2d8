import type { z } from 'zod';
import type { ErrorFrame } from './error-codes';

/** The result of checking one raw frame at the boundary. */
export type ParseResult<T> = { ok: true; frame: T } | { ok: false; error: ErrorFrame };

/**
 * Parses and validates one raw WebSocket frame against a protocol schema. Never throws: a bad
 * frame becomes an error frame naming what was wrong (`bad-json`, `unknown-type`, `bad-frame`).
 */
export function parseFrame<S extends z.ZodType>(schema: S, raw: string, knownTypes: readonly string[]): ParseResult<z.infer<S>> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, error: { type: 'error', code: 'bad-json', message: 'Frame is not valid JSON.' } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: { type: 'error', code: 'bad-frame', message: 'Frame must be a JSON object with a "type".' } };
  }
  const type = (data as { type?: unknown }).type;
  const clientId = typeof (data as { clientId?: unknown }).clientId === 'string' ? (data as { clientId: string }).clientId : undefined;
  if (typeof type !== 'string' || !knownTypes.includes(type)) {
    return {
      ok: false,
      error: { type: 'error', code: 'unknown-type', message: `Unknown frame type ${JSON.stringify(type)}; expected one of ${knownTypes.join(', ')}.`, clientId },
    };
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.length ? issue.path.join('.') : 'frame';
    return { ok: false, error: { type: 'error', code: 'bad-frame', message: `${type}: ${where}: ${issue.message}`, clientId } };
  }
  return { ok: true, frame: result.data };
}
