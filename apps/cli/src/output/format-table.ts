/**
 * Formats rows as an aligned plain-text table (numbers right-aligned).
 *
 * @example
 * ```ts
 * formatTable(['Năm', 'Mức 3'], [['2013', '8']]);
 * ```
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => maxOf(rows.map((row) => (row[column] ?? '').length), cell.length));
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => (/^-?[\d.,%]+$/.test(cell) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ');
  return [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}import { maxOf } from '@egov/core';

