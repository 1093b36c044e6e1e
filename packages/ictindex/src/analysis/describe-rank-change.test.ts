import { describe, expect, it } from 'vitest';
import { laoCaiRanks } from '../__fixtures__/lao-cai-2016-2017';
import { describeRankChange } from './describe-rank-change';
import { summariseRankChanges } from './summarise-rank-changes';

function move(nodeId: string) {
  return { previousYear: 2016, currentYear: 2017, previousRank: laoCaiRanks[2016][nodeId] ?? 0, currentRank: laoCaiRanks[2017][nodeId] ?? 0 };
}

describe('describeRankChange: Lào Cai 2016 → 2017 as Plan 332/KH-UBND writes it', () => {
  it.each([
    ['technical-infrastructure', 'Tăng 05 bậc, từ thứ 12 (năm 2016) lên thứ 7 (năm 2017)'],
    ['it-application', 'Tăng 04 bậc, từ thứ 10 (năm 2016) lên thứ 6 (năm 2017)'],
    ['human-resources', 'Giảm 02 bậc, từ thứ 12 (năm 2016) xuống thứ 14 (năm 2017)'],
    // "giảm sâu tới 14 bậc, từ thứ 13 (năm 2016) xuống thứ 27 (năm 2017)"
    ['human-society', 'Giảm 14 bậc, từ thứ 13 (năm 2016) xuống thứ 27 (năm 2017)'],
    ['ict-index', 'Giữ nguyên thứ 7 so với năm 2016'],
  ])('%s: %s', (nodeId, sentence) => {
    expect(describeRankChange(move(nodeId))).toBe(sentence);
  });

  it.each([
    ['technical-agencies', 'Xếp thứ 4 (tăng 06 bậc so với năm 2016)'],
    ['online-services', 'Xếp thứ 4 (tăng 16 bậc so với năm 2016)'],
    ['application-agencies', 'Xếp thứ 10 (giảm 07 bậc so với năm 2016)'],
    ['ict-index', 'Xếp thứ 7 (giữ nguyên so với năm 2016)'],
  ])('ranked style, %s: %s', (nodeId, sentence) => {
    expect(describeRankChange(move(nodeId), { style: 'ranked' })).toBe(sentence);
  });

  it('writes "tăng 9 bậc" without padding when asked (section III.2.2)', () => {
    expect(describeRankChange(move('human-agencies'), { style: 'ranked', pad: false })).toBe('Xếp thứ 9 (tăng 9 bậc so với năm 2016)');
  });

  it.each([
    ['technical-infrastructure', 'from-to', 'Up 5 places, from 12th (2016) to 7th (2017)'],
    ['human-resources', 'from-to', 'Down 2 places, from 12th (2016) to 14th (2017)'],
    ['ict-index', 'from-to', 'Unchanged at 7th compared with 2016'],
    ['technical-agencies', 'ranked', 'Ranked 4th (up 6 places from 2016)'],
    ['human-society', 'ranked', 'Ranked 27th (down 14 places from 2016)'],
  ] as const)('English, %s (%s): %s', (nodeId, style, sentence) => {
    expect(describeRankChange(move(nodeId), { language: 'en', style })).toBe(sentence);
  });

  it('uses correct English ordinals and singular', () => {
    expect(describeRankChange({ previousYear: 2016, currentYear: 2017, previousRank: 22, currentRank: 21 }, { language: 'en' })).toBe(
      'Up 1 place, from 22nd (2016) to 21st (2017)',
    );
    expect(describeRankChange({ previousYear: 2016, currentYear: 2017, previousRank: 3, currentRank: 13 }, { language: 'en' })).toBe(
      'Down 10 places, from 3rd (2016) to 13th (2017)',
    );
  });
});

describe('summariseRankChanges', () => {
  it('"có 2/3 nhóm tăng, 01 nhóm giảm so với năm 2016"', () => {
    const groups = ['technical-infrastructure', 'human-resources', 'it-application'].map(move);
    const up = groups.filter((entry) => entry.currentRank < entry.previousRank).length;
    const down = groups.filter((entry) => entry.currentRank > entry.previousRank).length;
    const counts = { previousYear: 2016, up, down, unchanged: groups.length - up - down };
    expect(summariseRankChanges(counts)).toBe('Trong 03 nhóm chỉ số, có 2/3 nhóm tăng, 01 nhóm giảm so với năm 2016');
    expect(summariseRankChanges(counts, 'en')).toBe('Of the 3 groups, 2/3 rose, 1 fell compared with 2016');
    expect(summariseRankChanges({ previousYear: 2016, up: 0, down: 1, unchanged: 2 })).toBe(
      'Trong 03 nhóm chỉ số, có 1/3 nhóm giảm, 02 nhóm giữ nguyên so với năm 2016',
    );
  });
});
