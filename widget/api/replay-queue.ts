import type { HostApi } from './create-host-api';

/** What the page's snippet leaves on `window.Baton`: a function whose `q` holds each call's `arguments`, oldest first. */
interface QueueStub {
  q?: unknown;
}

/**
 * Applies the calls the page made through the queue snippet before this script loaded, in order
 * (calls a replayed listener queues in turn are applied after them), then makes `win.Baton` the
 * real API. A queued call that throws is logged and the rest still run.
 */
export function replayQueue(win: Window, api: HostApi): void {
  const page = win as unknown as { Baton?: QueueStub | HostApi };
  const stub = page.Baton as QueueStub | undefined;
  const queue = stub && Array.isArray(stub.q) ? (stub.q as unknown[]) : [];
  for (let i = 0; i < queue.length; i++) {
    try {
      const [method, ...args] = Array.from(queue[i] as ArrayLike<unknown>);
      api(method as string, ...args);
    } catch (error) {
      console.error('Baton: a queued call failed', error);
    }
  }
  page.Baton = api;
}
