import type { SourceLocation } from '@egov/core';
import type { Table, TableRow } from './table';
import { columnLetter } from './column-letter';

/**
 * The {@link SourceLocation} of a cell of a {@link Table}, for a finding that points at the user's
 * cell: file, sheet, 1-based row and column letter.
 *
 * @param table - The table the row came from (gives file and sheet).
 * @param row - The row, or its 1-based row number.
 * @param column - 0-based column index.
 * @returns A location such as `{ file: 'dvc.csv', row: 5, column: 'C' }`.
 * @throws {EgovError} `invalid-argument` when `column` is negative or not an integer.
 * @example
 * ```ts
 * const location = cellLocation(table, table.rows[0], 2); // { row: 2, column: 'C' }
 * ```
 */
export function cellLocation(table: Table, row: TableRow | number, column: number): SourceLocation {
  return {
    ...(table.file === undefined ? {} : { file: table.file }),
    ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
    row: typeof row === 'number' ? row : row.row,
    column: columnLetter(column),
  };
}
