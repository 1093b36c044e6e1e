import { describe, expect, it } from 'vitest';
import { parseRankChange } from './parse-rank-change';

describe('parseRankChange: the rank changes Plan 332/KH-UBND (Lào Cai, 2017) prints', () => {
  it.each([
    ['Tăng 05 bậc', { places: 5 }],
    ['Giảm 02 bậc', { places: -2 }],
    ['giảm sâu tới 14 bậc', { places: -14 }],
    ['tăng 02 bậc so với năm 2016', { places: 2, sinceYear: 2016 }],
    ['Giảm 14 bậc so với năm 2016', { places: -14, sinceYear: 2016 }],
    ['tăng 9 bậc so với năm 2016', { places: 9, sinceYear: 2016 }],
    // describeRankChange's own sentence: "lên thứ 7" is a rank, not a move.
    ['Hạ tầng kỹ thuật: Tăng 05 bậc, từ thứ 12 (năm 2016) lên thứ 7 (năm 2017)', { places: 5 }],
    ['“Hạ tầng nhân lực của xã hội” giảm sâu tới 14 bậc, từ thứ 13 (năm 2016) xuống thứ 27 (năm 2017)', { places: -14 }],
    ['tụt 3 bậc so với cùng kỳ năm 2019', { places: -3, sinceYear: 2019 }],
    ['vươn lên 12 bậc', { places: 12 }],
    ['giữ nguyên thứ hạng so với năm 2016', { places: 0, sinceYear: 2016 }],
    ['không thay đổi', { places: 0 }],
    ['giảm 0 bậc', { places: 0 }],
    ['TĂNG 05 BẬC', { places: 5 }],
    // NFD input (decomposed marks), as some converted documents carry.
    ['tăng 2 bậc'.normalize('NFD'), { places: 2 }],
  ])('%s', (text, expected) => {
    expect(parseRankChange(text)).toStrictEqual(expected);
  });

  it.each([
    ['xếp thứ 7'],
    [''],
    // "tầng" is not "tăng": the diacritics carry the meaning.
    ['Hạ tầng nhân lực CNTT 12'],
    ['tăng mạnh'],
    // Two different moves in one cell: not guessed.
    ['tăng 2 bậc, sau đó giảm 3 bậc'],
    ['tăng 2 bậc nhưng giữ nguyên'],
  ])('%j states no single change', (text) => {
    expect(parseRankChange(text)).toBeUndefined();
  });

  it('reads the same move written twice as one', () => {
    expect(parseRankChange('Tăng 05 bậc (tăng 5 bậc so với năm 2016)')).toStrictEqual({ places: 5, sinceYear: 2016 });
  });
});
