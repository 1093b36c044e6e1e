import type { Finding, SourceLocation } from '@egov/core';
import type { CellValue } from '../cell-value';
import type { Table } from '../table';

/** A data row as the domain packages' `fromRows` read it: cells by header, and where the row is. */
export interface TableRecord {
  readonly cells: Readonly<Record<string, string | number | null>>;
  readonly position: SourceLocation;
}

function plainCell(value: CellValue | undefined): string | number | null {
  if (value === undefined || value === '') return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.toISOString().slice(0, 10);
}

/**
 * Turns a table into positioned records, the row shape every domain package's `fromRows` accepts: cells by
 * header (empty cells `null`, booleans as `TRUE`/`FALSE`, dates as ISO days), and the file, sheet and
 * 1-based row number, so findings point at the user's cell. Columns without a header are left out.
 *
 * @param table - A table from {@link readCsv}, {@link readXlsx} or {@link tableFromRecords}.
 * @returns One record per data row.
 * @example
 * ```ts
 * const table = unwrap(readCsv('STT,Kinh phí\n1,"35.000.000"\n', { file: 'budget.csv' }));
 * tableRecords(table); // [{ cells: { STT: '1', 'Kinh phí': '35.000.000' }, position: { file: 'budget.csv', row: 2 } }]
 * ```
 */
export function tableRecords(table: Table): TableRecord[] {
  const columns = table.columns.filter((column) => column.header !== '');
  return table.rows.map((row) => ({
    cells: Object.fromEntries(columns.map((column) => [column.header, plainCell(row.values[column.index])])),
    position: {
      ...(table.file === undefined ? {} : { file: table.file }),
      ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
      row: row.row,
    },
  }));
}

/**
 * Completes the locations of findings about a table: the column as the spreadsheet letter the user sees
 * (a header name such as "Tổng kinh phí" becomes "E"), and the table's file and sheet where a finding has
 * none.
 *
 * @param findings - Findings whose `location.column` may be a header name.
 * @param table - The table they are about.
 * @returns New findings; the input is not changed.
 * @example
 * ```ts
 * locateFindings(findings, table)[0]?.location; // { file: 'budget.csv', row: 17, column: 'E' }
 * ```
 */
export function locateFindings(findings: readonly Finding[], table: Table): Finding[] {
  const letters = new Map(table.columns.map((column) => [column.header, column.letter]));
  return findings.map((finding) => {
    const location = finding.location ?? {};
    const column = location.column === undefined ? undefined : (letters.get(location.column) ?? location.column);
    return {
      ...finding,
      location: {
        ...location,
        ...(location.file !== undefined || table.file === undefined ? {} : { file: table.file }),
        ...(location.sheet !== undefined || table.sheet === undefined ? {} : { sheet: table.sheet }),
        ...(column === undefined ? {} : { column }),
      },
    };
  });
}
