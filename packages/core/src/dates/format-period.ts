import { pad2 } from './calendar-date';
import type { Period, SimplePeriod } from './period';

const romanQuarters = ['I', 'II', 'III', 'IV'] as const;

/**
 * Writes a period the way Vietnamese plans write it (this is also every period's `label`):
 * `"ngày 04/05/2013"`, `"tháng 01/2013"`, `"Quý I/2018"`, `"năm 2019"`; ranges of years as
 * `"giai đoạn 2013–2015"`, ranges of quarters of one year as `"Quý I–Quý IV/2018"`, any other range as
 * `"từ tháng 06/2013 đến tháng 12/2013"`. Quarters use Roman numerals, months two digits, ranges an
 * en dash.
 *
 * @param period - Any period.
 * @returns Its Vietnamese label; {@link safeParsePeriod} reads it back to the same period.
 * @example
 * ```ts
 * formatPeriod(createQuarterPeriod(2018, 1)); // "Quý I/2018"
 * formatPeriod(createRangePeriod(createYearPeriod(2013), createYearPeriod(2015))); // "giai đoạn 2013–2015"
 * ```
 */
export function formatPeriod(period: Period): string {
  if (period.kind !== 'range') return formatSimple(period);
  const { from, to } = period;
  if (from.kind === 'year' && to.kind === 'year') return `giai đoạn ${from.year}–${to.year}`;
  if (from.kind === 'quarter' && to.kind === 'quarter' && from.year === to.year) {
    return `Quý ${romanQuarters[from.quarter - 1]}–Quý ${romanQuarters[to.quarter - 1]}/${to.year}`;
  }
  return `từ ${formatSimple(from)} đến ${formatSimple(to)}`;
}

function formatSimple(period: SimplePeriod): string {
  switch (period.kind) {
    case 'day':
      return `ngày ${pad2(period.day)}/${pad2(period.month)}/${String(period.year).padStart(4, '0')}`;
    case 'month':
      return `tháng ${pad2(period.month)}/${period.year}`;
    case 'quarter':
      return `Quý ${romanQuarters[period.quarter - 1]}/${period.year}`;
    case 'year':
      return `năm ${period.year}`;
  }
}
