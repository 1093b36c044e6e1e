import { pushAll, createFinding, type Finding, type SourceLocation } from '@egov/core';
import { checkRankStatement } from './check-rank-statement';
import { checkRankTable } from './check-rank-table';
import { parseRankChange } from './parse-rank-change';
import { rankNodes, type RankNode } from './rank-nodes';

/**
 * One row of a table of ranks as a document states them: a unit's rank for an index, group or sub-group
 * in a year, from the ranking table or from a sentence of the text, with the change the text prints.
 */
export interface RankRow {
  readonly unit: string;
  readonly year: number;
  /** The month, for a ranking of part of a year printed "2023-06": its ranks are never compared with the year's. */
  readonly month?: number | undefined;
  /** The index, group or sub-group, as the document names it. */
  readonly node: string;
  /** The node it belongs to, as named (none for the overall index). */
  readonly parent?: string | undefined;
  /** The rank printed (1 = first); absent when the row only prints a change. */
  readonly rank?: number | undefined;
  /** The score printed beside the rank, when the table has a score column (higher is better). */
  readonly score?: number | undefined;
  /** The number of units ranked, when printed ("24/63", or a column "of"/"Tổng số"). */
  readonly of?: number | undefined;
  /** The change as printed ("tăng 02 bậc so với năm 2016"), read with {@link parseRankChange}. */
  readonly change?: string | undefined;
  /** `table` (default): the ranking table, the reference; `text`: a sentence, checked against it. */
  readonly origin?: 'table' | 'text' | undefined;
  /** Where the row is (file, sheet, row), copied into its findings. */
  readonly location?: SourceLocation | undefined;
  /** The columns of its rank and its change (headers or letters), so that a finding names the cell. */
  readonly columns?: { readonly rank?: string | undefined; readonly change?: string | undefined; readonly score?: string | undefined } | undefined;
}

/**
 * Checks what a document says about ranks against its own ranking table: a rank or a change described in
 * the text that the table contradicts. For each unit and node, the rank of a year is the first `table`
 * row's (or, with none, the first row's): a second
 * `table` row with another rank is a `ictindex/rank-conflict` warning; every other row's rank and every
 * printed change are checked with {@link checkRankStatement} (`ictindex/rank-statement-mismatch`, error),
 * the change against the year the text names ("so với năm 2016") or else the latest earlier year with a
 * rank. A change that cannot be read, or has no earlier rank to be checked against, is an `info`
 * finding, so that no statement goes unchecked silently. Then the ranks themselves are checked for the shape
 * of a published ranking with {@link checkRankTable} (ties, the gap after a tie, scores, ranks beyond the
 * number ranked).
 *
 * Plan 332/KH-UBND (Lào Cai, 2017) prints "Hạ tầng kỹ thuật xã hội … Xếp thứ 15 (tăng 02 bậc so với năm
 * 2016)" while its table gives 15 in 2016 and 13 in 2017: one error, for the rank.
 *
 * @param rows - The rows, in the document's order.
 * @returns The findings, in the order of the rows.
 * @example
 * ```ts
 * checkRankRows([
 *   { unit: 'Lào Cai', year: 2016, node: 'Hạ tầng kỹ thuật xã hội', rank: 15 },
 *   { unit: 'Lào Cai', year: 2017, node: 'Hạ tầng kỹ thuật xã hội', rank: 13 },
 *   { unit: 'Lào Cai', year: 2017, node: 'Hạ tầng kỹ thuật xã hội', rank: 15, change: 'tăng 02 bậc so với năm 2016', origin: 'text' },
 * ]); // one error: the text ranks it 15 in 2017, the table 13
 * ```
 */
export function checkRankRows(rows: readonly RankRow[]): Finding[] {
  const referenceOf = new Map<RankRow, RankNode['ranks']>();
  for (const node of rankNodes(rows)) for (const row of node.rows) referenceOf.set(row, node.ranks);
  const findings: Finding[] = [];
  for (const row of rows) {
    const reference = referenceOf.get(row) ?? new Map<number, never>();
    const current = reference.get(row.year);
    // A second table rank of the same year is a conflict: the first is used.
    if (current !== undefined && current.row !== row && row.origin !== 'text' && current.row.origin !== 'text' && row.rank !== undefined && row.rank !== current.rank) {
      findings.push(conflict(row, current));
    }
    const text = row.change?.trim() ?? '';
    if (current === undefined) {
      if (text !== '') findings.push(unchecked(row, text, row.year));
      continue;
    }
    // A table row that repeats a rank is a conflict (reported above), not a statement.
    const statedRank = current.row === row || row.origin !== 'text' ? undefined : row.rank;
    if (text === '') {
      if (statedRank !== undefined) {
        pushAll(findings, checkRankStatement({ nodeId: row.node, previousYear: row.year, currentYear: row.year, statedRank, location: cell(row, 'rank') }, current.rank, current.rank));
      }
      continue;
    }
    const change = parseRankChange(text);
    if (change === undefined) {
      findings.push(unreadable(row, text));
      continue;
    }
    const previousYear = change.sinceYear ?? latestBefore(reference, row.year);
    const previous = previousYear === undefined ? undefined : reference.get(previousYear);
    // The rank and the move are checked apart, each finding at its own cell.
    const statement = { nodeId: row.node, currentYear: row.year, text };
    if (statedRank !== undefined) pushAll(findings, checkRankStatement({ ...statement, previousYear: row.year, statedRank, location: cell(row, 'rank') }, current.rank, current.rank));
    if (previous === undefined || previousYear === undefined) {
      findings.push(unchecked(row, text, change.sinceYear));
      continue;
    }
    pushAll(findings, checkRankStatement({ ...statement, previousYear, statedPlaces: change.places, statedDirection: change.direction, location: cell(row, 'change') }, previous.rank, current.rank));
  }
  pushAll(findings, checkRankTable(rows));
  return findings;
}

function latestBefore(reference: ReadonlyMap<number, unknown>, year: number): number | undefined {
  let latest: number | undefined;
  for (const candidate of reference.keys()) if (candidate < year && (latest === undefined || candidate > latest)) latest = candidate;
  return latest;
}

/** Where a row's rank or change is: its location with the column, when the row gives them. */
function cell(row: RankRow, which: 'rank' | 'change'): SourceLocation | undefined {
  const column = row.columns?.[which];
  if (column === undefined) return row.location;
  return { ...row.location, column };
}

function located(row: RankRow, which: 'rank' | 'change'): { location?: SourceLocation } {
  const location = cell(row, which);
  return location === undefined ? {} : { location };
}

function conflict(row: RankRow, known: { readonly rank: number; readonly row: RankRow }): Finding {
  const where = known.row.location?.row;
  const at = where === undefined ? '' : ` (dòng ${String(where)})`;
  const atEn = where === undefined ? '' : ` (row ${String(where)})`;
  return createFinding({
    ruleId: 'ictindex/rank-conflict',
    severity: 'warning',
    message: {
      vi: `Bảng xếp hạng ghi "${row.node}" của ${row.unit} năm ${String(row.year)} hai thứ hạng: ${String(known.rank)}${at} và ${String(row.rank)}; dùng ${String(known.rank)}`,
      en: `The ranking gives ${row.unit}'s "${row.node}" two ranks in ${String(row.year)}: ${String(known.rank)}${atEn} and ${String(row.rank)}; ${String(known.rank)} is used`,
    },
    path: ['ranks', row.unit, row.node, row.year],
    ...located(row, 'rank'),
    data: { unit: row.unit, node: row.node, year: row.year, kept: known.rank, ignored: row.rank },
  });
}

function unreadable(row: RankRow, text: string): Finding {
  return createFinding({
    ruleId: 'ictindex/rank-change-unreadable',
    severity: 'info',
    message: {
      vi: `Không đọc được mức thay đổi thứ hạng "${text}" của "${row.node}" năm ${String(row.year)} (cần dạng "tăng 02 bậc", "giảm 7 bậc", "giữ nguyên"); chưa kiểm tra`,
      en: `Cannot read the rank change "${text}" of "${row.node}" in ${String(row.year)} (expected "tăng 02 bậc", "giảm 7 bậc", "giữ nguyên"); not checked`,
    },
    path: ['ranks', row.unit, row.node, row.year],
    ...located(row, 'change'),
    data: { unit: row.unit, node: row.node, year: row.year, change: text },
  });
}

/** A change with no rank to check it against: of the year `missingYear`, or of any earlier year. */
function unchecked(row: RankRow, text: string, missingYear: number | undefined): Finding {
  const yearVi = missingYear === undefined ? `nào trước ${String(row.year)}` : String(missingYear);
  const yearEn = missingYear === undefined ? `any year before ${String(row.year)}` : String(missingYear);
  return createFinding({
    ruleId: 'ictindex/rank-change-unchecked',
    severity: 'info',
    message: {
      vi: `Chưa kiểm tra được "${text}" của "${row.node}" năm ${String(row.year)}: không có thứ hạng năm ${yearVi}`,
      en: `"${text}" of "${row.node}" in ${String(row.year)} cannot be checked: no rank for ${yearEn}`,
    },
    path: ['ranks', row.unit, row.node, row.year],
    ...located(row, 'change'),
    data: { unit: row.unit, node: row.node, year: row.year, change: text, ...(missingYear === undefined ? {} : { missingYear }) },
  });
}
