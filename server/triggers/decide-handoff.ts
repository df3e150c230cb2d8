import type { Entry, Reason, TriggerMode } from '../../protocol';
import type { BotReply } from '../bot/bot';
import { countStrikes } from './count-strikes';
import { detectExplicitRequest } from './detect-explicit-request';

/** Trigger settings for one site. */
export interface TriggerSettings {
  mode: TriggerMode;
  /** Unsure answers in a row that hand off; default 2. */
  strikes: number;
}

/** Checked on every visitor message, before the bot: an explicit request overrides everything else. */
export function decideBeforeBot(text: string): Reason | null {
  const request = detectExplicitRequest(text);
  return request ? { code: 'explicit-request', label: 'Visitor asked for a person', evidence: `"${request.phrase}"` } : null;
}

/** Checked after the bot answered: the bot's own handoff, or repeated unsure answers. `history` includes the reply. */
export function decideAfterBot(reply: BotReply, history: readonly Entry[], settings: TriggerSettings): Reason | null {
  if (settings.mode === 'request-only') return null;
  if (reply.handoff) return { code: 'bot-handoff', label: reply.handoff.label, evidence: reply.text };
  const strikes = countStrikes(history);
  if (strikes >= settings.strikes) {
    const asked = history.filter((e) => e.role === 'visitor').slice(-strikes).map((e) => `"${e.text}"`).join(', ');
    return { code: 'repeated-failure', label: `The bot could not answer ${strikes} times in a row`, evidence: `Unanswered: ${asked}` };
  }
  return null;
}

/** The reason recorded when the visitor presses "Talk to a person". */
export const buttonReason: Reason = { code: 'button', label: 'Visitor pressed "Talk to a person"' };
