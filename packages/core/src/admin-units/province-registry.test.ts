import { describe, expect, it } from 'vitest';
import { EgovError } from '../errors/egov-error';
import { foldProvinceName } from './fold-province-name';
import { dayBefore } from './iso-date';
import { createProvinceRegistry, provinceRegistry } from './province-registry';
import { provinces34Rows, provinces63Rows } from './provinces-data';

const old = provinceRegistry.units.filter((u) => u.generation === '63');
const current = provinceRegistry.units.filter((u) => u.generation === '34');

describe('province registry', () => {
  it('has 63 old and 34 new unit versions with distinct ids', () => {
    expect(old).toHaveLength(63);
    expect(current).toHaveLength(34);
    expect(provinceRegistry.byId.size).toBe(97);
    expect(provinceRegistry.byId.get('ha-giang@2008')?.code).toBe('02');
    expect(provinceRegistry.byId.get('lao-cai@2025')?.code).toBe('15');
    expect(provinceRegistry.byId.get('thua-thien-hue@2008')?.name).toBe('Huế');
  });

  it('gives every old unit exactly one successor, and the predecessors partition the 63', () => {
    for (const unit of old) expect(unit.successorId).toMatch(/@2025$/);
    const predecessorIds = current.flatMap((u) => u.predecessorIds);
    expect(predecessorIds).toHaveLength(63);
    expect(new Set(predecessorIds)).toEqual(new Set(old.map((u) => u.id)));
    for (const unit of current) {
      for (const id of unit.predecessorIds) expect(provinceRegistry.byId.get(id)?.successorId).toBe(unit.id);
    }
  });

  it('keeps 28 provinces and 6 centrally-run cities from 1/7/2025 (Resolution 202/2025/QH15)', () => {
    const types = current.map((u) => u.history[0]?.type);
    expect(types.filter((t) => t === 'tỉnh')).toHaveLength(28);
    expect(types.filter((t) => t === 'thành phố trực thuộc trung ương')).toHaveLength(6);
  });

  it('finds exactly the seven codes that changed meaning, and 29 retired codes', () => {
    const changed = current
      .filter((u) => old.find((o) => o.code === u.code)?.name !== u.name)
      .map((u) => `${u.code} ${old.find((o) => o.code === u.code)?.name ?? '-'} → ${u.name}`);
    expect(changed).toEqual([
      '15 Yên Bái → Lào Cai',
      '24 Bắc Giang → Bắc Ninh',
      '44 Quảng Bình → Quảng Trị',
      '52 Bình Định → Gia Lai',
      '80 Long An → Tây Ninh',
      '82 Tiền Giang → Đồng Tháp',
      '91 Kiên Giang → An Giang',
    ]);
    const newCodes = new Set(current.map((u) => u.code));
    expect(old.filter((u) => !newCodes.has(u.code))).toHaveLength(29);
  });

  it('has histories that cover each validity without gap or overlap', () => {
    for (const unit of provinceRegistry.units) {
      expect(unit.history[0]?.validFrom).toBe(unit.validFrom);
      expect(unit.history[unit.history.length - 1]?.validTo).toBe(unit.validTo);
      unit.history.slice(1).forEach((status, i) => {
        expect(unit.history[i]?.validTo).toBe(dayBefore(status.validFrom));
      });
    }
  });

  it('hands out frozen units', () => {
    const unit = provinceRegistry.byId.get('ha-giang@2008');
    expect(unit && Object.isFrozen(unit) && Object.isFrozen(unit.history) && Object.isFrozen(unit.history[0])).toBe(true);
  });

  it('has names that are unique after folding within each list', () => {
    expect(new Set(old.map((u) => foldProvinceName(u.name))).size).toBe(63);
    expect(new Set(current.map((u) => foldProvinceName(u.name))).size).toBe(34);
  });

  it('rejects inconsistent data with an EgovError', () => {
    const badPredecessor = provinces34Rows.map((row) =>
      row.code === '08' ? { ...row, predecessors: 'Hà Giangg;Tuyên Quang' } : row,
    );
    expect(() => createProvinceRegistry(provinces63Rows, badPredecessor)).toThrow(/"Hà Giangg" is not in/);
    const orphan = provinces34Rows.map((row) => (row.code === '08' ? { ...row, predecessors: 'Tuyên Quang' } : row));
    expect(() => createProvinceRegistry(provinces63Rows, orphan)).toThrow(/02 \(Hà Giang\) has no successor/);
    const badType = provinces63Rows.map((row) => (row.code === '02' ? { ...row, type: 'huyện' } : row));
    try {
      createProvinceRegistry(badType, provinces34Rows);
      expect.unreachable();
    } catch (error) {
      expect(EgovError.isInstance(error) && error.code).toBe('invalid-data');
    }
  });
});
