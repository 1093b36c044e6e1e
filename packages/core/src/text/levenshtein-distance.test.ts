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

  it('matches the textbook algorithm on long strings, near and far apart', () => {
    // Lengths up to 140 (the band and the reused buffers grow); a small alphabet makes long common
    // stretches and small distances, a large one large distances; edits of a string make near pairs.
    const unit = fc.oneof(fc.constantFrom('a', 'b', ' '), fc.constantFrom('c', 'đ', 'ư', '😀', 'x', 'y', 'z'));
    const text = fc.string({ unit, maxLength: 140, size: 'max' });
    const edited = fc.tuple(text, fc.array(fc.tuple(fc.nat(), unit), { maxLength: 8 })).map(([base, edits]) => {
      const points = Array.from(base);
      for (const [at, character] of edits) points.splice(at % (points.length + 1), at % 3 === 0 ? 1 : 0, character);
      return [base, points.join('')] as const;
    });
    fc.assert(
      fc.property(fc.oneof(fc.tuple(text, text), edited), fc.nat(150), ([a, b], maxDistance) => {
        const exact = reference(a, b);
        expect(levenshteinDistance(a, b)).toBe(exact);
        expect(levenshteinDistance(b, a, maxDistance)).toBe(Math.min(exact, maxDistance + 1));
      }),
      { numRuns: 400 },
    );
  });

  it('handles long strings and reuses its buffers correctly', () => {
    const long = 'cap giay phep xay dung '.repeat(20);
    expect(levenshteinDistance(long, long.replace('xay', 'xoy'))).toBe(1);
    expect(levenshteinDistance('ab', 'ba')).toBe(2);
  });
});
