import { describe, expect, it } from 'vitest';
import { findProvinceByCode } from './find-province-by-code';
import { findProvinceByName } from './find-province-by-name';
import { listProvinces } from './list-provinces';
import { predecessorsOf, successorOf } from './province-succession';

describe('successorOf and predecessorsOf', () => {
  it.each([
    ['Hà Giang', 'Tuyên Quang', '08'],
    ['Yên Bái', 'Lào Cai', '15'],
    ['Lào Cai', 'Lào Cai', '15'],
    ['Bắc Giang', 'Bắc Ninh', '24'],
    ['Thái Bình', 'Hưng Yên', '33'],
    ['Lạng Sơn', 'Lạng Sơn', '20'],
    ['Bà Rịa - Vũng Tàu', 'Hồ Chí Minh', '79'],
    ['Kon Tum', 'Quảng Ngãi', '51'],
  ])('%s went into %s (%s)', (oldName, newName, newCode) => {
    const old = findProvinceByName(oldName, '2020-01-01');
    expect(old).toBeDefined();
    if (old === undefined) return;
    const successor = successorOf(old);
    expect(successor?.name).toBe(newName);
    expect(successor?.code).toBe(newCode);
  });
  it('reads a code at its date', () => {
    expect(successorOf('34', '2013-05-04')?.name).toBe('Hưng Yên');
    expect(successorOf('15', '2017-12-24')?.name).toBe('Lào Cai');
    expect(successorOf('15', '2025-07-01')).toBeUndefined(); // already a unit of the 34
    expect(successorOf('99', '2020-01-01')).toBeUndefined();
  });
  it('partitions the 63 among the 34', () => {
    const all = listProvinces('2025-07-01').flatMap((unit) => predecessorsOf(unit).map((p) => p.id));
    expect(all).toHaveLength(63);
    expect(new Set(all)).toEqual(new Set(listProvinces('2025-06-30').map((u) => u.id)));
    for (const unit of listProvinces('2025-06-30')) {
      const successor = successorOf(unit);
      expect(successor && predecessorsOf(successor)).toContain(unit);
    }
  });
  it('lists predecessors in source order', () => {
    const hcm = findProvinceByCode('79', '2026-01-01');
    expect(hcm && predecessorsOf(hcm).map((u) => u.name)).toEqual(['Bình Dương', 'Bà Rịa - Vũng Tàu', 'Hồ Chí Minh']);
    const hanoi = findProvinceByCode('01', '2020-01-01');
    expect(hanoi && predecessorsOf(hanoi)).toEqual([]);
  });
});
