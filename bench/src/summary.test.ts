import { describe, expect, it } from 'vitest';
import { formatSummary, summarise } from './summary';

describe('summarise', () => {
  it('gives the median and the spread', () => {
    expect(summarise([3, 1, 2])).toEqual({ runs: 3, median: 2, min: 1, max: 3 });
    expect(summarise([4, 1, 2, 10])).toEqual({ runs: 4, median: 3, min: 1, max: 10 });
    expect(() => summarise([])).toThrow('no samples');
  });

  it('formats median (min–max, runs)', () => {
    expect(formatSummary(summarise([812, 798, 840]), 'ms')).toBe('812 ms (798–840, 3 runs)');
    expect(formatSummary(summarise([0.05, 0.04, 0.05]), '', 2)).toBe('0.05 (0.04–0.05, 3 runs)');
  });
});
