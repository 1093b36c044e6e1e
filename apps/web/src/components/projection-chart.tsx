import { maxOf } from '@egov/core';
import type { RoadmapProjection } from '@egov/roadmap';
import { useLanguage } from '../i18n/messages';
import { TableExport } from './table-export';

const colours = ['#9aa5b1', '#5b8def', '#1f6f43', '#b35c00'] as const;
const levels = [1, 2, 3, 4] as const;

/**
 * Stacked bars of services per level (1–4) at the end of each year of a roadmap, drawn as SVG (no chart
 * library: it weighs nothing, prints sharp and pastes into a report as an image).
 *
 * Each level has a class (`level-1` … `level-4`) so the print style sheet can draw it in four clearly
 * different greys. The data table carries the export control of every table (year and counts as
 * numbers), shown even when the table itself is for screen readers only, and not printed.
 *
 * @param props - The projection of `projectRoadmap`; `showTable` shows the data table (the report page)
 *   instead of keeping it for screen readers only.
 * @returns An SVG figure with a legend, an export control and a data table.
 * @example
 * ```tsx
 * <ProjectionChart projection={projectRoadmap(roadmap)} />
 * ```
 */
export function ProjectionChart({ projection, showTable = false }: { readonly projection: RoadmapProjection; readonly showTable?: boolean }) {
  const { t } = useLanguage();
  const width = 640;
  const height = 260;
  const margin = { top: 16, right: 12, bottom: 32, left: 40 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const totals = projection.distribution.map((levels) => levels.reduce((sum, count) => sum + count, 0));
  const max = maxOf(totals, 1);
  const step = plotWidth / Math.max(1, projection.years.length);
  const barWidth = Math.min(48, step * 0.6);
  const scale = (count: number): number => (count / max) * plotHeight;
  const ticks = [0, Math.round(max / 2), max];
  return (
    <figure className="chart">
      <figcaption>
        <strong>{t('projection')}</strong> — {t('projectionDesc')}
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('projection')} width="100%">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={margin.left} x2={width - margin.right} y1={margin.top + plotHeight - scale(tick)} y2={margin.top + plotHeight - scale(tick)} stroke="#d0d5db" />
            <text x={margin.left - 6} y={margin.top + plotHeight - scale(tick) + 4} textAnchor="end" fontSize="12" fill="#333">
              {tick}
            </text>
          </g>
        ))}
        {projection.years.map((year, yearIndex) => {
          const x = margin.left + yearIndex * step + (step - barWidth) / 2;
          let y = margin.top + plotHeight;
          const levels = projection.distribution[yearIndex] ?? [0, 0, 0, 0];
          return (
            <g key={year}>
              {levels.map((count, levelIndex) => {
                const h = scale(count);
                y -= h;
                return count === 0 ? null : (
                  <rect key={levelIndex} className={`level-${String(levelIndex + 1)}`} x={x} y={y} width={barWidth} height={h} fill={colours[levelIndex]} stroke="#ffffff" strokeWidth="0.5">
                    <title>{`${String(year)} · ${t('level')} ${String(levelIndex + 1)}: ${String(count)}`}</title>
                  </rect>
                );
              })}
              <text x={x + barWidth / 2} y={height - 10} textAnchor="middle" fontSize="12" fill="#333">
                {year}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="legend">
        {colours.map((colour, index) => (
          <li key={colour}>
            <span className={`swatch level-${String(index + 1)}`} style={{ background: colour }} /> {t('level')} {index + 1}
          </li>
        ))}
      </ul>
      <TableExport
        name="projection"
        label={t('projection')}
        table={() => ({
          headers: [t('year'), ...levels.map((level) => `${t('level')} ${String(level)}`)],
          rows: projection.years.map((year, index) => [year, ...(projection.distribution[index] ?? [0, 0, 0, 0])]),
        })}
      />
      <table className={showTable ? 'data compact chart-table' : 'sr-only'}>
        <caption>{t('projection')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('year')}</th>
            {levels.map((level) => (
              <th key={level} scope="col">
                {t('level')} {level}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {projection.years.map((year, index) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {(projection.distribution[index] ?? [0, 0, 0, 0]).map((count, level) => (
                <td key={level}>{count}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
