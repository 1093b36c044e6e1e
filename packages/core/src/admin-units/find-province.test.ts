import { describe, expect, it } from 'vitest';
import { findProvinceByCode } from './find-province-by-code';
import { findProvinceByName } from './find-province-by-name';

describe('findProvinceByCode', () => {
  it.each([
    ['15', '2025-06-30', 'Yên Bái'],
    ['15', '2025-07-01', 'Lào Cai'],
    ['24', '2015-12-15', 'Bắc Giang'],
    ['24', '2025-07-01', 'Bắc Ninh'],
    ['44', '2020-01-01', 'Quảng Bình'],
    ['44', '2026-01-01', 'Quảng Trị'],
    ['52', '2020-01-01', 'Bình Định'],
    ['52', '2026-01-01', 'Gia Lai'],
    ['80', '2020-01-01', 'Long An'],
    ['80', '2026-01-01', 'Tây Ninh'],
    ['82', '2020-01-01', 'Tiền Giang'],
    ['82', '2026-01-01', 'Đồng Tháp'],
    ['91', '2020-01-01', 'Kiên Giang'],
    ['91', '2026-01-01', 'An Giang'],
    ['10', '2017-12-24', 'Lào Cai'],
    ['01', '2026-01-01', 'Hà Nội'],
  ])('code %s on %s is %s', (code, date, name) => {
    expect(findProvinceByCode(code, date)?.name).toBe(name);
  });
  it('accepts 1-digit and numeric codes', () => {
    expect(findProvinceByCode('2', '2013-08-12')?.name).toBe('Hà Giang');
    expect(findProvinceByCode(2, '2013-08-12')?.name).toBe('Hà Giang');
    expect(findProvinceByCode(' 08 ', '2026-01-01')?.name).toBe('Tuyên Quang');
  });
  it('returns undefined for retired, unknown and malformed codes', () => {
    expect(findProvinceByCode('02', '2026-01-01')).toBeUndefined();
    expect(findProvinceByCode('10', '2025-07-01')).toBeUndefined();
    expect(findProvinceByCode('28', '2020-01-01')).toBeUndefined(); // Hà Tây, merged 1/8/2008
    expect(findProvinceByCode('abc', '2020-01-01')).toBeUndefined();
    expect(findProvinceByCode(2.5, '2020-01-01')).toBeUndefined();
    expect(findProvinceByCode('001', '2020-01-01')).toBeUndefined();
  });
});

describe('findProvinceByName', () => {
  it.each([
    ['Hoà Bình', '2020-01-01', '17'],
    ['Hòa Bình', '2020-01-01', '17'],
    ['Tỉnh Hoà Bình', '2020-01-01', '17'],
    ['Thanh Hoá', '2020-01-01', '38'],
    ['Thanh Hóa', '2026-01-01', '38'],
    ['Khánh Hoà', '2026-01-01', '56'],
    ['Hồ Chí Minh', '2020-01-01', '79'],
    ['TP. Hồ Chí Minh', '2026-01-01', '79'],
    ['TP Hồ Chí Minh', '2026-01-01', '79'],
    ['Thành phố Hồ Chí Minh', '2026-01-01', '79'],
    ['TP.HCM', '2026-01-01', '79'],
    ['Bà Rịa - Vũng Tàu', '2020-01-01', '77'],
    ['Bà Rịa–Vũng Tàu', '2020-01-01', '77'],
    ['tỉnh bà rịa-vũng tàu', '2020-01-01', '77'],
    ['Thừa Thiên Huế', '2024-12-31', '46'],
    ['Thành phố Huế', '2025-01-01', '46'],
    ['Huế', '2026-01-01', '46'],
    ['Lạng Sơn'.normalize('NFD'), '2018-09-28', '20'],
  ])('%j on %s has code %s', (name, date, code) => {
    expect(findProvinceByName(name, date)?.code).toBe(code);
  });
  it('reads the name at the date: the same name can be two unit versions', () => {
    expect(findProvinceByName('Bắc Ninh', '2020-01-01')?.id).toBe('bac-ninh@2008');
    expect(findProvinceByName('Bắc Ninh', '2025-07-01')?.id).toBe('bac-ninh@2025');
  });
  it('returns undefined for merged-away and unknown names', () => {
    expect(findProvinceByName('Hà Giang', '2025-07-01')).toBeUndefined();
    expect(findProvinceByName('Thừa Thiên Huế', '2025-07-01')).toBeUndefined();
    expect(findProvinceByName('Hà Tây', '2020-01-01')).toBeUndefined();
    expect(findProvinceByName('', '2020-01-01')).toBeUndefined();
  });
});
