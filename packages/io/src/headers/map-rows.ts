import type { SourceLocation } from '@egov/core';
import type { CellValue } from '../cell-value';
import { locationOf } from '../io-finding';
import { toReadResult, type ReadResult } from '../read-result';
import type { Table } from '../table';
import type { ColumnSchema } from './define-columns';
import { mapHeaders, type HeaderMapping, type MapHeadersOptions } from './map-headers';

/** A data row keyed by column key; a column missing from the file has no entry, an empty cell is `""`. */
export interface MappedRow<K extends string = string> {
  /** 1-based row number in the file. */
  readonly row: number;
  readonly values: Readonly<Partial<Record<K, CellValue>>>;
}

/** The result of {@link mapRows}. */
export interface MappedTable<K extends string = string> {
  readonly mapping: HeaderMapping<K>;
  readonly rows: readonly MappedRow<K>[];
  /**
   * Where a field of a mapped row is in the user's file, for a finding (a plain function: safe to destructure).
   *
   * @param row - A mapped row (or its row number).
   * @param key - A column key.
   * @returns File, sheet, row and column letter (no column when the file lacks it).
   */
  readonly locate: (row: MappedRow<K> | number, key: K) => SourceLocation;
}

/** Options of {@link mapRows}. */
export interface MapRowsOptions {
  /** Severity of unknown-column findings, or `'ignore'` (default `'warning'`). */
  readonly unknownColumns?: MapHeadersOptions['unknownColumns'];
  /** The user's mapping of columns to headers (`{ onlineLevel: 'Mức độ' }`), see {@link mapHeaders}. */
  readonly columns?: MapHeadersOptions['columns'];
  /** Skip rows whose cells are all empty (default `true`). */
  readonly skipEmptyRows?: boolean;
}

/**
 * Maps a table's rows to records keyed by column key, using {@link mapHeaders}: the starting point of
 * every domain package's `fromRows`. Fails (with `io/missing-column`) when a required column is absent;
 * warnings about unknown or duplicate columns come with the value.
 *
 * @param table - A table from {@link readCsv}, {@link readXlsx} or {@link tableFromRecords}.
 * @param schema - Expected columns from {@link defineColumns}.
 * @param options - Unknown-column severity, empty-row skipping.
 * @returns The mapped rows with a `locate` helper, or a failure.
 * @example
 * ```ts
 * const columns = defineColumns([
 *   { key: 'name', aliases: ['Tên DVCTT', 'Tên thủ tục hành chính'], required: true },
 *   { key: 'level', aliases: ['Mức DVCTT', 'Mức độ'] },
 * ]);
 * const result = mapRows(table, columns);
 * if (result.ok) for (const row of result.value.rows) console.log(row.values.name, result.value.locate(row, 'level'));
 * ```
 */
export function mapRows<K extends string>(
  table: Table,
  schema: ColumnSchema<K>,
  options: MapRowsOptions = {},
): ReadResult<MappedTable<K>> {
  const mapping = mapHeaders(table.headers, schema, {
    file: table.file,
    sheet: table.sheet,
    headerRow: table.headerRow,
    ...(options.unknownColumns === undefined ? {} : { unknownColumns: options.unknownColumns }),
    ...(options.columns === undefined ? {} : { columns: options.columns }),
  });
  const entries = Object.entries(mapping.columns) as [K, { index: number; letter: string }][];
  const skipEmpty = options.skipEmptyRows ?? true;
  const rows: MappedRow<K>[] = [];
  for (const tableRow of table.rows) {
    if (skipEmpty && tableRow.values.every((value) => value === '')) continue;
    const values: Partial<Record<K, CellValue>> = {};
    for (const [key, column] of entries) values[key] = tableRow.values[column.index] ?? '';
    rows.push({ row: tableRow.row, values });
  }
  const mapped: MappedTable<K> = {
    mapping,
    rows,
    locate: (row, key) =>
      locationOf(table.file, table.sheet, typeof row === 'number' ? row : row.row, mapping.columns[key]?.letter),
  };
  return toReadResult(mapped, mapping.findings);
}
