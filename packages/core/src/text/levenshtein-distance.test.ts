import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EgovError } from '../errors/egov-error';
import { levenshteinDistance } from './levenshtein-distance';

/** Textbook full-table Levenshtein over code points, the reference for the optimised version. */
function reference(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  let previous = Array.from({ length: s.length + 1 }, (_, i) => i);
  for (let j = 1; j <= t.length; j += 1) {
    const current = [j];
    for (let i = 1; i <= s.length; i += 1) {
      current[i] = Math.min(
        (previous[i - 1] ?? 0) + (s[i - 1] === t[j - 1] ? 0 : 1),
        (previous[i] ?? 0) + 1,
        (current[i - 1] ?? 0) + 1,
      );
    }
    previous = current;
  }
  return previous[s.length] ?? 0;
}

describe('levenshteinDistance', () => {
  it.each([
    ['cap phep xay dung', 'gap phep xay dung', 1], // the Hà Giang typo (source 003), folded
    ['Cấp phép', 'Gấp phép', 1],
    ['kinh doanh', 'xay dung', 7],
    ['hòa', 'hoà', 2], // different code points: compare folded keys, not raw text
    ['', 'lao cai', 7],
    ['lang son', 'lang son', 0],
    ['ha giang', 'bac giang', 2],
    ['😀a', 'a', 1], // one code point, not two code units
  ])('%j → %j = %i', (a, b, expected) => {
    expect(levenshteinDistance(a, b)).toBe(expected);
    expect(levenshteinDistance(b, a)).toBe(expected);
  });

  it('returns maxDistance + 1 once the distance exceeds the cutoff', () => {
    expect(levenshteinDistance('kinh doanh', 'xay dung', 3)).toBe(4);
    expect(levenshteinDistance('kinh doanh', 'xay dung', 7)).toBe(7);
    expect(levenshteinDistance('thai binh', 'thai binh', 0)).toBe(0);
    expect(levenshteinDistance('a', 'abcdef', 2)).toBe(3);
  });

  it.each([-1, 1.5, Number.NaN])('rejects maxDistance %d', (maxDistance) => {
    expect(() => levenshteinDistance('a', 'b', maxDistance)).toThrow(EgovError);
  });

  it('matches the textbook algorithm, with and without a cutoff', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'đ', '😀'), maxLength: 12 });
    fc.assert(
      fc.property(text, text, fc.nat(14), (a, b, maxDistance) => {
        const exact = reference(a, b);
        expect(levenshteinDistance(a, b)).toBe(exact);
        expect(levenshteinDistance(a, b, maxDistance)).toBe(Math.min(exact, maxDistance + 1));
      }),
      { numRuns: 500 },
    );
  });

  it('handles long strings and reuses its buffers correctly', () => {
    const long = 'cap giay phep xay dung '.repeat(20);
    expect(levenshteinDistance(long, long.replace('xay', 'xoy'))).toBe(1);
    expect(levenshteinDistance('ab', 'ba')).toBe(2);
  });
});
