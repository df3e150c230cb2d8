const KEY = 'baton.agentToken';

/** The token kept in sessionStorage for this tab, or null; storage errors count as none. */
export function readSavedToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Keeps the token for this tab only (sessionStorage), or forgets it when given null. */
export function writeSavedToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage can be disabled; the console still works until the tab closes.
  }
}
