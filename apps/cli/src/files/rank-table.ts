import { foldKey, type Finding } from '@egov/core';
import { checkRankRows, looksLikeRankTable, rankNodes, readRankRows, type RankRow } from '@egov/ictindex';
import { locateFindings, tableRecords, type Table } from '@egov/io';
import { UsageError } from '../context';

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

/** One node's ranks in two years, as a rank table states them. */
export interface StatedRankChange {
  readonly node: string;
  /** 0 for the overall rank, 1 for a group, 2 for a sub-group (from the parent column). */
  readonly depth: number;
  readonly previousRank: number | null;
  readonly currentRank: number | null;
}

/**
 * Reads the ranks of one unit in two years from a rank table, node by node in the table's order: the
 * ranking table's rank where it gives one, else the rank a sentence of the text gives. The findings are
 * the table's reading findings and what `checkRankRows` finds in the unit's rows (a sentence that
 * contradicts the table, two table ranks for one year).
 *
 * @param table - A table for which {@link isRankTable} holds.
 * @param file - The file name to show.
 * @param unit - The unit as typed (matched ignoring case and diacritics).
 * @param years - The earlier and the later year.
 * @returns The changes and the findings.
 * @throws {UsageError} when the table lacks a unit, year, node or rank column, or the unit is not in it.
 * @example
 * ```ts
 * ranksFromTable(table, 'ictindex-ranks.csv', 'Lào Cai', [2016, 2017]).changes[1];
 * // { node: 'Hạ tầng kỹ thuật', depth: 1, previousRank: 12, currentRank: 7 }
 * ```
 */
export function ranksFromTable(
  table: Table,
  file: string,
  unit: string,
  years: readonly [number, number],
): { changes: StatedRankChange[]; findings: Finding[] } {
  const read = rankRowsOf(table, file);
  const columns = read.findings.find((finding) => finding.ruleId === 'ictindex/rank-table-columns');
  if (columns !== undefined) throw new UsageError(`${file}: ${columns.message.en}`);
  const unitKey = foldKey(unit);
  const rows = read.rows.filter((row) => foldKey(row.unit) === unitKey);
  if (rows.length === 0) throw new UsageError(`unknown --unit "${unit}": ${file} has no rows for it`);

  // The ranks of part of a year ("2023-06") are not the year's ranks.
  const nodes = rankNodes(rows.filter((row) => row.month === undefined));
  const parentOf = new Map(nodes.map((node) => [foldKey(node.node), foldKey(node.parent ?? '')]));
  const depthOf = (key: string, seen: Set<string> = new Set<string>()): number => {
    const parent = parentOf.get(key) ?? '';
    if (parent === '' || seen.has(key)) return 0;
    seen.add(key);
    return 1 + depthOf(parent, seen);
  };
  const changes = nodes.map((node) => ({
    node: node.node,
    depth: depthOf(foldKey(node.node)),
    previousRank: node.ranks.get(years[0])?.rank ?? null,
    currentRank: node.ranks.get(years[1])?.rank ?? null,
  }));
  return { changes, findings: [...read.findings, ...locateFindings(checkRankRows(rows), table)] };
}
