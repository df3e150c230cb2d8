import { useStore } from '@nanostores/preact';
import { $metrics, $metricsDays, $metricsPending, METRICS_PERIODS, requestMetrics } from '../stores/metrics';
import { DailyChart } from './daily-chart';
import { MetricFigures } from './metric-figures';
import { ReasonsChart } from './reasons-chart';

const periodText = (days: number): string => (days === 1 ? 'Last day' : `Last ${days} days`);

/** The "Metrics" view: a Period choice (asks the relay again), the headline figures, and two charts. */
export function MetricsView() {
  const metrics = useStore($metrics);
  const days = useStore($metricsDays);
  const pending = useStore($metricsPending);
  return (
    <section class="metrics" aria-labelledby="metrics-title" aria-busy={pending}>
      <div class="metrics-head">
        <h2 id="metrics-title">Metrics</h2>
        <label class="period">
          <span>Period</span>
          <select class="select" value={String(days)} onChange={(event) => requestMetrics(Number(event.currentTarget.value))}>
            {METRICS_PERIODS.map((d) => (
              <option key={d} value={String(d)}>
                {periodText(d)}
              </option>
            ))}
          </select>
        </label>
        {pending && metrics && <span class="muted">Updating…</span>}
      </div>
      {!metrics ? (
        <p class="empty">{pending ? 'Loading metrics…' : 'No metrics yet. They load once the relay is connected.'}</p>
      ) : (
        <>
          <p class="muted metrics-period">{periodText(metrics.days)}</p>
          <MetricFigures metrics={metrics} />
          <div class="charts">
            <DailyChart daily={metrics.daily} />
            <ReasonsChart reasons={metrics.reasons} />
          </div>
        </>
      )}
    </section>
  );
}
