/**
 * The relay's base URL for this embed: the script tag's `data-relay` attribute when present
 * (resolved against the page), else the origin the script was loaded from. Null when neither is usable.
 */
export function resolveRelayUrl(script: Element | null): string | null {
  if (!script) return null;
  const override = script.getAttribute('data-relay');
  const src = script.getAttribute('src');
  try {
    if (override) return new URL(override, document.baseURI).href;
    if (src) return new URL(src, document.baseURI).origin;
  } catch {
    // A malformed attribute: fall through to "unknown".
  }
  return null;
}
