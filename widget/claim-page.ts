/** Marks a window as already running Baton; a symbol from the global registry so every copy of the script sees the same one. */
const CLAIM = Symbol.for('baton.widget');

/** True the first time it is called for a window, false after, so a script pasted twice mounts once. Defaults to `window`. */
export function claimPage(win: Window = window): boolean {
  const flags = win as unknown as Record<symbol, boolean | undefined>;
  if (flags[CLAIM]) return false;
  flags[CLAIM] = true;
  return true;
}
