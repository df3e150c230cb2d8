/** Whether a visitor socket from `origin` may connect: it must be in the allow-list, or the list holds "*". A missing Origin is refused. */
export function originAllowed(origin: string | undefined, allowed: readonly string[]): boolean {
  if (!origin) return false;
  return allowed.includes('*') || allowed.includes(origin.toLowerCase().replace(/\/$/, ''));
}
