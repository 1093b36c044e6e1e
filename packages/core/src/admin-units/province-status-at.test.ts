import { describe, expect, it } from 'vitest';
import { findProvinceByCode } from './find-province-by-code';
import { provinceRegistry } from './province-registry';
import { provinceNameAt, provinceTypeAt } from './province-status-at';

const city = 'thành phố trực thuộc trung ương';

function unit(id: string) {
  const found = provinceRegistry.byId.get(id);
  if (found === undefined) throw new Error(`no unit ${id}`);
  return found;
}

describe('provinceTypeAt and provinceNameAt', () => {
  it('turns Thừa Thiên Huế (tỉnh) into Huế (city) on 1/1/2025', () => {
    const hue = unit('thua-thien-hue@2008');
    expect(provinceTypeAt(hue, '2024-12-31')).toBe('tỉnh');
    expect(provinceNameAt(hue, '2024-12-31')).toBe('Thừa Thiên Huế');
    expect(provinceTypeAt(hue, '2025-01-01')).toBe(city);
    expect(provinceNameAt(hue, '2025-01-01')).toBe('Huế');
    expect(provinceTypeAt(unit('hue@2025'), '2025-07-01')).toBe(city);
  });
  it('turns Đồng Nai into a city on 30/4/2026 (Resolution 30/2026/QH16)', () => {
    const dongNai = findProvinceByCode('75', '2025-07-01');
    expect(dongNai?.id).toBe('dong-nai@2025');
    if (dongNai === undefined) return;
    expect(provinceTypeAt(dongNai, '2025-07-01')).toBe('tỉnh');
    expect(provinceTypeAt(dongNai, '2026-04-29')).toBe('tỉnh');
    expect(provinceTypeAt(dongNai, '2026-04-30')).toBe(city);
    expect(provinceTypeAt(unit('dong-nai@2008'), '2025-06-30')).toBe('tỉnh');
  });
  it('counts the cities: 5 before 2025, 6 in H1 2025, 6 from 1/7/2025, 7 from 30/4/2026', () => {
    const cities = (date: string) =>
      provinceRegistry.units.filter((u) => provinceTypeAt(u, date) === city).map((u) => u.code);
    expect(cities('2024-12-31')).toEqual(['01', '31', '48', '79', '92']);
    expect(cities('2025-01-01')).toEqual(['01', '31', '46', '48', '79', '92']);
    expect(cities('2025-07-01')).toHaveLength(6);
    expect(cities('2026-04-30')).toEqual(['01', '31', '46', '48', '75', '79', '92']);
  });
  it('is undefined outside the unit version', () => {
    expect(provinceTypeAt(unit('ha-giang@2008'), '2025-07-01')).toBeUndefined();
    expect(provinceNameAt(unit('tuyen-quang@2025'), '2025-06-30')).toBeUndefined();
    expect(() => provinceTypeAt(unit('ha-giang@2008'), 'yesterday')).toThrow(/provinceTypeAt/);
  });
});
