import type { TriggerDecision, TriggerMessage } from './trigger-message';
import type { ReplayLine } from './replay-line';

/** The outcome of replaying one conversation: the replay CLI's output line. */
export interface ReplayResult {
  id: string;
  handoff: boolean;
  reason: string | null;
  at: number | null;
}

/** Anything that decides like the engine, sync (the rules) or async (with custom rules and a classifier). */
export type Decide = (messages: readonly TriggerMessage[], index: number, context: Record<string, unknown>) => TriggerDecision | null | Promise<TriggerDecision | null>;

/** Runs the triggers over a conversation message by message; the first decision ends it. */
export async function replayConversation(line: ReplayLine, decide: Decide): Promise<ReplayResult> {
  const messages = line.messages as TriggerMessage[];
  for (let i = 0; i < messages.length; i++) {
    const decision = await decide(messages, i, line.context ?? {});
    if (decision) return { id: line.id, handoff: true, reason: decision.code, at: i };
  }
  return { id: line.id, handoff: false, reason: null, at: null };
}
