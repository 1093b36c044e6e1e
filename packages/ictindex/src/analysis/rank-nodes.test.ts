import { describe, expect, it } from 'vitest';
import type { RankRow } from './check-rank-rows';
import { rankNodes } from './rank-nodes';

// Lào Cai, Plan 332/KH-UBND, section III: the ranking table, then a sentence that disagrees with it.
const rows: RankRow[] = [
  { unit: 'Lào Cai', year: 2017, node: 'Hạ tầng kỹ thuật xã hội', parent: 'Hạ tầng kỹ thuật', rank: 15, change: 'tăng 02 bậc so với năm 2016', origin: 'text' },
  { unit: 'Lào Cai', year: 2016, node: 'Hạ tầng kỹ thuật xã hội', parent: 'Hạ tầng kỹ thuật', rank: 15 },
  { unit: 'LÀO CAI', year: 2017, node: 'Hạ tầng kỹ thuật xã hội', rank: 13 },
  { unit: 'Lào Cai', year: 2017, node: 'Dịch vụ công trực tuyến', rank: 4, origin: 'text' },
  { unit: 'Lào Cai', year: 2017, node: 'Hạ tầng kỹ thuật xã hội', rank: 12 },
];

describe('rankNodes', () => {
  it("groups by unit and node ignoring case and diacritics; the ranking table's rank wins over the text's, the first of each", () => {
    const nodes = rankNodes(rows);
    expect(nodes.map((node) => [node.unit, node.node, node.parent, [...node.ranks].map(([year, { rank }]) => [year, rank]), node.rows.length])).toEqual([
      ['Lào Cai', 'Hạ tầng kỹ thuật xã hội', 'Hạ tầng kỹ thuật', [[2017, 13], [2016, 15]], 4],
      ['Lào Cai', 'Dịch vụ công trực tuyến', undefined, [[2017, 4]], 1],
    ]);
    expect(nodes[0]?.ranks.get(2017)?.row).toBe(rows[2]);
  });

  it('returns nothing for no rows', () => {
    expect(rankNodes([])).toEqual([]);
  });
});
