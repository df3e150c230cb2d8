import type { Metrics } from '../../protocol/agent-frames';
import { formatDuration } from '../lib/format-duration';
import { formatPercent } from '../lib/format-percent';

/** Shown for a figure the relay has nothing to compute from yet. */
export const NO_DATA = 'No data yet';

/** The headline figures as a list of term and value, with nulls (and rates over nothing) as "No data yet". */
export function MetricFigures({ metrics }: { metrics: Metrics }) {
  const none = metrics.conversations === 0;
  const figures: { term: string; value: string; hint?: string }[] = [
    { term: 'Handoff rate', value: none ? NO_DATA : formatPercent(metrics.handoffRate), hint: 'Conversations handed to a person' },
    { term: 'Conversations', value: String(metrics.conversations) },
    { term: 'Handoffs', value: String(metrics.handoffs) },
    {
      term: 'Median time to first agent reply',
      value: metrics.medianFirstReplyMs === null ? NO_DATA : formatDuration(metrics.medianFirstReplyMs),
      hint: 'From accept to the first reply',
    },
    {
      term: 'Post-handoff resolution',
      value: metrics.resolutionRate === null ? NO_DATA : formatPercent(metrics.resolutionRate),
      hint: 'Accepted handoffs that were resolved',
    },
    { term: 'Silent failures', value: String(metrics.silentFailures), hint: 'Bot unsure, visitor left without asking for anyone' },
    { term: 'Offline tickets', value: String(metrics.offlineTickets), hint: 'Email requests while nobody was available' },
  ];
  return (
    <dl class="figures">
      {figures.map((f) => (
        <div key={f.term} class={f.value === NO_DATA ? 'figure is-empty' : 'figure'}>
          <dt>{f.term}</dt>
          <dd>
            <span class="figure-value">{f.value}</span>
            {f.hint && <span class="figure-hint">{f.hint}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
