import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from './normalise';

// Open-source use 2017, points (Plan 332/KH-UBND Lào Cai, III.3.1): Lào Cai, HCM City, Đà Nẵng, Hà Nội, Cần Thơ.
const openSource = [5.61, 39.47, 28.2, 27.45, 28.2];

function close(actual: readonly (number | null)[], expected: readonly (number | null)[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, index) => {
    const want = expected[index];
    if (want === null || want === undefined) expect(value).toBeNull();
    else expect(value).toBeCloseTo(want, 10);
  });
}

describe('normalise', () => {
  it('min-max: (x − min)/(max − min)', () => {
    // range 39,47 − 5,61 = 33,86
    close(normalise(openSource, { kind: 'min-max' }), [0, 1, 22.59 / 33.86, 21.84 / 33.86, 22.59 / 33.86]);
  });

  it('min-max, lower is better, with a missing value', () => {
    close(normalise([10, null, 30, 20], { kind: 'min-max' }, 'lower'), [1, null, 0, 0.5]);
  });

  it('min-max of equal values gives everyone 1', () => {
    close(normalise([3, 3, null], { kind: 'min-max' }), [1, 1, null]);
  });

  it('divide-by-max: x / max, lower is better min / x', () => {
    close(normalise(openSource, { kind: 'divide-by-max' }), [5.61 / 39.47, 1, 28.2 / 39.47, 27.45 / 39.47, 28.2 / 39.47]);
    close(normalise([2, 4, 0], { kind: 'divide-by-max' }, 'lower'), [0, 0, 1]);
    close(normalise([2, 4, 8], { kind: 'divide-by-max' }, 'lower'), [1, 0.5, 0.25]);
  });

  it('z-score with the population standard deviation', () => {
    // mean 4, deviations −2, 0, 2 → population sd √(8/3)
    const sd = Math.sqrt(8 / 3);
    close(normalise([2, 4, 6], { kind: 'z-score' }), [-2 / sd, 0, 2 / sd]);
    close(normalise([2, 4, 6], { kind: 'z-score' }, 'lower'), [2 / sd, -0, -2 / sd]);
    close(normalise([5, 5], { kind: 'z-score' }), [0, 0]);
  });

  it('z-score then min-max', () => {
    close(normalise([2, 4, 10], { kind: 'z-score-min-max' }), [0, 0.25, 1]);
  });

  it('goalposts (reference value) clamp to 0–1 unless told not to', () => {
    close(normalise([-10, 25, 50, 120], { kind: 'goalposts', min: 0, max: 100 }), [0, 0.25, 0.5, 1]);
    close(normalise([120], { kind: 'goalposts', min: 0, max: 100, clamp: false }), [1.2]);
    close(normalise([25], { kind: 'goalposts', min: 0, max: 100 }, 'lower'), [0.75]);
  });

  it('rank: 1 + number of units strictly worse, ties share', () => {
    close(normalise(openSource, { kind: 'rank' }), [1, 5, 3, 2, 3]);
    close(normalise(openSource, { kind: 'rank' }, 'lower'), [5, 1, 2, 4, 2]);
  });

  it('percentile: (worse + (ties − 1)/2)/(n − 1)', () => {
    close(normalise(openSource, { kind: 'percentile' }), [0, 1, 2.5 / 4, 0.25, 2.5 / 4]);
    close(normalise([7], { kind: 'percentile' }), [1]);
  });

  it('none keeps the values', () => {
    close(normalise([0.7925, null], { kind: 'none' }), [0.7925, null]);
  });
});

describe('normalise properties', () => {
  it('min-max puts the best at 1 and the worst at 0, within 0–1, in either direction', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 40 }), fc.constantFrom('higher' as const, 'lower' as const), (values, direction) => {
        const scores = normalise(values, { kind: 'min-max' }, direction).map((score) => score ?? Number.NaN);
        const best = direction === 'higher' ? Math.max(...values) : Math.min(...values);
        const worst = direction === 'higher' ? Math.min(...values) : Math.max(...values);
        for (const score of scores) expect(score >= 0 && score <= 1).toBe(true);
        expect(scores[values.indexOf(best)]).toBe(1);
        if (best !== worst) expect(scores[values.indexOf(worst)]).toBe(0);
      }),
    );
  });
});
