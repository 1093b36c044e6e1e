import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { provinceRegistry, type ProvinceRegistry } from './province-registry';
import type { ProvinceUnit } from './province-unit';
import { resolveProvince, resolveProvinceIn } from './resolve-province';

function ruleOf(result: ReturnType<typeof resolveProvince>): string {
  return result.ok ? 'ok' : result.error.ruleId;
}

describe('resolveProvince', () => {
  // The five source documents, read at their own dates.
  it.each([
    ['Lạng Sơn', '2018-09-28', 'lang-son@2008', '20'], // Plan 200/KH-SKHĐT
    ['Bắc Giang', '2015-12-15', 'bac-giang@2008', '24'], // Plan 3701/KH-UBND
    ['Thái Bình', '2013-05-04', 'thai-binh@2008', '34'], // Decision 818/QĐ-UBND
    ['tỉnh Hà Giang', '2013-08-12', 'ha-giang@2008', '02'], // Decision 1653/QĐ-UBND
    ['Lào Cai', '2017-12-24', 'lao-cai@2008', '10'], // Plan 332/KH-UBND
  ])('resolves %s at %s', (name, date, id, code) => {
    const result = resolveProvince(name, date);
    expect(result.ok && result.value.unit.id).toBe(id);
    expect(result.ok && result.value.unit.code).toBe(code);
    expect(result.ok && result.value.matchedBy).toBe('name');
    expect(result.ok && result.value.warnings).toEqual([]);
  });

  it.each(['15', '24', '44', '52', '80', '82', '91'])(
    'warns that code %s changed meaning, on both sides of 1/7/2025',
    (code) => {
      for (const date of ['2020-01-01', '2026-01-01']) {
        const result = resolveProvince(code, date);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const [warning, ...rest] = result.value.warnings;
        expect(rest).toEqual([]);
        expect(warning?.ruleId).toBe('core/province-code-meaning-changed');
        expect(warning?.severity).toBe('warning');
        expect(warning?.data?.meanings).toHaveLength(2);
      }
    },
  );

  it('explains code 15 with both meanings', () => {
    const result = resolveProvince('15', '2017-12-24', { path: ['rows', 3, 'province'] });
    expect(result.ok && result.value.unit.name).toBe('Yên Bái');
    const warning = result.ok ? result.value.warnings[0] : undefined;
    expect(warning?.path).toBe('/rows/3/province');
    expect(warning?.message.vi).toContain('Yên Bái (mã 15) có hiệu lực từ 01/08/2008 đến 30/06/2025, sau đó thuộc Lào Cai (mã 15)');
    expect(warning?.message.vi).toContain('đã hiểu là Yên Bái theo ngày 24/12/2017');
  });

  it('does not warn for codes that kept their meaning', () => {
    for (const code of ['01', '08', '46', '75', '79']) {
      const result = resolveProvince(code, '2026-01-01');
      expect(result.ok && result.value.warnings).toEqual([]);
    }
  });

  it('reports a retired code or a merged-away name with its successor', () => {
    const code = resolveProvince('02', '2026-01-01');
    expect(ruleOf(code)).toBe('core/province-not-valid-at-date');
    expect(code.ok ? '' : code.error.message.en).toContain('Hà Giang (code 02) valid from 2008-08-01 to 2025-06-30, then part of Tuyên Quang (code 08)');
    const name = resolveProvince('Thừa Thiên Huế', '2025-07-01');
    expect(ruleOf(name)).toBe('core/province-not-valid-at-date');
    expect(name.ok ? undefined : name.error.data?.validAt).toEqual([
      { id: 'thua-thien-hue@2008', code: '46', name: 'Huế', validFrom: '2008-08-01', validTo: '2025-06-30' },
    ]);
  });

  it.each([
    ['28', '2020-01-01', 'core/province-unknown-code'],
    ['00', '2020-01-01', 'core/province-unknown-code'],
    ['Hà Tây', '2020-01-01', 'core/province-unknown-name'],
    ['Sài Gòn xyz', '2026-01-01', 'core/province-unknown-name'],
    ['', '2020-01-01', 'core/province-empty-input'],
    ['   ', '2020-01-01', 'core/province-empty-input'],
    ['Hà Giang', '2007-01-01', 'core/province-date-out-of-range'],
    ['Hà Giang', '12/08/2013', 'core/province-invalid-date'],
    ['Hà Giang', '2013-02-30', 'core/province-invalid-date'],
  ])('%j at %s gives %s', (input, date, rule) => {
    const result = resolveProvince(input, date);
    expect(ruleOf(result)).toBe(rule);
    expect(result.ok ? undefined : result.error.severity).toBe('error');
  });

  it('accepts numbers and Date objects', () => {
    expect(ruleOf(resolveProvince(2, new Date(2013, 7, 12)))).toBe('ok');
    expect(ruleOf(resolveProvince('Hà Giang', new Date(Number.NaN)))).toBe('core/province-invalid-date');
  });

  it('reports ambiguity when two versions match on one date', () => {
    const base = provinceRegistry.byId.get('ha-giang@2008');
    if (base === undefined) throw new Error('missing fixture unit');
    const twin: ProvinceUnit = { ...base, id: 'ha-giang-twin@2008' };
    const registry: ProvinceRegistry = {
      units: [base, twin],
      byId: new Map([[base.id, base], [twin.id, twin]]),
      byCode: new Map([['02', [base, twin]]]),
      byNameKey: new Map([['ha giang', [base, twin]]]),
    };
    const byName = resolveProvinceIn(registry, 'Hà Giang', '2013-08-12');
    expect(ruleOf(byName)).toBe('core/province-ambiguous');
    expect(byName.ok ? undefined : byName.error.data?.candidates).toHaveLength(2);
    expect(ruleOf(resolveProvinceIn(registry, '02', '2013-08-12'))).toBe('core/province-ambiguous');
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.integer({ min: -5, max: 120 }), fc.double()),
        fc.oneof(fc.string(), fc.date({ noInvalidDate: false })),
        (input, date) => {
          const result = resolveProvince(input, date);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
    );
  });
});
