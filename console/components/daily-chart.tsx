import type { Metrics } from '../../protocol/agent-frames';
import { formatDay } from '../lib/format-day';

/** Chart geometry in SVG user units; the SVG scales to its box. */
const SLOT = 36;
const BAR = 12;
const HEIGHT = 160;
const TOP = 12;
const BOTTOM = 24;
const LEFT = 30;

/**
 * Conversations against handoffs per day as grouped bars. The SVG is decoration for sighted
 * agents; the same numbers are in a visually hidden table, which is what assistive tech reads.
 */
export function DailyChart({ daily }: { daily: Metrics['daily'] }) {
  const title = 'Conversations and handoffs per day';
  if (!daily.length) {
    return (
      <figure class="chart">
        <figcaption>{title}</figcaption>
        <p class="empty">No data yet</p>
      </figure>
    );
  }
  const max = Math.max(1, ...daily.map((d) => Math.max(d.conversations, d.handoffs)));
  const width = LEFT + daily.length * SLOT + 8;
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (n: number): number => TOP + plot - (n / max) * plot;
  // At most about eight day labels, so they never overlap.
  const every = Math.ceil(daily.length / 8);
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg class="chart-svg" viewBox={`0 0 ${width} ${HEIGHT}`} aria-hidden="true" focusable="false">
        {[0, max / 2, max].map((tick) => (
          <g key={tick}>
            <line class="chart-grid" x1={LEFT} x2={width} y1={y(tick)} y2={y(tick)} />
            <text class="chart-axis" x={LEFT - 4} y={y(tick) + 3} text-anchor="end">
              {Number.isInteger(tick) ? tick : ''}
            </text>
          </g>
        ))}
        {daily.map((d, i) => {
          const x = LEFT + i * SLOT + (SLOT - 2 * BAR) / 2;
          return (
            <g key={d.day}>
              <title>{`${formatDay(d.day)}: ${d.conversations} conversations, ${d.handoffs} handoffs`}</title>
              <rect class="bar-conversations" x={x} y={y(d.conversations)} width={BAR} height={y(0) - y(d.conversations)} rx="2" />
              <rect class="bar-handoffs" x={x + BAR} y={y(d.handoffs)} width={BAR} height={y(0) - y(d.handoffs)} rx="2" />
              {i % every === 0 && (
                <text class="chart-axis" x={x + BAR} y={HEIGHT - 8} text-anchor="middle">
                  {formatDay(d.day)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <p class="legend" aria-hidden="true">
        <span class="swatch swatch-conversations" /> Conversations <span class="swatch swatch-handoffs" /> Handoffs
      </p>
      <table class="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Conversations</th>
            <th scope="col">Handoffs</th>
          </tr>
        </thead>
        <tbody>
          {daily.map((d) => (
            <tr key={d.day}>
              <th scope="row">{formatDay(d.day)}</th>
              <td>{d.conversations}</td>
              <td>{d.handoffs}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
