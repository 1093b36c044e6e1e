import { foldKey, type Finding } from '@egov/core';
import { rankRowsOf } from '@egov/documents';
import { checkRankRows, rankNodes } from '@egov/ictindex';
import { locateFindings, type Table } from '@egov/io';
import { UsageError } from '../context';

export { isRankTable, rankRowsOf } from '@egov/documents';

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
