import { maxOf } from '@egov/core';
import type { WritableCellValue } from '../cell-value';
import { formatCell } from '../format-cell';
import type { WritableTable } from '../writable-table';

/**
 * Writes a GitHub-flavoured Markdown table (for reports and READMEs): pipes and backslashes are
 * escaped, line breaks become `<br>`, columns whose values are all numbers are right-aligned.
 *
 * @param table - Headers and rows.
 * @returns The Markdown text, one line per row, with a final newline.
 * @example
 * ```ts
 * writeMarkdownTable({ headers: ['Giai đoạn', 'Kinh phí (tỷ đồng)'], rows: [['2013|2014', 2.2]] });
 * // "| Giai đoạn | Kinh phí (tỷ đồng) |\n| --- | ---: |\n| 2013\\|2014 | 2.2 |\n"
 * ```
 */
export function writeMarkdownTable(table: WritableTable): string {
  const width = maxOf(table.rows.map((row) => row.length), table.headers.length);
  const numeric = Array.from({ length: width }, (_, c) => {
    const values = table.rows.map((row) => row[c]).filter((value) => value !== null && value !== undefined && value !== '');
    return values.length > 0 && values.every((value) => typeof value === 'number');
  });
  const line = (cells: readonly WritableCellValue[]) =>
    `| ${Array.from({ length: width }, (_, c) => escapeCell(cells[c])).join(' | ')} |`;
  const lines = [line(table.headers), `| ${numeric.map((right) => (right ? '---:' : '---')).join(' | ')} |`];
  for (const row of table.rows) lines.push(line(row));
  return `${lines.join('\n')}\n`;
}

function escapeCell(value: WritableCellValue): string {
  return formatCell(value)
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
}
