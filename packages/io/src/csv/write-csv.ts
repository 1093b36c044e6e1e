import type { WritableCellValue } from '../cell-value';
import { formatCell } from '../format-cell';
import { protectFormula } from '../formula/protect-formula';
import type { WritableTable } from '../writable-table';
import type { CsvDelimiter } from './detect-delimiter';

/** Options of {@link writeCsv}. */
export interface WriteCsvOptions {
  /** Field delimiter (default `,`; `;` suits Excel in Vietnamese locale settings). */
  readonly delimiter?: CsvDelimiter;
  /** Start with a byte-order mark so Excel opens the file as UTF-8 (default `false`). */
  readonly bom?: boolean;
  /** Line ending (default `\r\n`, as RFC 4180 says). */
  readonly lineEnding?: '\r\n' | '\n';
}

/**
 * Writes a table as CSV text (RFC 4180): fields with a quote, a line break or any of `, ; tab |` are
 * quoted (so delimiter detection cannot be misled), quotes doubled. Every text cell is protected against formula injection with {@link protectFormula}
 * (a leading `= + - @`, tab or CR gets a `'` prefix; {@link readCsv} removes it again); numbers are
 * written as numbers, dates as ISO 8601. Encode with `new TextEncoder().encode(csv)` to get UTF-8 bytes
 * (the BOM becomes EF BB BF).
 *
 * @param table - Headers and rows.
 * @param options - Delimiter, BOM, line ending.
 * @returns The CSV text.
 * @example
 * ```ts
 * writeCsv({ headers: ['STT', 'Tên dự án, nhiệm vụ', 'Dự kiến kinh phí'], rows: [[1, 'Trang bị máy chiếu', 35000000]] }, { bom: true });
 * // "\uFEFFSTT,\"Tên dự án, nhiệm vụ\",Dự kiến kinh phí\r\n1,Trang bị máy chiếu,35000000\r\n"
 * ```
 */
export function writeCsv(table: WritableTable, options: WriteCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const lineEnding = options.lineEnding ?? '\r\n';
  const parts: string[] = [];
  if (options.bom === true) parts.push('\uFEFF');
  parts.push(formatRecord(table.headers, delimiter), lineEnding);
  for (const row of table.rows) parts.push(formatRecord(row, delimiter), lineEnding);
  return parts.join('');
}

function formatRecord(values: readonly WritableCellValue[], delimiter: string): string {
  // A one-column row with an empty value must not become a blank line (which readers skip).
  if (values.length === 1 && formatCell(values[0]) === '') return '""';
  return values.map((value) => formatField(value, delimiter)).join(delimiter);
}

// Quoting every candidate delimiter (not only the one in use) keeps delimiter detection unambiguous.
const needsQuotes = /[",;\t|\n\r]/;

function formatField(value: WritableCellValue, delimiter: string): string {
  const text =
    typeof value === 'number' && Number.isFinite(value) ? String(value) : protectFormula(formatCell(value));
  if (text.includes(delimiter) || needsQuotes.test(text)) {
    return `"${text.replaceAll('"', '""')}"`;
  }
  return text;
}
