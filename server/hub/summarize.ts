import type { Entry, Reason } from '../../protocol';

const clip = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A three-line summary for the agent, made locally from the transcript: what the visitor wants,
 * what the bot tried, and why a person is needed.
 */
export function summarize(entries: readonly Entry[], reason: Reason | undefined): string[] {
  const asked = entries.filter((e) => e.role === 'visitor' && e.kind !== 'handoff-request');
  const bot = entries.filter((e) => e.role === 'bot');
  const unsure = bot.filter((e) => e.confident === false).length;
  const wants = asked.length
    ? `Wants: ${clip(asked[asked.length - 1].text)}${asked.length > 1 ? ` (first asked: ${clip(asked[0].text, 60)})` : ''}`
    : 'Wants: a person — no question typed yet.';
  const tried = bot.length
    ? `Bot tried: ${bot.length} answer${bot.length > 1 ? 's' : ''}, ${unsure} unsure${bot.length - unsure ? `; last: ${clip(bot[bot.length - 1].text, 80)}` : ''}`
    : 'Bot tried: nothing yet.';
  const why = reason ? `Why a person: ${reason.label}${reason.evidence ? ` — ${clip(reason.evidence, 100)}` : ''}` : 'Why a person: not escalated.';
  return [wants, tried, why];
}
