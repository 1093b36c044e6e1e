import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EgovError } from '../errors/egov-error';
import { foldKey } from './fold-key';
import { keySimilarity } from './key-similarity';
import { nameSimilarity } from './name-similarity';

describe('nameSimilarity', () => {
  it.each([
    // The Hà Giang budget table (source 003) writes "Gấp phép" for "Cấp phép".
    ['Cấp phép xây dựng', 'Gấp phép xây dựng'],
    ['Cấp phép và khai thác nguồn nước', 'Gấp phép và khai thác nguồn nước'],
    // Word order (source 003 lists both halves of this service).
    ['Đăng ký tạm trú, tạm vắng', 'Đăng ký tạm vắng, tạm trú'],
    ['Thu phí và bảo vệ môi trường', 'Bảo vệ môi trường và thu phí'],
  ])('scores near-duplicates high: %s ~ %s', (a, b) => {
    const score = nameSimilarity(a, b);
    expect(score).toBeGreaterThanOrEqual(0.9);
    expect(score).toBeLessThan(1);
  });

  it.each([
    // Different procedures of the source documents 002 and 003 sharing words.
    ['Cấp giấy phép kinh doanh', 'Cấp giấy phép xây dựng'],
    ['Điều chỉnh giấy phép xây dựng', 'Gia hạn giấy phép xây dựng'],
    ['Cấp giấy phép xuất bản bản tin', 'Cấp giấy phép xuất bản tài liệu không kinh doanh'],
    ['Cấp phép hoạt động ngành in', 'Cấp phép hợp báo'],
  ])('scores different procedures clearly lower: %s / %s', (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(0.8);
  });

  it('ranks a typo above a different procedure', () => {
    const typo = nameSimilarity('Cấp phép xây dựng', 'Gấp phép xây dựng');
    const other = nameSimilarity('Cấp giấy phép kinh doanh', 'Cấp giấy phép xây dựng');
    expect(typo - other).toBeGreaterThan(0.2);
  });

  it.each([
    ['Cấp giấy phép xây dựng', 'Cấp giấy phép xây dựng'],
    ['Khánh Hòa', 'KHÁNH HOÀ'],
    ['Thanh Hóa', 'Thanh Hoá'],
    ['Hòa Bình', 'Hoà  Bình'],
    ['Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông'.normalize('NFD')],
    ['Cấp, đổi giấy phép lái xe', 'Cấp đổi giấy phép lái xe'],
  ])('scores 1 for the same name written differently: %s / %s', (a, b) => {
    expect(nameSimilarity(a, b)).toBe(1);
  });

  it('scores 0 against an empty name and 1 for two empty names', () => {
    expect(nameSimilarity('Lào Cai', '')).toBe(0);
    expect(nameSimilarity(' ', '–')).toBe(1);
  });

  it('is symmetric, in [0, 1], and 1 exactly for equal keys', () => {
    const words = fc.constantFrom('cấp', 'gấp', 'giấy', 'phép', 'xây', 'dựng', 'hòa', 'hoà', 'Thủy', 'sản', 'tạm', 'trú', '1653');
    const name = fc.array(words, { maxLength: 6 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.oneof(name, fc.string()), fc.oneof(name, fc.string()), (a, b) => {
        const score = nameSimilarity(a, b);
        expect(score).toBe(nameSimilarity(b, a));
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(score === 1).toBe(foldKey(a) === foldKey(b));
      }),
      { numRuns: 500 },
    );
  });

  it('gives exact scores at or above minScore and 0 below it', () => {
    const words = fc.constantFrom('cap', 'gap', 'giay', 'phep', 'xay', 'dung', 'kinh', 'doanh', 'tam', 'tru');
    const key = fc.array(words, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(key, key, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, minScore) => {
        const exact = keySimilarity(a, b);
        expect(keySimilarity(a, b, { minScore })).toBe(exact >= minScore ? exact : 0);
        // At the threshold itself the early exits must not round a reachable score away.
        expect(keySimilarity(a, b, { minScore: exact })).toBe(exact);
        if (exact < 1) expect(keySimilarity(a, b, { minScore: Math.min(1, exact + 1e-12) })).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });

  it.each([-0.1, 1.1, Number.NaN])('rejects minScore %d', (minScore) => {
    expect(() => nameSimilarity('a', 'b', { minScore })).toThrow(EgovError);
  });
});
