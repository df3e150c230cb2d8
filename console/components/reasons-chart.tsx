import type { Metrics } from '../../protocol/agent-frames';
import { formatPercent } from '../lib/format-percent';
import { reasonCodeLabel } from '../lib/reason-code-label';

/** Handoff reasons as a table whose rows carry their own bars: the chart and its text are one thing. */
export function ReasonsChart({ reasons }: { reasons: Metrics['reasons'] }) {
  const title = 'Handoff reasons';
  const rows = [...reasons].sort((a, b) => b.count - a.count);
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  if (!total) {
    return (
      <figure class="chart">
        <figcaption>{title}</figcaption>
        <p class="empty">No handoffs yet</p>
      </figure>
    );
  }
  const max = rows[0].count;
  return (
    <figure class="chart">
      <table class="bar-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Reason</th>
            <th scope="col">Handoffs</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <th scope="row">{reasonCodeLabel(r.code)}</th>
              <td class="bar-cell">
                <span class="bar" style={{ width: `${(r.count / max) * 100}%` }} aria-hidden="true" />
                <span class="bar-value">{r.count}</span>
              </td>
              <td class="share">{formatPercent(r.count / total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
