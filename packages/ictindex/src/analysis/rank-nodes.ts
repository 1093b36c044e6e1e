import { foldKey } from '@egov/core';
import type { RankRow } from './check-rank-rows';

/** The ranks a table of stated ranks gives one unit's node, year by year. */
export interface RankNode {
  /** The unit and the node as their first row writes them. */
  readonly unit: string;
  readonly node: string;
  /** The parent as the node's first row writes it. */
  readonly parent?: string | undefined;
  /** The month, for the ranks of part of a year ("2023-06"): kept apart from the year's ranks. */
  readonly month?: number | undefined;
  /**
   * Year → the node's rank that year and the row that gives it: the first `table` row's, else (a year the
   * ranking table does not give) the first row's with a rank.
   */
  readonly ranks: ReadonlyMap<number, { readonly rank: number; readonly row: RankRow }>;
  /** The node's rows, in the document's order. */
  readonly rows: readonly RankRow[];
}

/**
 * Groups the rows of a table of stated ranks by unit and node (ignoring case and diacritics), the ranks of
 * part of a year ("2023-06") apart from the year's, and picks the
 * rank of each year, the ranking table's before the text's: what `checkRankRows` checks the text against,
 * and what a view of the ranks shows.
 *
 * @param rows - Rows from {@link readRankRows}, in the document's order.
 * @returns One entry per unit and node, in the order of their first rows.
 * @example
 * ```ts
 * rankNodes([
 *   { unit: 'Lào Cai', year: 2017, node: 'Hạ tầng kỹ thuật xã hội', rank: 15, origin: 'text' },
 *   { unit: 'Lào Cai', year: 2017, node: 'Hạ tầng kỹ thuật xã hội', rank: 13 },
 * ])[0]?.ranks.get(2017)?.rank; // 13
 * ```
 */
export function rankNodes(rows: readonly RankRow[]): RankNode[] {
  const nodes = new Map<string, { unit: string; node: string; parent?: string | undefined; month?: number | undefined; ranks: Map<number, { rank: number; row: RankRow }>; rows: RankRow[] }>();
  for (const row of rows) {
    const key = `${foldKey(row.unit)}\u0000${foldKey(row.node)}\u0000${String(row.month ?? '')}`;
    let entry = nodes.get(key);
    if (entry === undefined) {
      entry = { unit: row.unit, node: row.node, ...(row.parent === undefined ? {} : { parent: row.parent }), ...(row.month === undefined ? {} : { month: row.month }), ranks: new Map(), rows: [] };
      nodes.set(key, entry);
    }
    entry.rows.push(row);
    if (row.rank === undefined) continue;
    const known = entry.ranks.get(row.year);
    const fromTable = row.origin !== 'text';
    if (known === undefined || (fromTable && known.row.origin === 'text')) entry.ranks.set(row.year, { rank: row.rank, row });
  }
  return [...nodes.values()];
}
