import { useMemo } from 'preact/hooks';
import type { HistoryEntry } from '../../utils/history/query';
import { CHART_CATEGORIES, weeklyCategoryCounts } from '../../utils/history/weekly-chart';
import { categoryKey, counted } from '../../utils/i18n';
import { useT } from '../i18n';
import { formatDateTime, formatShortDay } from './format';

export interface WeeklyChartProps {
  entries: HistoryEntry[];
  now?: Date;
}

/** One colour per category, readable on light and dark backgrounds; the legend names them. */
const COLORS = ['#d93025', '#1a73e8', '#188038', '#e37400', '#8e24aa'];
const W = 600;
const H = 160;
const PAD = 24;

/** Stacked bars of reports per category for the last 12 weeks, with the same figures as a table. */
export function WeeklyChart({ entries, now = new Date() }: WeeklyChartProps) {
  const t = useT();
  const buckets = useMemo(
    () =>
      weeklyCategoryCounts(
        entries.map((e) => e.stored.report),
        now,
      ),
    [entries, now.toDateString()],
  );
  const max = Math.max(1, ...buckets.map((b) => b.total));
  const slot = (W - PAD) / buckets.length;
  const total = buckets.reduce((n, b) => n + b.total, 0);
  return (
    <section id="chart" aria-labelledby="chart-title">
      <h2 id="chart-title">{t('chartTitle')}</h2>
      <svg
        class="chart"
        viewBox={`0 0 ${W} ${H + 20}`}
        role="img"
        aria-labelledby="chart-svg-title"
        aria-describedby="chart-desc"
      >
        <title id="chart-svg-title">{t('chartTitle')}</title>
        <desc id="chart-desc">{counted(t, 'chartSummary', total, buckets.length)}</desc>
        <line x1={PAD} y1={H} x2={W} y2={H} class="axis" />
        <text x={PAD - 4} y={12} class="tick" text-anchor="end">
          {max}
        </text>
        {buckets.map((b, i) => {
          let y = H;
          const x = PAD + i * slot + slot * 0.15;
          return (
            <g key={b.start.getTime()}>
              {CHART_CATEGORIES.map((c, ci) => {
                const h = (b.counts[c] / max) * (H - 8);
                y -= h;
                return h > 0 ? <rect key={c} x={x} y={y} width={slot * 0.7} height={h} fill={COLORS[ci]} /> : null;
              })}
              {i % 2 === 0 && (
                <text x={x + slot * 0.35} y={H + 14} class="tick" text-anchor="middle">
                  {formatShortDay(b.start, t.lang)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ul class="legend" aria-hidden="true">
        {CHART_CATEGORIES.map((c, ci) => (
          <li key={c}>
            <span class="swatch" style={{ background: COLORS[ci] }} />
            {t(categoryKey(c))}
          </li>
        ))}
      </ul>
      {/* The colours alone tell the categories apart: the figures are one click away for everyone. */}
      <details class="chart-table">
        <summary>{t('chartShowTable')}</summary>
        <table>
          <caption>{t('chartTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chartWeekOf')}</th>
              {CHART_CATEGORIES.map((c) => (
                <th key={c} scope="col">
                  {t(categoryKey(c))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.start.getTime()}>
                <th scope="row">{formatDateTime(b.start, t.lang, true)}</th>
                {CHART_CATEGORIES.map((c) => (
                  <td key={c}>{b.counts[c]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
