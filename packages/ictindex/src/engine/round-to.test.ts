import { describe, expect, it } from 'vitest';
import { roundTo } from './round-to';

describe('roundTo', () => {
  it.each([
    // Published ICT-Index checks (DOMAIN.md): the overall index is the mean of the three groups.
    [(0.7925 + 0.9538 + 0.85) / 3, 4, 0.8654],
    [(0.7908 + 0.7892 + 0.9655) / 3, 4, 0.8485],
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [0.12345, 4, 0.1235],
    [5.63, 0, 6],
    [2.5, 0, 3],
  ])('roundTo(%d, %d) = %d', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });

  it('leaves non-finite values alone', () => {
    expect(roundTo(Number.NaN, 4)).toBeNaN();
    expect(roundTo(Infinity, 4)).toBe(Infinity);
  });
});
