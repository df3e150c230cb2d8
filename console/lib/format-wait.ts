/** How long someone has waited, for a person: "waiting 12 s", "waiting 2 min", "waiting 1 h 5 min". */
export function formatWait(since: number, now: number): string {
  const seconds = Math.max(0, Math.floor((now - since) / 1000));
  if (seconds < 60) return `waiting ${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `waiting ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `waiting ${hours} h ${rest} min` : `waiting ${hours} h`;
}
