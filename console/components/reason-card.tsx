import type { Reason } from '../../protocol/status';

/** "Why a person": the trigger's label and the evidence that decided it. */
export function ReasonCard({ reason }: { reason: Reason }) {
  return (
    <section class="facts-card" aria-labelledby="reason-title">
      <h3 id="reason-title">Why a person</h3>
      <p class="reason-label">{reason.label}</p>
      {reason.evidence && <p class="evidence">{reason.evidence}</p>}
    </section>
  );
}
