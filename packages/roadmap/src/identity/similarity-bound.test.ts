import { keySimilarity } from '@egov/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serviceKey } from './service-key';
import { keyProfile, similarityUpperBound } from './similarity-bound';

const names = [
  'Cấp phép và khai thác nguồn nước',
  'Gấp phép và khai thác nguồn nước',
  'Cấp Giấy chứng nhận đầu tư nước ngoài vốn dưới 300 tỷ đồng',
  'Cấp Giấy chứng nhận đầu tư trong nước vốn dưới 300 tỷ đồng',
  'Đăng kí nội quy lao động',
  'Gia hạn giấy phép khai thác thủy sản',
];

describe('similarityUpperBound', () => {
  it('is never below keySimilarity (names from sources 002 and 003, and random words)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'c', 'g', 'h', 'n', 'p', 'u', 'y', '3'), minLength: 1, maxLength: 6 });
    const key = fc.oneof(fc.constantFrom(...names).map(serviceKey), fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' ')));
    fc.assert(
      fc.property(key, key, (a, b) => {
        expect(similarityUpperBound(keyProfile(a), keyProfile(b))).toBeGreaterThanOrEqual(keySimilarity(a, b) - 1e-12);
      }),
      { numRuns: 2000 },
    );
  });

  it('rules out unrelated names at 0.9 and keeps a one-letter typo', () => {
    const [water, typo, , , labour] = names.map((name) => keyProfile(serviceKey(name)));
    if (water === undefined || typo === undefined || labour === undefined) throw new Error('fixture');
    expect(similarityUpperBound(water, typo)).toBeGreaterThanOrEqual(0.9);
    expect(similarityUpperBound(water, labour)).toBeLessThan(0.9);
  });
});
