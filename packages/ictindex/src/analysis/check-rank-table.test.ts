import { describe, expect, it } from 'vitest';
import type { RankRow } from './check-rank-rows';
import { checkRankTable } from './check-rank-table';

const row = (unit: string, rank: number, score: number | undefined, line: number, extra: Partial<RankRow> = {}): RankRow => ({
  unit,
  year: 2017,
  node: 'Xếp hạng chung',
  rank,
  ...(score === undefined ? {} : { score }),
  location: { file: 'ranks.csv', row: line },
  columns: { rank: 'rank', score: 'score' },
  ...extra,
});

const ids = (findings: ReturnType<typeof checkRankTable>): [string, number | undefined][] => findings.map((finding) => [finding.ruleId, finding.location?.row]);

describe('checkRankTable: the shape of a published ranking', () => {
  it('accepts competition ranking: ties share a rank and the next skips (1, 2, 2, 4)', () => {
    expect(checkRankTable([row('A', 1, 0.9, 2), row('B', 2, 0.8, 3), row('C', 2, 0.8, 4), row('D', 4, 0.7, 5)])).toEqual([]);
  });

  it('finds a rank after a tie that does not skip (17, 17, 18: Vĩnh Phúc 2017, planted)', () => {
    const findings = checkRankTable([row('A', 16, undefined, 18), row('B', 17, undefined, 19), row('C', 17, undefined, 20), row('D', 18, undefined, 21)]);
    expect(ids(findings)).toEqual([['ictindex/rank-tie-no-skip', 21]]);
    expect(findings[0]?.data).toMatchObject({ rank: 18, tiedRank: 17, tied: 2, expected: 19 });
    expect(findings[0]?.message.en).toContain('2 units share rank 17 (B, C), so the next is ranked 19');
  });

  it('finds two units at one rank with different scores, and not when the scores are equal', () => {
    expect(ids(checkRankTable([row('Đà Nẵng', 1, 0.89, 11), row('Hà Nội', 2, 0.74, 12), row('Quảng Ninh', 2, 0.72, 13)]))).toEqual([['ictindex/rank-tie-scores', 13]]);
    expect(checkRankTable([row('Hà Nội', 2, 0.74, 12), row('Quảng Ninh', 2, 0.74, 13)])).toEqual([]);
  });

  it('finds a better rank with a lower score, at the worse-ranked row, with the scores in the message', () => {
    const findings = checkRankTable([row('Đà Nẵng', 1, undefined, 2), row('Cần Thơ', 2, 0.6881, 3), row('Quảng Ninh', 3, 0.6514, 4), row('Bắc Ninh', 4, 0.664, 5)]);
    expect(ids(findings)).toEqual([['ictindex/rank-score-order', 5]]);
    expect(findings[0]?.location).toMatchObject({ column: 'score' });
    expect(findings[0]?.message.en).toContain('Bắc Ninh is ranked 4 with a score of 0.664, above Quảng Ninh, ranked 3 (row 4) with 0.6514');
  });

  it('accepts equal printed scores at different ranks (rounded scores)', () => {
    expect(checkRankTable([row('TP HCM', 2, 0.589, 6), row('Hà Nội', 3, 0.589, 7)])).toEqual([]);
  });

  it('finds a rank beyond the number of units ranked, only when the number is printed', () => {
    const findings = checkRankTable([row('Hà Nội', 64, undefined, 9, { of: 63 }), row('Huế', 70, undefined, 10)]);
    expect(ids(findings)).toEqual([['ictindex/rank-beyond-count', 9]]);
    expect(findings[0]).toMatchObject({ severity: 'error', data: { rank: 64, of: 63 } });
    expect(checkRankTable([row('Hà Nội', 63, undefined, 9, { of: 63 })])).toEqual([]);
  });

  it('keeps years, nodes and the ranks of part of a year apart', () => {
    expect(
      checkRankTable([
        row('A', 2, 0.5, 2),
        row('B', 2, 0.5, 3),
        row('C', 3, 0.4, 4, { year: 2018 }),
        row('D', 3, 0.9, 5, { node: 'Hạ tầng' }),
        row('E', 3, 0.9, 6, { month: 6 }),
      ]),
    ).toEqual([]);
  });

  it('uses the ranking table\'s rank of a unit before the text\'s', () => {
    expect(checkRankTable([row('A', 1, 0.9, 2), row('B', 2, 0.8, 3), row('B', 1, 0.8, 4, { origin: 'text' })])).toEqual([]);
  });
});
