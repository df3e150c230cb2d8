import type { WaitEstimate } from '../../protocol';

/**
 * An honest wait estimate: the place in line, and minutes only when recent accepts give evidence.
 * Minutes = median recent time-to-accept × position, rounded up; null with no history.
 */
export function estimateWait(position: number, recentAcceptMs: readonly number[]): WaitEstimate {
  if (recentAcceptMs.length === 0) return { position, minutes: null };
  const sorted = [...recentAcceptMs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { position, minutes: Math.max(1, Math.ceil((median * position) / 60_000)) };
}
