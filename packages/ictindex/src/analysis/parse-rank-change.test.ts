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

describe('parseRankChange: the words of real texts (field corpus, issue 16)', () => {
  it.each([
    ['tăng 1 hạng so với năm 2015', { places: 1, sinceYear: 2015 }],
    ['giảm 2 hạng', { places: -2 }],
    ['giảm 1 vị trí', { places: -1 }],
    ['nhảy vọt 17 bậc', { places: 17 }],
    ['nhảy vọt 17 bậc, từ bậc 21 (năm 2015) lên bậc 4 cả nước (năm 2016)', { places: 17 }],
    ['nhảy từ bậc 20 (năm 2015) lên bậc 5 (năm 2016)', { places: 15 }],
    ['từ bậc 20 lên bậc 5', { places: 15 }],
    ['từ thứ 12 lên thứ 7', { places: 5 }],
    ['tụt hạng mạnh như Bắc Ninh, từ vị trí thứ 4 năm 2015 xuống thứ 18 năm 2016', { places: -14 }],
    ['Thái Nguyên từ thứ 6 năm 2015 xuống 22 năm 2016', { places: -16 }],
    ['tăng 13 bậc so với vị trí thứ 22 của 2015', { places: 13, sinceYear: 2015 }],
    ['đã tăng lên tới 22 bậc', { places: 22 }],
    ['tụt 3 hạng', { places: -3 }],
    ['giữ vị trí so với năm 2022', { places: 0, sinceYear: 2022 }],
    ['giữ vững thứ hạng so với năm 2020 (năm 2021 không tổ chức đánh giá, xếp hạng)', { places: 0, sinceYear: 2020 }],
    ['giữ nguyên', { places: 0 }],
    // A direction without a number: readable as a direction, checked as one.
    ['tụt hạng mạnh', { direction: 'down' }],
    ['tụt hạng', { direction: 'down' }],
    ['thăng hạng so với năm 2019', { direction: 'up', sinceYear: 2019 }],
  ])('%s', (text, expected) => {
    expect(parseRankChange(text)).toStrictEqual(expected);
  });

  it.each([
    // The two ranks contradict the verb: "lên" from 6th to 22nd.
    ['từ thứ 6 lên thứ 22'],
    // A direction the number contradicts.
    ['tụt hạng, tăng 3 bậc'],
    // Ranks, not moves.
    ['đứng thứ 3'],
    ['xếp thứ 24/63'],
    ['xếp hạng 3'],
    ['vươn lên xếp thứ 13 trong 63 tỉnh, thành phố'],
  ])('%j states no single change', (text) => {
    expect(parseRankChange(text)).toBeUndefined();
  });
});
