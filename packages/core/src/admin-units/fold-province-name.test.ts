import { describe, expect, it } from 'vitest';
import { foldProvinceName, slugProvinceName } from './fold-province-name';

describe('foldProvinceName', () => {
  it.each([
    ['Hoà Bình', 'Hòa Bình'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['Hòa Bình'.normalize('NFD'), 'Hòa Bình'],
    ['ĐẮK LẮK', 'Đắk Lắk'],
    ['Tỉnh Lạng Sơn', 'Lạng Sơn'],
    ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh'],
    ['TP. Hồ Chí Minh', 'Hồ Chí Minh'],
    ['TP Hồ Chí Minh', 'Hồ Chí Minh'],
    ['TP.Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Bà Rịa–Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['Bà Rịa-Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['  Hà   Giang ', 'Hà Giang'],
  ])('folds %j like %j', (variant, canonical) => {
    expect(foldProvinceName(variant)).toBe(foldProvinceName(canonical));
  });
  it('keeps different names apart', () => {
    expect(foldProvinceName('Hà Nam')).not.toBe(foldProvinceName('Hà Nội'));
    expect(foldProvinceName('Quảng Nam')).toBe('quang nam');
  });
  it('makes slugs for ids', () => {
    expect(slugProvinceName('Bà Rịa - Vũng Tàu')).toBe('ba-ria-vung-tau');
    expect(slugProvinceName('Thừa Thiên Huế')).toBe('thua-thien-hue');
  });
});
