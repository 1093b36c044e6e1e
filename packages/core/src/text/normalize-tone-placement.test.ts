import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EgovError } from '../errors/egov-error';
import { normalizeTonePlacement } from './normalize-tone-placement';

describe('normalizeTonePlacement', () => {
  it.each([
    // Province names: both spellings are in use; official names use the traditional one.
    ['Thanh Hoá', 'Thanh Hóa', 'Thanh Hoá'],
    ['Khánh Hoà', 'Khánh Hòa', 'Khánh Hoà'],
    ['Hoà Bình', 'Hòa Bình', 'Hoà Bình'],
    ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    // oa, oe, uy in open syllables are the only style-dependent cases.
    ['Luật Thuỷ sản', 'Luật Thủy sản', 'Luật Thuỷ sản'],
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân', 'Uỷ ban nhân dân'],
    ['mạnh khoẻ', 'mạnh khỏe', 'mạnh khoẻ'],
    ['số hoá, chuẩn hoá', 'số hóa, chuẩn hóa', 'số hoá, chuẩn hoá'],
    ['thoả thuận', 'thỏa thuận', 'thoả thuận'],
    ['luỹ kế, tuỳ', 'lũy kế, tùy', 'luỹ kế, tuỳ'],
    ['hoạ sĩ, xoã', 'họa sĩ, xõa', 'hoạ sĩ, xoã'],
  ])('%s → old %s, new %s', (input, old, modern) => {
    expect(normalizeTonePlacement(input)).toBe(old);
    expect(normalizeTonePlacement(input, 'old')).toBe(old);
    expect(normalizeTonePlacement(old, 'new')).toBe(modern);
    expect(normalizeTonePlacement(modern, 'new')).toBe(modern);
  });

  it.each([
    // A final consonant fixes the tone on the last vowel.
    'hoàng', 'Hoàn thiện', 'toán', 'huýt', 'Huỳnh', 'hoạch', 'Quảng',
    // Three vowels: the middle one; vowels with a mark win.
    'ngoài', 'khuỷu', 'xoáy', 'Nguyễn', 'người', 'thuở', 'Huế', 'giường', 'rượu',
    // Other two-vowel open syllables: the first vowel, in both styles.
    'của', 'mía', 'cửa', 'cái', 'cháu', 'túi', 'máy',
    // qu and gi: the u/i belongs to the consonant.
    'quý', 'quả', 'quà', 'già', 'giữa', 'gìn', 'giúp',
    // Not syllables with one tone: left alone.
    'Internet', 'ICT-Index', 'CNTT', 'Hoà1', 'hoàhoà',
  ])('keeps %s in both styles', (word) => {
    expect(normalizeTonePlacement(word)).toBe(word);
    expect(normalizeTonePlacement(word, 'new')).toBe(word);
  });

  it.each([
    ['qúy', 'quý'],
    ['QÚY', 'QUÝ'],
    ['gìa', 'già'],
    ['trí tụê', 'trí tuệ'],
    ['muà', 'mùa'],
    ['ngòai', 'ngoài'],
    ['hòang', 'hoàng'],
    ['Ngụyên', 'Nguyện'],
  ])('corrects a misplaced mark: %s → %s', (input, expected) => {
    expect(normalizeTonePlacement(input)).toBe(expected);
  });

  it('keeps the source texts, written in the traditional style, unchanged', () => {
    const lines = [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Gia hạn giấy phép khai thác thủy sản',
      'Tiếp tục hoàn thiện, chuẩn hóa quy trình',
      'Ủy ban nhân dân tỉnh Thái Bình',
      'Dịch vụ cấp các loại giấy phép hoạt động dịch vụ văn hóa - nghệ thuật',
    ];
    for (const line of lines) expect(normalizeTonePlacement(line)).toBe(line);
  });

  it('works on decomposed (NFD) input and returns NFC', () => {
    expect(normalizeTonePlacement('Khánh Hoà'.normalize('NFD'))).toBe('Khánh Hòa');
  });

  it('rejects an unknown style', () => {
    expect(() => normalizeTonePlacement('Hòa', 'modern' as 'new')).toThrow(EgovError);
  });

  const vietnameseText = fc.string({
    unit: fc.constantFrom(...'aăâeêioôơuưyhgqnđàáảãạòóỏõọùúủũụỳýỷỹỵầấẩẫậềếểễệ ,'.split('')),
  });

  it('is idempotent and only moves tone marks', () => {
    fc.assert(
      fc.property(vietnameseText, fc.constantFrom('old' as const, 'new' as const), (text, style) => {
        const once = normalizeTonePlacement(text, style);
        expect(normalizeTonePlacement(once, style)).toBe(once);
        expect(once.length).toBe(text.length);
        const strip = (s: string) => s.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '');
        expect(strip(once)).toBe(strip(text));
      }),
    );
  });

  it('makes the two styles agree after normalising', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        expect(normalizeTonePlacement(normalizeTonePlacement(text, 'new'))).toBe(normalizeTonePlacement(text));
      }),
    );
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(typeof normalizeTonePlacement(text)).toBe('string');
      }),
    );
  });
});
