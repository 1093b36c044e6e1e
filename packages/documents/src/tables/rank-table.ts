import type { Finding } from '@egov/core';
import { looksLikeRankTable, readRankRows, type RankRow } from '@egov/ictindex';
import { locateFindings, tableRecords, type Table } from '@egov/io';

/**
 * Whether a table lists ranks a document states (unit, year, node, rank), like the Lào Cai example's
 * `ictindex-ranks.csv`, rather than indicator values (`looksLikeRankTable` of `@egov/ictindex`).
 *
 * @param table - The table.
 * @returns `true` when it has a rank column and a node column.
 * @example
 * ```ts
 * isRankTable(table); // true for unit,year,node,parent,rank,…
 * ```
 */
export function isRankTable(table: Table): boolean {
  return looksLikeRankTable(table.headers);
}

/**
 * The rows of a rank table for `checkRankRows` (`readRankRows` of `@egov/ictindex`), with the reading
 * findings located at their cells (column letters) and named by the file as the user gave it.
 *
 * @param table - A table for which {@link isRankTable} holds.
 * @param file - The file name to show.
 * @returns The rows and the reading findings.
 * @example
 * ```ts
 * rankRowsOf(table, 'ictindex-ranks.csv').rows[0];
 * // { unit: 'Lào Cai', year: 2016, node: 'Xếp hạng chung', rank: 7, origin: 'table', location: { file: 'ictindex-ranks.csv', row: 2 } }
 * ```
 */
export function rankRowsOf(table: Table, file: string): { rows: RankRow[]; findings: Finding[] } {
  const records = tableRecords(table).map((record) => ({ cells: record.cells, position: { ...record.position, file } }));
  const { rows, findings } = readRankRows(records, { location: { file } });
  return { rows, findings: locateFindings(findings, table) };
}
