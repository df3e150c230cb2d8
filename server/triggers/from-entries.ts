import type { Entry, VisitorInfo } from '../../protocol';
import type { TriggerContext, TriggerMessage } from './trigger-message';

/** How a thumbs-up or thumbs-down is written in the transcript. */
export const FEEDBACK_TEXT = { up: '👍 on the answer', down: '👎 on the answer' } as const;

/** The transcript as the trigger engine reads it. The button press is not text, so it is left out. */
export function toTriggerMessages(entries: readonly Entry[]): TriggerMessage[] {
  return entries
    .filter((e) => e.kind !== 'handoff-request')
    .map((e) =>
      e.kind === 'feedback'
        ? { role: 'visitor' as const, text: '', feedback: e.text === FEEDBACK_TEXT.down ? ('down' as const) : ('up' as const) }
        : { role: e.role, text: e.text, confident: e.confident, ...(e.kind ? { kind: e.kind } : {}) },
    );
}

/** What the engine knows about the visitor: page, language, and the VIP/flagged attributes a verified identity may carry. */
export function toTriggerContext(visitor: VisitorInfo): TriggerContext {
  return { page: visitor.page?.url, lang: visitor.lang, vip: visitor.vip === true, flagged: visitor.flagged === true };
}

/** The reason recorded when the visitor presses "Talk to a person". */
export const buttonReason = { code: 'explicit-request', label: 'Visitor pressed "Talk to a person"', evidence: 'the button' } as const;
