import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text';

describe('normalizeText', () => {
  it.each([
    // Source 003 (Hà Giang) separates table cells with NBSP; the sources mix tabs and newlines.
    ['\u00a0Sở Thông tin và Truyền thông\u00a0', 'Sở Thông tin và Truyền thông'],
    ['Sở Khoa học\tvà\tCông nghệ', 'Sở Khoa học và Công nghệ'],
    ['ỦY BAN NHÂN DÂN\r\nTỈNH HÀ GIANG', 'ỦY BAN NHÂN DÂN TỈNH HÀ GIANG'],
    ['\ufeffQuyết định 1653/QĐ-UBND', 'Quyết định 1653/QĐ-UBND'],
    ['Lạng\u200b Sơn', 'Lạng Sơn'],
    ['Lào\u00adCai', 'LàoCai'],
    ['Bắc\u2003\u2003Giang\u3000', 'Bắc Giang'],
    ['Thái\u0085Bình', 'Thái Bình'],
    ['', ''],
    [' \t\n ', ''],
  ])('cleans %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('turns NFD input into NFC', () => {
    const nfd = 'Kế hoạch ứng dụng công nghệ thông tin năm 2019'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    expect(normalizeText(nfd)).toBe('Kế hoạch ứng dụng công nghệ thông tin năm 2019');
  });

  it('composes a letter and a mark separated by a zero-width space', () => {
    expect(normalizeText('Ha\u200b\u0300 Giang')).toBe('Hà Giang');
  });

  it('keeps case, punctuation and tone placement as written', () => {
    expect(normalizeText('CỘNG HÒA xã hội; Hoà Bình')).toBe('CỘNG HÒA xã hội; Hoà Bình');
  });

  it('is idempotent, NFC and free of edge or double spaces on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        const once = normalizeText(input);
        expect(normalizeText(once)).toBe(once);
        expect(once.normalize('NFC')).toBe(once);
        expect(once).not.toMatch(/^ | $| {2}|[\t\n\u00a0\u200b\ufeff]/);
      }),
    );
  });
});
