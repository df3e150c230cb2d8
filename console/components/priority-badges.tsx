import type { Badge } from '../lib/priority-badges';

/** Badges such as VIP, Urgent or Flagged, as small coloured labels. */
export function PriorityBadges({ badges }: { badges: readonly Badge[] }) {
  if (!badges.length) return null;
  return (
    <>
      {badges.map((b) => (
        <span key={b.text} class={`badge badge-${b.tone}`}>
          {b.text}
        </span>
      ))}
    </>
  );
}
