import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listProvinces } from './list-provinces';
import { mapProvinceForward } from './map-province-forward';

describe('mapProvinceForward', () => {
  // The five source documents, carried from their dates to 2026.
  it.each([
    ['Lạng Sơn', '2018-09-28', 'Lạng Sơn', '20'],
    ['Bắc Giang', '2015-12-15', 'Bắc Ninh', '24'],
    ['Thái Bình', '2013-05-04', 'Hưng Yên', '33'],
    ['Hà Giang', '2013-08-12', 'Tuyên Quang', '08'],
    ['Lào Cai', '2017-12-24', 'Lào Cai', '15'],
  ])('%s (%s) is %s in 2026', (name, date, to, code) => {
    const result = mapProvinceForward(name, date, '2026-01-01');
    expect(result.ok && result.value.to.name).toBe(to);
    expect(result.ok && result.value.to.code).toBe(code);
    expect(result.ok && result.value.to.generation).toBe('34');
  });

  it('carries code 15 of Yên Bái to Lào Cai, with the warning', () => {
    const result = mapProvinceForward('15', '2017-12-24', '2026-01-01');
    expect(result.ok && result.value.from.name).toBe('Yên Bái');
    expect(result.ok && result.value.to.id).toBe('lao-cai@2025');
    expect(result.ok && result.value.warnings.map((w) => w.ruleId)).toEqual(['core/province-code-meaning-changed']);
  });

  it('keeps the unit when nothing changed in between', () => {
    const result = mapProvinceForward('Hà Giang', '2013-08-12', '2025-06-30');
    expect(result.ok && result.value.to.id).toBe('ha-giang@2008');
    const same = mapProvinceForward('Đồng Nai', '2025-07-01', '2026-05-01');
    expect(same.ok && same.value.to.id).toBe('dong-nai@2025');
  });

  it('maps every one of the 63 into one of the 34', () => {
    const targets = new Set(listProvinces('2025-07-01').map((u) => u.id));
    for (const unit of listProvinces('2025-06-30')) {
      const result = mapProvinceForward(unit.code, '2025-06-30', '2025-07-01');
      expect(result.ok && targets.has(result.value.to.id)).toBe(true);
    }
  });

  it('gives findings for bad inputs', () => {
    const back = mapProvinceForward('Hà Giang', '2013-08-12', '2010-01-01');
    expect(back.ok ? 'ok' : back.error.ruleId).toBe('core/province-backward-mapping');
    const badTo = mapProvinceForward('Hà Giang', '2013-08-12', 'now');
    expect(badTo.ok ? 'ok' : badTo.error.ruleId).toBe('core/province-invalid-date');
    const unknown = mapProvinceForward('Hà Tây', '2013-08-12', '2026-01-01');
    expect(unknown.ok ? 'ok' : unknown.error.ruleId).toBe('core/province-unknown-name');
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer()), fc.string(), fc.date({ noInvalidDate: false }), (input, from, to) => {
        expect(typeof mapProvinceForward(input, from, to).ok).toBe('boolean');
      }),
    );
  });
});
