import type { Language } from '@egov/core';
import type { ReportCell, ReportColumnFormat } from './report-model';

/**
 * A report cell as text: numbers with the language's separators (Vietnamese documents print
 * "15.200.000.000" and "5,63"; English "15,200,000,000" and "5.63"), empty cells as `""`.
 *
 * @param value - The cell.
 * @param format - The column's format.
 * @param lang - The report language.
 * @returns The text to show.
 * @example
 * ```ts
 * formatReportCell(15_200_000_000, 'dong', 'vi'); // "15.200.000.000"
 * formatReportCell(0.5, 'decimal', 'vi'); // "0,5"
 * ```
 */
export function formatReportCell(value: ReportCell, format: ReportColumnFormat, lang: Language): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (format === 'text' || format === 'integer') return String(value);
  const [whole = '', fraction] = String(Math.abs(value)).split('.');
  const thousands = lang === 'vi' ? '.' : ',';
  const decimal = lang === 'vi' ? ',' : '.';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : decimal + fraction}`;
}
