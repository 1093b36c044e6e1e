import { parseJsonPointer, type Finding } from '@egov/core';
import {
  levelCountsFromRows,
  proceduresFromRows,
  type LevelCounts,
  type Procedure,
} from '@egov/procedures';
import { locateFindings, tableRecords, type Table } from '@egov/io';
import type { TableReading } from '../kinds/table-reading';

/**
 * Reads a count table by level with `@egov/procedures`' {@link levelCountsFromRows} (stated total
 * against the sum of the levels, share at level 3 or higher); findings point at the user's row and
 * column letter.
 *
 * @param table - A table whose headers satisfy `isLevelCountHeaders` of `@egov/procedures`.
 * @param file - The file name to show.
 * @param reading - The user's column mapping (`--columns`).
 * @returns The counts (numbers, never one object per counted procedure) and located findings.
 * @example
 * ```ts
 * levelCountsFromTable(table, 'procedure-levels.csv').byLevel; // { 1: 0, 2: 68, 3: 10, 4: 60 }
 * ```
 */
export function levelCountsFromTable(table: Table, file: string, reading: TableReading = {}): LevelCounts {
  const counts = levelCountsFromRows(tableRecords(table), { file, ...(reading.columns === undefined ? {} : { columns: reading.columns }) });
  return { ...counts, findings: locateFindings(counts.findings, table) };
}

/** Procedures read from a catalogue table, with the table row of each and the located findings. */
export interface CatalogueTable {
  readonly procedures: readonly Procedure[];
  /** Spreadsheet row number of each procedure. */
  readonly rows: readonly number[];
  readonly findings: readonly Finding[];
}

/**
 * Reads procedures from a catalogue table with `@egov/procedures`' `proceduresFromRows`; findings point
 * at the user's row and column letter.
 *
 * @param table - The table.
 * @param file - The file name to show.
 * @param reading - The user's column mapping (`--columns`).
 * @returns The procedures, their rows and the findings.
 * @example
 * ```ts
 * catalogueFromTable(table, 'catalogue.csv').procedures.length; // 41
 * ```
 */
export function catalogueFromTable(table: Table, file: string, reading: TableReading = {}): CatalogueTable {
  const records = tableRecords(table);
  const { procedures, rowIndexes, findings } = proceduresFromRows(
    records.map((record) => record.cells),
    { file, ...(reading.columns === undefined ? {} : { columns: reading.columns }) },
  );
  const rowOf = (index: number): number | undefined => records[index]?.position.row;
  const rowFixed = findings.map((finding) => {
    const [first] = parseJsonPointer(finding.path);
    const row = first === undefined || first === '' ? undefined : rowOf(Number(first));
    return row === undefined ? finding : { ...finding, location: { ...finding.location, row } };
  });
  return { procedures, rows: rowIndexes.map((index) => rowOf(index) ?? index + 2), findings: locateFindings(rowFixed, table) };
}

/**
 * Points `findDuplicates` findings (path `/procedures/<index>`) at the row of the cluster's first member.
 *
 * @param findings - Findings of `findDuplicates`.
 * @param rows - Row of each procedure (from {@link catalogueFromTable}).
 * @param file - The file name to show.
 * @returns The located findings.
 * @example
 * ```ts
 * locateDuplicateFindings(findDuplicates(procedures).findings, catalogue.rows, 'catalogue.csv');
 * ```
 */
export function locateDuplicateFindings(findings: readonly Finding[], rows: readonly number[], file: string): Finding[] {
  return findings.map((finding) => {
    const index = Number(parseJsonPointer(finding.path)[1]);
    const row = rows[index];
    return { ...finding, location: { ...finding.location, file, ...(row === undefined ? {} : { row }) } };
  });
}
