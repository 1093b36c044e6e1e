import { describe, expect, it } from 'vitest';
import { listProvinces } from './list-provinces';

describe('listProvinces', () => {
  it('lists the 63 until 30/6/2025 and the 34 from 1/7/2025', () => {
    expect(listProvinces('2025-06-30')).toHaveLength(63);
    expect(listProvinces('2025-07-01')).toHaveLength(34);
    expect(listProvinces('2008-08-01')).toHaveLength(63);
    expect(listProvinces('2030-01-01')).toHaveLength(34);
    expect(listProvinces(new Date(2025, 6, 1))).toHaveLength(34);
  });
  it('is in code order with unique codes', () => {
    for (const date of ['2013-05-04', '2026-05-01']) {
      const codes = listProvinces(date).map((u) => u.code);
      expect(codes).toEqual([...codes].sort());
      expect(new Set(codes).size).toBe(codes.length);
    }
    expect(listProvinces('2026-05-01').map((u) => u.name).slice(0, 3)).toEqual(['Hà Nội', 'Cao Bằng', 'Tuyên Quang']);
  });
  it('is empty before 1/8/2008 (Hà Tây still existed)', () => {
    expect(listProvinces('2008-07-31')).toEqual([]);
  });
  it('throws an EgovError for an invalid date (a programmer error)', () => {
    expect(() => listProvinces('30/6/2025')).toThrow(/expected an ISO date/);
    expect(() => listProvinces('2025-02-29')).toThrow(/invalid-date|expected an ISO date/);
    expect(() => listProvinces(new Date(Number.NaN))).toThrow(/an invalid Date/);
  });
});
