import type { WritableCellValue } from './cell-value';

/**
 * Private: the text of a value for text formats (CSV, Markdown): numbers in JavaScript's shortest
 * round-tripping form, dates as `YYYY-MM-DD` at UTC midnight or full ISO 8601 otherwise, `null` and
 * `undefined` as empty.
 *
 * @param value - A value to write.
 * @returns Its text.
 * @example
 * ```ts
 * formatCell(new Date(Date.UTC(2013, 4, 4))); // "2013-05-04"
 * ```
 */
export function formatCell(value: WritableCellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return String(value);
}
