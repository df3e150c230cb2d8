/**
 * Whether the relay that served this page answers `GET /health` (same origin) with 200; false on
 * any other status or a network error. Never throws.
 */
export async function relayIsUp(): Promise<boolean> {
  try {
    const res = await fetch('/health', { cache: 'no-store' });
    return res.status === 200;
  } catch {
    return false;
  }
}
