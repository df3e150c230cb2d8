/**
 * The relay's visitor WebSocket address: `ws/visitor` under the relay URL, `http(s)` swapped for
 * `ws(s)`. A relay URL with a path (`https://a.example/baton`) keeps it.
 */
export function visitorSocketUrl(relayUrl: string): string {
  const base = relayUrl.endsWith('/') ? relayUrl : `${relayUrl}/`;
  const url = new URL('ws/visitor', base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}
