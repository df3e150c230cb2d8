/** How long the visitor may pause before they count as no longer typing: 3 s. */
export const TYPING_IDLE_MS = 3000;

/**
 * The visitor's "typing" state as frames: `send(true)` when typing starts, `send(false)` after
 * `idleMs` (default {@link TYPING_IDLE_MS}) without input or on `stop()`; one call per change of
 * state. `send` returns false when nothing could be sent, so the next keystroke tries again.
 */
export function createTypingSignal(send: (on: boolean) => boolean, idleMs = TYPING_IDLE_MS) {
  let on = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function stop(): void {
    clearTimeout(timer);
    timer = undefined;
    if (!on) return;
    on = false;
    send(false);
  }

  return {
    /** A keystroke: starts typing if not already, and restarts the idle countdown. */
    input(): void {
      if (!on) on = send(true);
      clearTimeout(timer);
      if (on) timer = setTimeout(stop, idleMs);
    },
    /** Typing is over (sent, cleared, or disconnected): says so once if it had started. */
    stop,
  };
}
