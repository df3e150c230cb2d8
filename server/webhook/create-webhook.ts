import { createHmac } from 'node:crypto';
import pRetry, { AbortError } from 'p-retry';

/** Where and how to deliver webhooks. */
export interface WebhookOptions {
  url: string;
  secret: string;
  /** Attempts in all; default 5. */
  attempts?: number;
  /** First retry delay in ms, doubling each time; default 1000. */
  minTimeoutMs?: number;
  fetch?: typeof fetch;
  onGiveUp?: (error: Error) => void;
}

/** The signature header value for a body: `sha256=` and the hex HMAC-SHA256 of the exact bytes sent. */
export const signBody = (body: string, secret: string): string => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/**
 * Posts JSON events to a site's URL, signed in `X-Baton-Signature` with HMAC-SHA256 of the body
 * under the site secret, retried with exponential backoff (p-retry) on network errors, 5xx, 408 and
 * 429; other 4xx answers are final. `send` resolves when delivered or given up; it never throws.
 */
export function createWebhook(options: WebhookOptions) {
  const doFetch = options.fetch ?? fetch;
  return {
    async send(event: string, data: object): Promise<boolean> {
      const body = JSON.stringify({ event, data, sentAt: new Date().toISOString() });
      try {
        await pRetry(
          async () => {
            const res = await doFetch(options.url, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'X-Baton-Event': event, 'X-Baton-Signature': signBody(body, options.secret) },
              body,
              signal: AbortSignal.timeout(10_000),
            });
            if (res.ok) return;
            const error = new Error(`webhook answered ${res.status}`);
            if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) throw new AbortError(error);
            throw error;
          },
          { retries: (options.attempts ?? 5) - 1, minTimeout: options.minTimeoutMs ?? 1000, factor: 2, randomize: false },
        );
        return true;
      } catch (err) {
        options.onGiveUp?.(err as Error);
        return false;
      }
    },
  };
}

/** A webhook sender. */
export type Webhook = ReturnType<typeof createWebhook>;
