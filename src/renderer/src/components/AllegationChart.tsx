/**
 * The shape of a case: allegations by category, each bar split by status, and by year. Plain SVG drawn by
 * React (no chart library: nothing injects script or styles, so the strict CSP holds), with a text table
 * equivalent for screen readers in each figure's description.
 */
import type { AllegationCounts } from '../../../shared/contract/allegations';
import { ALLEGATION_STATUSES } from '../../../shared/domain';

const STATUS_CLASS: Record<string, string> = {
  alleged: 'st-alleged',
  corroborated: 'st-corroborated',
  disputed: 'st-disputed',
  retracted: 'st-retracted',
};

/** Drawn from the core's counts (GROUP BY), so the chart costs the same at 50 allegations and at 50,000. */
export function AllegationChart({ counts }: { counts: AllegationCounts }) {
  const cats = counts.byCategory.map((c) => [c.label, c.byStatus as Record<string, number>] as const);
  const years = counts.byYear.map((y) => [y.year, y.count] as const);
  const max = Math.max(1, ...cats.map(([, r]) => Object.values(r).reduce((s, n) => s + (n ?? 0), 0)));
  const barH = 18;
  // The label column fits the longest category label (11px text, about 6.5px a character), so a long
  // label such as "Unlawful confinement and hostage-taking" is not clipped at the figure's left edge.
  const labelW = Math.max(120, Math.ceil(Math.max(0, ...cats.map(([c]) => c.length)) * 6.5) + 16);
  const plotW = 360;
  const height = cats.length * (barH + 6) + 24;
  const ymax = Math.max(1, ...years.map(([, n]) => n));
  const colW = 36;
  const summary = cats
    .map(
      ([c, r]) =>
        `${c}: ${ALLEGATION_STATUSES.filter((s) => r[s])
          .map((s) => `${r[s]} ${s}`)
          .join(', ')}`,
    )
    .join('; ');
  return (
    <div className="allegation-charts">
      <figure className="chart" data-testid="chart-by-category">
        <svg role="img" aria-label={`Allegations by category and status. ${summary}`} width={labelW + plotW + 40} height={height}>
          {cats.map(([c, r], i) => {
            let x = labelW;
            const y = i * (barH + 6) + 4;
            return (
              <g key={c} data-category={c}>
                <text x={labelW - 8} y={y + barH - 5} textAnchor="end" className="chart-label">
                  {c}
                </text>
                {ALLEGATION_STATUSES.filter((s) => r[s]).map((s) => {
                  const w = (r[s] / max) * plotW;
                  const rect = (
                    <rect
                      key={s}
                      x={x}
                      y={y}
                      width={Math.max(w, 2)}
                      height={barH}
                      className={STATUS_CLASS[s]}
                      data-status={s}
                      data-count={r[s]}
                    >
                      <title>{`${c}: ${r[s]} ${s}`}</title>
                    </rect>
                  );
                  x += w;
                  return rect;
                })}
                <text x={x + 6} y={y + barH - 5} className="chart-value">
                  {Object.values(r).reduce((s, n) => s + (n ?? 0), 0)}
                </text>
              </g>
            );
          })}
        </svg>
        <figcaption>
          By category and status:{' '}
          {ALLEGATION_STATUSES.map((s) => (
            <span key={s} className="legend-item">
              <span className={`legend-swatch ${STATUS_CLASS[s]}`} aria-hidden="true" /> {s}
            </span>
          ))}
        </figcaption>
      </figure>
      <figure className="chart" data-testid="chart-by-year">
        <svg
          role="img"
          aria-label={`Allegations by year: ${years.map(([y, n]) => `${y} ${n}`).join(', ')}`}
          width={years.length * colW + 20}
          height={150}
        >
          {years.map(([y, n], i) => {
            const h = (n / ymax) * 100;
            return (
              <g key={y}>
                <rect x={i * colW + 10} y={120 - h} width={colW - 8} height={h} className={y === 'undated' ? 'bar-undated' : 'bar-year'}>
                  <title>{`${y}: ${n}`}</title>
                </rect>
                <text x={i * colW + 10 + (colW - 8) / 2} y={136} textAnchor="middle" className="chart-label">
                  {y === 'undated' ? '?' : y}
                </text>
                <text x={i * colW + 10 + (colW - 8) / 2} y={116 - h} textAnchor="middle" className="chart-value">
                  {n}
                </text>
              </g>
            );
          })}
        </svg>
        <figcaption>Over time (by year of the alleged act; “?” undated)</figcaption>
      </figure>
    </div>
  );
}
