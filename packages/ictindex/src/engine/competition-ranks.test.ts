import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competitionRanks, rankColumn, rankOne } from './competition-ranks';

describe('competitionRanks', () => {
  it('ties share a rank and the next rank is skipped ("1, 2, 2, 4")', () => {
    // Open-source use 2017: HCM City 39,47; Đà Nẵng 28,2; Cần Thơ 28,2; Hà Nội 27,45; Lào Cai 5,61 (Plan 332/KH-UBND)
    expect(competitionRanks([39.47, 28.2, 28.2, 27.45, 5.61])).toEqual([1, 2, 2, 4, 5]);
  });

  it('compares values rounded to the configured decimals', () => {
    expect(competitionRanks([0.86541, 0.86539, 0.8653])).toEqual([1, 1, 3]);
    expect(competitionRanks([0.86541, 0.86539, 0.8653], { decimals: 5 })).toEqual([1, 2, 3]);
  });

  it('lower is better and missing values', () => {
    expect(competitionRanks([3, null, 1, 3], { direction: 'lower' })).toEqual([2, null, 1, 2]);
  });
});

describe('rankOne', () => {
  it('agrees with the whole-column ranks, ties and missing values included', () => {
    const column = Float64Array.of(39.47, 28.2, Number.NaN, 28.2, 27.45, 5.61, 0.86545, 0.86549);
    for (const higher of [true, false]) {
      const ranks = rankColumn(column, 4, higher);
      column.forEach((_, position) => {
        expect(rankOne(column, position, 4, higher)).toBe(ranks[position]);
      });
    }
  });
});

describe('competitionRanks properties', () => {
  it('do not depend on the order of the values, and follow "1, 2, 2, 4"', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 20 }).map((value) => value / 8), { nil: null }), { minLength: 1, maxLength: 30 }),
        (values) => {
          const ranks = competitionRanks(values);
          const order = values.map((_, index) => index).reverse();
          const reversed = competitionRanks(order.map((index) => values[index] ?? null));
          order.forEach((index, position) => {
            expect(reversed[position]).toBe(ranks[index]);
          });
          values.forEach((value, index) => {
            if (value === null) expect(ranks[index]).toBeNull();
            else expect(ranks[index]).toBe(1 + values.filter((other) => other !== null && other > value).length);
          });
        },
      ),
    );
  });
});
