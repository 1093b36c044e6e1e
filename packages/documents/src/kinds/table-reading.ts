/**
 * How a user says to read tables, for every table kind: a column mapping (a reader's column key or alias →
 * the header the table prints) and a number notation. Both are optional; without them headers are matched
 * by their aliases and the notation is detected per column.
 *
 * @example
 * ```ts
 * const reading: TableReading = { columns: { level: 'Mức độ' }, notation: 'en' };
 * ```
 */
export interface TableReading {
  /** Column (a reader's key such as `onlineLevel`, `name`, `unit`, or an alias such as `level`) → header. */
  readonly columns?: Readonly<Record<string, string>>;
  /** Decimal notation of numbers written as text; absent: detected per column. */
  readonly notation?: 'vi' | 'en';
}
