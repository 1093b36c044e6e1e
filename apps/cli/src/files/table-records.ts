import type { Finding, SourceLocation } from '@egov/core';
import type { CellValue, Table } from '@egov/io';

/** A table row as a record keyed by header, with where it is in the user's file. */
export interface TableRecord {
  readonly cells: Readonly<Record<string, string | number | null>>;
  readonly position: SourceLocation;
}

function plain(value: CellValue | undefined): string | number | null {
  if (value === undefined || value === '') return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.toISOString().slice(0, 10);
}

/**
 * Turns an `@egov/io` table into records keyed by header, each with its file, sheet and row, the shape
 * the domain packages' `fromRows` read (`{ cells, position }`). Columns without a header are dropped.
 *
 * @param table - A table from `readCsv` or `readXlsx`.
 * @returns One record per data row.
 * @example
 * ```ts
 * tableRecords(table)[0]; // { cells: { STT: '1', … }, position: { file: 'budget.csv', row: 2 } }
 * ```
 */
export function tableRecords(table: Table): TableRecord[] {
  return table.rows.map((row) => ({
    cells: Object.fromEntries(
      table.columns.filter((column) => column.header !== '').map((column) => [column.header, plain(row.values[column.index])]),
    ),
    position: {
      ...(table.file === undefined ? {} : { file: table.file }),
      ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
      row: row.row,
    },
  }));
}

/**
 * Points findings at the user's cells: adds the file (and sheet) of the table, and replaces a column
 * given by its header text with the spreadsheet letter the user sees ("Tổng kinh phí" → "E").
 *
 * @param findings - Findings of a domain package, located by header name or not at all.
 * @param table - The table they are about.
 * @param file - The file name to show.
 * @returns The findings with file, sheet and column letters.
 * @example
 * ```ts
 * locateFindings(fromRows(records).findings, table, 'budget.csv');
 * ```
 */
export function locateFindings(findings: readonly Finding[], table: Table, file: string): Finding[] {
  const letters = new Map(table.columns.map((column) => [column.header, column.letter]));
  return findings.map((finding) => {
    const location = finding.location ?? {};
    const column = location.column === undefined ? undefined : (letters.get(location.column) ?? location.column);
    return {
      ...finding,
      location: {
        ...location,
        file,
        ...(table.sheet === undefined || location.sheet !== undefined ? {} : { sheet: table.sheet }),
        ...(column === undefined ? {} : { column }),
      },
    };
  });
}
