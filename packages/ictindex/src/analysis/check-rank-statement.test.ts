import { describe, expect, it } from 'vitest';
import { laoCaiRanks } from '../__fixtures__/lao-cai-2016-2017';
import { checkRankStatement } from './check-rank-statement';

const years = { previousYear: 2016, currentYear: 2017 };

describe('checkRankStatement: the prose of Plan 332/KH-UBND against its own table', () => {
  it('finds the contradiction in III.1.1: "Xếp thứ 15 (tăng 02 bậc)" while the table says 15 → 13', () => {
    const findings = checkRankStatement(
      { nodeId: 'technical-society', ...years, statedRank: 15, statedPlaces: 2, text: 'Xếp thứ 15 (tăng 02 bậc so với năm 2016)' },
      laoCaiRanks[2016]['technical-society'] ?? 0,
      laoCaiRanks[2017]['technical-society'] ?? 0,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'ictindex/rank-statement-mismatch', severity: 'error', data: { stated: 15, expected: 13 } });
  });

  it.each([
    ['technical-agencies', 4, 6],
    ['human-society', 27, -14],
    ['human-agencies', 9, 9],
    ['application-agencies', 10, -7],
  ])('accepts the consistent sentence for %s (thứ %i, %i bậc)', (nodeId, statedRank, statedPlaces) => {
    const findings = checkRankStatement(
      { nodeId, ...years, statedRank, statedPlaces },
      laoCaiRanks[2016][nodeId] ?? 0,
      laoCaiRanks[2017][nodeId] ?? 0,
    );
    expect(findings).toEqual([]);
  });

  it('flags a wrong number of places', () => {
    const findings = checkRankStatement({ nodeId: 'human-resources', ...years, statedPlaces: -3 }, 12, 14);
    expect(findings[0]?.data).toEqual({ node: 'human-resources', statedPlaces: -3, expectedPlaces: -2 });
  });

  it('checks a direction without a number as a direction ("tụt hạng mạnh")', () => {
    expect(checkRankStatement({ nodeId: 'overall', previousYear: 2015, currentYear: 2016, statedDirection: 'down' }, 4, 18)).toEqual([]);
    const findings = checkRankStatement({ nodeId: 'overall', previousYear: 2015, currentYear: 2016, statedDirection: 'down', text: 'tụt hạng mạnh' }, 18, 4);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'ictindex/rank-statement-mismatch', data: { statedDirection: 'down', expectedPlaces: 14 } });
    expect(findings[0]?.message.en).toContain('fell since 2015 ("tụt hạng mạnh"), but 18 → 4 is 14 places');
    expect(checkRankStatement({ nodeId: 'overall', previousYear: 2015, currentYear: 2016, statedDirection: 'up' }, 7, 7)).toHaveLength(1);
  });
});
