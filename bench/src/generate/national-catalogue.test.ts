import { describe, expect, it } from 'vitest';
import { catalogueHeader, nationalCatalogueLines, procedureTemplates } from './national-catalogue';
import { provinces } from './vietnamese-names';

describe('procedureTemplates', () => {
  it('is deterministic and codes procedures as the national database does', () => {
    const a = procedureTemplates(50);
    expect(procedureTemplates(50)).toEqual(a);
    expect(a[0]?.code).toBe('1.001000');
    expect(new Set(a.map((t) => t.code)).size).toBe(50);
    for (const t of a) {
      expect([2, 3, 4]).toContain(t.onlineLevel);
      expect(['Cấp tỉnh', 'Cấp xã']).toContain(t.tier);
      expect(t.name.normalize('NFC')).toBe(t.name);
    }
  });
});

describe('nationalCatalogueLines', () => {
  const { lines, nearDuplicates } = nationalCatalogueLines();

  it('lists 34 provinces with about 2 000 procedures each', () => {
    expect(provinces).toHaveLength(34);
    expect(lines[0]).toBe(catalogueHeader.join(','));
    const perProvince = new Map<string, number>();
    for (const line of lines.slice(1)) {
      const province = line.split(',')[0] ?? '';
      perProvince.set(province, (perProvince.get(province) ?? 0) + 1);
    }
    expect(perProvince.size).toBe(34);
    for (const count of perProvince.values()) {
      expect(count).toBeGreaterThan(1_900);
      expect(count).toBeLessThan(2_100);
    }
  });

  it('has near-duplicates and variants (typos, "Gấp", decomposed Unicode)', () => {
    expect(nearDuplicates).toBeGreaterThan(300);
    expect(lines.some((line) => line.includes('Gấp'))).toBe(true);
    expect(lines.some((line) => line.normalize('NFC') !== line)).toBe(true);
    expect(nationalCatalogueLines().lines).toEqual(lines);
  });
});
