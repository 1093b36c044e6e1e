import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent } from './format-percent';
import { meetsPercent } from './meets-percent';
import { ratio, ratioValue } from './ratio';

describe('formatPercent', () => {
  it.each([
    [70, 138, {}, '50,72%'],
    [70, 138, { language: 'en' as const }, '50.72%'],
    [60, 138, {}, '43,48%'],
    [68, 138, {}, '49,28%'],
    [1, 8, {}, '12,50%'],
    [1, 200, { decimals: 0 }, '1%'],
    [1, 3, { decimals: 0 }, '33%'],
    [2, 3, { decimals: 1 }, '66,7%'],
    [0, 5, {}, '0,00%'],
    [5, 5, {}, '100,00%'],
    [3, 0, {}, '—'],
  ])('%i/%i %j → %s', (numerator, denominator, options, expected) => {
    expect(formatPercent({ numerator, denominator }, options)).toBe(expected);
  });
});

describe('meetsPercent', () => {
  it.each([
    [70, 138, 50, true],
    [70, 138, 50.72, true],
    [70, 138, 50.73, false],
    [60, 138, 40, true],
    [1, 10, 10, true],
    [99, 1000, 10, false],
    [0, 0, 50, false],
    [0, 0, 0, true],
    [4, 5, 80, true],
  ])('%i/%i ≥ %d%% is %s', (numerator, denominator, percent, expected) => {
    expect(meetsPercent({ numerator, denominator }, percent)).toBe(expected);
  });

  it('agrees with the floating-point value away from the boundary', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 100 }), (n, d, p) => {
        const value = (n / d) * 100;
        if (Math.abs(value - p) > 1e-9) expect(meetsPercent({ numerator: n, denominator: d }, p)).toBe(value > p);
      }),
    );
  });
});

describe('ratio', () => {
  it('builds and reads ratios', () => {
    expect(ratio(70, 138)).toEqual({ numerator: 70, denominator: 138 });
    expect(ratioValue({ numerator: 1, denominator: 4 })).toBe(0.25);
    expect(ratioValue({ numerator: 0, denominator: 0 })).toBeUndefined();
    expect(() => ratio(-1, 2)).toThrow(/non-negative/);
  });
});
