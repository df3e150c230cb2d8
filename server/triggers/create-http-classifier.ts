import type { TriggerMessage } from './trigger-message';

/** Where an OpenAI-compatible chat-completions endpoint is, and how long to wait for it. */
export interface ClassifierOptions {
  url: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
}

/** The classifier's verdict; null means it could not be asked, so the local rules stand. */
export type ClassifierVerdict = { handoff: boolean; reason?: string } | null;

const INSTRUCTIONS =
  'You route website chats. Decide whether a human agent is needed now: the visitor asks for a person, is frustrated with the help, raises a billing dispute, refund, cancellation, complaint, legal threat, security or fraud issue, high-value sale, regulated advice or an emergency, or the bot keeps failing. Questions about a policy are not enough. Answer only JSON: {"handoff": true|false, "reason": "<short reason>"}.';

/**
 * An optional classifier over HTTP (an OpenAI-compatible `/chat/completions` URL). Every failure —
 * timeout (`timeoutMs`), HTTP error, malformed answer — returns null so the caller falls back to
 * the local rules. `fetchImpl` defaults to the global fetch.
 */
export function createHttpClassifier(options: ClassifierOptions, fetchImpl: typeof fetch = fetch) {
  return async function classify(messages: readonly TriggerMessage[]): Promise<ClassifierVerdict> {
    const transcript = messages
      .filter((m) => m.role !== 'system')
      .slice(-12)
      .map((m) => `${m.role}: ${m.text}`)
      .join('\n');
    try {
      const res = await fetchImpl(options.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(options.apiKey ? { Authorization: `Bearer ${options.apiKey}` } : {}) },
        body: JSON.stringify({
          model: options.model,
          temperature: 0,
          messages: [
            { role: 'system', content: INSTRUCTIONS },
            { role: 'user', content: transcript },
          ],
        }),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      if (!res.ok) return null;
      const body = (await res.json()) as { choices?: { message?: { content?: string } }[] };
      const content = body.choices?.[0]?.message?.content;
      if (!content) return null;
      const verdict = JSON.parse(content.replace(/^```(json)?|```$/g, '').trim()) as { handoff?: unknown; reason?: unknown };
      if (typeof verdict.handoff !== 'boolean') return null;
      return { handoff: verdict.handoff, ...(typeof verdict.reason === 'string' ? { reason: verdict.reason.slice(0, 200) } : {}) };
    } catch {
      return null;
    }
  };
}
