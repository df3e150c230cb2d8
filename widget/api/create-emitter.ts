/**
 * A small typed event emitter. `on` returns the function that removes that listener. A listener
 * that throws is logged with `console.error` and does not stop the others: page code must never
 * break the widget.
 */
export function createEmitter<Events extends object>() {
  const listeners: { [E in keyof Events]?: ((payload: Events[E]) => void)[] } = {};
  return {
    on<E extends keyof Events>(event: E, fn: (payload: Events[E]) => void): () => void {
      listeners[event] = [...(listeners[event] ?? []), fn];
      return () => {
        listeners[event] = listeners[event]?.filter((listener) => listener !== fn);
      };
    },
    emit<E extends keyof Events>(event: E, payload: Events[E]): void {
      for (const fn of listeners[event] ?? []) {
        try {
          fn(payload);
        } catch (error) {
          console.error(`Baton: a "${String(event)}" listener threw`, error);
        }
      }
    },
  };
}
