import type { WritableCellValue } from './cell-value';

/**
 * A table to write: header texts and rows of values. A {@link Table} read by `@egov/io` converts with
 * `{ headers: table.headers, rows: table.rows.map((r) => r.values) }`.
 */
export interface WritableTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly WritableCellValue[])[];
}
