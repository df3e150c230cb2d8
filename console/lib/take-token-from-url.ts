/**
 * Reads `?token=` from the address bar and removes it with `history.replaceState`, so the secret
 * does not linger in history or bookmarks. Returns null when there is none.
 */
export function takeTokenFromUrl(loc: Location = location, hist: History = history): string | null {
  const url = new URL(loc.href);
  const token = url.searchParams.get('token');
  if (token === null) return null;
  url.searchParams.delete('token');
  hist.replaceState(hist.state, '', url.pathname + url.search + url.hash);
  return token.trim() || null;
}
