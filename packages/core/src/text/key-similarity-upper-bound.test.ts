import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from './fold-key';
import { keySimilarity } from './key-similarity';
import {
  sharedSortedCount,
  keyHistogramBin,
  keyHistogramBins,
  keySimilarityBound,
  keySimilarityProfile,
  keySimilarityUpperBound,
} from './key-similarity-upper-bound';

// Service names of sources 002 (Thái Bình) and 003 (Hà Giang), with the misprint "Gấp phép" of 003.
const names = [
  'Cấp phép và khai thác nguồn nước',
  'Gấp phép và khai thác nguồn nước',
  'Cấp Giấy chứng nhận đầu tư nước ngoài vốn dưới 300 tỷ đồng',
  'Cấp Giấy chứng nhận đầu tư trong nước vốn dưới 300 tỷ đồng',
  'Đăng kí nội quy lao động',
  'Gia hạn giấy phép khai thác thủy sản',
  'Đăng ký tạm trú, tạm vắng',
  'Đăng ký tạm vắng, tạm trú',
];
const keys = names.map(foldKey);

describe('keySimilarityUpperBound', () => {
  it('is never below keySimilarity, for keys or profiles (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'c', 'g', 'h', 'n', 'p', 'u', 'y', '3', 'đ'), minLength: 0, maxLength: 7 });
    const key = fc.oneof(
      fc.constantFrom(...keys),
      fc.array(word, { minLength: 1, maxLength: 7 }).map((words) => words.join(' ')),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(key, key, (a, b) => {
        const similarity = keySimilarity(a, b);
        const bound = keySimilarityUpperBound(a, b);
        expect(bound).toBeGreaterThanOrEqual(similarity - 1e-12);
        expect(bound).toBeLessThanOrEqual(1);
        expect(keySimilarityUpperBound(keySimilarityProfile(a), keySimilarityProfile(b))).toBe(bound);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a one-letter misprint and word order above 0.9, and rules out different services', () => {
    const [water, waterTypo, foreign, domestic, labour, , residence, residenceSwapped] = keys;
    if (water === undefined || waterTypo === undefined || foreign === undefined || domestic === undefined) throw new Error('fixture');
    if (labour === undefined || residence === undefined || residenceSwapped === undefined) throw new Error('fixture');
    expect(keySimilarityUpperBound(water, waterTypo)).toBeGreaterThanOrEqual(0.9);
    expect(keySimilarityUpperBound(residence, residenceSwapped)).toBe(1);
    expect(keySimilarityUpperBound(water, labour)).toBeLessThan(0.9);
    // Same words but one: the bound cannot tell these apart (keySimilarity and the callers' rules do).
    expect(keySimilarityUpperBound(foreign, domestic)).toBeGreaterThan(keySimilarity(foreign, domestic));
  });

  it.each([
    ['cap phep', 'cap phep', 1],
    ['cap phep', 'gap phep', 0.875],
    ['', '', 1],
    ['', 'cap', 0.4], // loose, still sound: keySimilarity is 0
  ])('bounds %j ~ %j by %d', (a, b, expected) => {
    expect(keySimilarityUpperBound(a, b)).toBeCloseTo(expected, 12);
  });
});

describe('keySimilarityProfile', () => {
  it('counts characters per bin and sorts tokens', () => {
    const profile = keySimilarityProfile('phep cap 3');
    expect(profile.length).toBe(10);
    expect(profile.tokens).toEqual(['3', 'cap', 'phep']);
    expect(profile.longestToken).toBe(4);
    expect(profile.histogram).toHaveLength(keyHistogramBins);
    expect(profile.histogram[keyHistogramBin('p'.charCodeAt(0))]).toBe(3);
    expect(profile.histogram[keyHistogramBin(' '.charCodeAt(0))]).toBe(2);
    expect(profile.histogram[keyHistogramBin('3'.charCodeAt(0))]).toBe(1);
  });

  it('puts letters, digits, the space and anything else in distinct bins', () => {
    expect(['a', 'z', '0', '9', ' ', 'đ', 'A'].map((c) => keyHistogramBin(c.charCodeAt(0)))).toEqual([0, 25, 26, 35, 36, 37, 37]);
  });
});

describe('keySimilarityBound', () => {
  it('gives the same number as keySimilarityUpperBound from the same counts', () => {
    expect(keySimilarityBound({ longest: 8, bagDistance: 1, sharedTokens: 1, tokensA: 2, tokensB: 2, longestToken: 4 })).toBe(
      keySimilarityUpperBound('cap phep', 'gap phep'),
    );
  });
});

describe('sharedSortedCount', () => {
  it('counts shared items as multisets, within the slices given', () => {
    expect(sharedSortedCount([1, 2, 2, 7], 0, 4, Int32Array.of(2, 2, 3, 7), 0, 4)).toBe(3);
    expect(sharedSortedCount([1, 2, 2, 7], 1, 3, Int32Array.of(9, 2, 3, 7), 1, 4)).toBe(1);
    expect(sharedSortedCount([], 0, 0, [1], 0, 1)).toBe(0);
  });

  it('equals the size of the multiset intersection', () => {
    const list = fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 12 }).map((items) => items.sort((x, y) => x - y));
    fc.assert(
      fc.property(list, list, (a, b) => {
        const left = [...b];
        const expected = a.filter((item) => {
          const at = left.indexOf(item);
          if (at < 0) return false;
          left.splice(at, 1);
          return true;
        }).length;
        expect(sharedSortedCount(a, 0, a.length, Int32Array.from(b), 0, b.length)).toBe(expected);
      }),
    );
  });
});
