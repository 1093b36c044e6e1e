import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from './fold-key';
import { spellingKey } from './spelling-key';

describe('spellingKey', () => {
  it.each([
    ['Thanh Hóa', 'Thanh Hoá', 'thanh hóa'],
    ['Khánh Hòa', 'KHÁNH HOÀ', 'khánh hòa'],
    ['Hòa Bình', 'Hoà  Bình', 'hòa bình'],
    ['Luật Thủy sản', 'Luật Thuỷ sản', 'luật thủy sản'],
    ['Cấp, đổi giấy phép lái xe', 'cấp đổi giấy phép lái xe', 'cấp đổi giấy phép lái xe'],
    ['Ðiện Biên', 'Điện Biên', 'điện biên'],
  ])('gives %s and %s the key %s', (a, b, key) => {
    expect(spellingKey(a)).toBe(key);
    expect(spellingKey(b)).toBe(key);
    expect(spellingKey(a.normalize('NFD'))).toBe(key);
  });

  it.each([
    // The Hà Giang typo (source 003) and words that differ only by a vowel mark stay apart.
    ['Gấp phép và khai thác nguồn nước', 'Cấp phép và khai thác nguồn nước'],
    ['Cấp phép', 'Cắp phép'],
    ['Hà Giang', 'Hạ Giang'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(spellingKey(a)).not.toBe(spellingKey(b));
  });

  it('is idempotent, and folds to foldKey, on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const key = spellingKey(text);
        expect(spellingKey(key)).toBe(key);
        expect(spellingKey(text.normalize('NFD'))).toBe(key);
      }),
      { numRuns: 300 },
    );
  });

  it('folds to the foldKey of the same text for Vietnamese text', () => {
    const alphabet = Array.from('aAbBđĐeEgGhHiIoOqQuUyY ,-ăâêôơưàáảãạòóỏõọùúủũụỳýỷỹỵầấẩẫậềếểễệỒỐỔỖỘƯỪỨỬỮỰ');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet) }), (text) => {
        expect(foldKey(spellingKey(text))).toBe(foldKey(text));
      }),
    );
  });
});
