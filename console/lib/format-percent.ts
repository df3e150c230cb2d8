/** A 0..1 ratio as a percentage with at most one decimal: 0.125 → "12.5%", 0.5 → "50%". */
export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}
