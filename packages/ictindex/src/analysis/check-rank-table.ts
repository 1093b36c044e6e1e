import { createFinding, foldKey, pushAll, type Finding, type SourceLocation } from '@egov/core';
import type { RankRow } from './check-rank-rows';
import { rankNodes } from './rank-nodes';

interface Entry {
  readonly unit: string;
  readonly rank: number;
  readonly score?: number | undefined;
  readonly row: RankRow;
}

/**
 * Checks the ranks a table gives, node by node and year by year, for the shape of a published ranking
 * (competition ranking: higher is better, ties share a rank and the next rank skips, "1, 2, 2, 4"):
 *
 * - `ictindex/rank-beyond-count` (error): a rank beyond the number of units ranked, when the row prints it
 *   ("64/63", or a column "of"/"Tổng số"); nothing is assumed when it does not;
 * - `ictindex/rank-tie-no-skip` (warning): a rank after a tie that does not skip ("17, 17, 18");
 * - `ictindex/rank-tie-scores` (warning): units at one rank with different scores;
 * - `ictindex/rank-score-order` (warning): a worse rank with a higher score than the nearest better rank.
 *
 * Each unit counts once per node and year, with the rank `rankNodes` picks (the ranking table's before the
 * text's); the ranks of part of a year ("2023-06") are a ranking of their own. Lists that name only some
 * units (news) are checked too: what they show cannot be right in any complete ranking.
 *
 * @param rows - The rows, in the document's order.
 * @returns The findings, each at the row it names.
 * @example
 * ```ts
 * const row = (unit: string, rank: number, score: number) => ({ unit, year: 2017, node: 'Chung', rank, score });
 * checkRankTable([row('A', 1, 0.9), row('B', 2, 0.8), row('C', 2, 0.8), row('D', 3, 0.7)]).map((finding) => finding.ruleId);
 * // ['ictindex/rank-tie-no-skip']: after two units at 2, the next is 4th
 * ```
 */
export function checkRankTable(rows: readonly RankRow[]): Finding[] {
  const findings: Finding[] = [];
  for (const row of rows) {
    if (row.rank !== undefined && row.of !== undefined && row.rank > row.of) findings.push(beyond(row, row.rank, row.of));
  }
  const groups = new Map<string, { node: string; year: number; month?: number | undefined; entries: Entry[] }>();
  for (const node of rankNodes(rows)) {
    for (const [year, { rank, row }] of node.ranks) {
      const key = `${foldKey(node.node)}\u0000${String(year)}\u0000${String(node.month ?? '')}`;
      let group = groups.get(key);
      if (group === undefined) {
        group = { node: node.node, year, month: node.month, entries: [] };
        groups.set(key, group);
      }
      group.entries.push({ unit: node.unit, rank, score: row.score, row });
    }
  }
  for (const group of groups.values()) pushAll(findings, checkGroup(group));
  return findings;
}

function checkGroup(group: { node: string; year: number; month?: number | undefined; entries: Entry[] }): Finding[] {
  const findings: Finding[] = [];
  const when = group.month === undefined ? String(group.year) : `${String(group.month).padStart(2, '0')}/${String(group.year)}`;
  const sorted = [...group.entries].sort((a, b) => a.rank - b.rank);
  const byRank = new Map<number, Entry[]>();
  for (const entry of sorted) byRank.set(entry.rank, [...(byRank.get(entry.rank) ?? []), entry]);
  const ranks = [...byRank.keys()];
  ranks.forEach((rank, index) => {
    const tied = byRank.get(rank) ?? [];
    const next = ranks[index + 1];
    if (tied.length > 1 && next !== undefined && next < rank + tied.length) {
      const first = (byRank.get(next) ?? [])[0];
      if (first !== undefined) findings.push(tieNoSkip(group.node, when, first, tied));
    }
    const scored = tied.filter((entry) => entry.score !== undefined);
    const other = scored.find((entry) => entry.score !== scored[0]?.score);
    if (other !== undefined && scored[0] !== undefined) findings.push(tieScores(group.node, when, other, scored[0]));
  });
  let previous: Entry | undefined;
  for (const entry of sorted) {
    if (entry.score === undefined) continue;
    if (previous?.score !== undefined && previous.rank < entry.rank && entry.score > previous.score) findings.push(scoreOrder(group.node, when, entry, previous));
    if (previous === undefined || previous.rank < entry.rank) previous = entry;
  }
  return findings;
}

function at(row: RankRow, column: 'rank' | 'score'): { location?: SourceLocation } {
  const name = row.columns?.[column];
  if (row.location === undefined) return {};
  return { location: name === undefined ? row.location : { ...row.location, column: name } };
}

function rowOf(entry: Entry): string {
  const row = entry.row.location?.row;
  return row === undefined ? '' : ` (dòng ${String(row)})`;
}

function rowOfEn(entry: Entry): string {
  const row = entry.row.location?.row;
  return row === undefined ? '' : ` (row ${String(row)})`;
}

function beyond(row: RankRow, rank: number, of: number): Finding {
  return createFinding({
    ruleId: 'ictindex/rank-beyond-count',
    severity: 'error',
    message: {
      vi: `${row.unit} xếp thứ ${String(rank)}/${String(of)} về "${row.node}" năm ${String(row.year)}: không thể xếp sau ${String(of)} đơn vị được xếp hạng; kiểm tra lại thứ hạng`,
      en: `${row.unit} is ranked ${String(rank)} of ${String(of)} for "${row.node}" in ${String(row.year)}: a rank cannot exceed the ${String(of)} units ranked; check the rank`,
    },
    path: ['ranks', row.unit, row.node, row.year],
    ...at(row, 'rank'),
    data: { unit: row.unit, node: row.node, year: row.year, rank, of },
  });
}

function tieNoSkip(node: string, when: string, entry: Entry, tied: readonly Entry[]): Finding {
  const rank = tied[0]?.rank ?? 0;
  const expected = rank + tied.length;
  const names = tied.map((item) => item.unit).join(', ');
  return createFinding({
    ruleId: 'ictindex/rank-tie-no-skip',
    severity: 'warning',
    message: {
      vi: `"${node}" năm ${when}: ${String(tied.length)} đơn vị đồng hạng ${String(rank)} (${names}) nên đơn vị kế tiếp xếp thứ ${String(expected)} (đồng hạng thì hạng sau bỏ qua, như 1, 2, 2, 4), nhưng ${entry.unit} ghi thứ ${String(entry.rank)}${rowOf(entry)}`,
      en: `"${node}" in ${when}: ${String(tied.length)} units share rank ${String(rank)} (${names}), so the next is ranked ${String(expected)} (ties share a rank and the next rank skips, as in 1, 2, 2, 4), but ${entry.unit} is given ${String(entry.rank)}${rowOfEn(entry)}`,
    },
    path: ['ranks', entry.unit, node, entry.row.year],
    ...at(entry.row, 'rank'),
    data: { unit: entry.unit, node, year: entry.row.year, rank: entry.rank, tiedRank: rank, tied: tied.length, expected },
  });
}

function tieScores(node: string, when: string, entry: Entry, first: Entry): Finding {
  return createFinding({
    ruleId: 'ictindex/rank-tie-scores',
    severity: 'warning',
    message: {
      vi: `"${node}" năm ${when}: ${first.unit}${rowOf(first)} và ${entry.unit} cùng xếp thứ ${String(entry.rank)} nhưng điểm khác nhau (${String(first.score)} và ${String(entry.score)}); đồng hạng chỉ khi bằng điểm`,
      en: `"${node}" in ${when}: ${first.unit}${rowOfEn(first)} and ${entry.unit} share rank ${String(entry.rank)} with different scores (${String(first.score)} and ${String(entry.score)}); units share a rank only with equal scores`,
    },
    path: ['ranks', entry.unit, node, entry.row.year],
    ...at(entry.row, 'rank'),
    data: { unit: entry.unit, node, year: entry.row.year, rank: entry.rank, score: entry.score ?? null, other: first.unit, otherScore: first.score ?? null },
  });
}

function scoreOrder(node: string, when: string, entry: Entry, better: Entry): Finding {
  return createFinding({
    ruleId: 'ictindex/rank-score-order',
    severity: 'warning',
    message: {
      vi: `"${node}" năm ${when}: ${entry.unit} xếp thứ ${String(entry.rank)} với ${String(entry.score)} điểm, cao hơn ${better.unit} xếp thứ ${String(better.rank)}${rowOf(better)} với ${String(better.score)} điểm; điểm cao hơn thì hạng phải cao hơn`,
      en: `"${node}" in ${when}: ${entry.unit} is ranked ${String(entry.rank)} with a score of ${String(entry.score)}, above ${better.unit}, ranked ${String(better.rank)}${rowOfEn(better)} with ${String(better.score)}; a higher score must rank better`,
    },
    path: ['ranks', entry.unit, node, entry.row.year],
    ...at(entry.row, 'score'),
    data: { unit: entry.unit, node, year: entry.row.year, rank: entry.rank, score: entry.score ?? null, betterUnit: better.unit, betterRank: better.rank, betterScore: better.score ?? null },
  });
}
