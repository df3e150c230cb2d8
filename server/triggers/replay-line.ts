import { z } from 'zod';

/** One conversation of a replay file: `{"id", "messages": [{role, text}], "context"?}`, plus `expect` in labelled corpora. */
export const replayLineSchema = z.object({
  id: z.string().min(1),
  messages: z.array(
    z.object({
      role: z.enum(['visitor', 'bot', 'agent']),
      text: z.string(),
      confident: z.boolean().optional(),
      feedback: z.enum(['up', 'down']).optional(),
    }),
  ),
  context: z.record(z.string(), z.unknown()).optional(),
  expect: z
    .object({
      handoff: z.boolean(),
      reason: z.enum(['explicit-request', 'business-rule', 'policy', 'frustration', 'repeated-failure']).nullable(),
      at: z.number().int().min(0).nullable(),
    })
    .optional(),
});

/** One parsed replay line. */
export type ReplayLine = z.infer<typeof replayLineSchema>;

/** Parses one JSONL line; the error names the field, for the CLI's report. */
export function parseReplayLine(line: string): { ok: true; value: ReplayLine } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (err) {
    return { ok: false, error: `not valid JSON (${(err as Error).message})` };
  }
  const result = replayLineSchema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  return { ok: false, error: `${issue.path.join('.') || 'line'}: ${issue.message}` };
}
