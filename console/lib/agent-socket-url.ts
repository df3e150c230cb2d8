/** The relay's agent endpoint for this page: `ws(s)://<host>/ws/agent?token=<token>`. */
export function agentSocketUrl(location: Pick<Location, 'protocol' | 'host'>, token: string): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws/agent?token=${encodeURIComponent(token)}`;
}
