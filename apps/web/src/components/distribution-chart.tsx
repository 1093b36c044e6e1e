import { maxOf } from '@egov/core';
/** One bar of a {@link DistributionChart}: a label and a count per category. */
export interface DistributionBar {
  readonly label: string;
  readonly counts: readonly number[];
}

/** Props of {@link DistributionChart}. */
export interface DistributionChartProps {
  readonly title: string;
  readonly description: string;
  /** Header of the label column of the data table ("Cơ quan"). */
  readonly labelHeader: string;
  readonly categories: readonly { readonly label: string; readonly colour: string }[];
  readonly bars: readonly DistributionBar[];
  /** Header of the total column ("Tổng"). */
  readonly totalLabel: string;
}

const truncate = (text: string, length: number): string => (text.length <= length ? text : `${text.slice(0, length - 1)}…`);

/**
 * Horizontal stacked bars (one per agency, say) of counts per category (levels or classes), drawn as SVG
 * like the projection chart: no chart library, prints sharp, pastes into a report. A data table with the
 * same numbers follows for screen readers.
 *
 * @param props - Title, categories with colours, bars.
 * @returns A figure.
 * @example
 * ```tsx
 * <DistributionChart title="Phân bố" description="…" labelHeader="Cơ quan" totalLabel="Tổng"
 *   categories={[{ label: 'Toàn trình', colour: '#1f6f43' }]} bars={[{ label: 'Sở Y tế', counts: [2] }]} />
 * ```
 */
export function DistributionChart({ title, description, labelHeader, categories, bars, totalLabel }: DistributionChartProps) {
  const width = 640;
  const rowHeight = 24;
  const margin = { top: 8, right: 40, bottom: 8, left: 236 };
  const height = margin.top + margin.bottom + Math.max(1, bars.length) * rowHeight;
  const plotWidth = width - margin.left - margin.right;
  const totals = bars.map((bar) => bar.counts.reduce((sum, count) => sum + count, 0));
  const max = maxOf(totals, 1);
  return (
    <figure className="chart">
      <figcaption>
        <strong>{title}</strong> — {description}
      </figcaption>
      <svg viewBox={`0 0 ${String(width)} ${String(height)}`} role="img" aria-label={title} width="100%" className="distribution">
        {bars.map((bar, barIndex) => {
          const y = margin.top + barIndex * rowHeight;
          let x = margin.left;
          return (
            <g key={`${bar.label}-${String(barIndex)}`}>
              <text x={margin.left - 6} y={y + rowHeight / 2 + 4} textAnchor="end" fontSize="12" fill="#1b1f24">
                <title>{bar.label}</title>
                {truncate(bar.label, 36)}
              </text>
              {bar.counts.map((count, index) => {
                const w = (count / max) * plotWidth;
                const rect = count === 0 ? null : (
                  <rect key={index} x={x} y={y + 3} width={w} height={rowHeight - 6} fill={categories[index]?.colour ?? '#9aa5b1'}>
                    <title>{`${bar.label} · ${categories[index]?.label ?? ''}: ${String(count)}`}</title>
                  </rect>
                );
                x += w;
                return rect;
              })}
              <text x={x + 4} y={y + rowHeight / 2 + 4} fontSize="12" fill="#1b1f24">
                {totals[barIndex]}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="legend">
        {categories.map((category) => (
          <li key={category.label}>
            <span className="swatch" style={{ background: category.colour }} /> {category.label}
          </li>
        ))}
      </ul>
      <table className="sr-only" data-testid="distribution-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            {categories.map((category) => (
              <th key={category.label} scope="col">
                {category.label}
              </th>
            ))}
            <th scope="col">{totalLabel}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar, barIndex) => (
            <tr key={`${bar.label}-${String(barIndex)}`}>
              <th scope="row">{bar.label}</th>
              {bar.counts.map((count, index) => (
                <td key={index}>{count}</td>
              ))}
              <td>{totals[barIndex]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
