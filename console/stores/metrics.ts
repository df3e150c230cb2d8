import { atom } from 'nanostores';
import type { Metrics } from '../../protocol/agent-frames';
import { sendFrame } from './socket';

/** The periods the metrics view offers, in days. */
export const METRICS_PERIODS = [1, 7, 30] as const;

/** The period the agent picked, in days (default 7). */
export const $metricsDays = atom(7);

/** The relay's last `metrics` figures, or null before the first arrive. */
export const $metrics = atom<Metrics | null>(null);

/** Whether a `metrics` request is on its way. */
export const $metricsPending = atom(false);

/** Asks the relay for the figures of the last `days` days (default: the period picked); false while offline. */
export function requestMetrics(days: number = $metricsDays.get()): boolean {
  $metricsDays.set(days);
  const sent = sendFrame({ type: 'metrics', days });
  $metricsPending.set(sent);
  return sent;
}

/** Records a `metrics` frame. */
export function applyMetrics(metrics: Metrics): void {
  $metrics.set(metrics);
  $metricsPending.set(false);
}

/** Forgets the figures, on sign-out. */
export function forgetMetrics(): void {
  $metrics.set(null);
  $metricsPending.set(false);
  $metricsDays.set(7);
}
