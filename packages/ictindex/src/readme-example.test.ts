// The README's worked example, run against the public entry point.
import { describe, expect, it } from 'vitest';
import { subGroupRows } from './__fixtures__/readme-example';
import {
  bestMoves,
  compareYears,
  computeIndex,
  describeNodeChange,
  fromRows,
  ictIndex2016,
  roundTo,
  simulateRanks,
  treatAsInputs,
  whatIf,
} from './index';

const subGroups = ['technical-society', 'technical-agencies', 'human-society', 'human-agencies', 'application-agencies', 'online-services'];

describe('README worked example', () => {
  it('checks the published overall index', () => {
    const groups = treatAsInputs(ictIndex2016, ['technical-infrastructure', 'human-resources', 'it-application']);
    const daNang = computeIndex(groups, {
      year: 2019,
      values: { 'da-nang': { 'technical-infrastructure': 0.7925, 'human-resources': 0.9538, 'it-application': 0.85 } },
    });
    expect(roundTo(daNang.score('ict-index', 'da-nang') ?? 0, 4)).toBe(0.8654);
  });

  it('reads rows, computes, compares years, simulates', () => {
    const framework = treatAsInputs(ictIndex2016, subGroups);
    const { datasets, findings } = fromRows(framework, subGroupRows, { units: { kind: 'provinces' } });
    expect(findings).toEqual([]);
    const [data2016, data2017] = datasets;
    if (data2016 === undefined || data2017 === undefined) throw new Error('two years expected');
    const r2016 = computeIndex(framework, data2016);
    const r2017 = computeIndex(framework, data2017);
    const laoCai = 'lao-cai@2008';
    const lines = compareYears(r2016, r2017, laoCai)
      .filter((change) => change.depth <= 1)
      .map((change) => describeNodeChange(change));
    expect(lines).toEqual([
      'Xếp hạng chung: Tăng 01 bậc, từ thứ 3 (năm 2016) lên thứ 2 (năm 2017)',
      // 2016: Lào Cai and Yên Bái tie (0,465 and 0,525 group means) and share 2nd place.
      'Hạ tầng kỹ thuật: Giữ nguyên thứ 2 so với năm 2016',
      'Hạ tầng nhân lực CNTT: Giữ nguyên thứ 2 so với năm 2016',
      'Ứng dụng CNTT: Tăng 01 bậc, từ thứ 3 (năm 2016) lên thứ 2 (năm 2017)',
    ]);
    const english = compareYears(r2016, r2017, laoCai).filter((change) => change.depth === 1).map((change) => describeNodeChange(change, { language: 'en' }));
    expect(english[2]).toBe('IT application: Up 1 place, from 3rd (2016) to 2nd (2017)');

    const yenBai = 'yen-bai@2008';
    const after = whatIf(r2017, [{ unitId: yenBai, indicatorId: 'online-services', value: 0.85 }]);
    expect([r2017.rank('it-application', yenBai), after.rank('it-application', yenBai)]).toEqual([3, 2]);
    expect([r2017.rank('ict-index', yenBai), after.rank('ict-index', yenBai)]).toEqual([3, 3]);
    const moves = bestMoves(r2017, yenBai, { effort: 0.25 });
    expect(moves[0]).toMatchObject({ indicatorId: 'human-society', rawFrom: 0.57, rankFrom: 3, rankTo: 3, places: 0 });
    expect(roundTo(moves[0]?.rawTo ?? 0, 4)).toBe(0.675);
    expect(roundTo(moves[0]?.scoreTo ?? 0, 4)).toBe(0.1839);
    const intervals = simulateRanks(framework, data2017, { runs: 200, seed: 2017, weightJitter: 0.5, aggregations: [{ kind: 'arithmetic' }, { kind: 'geometric' }, { kind: 'harmonic' }] });
    expect(intervals.find((interval) => interval.unitId === laoCai)).toMatchObject({ baseRank: 2, low: 2, high: 2 });
  });
});
