import { describe, expect, it } from 'vitest';
import { source000, source000Procedures } from '../__fixtures__/source-000';
import { source003Level3By2015 } from '../__fixtures__/source-003';
import type { Procedure } from '../model/procedure';
import { checkAgencyMinimum } from './check-agency-minimum';
import { checkShareTarget } from './check-share-target';
import { formatPercent } from './format-percent';
import { groupProcedures } from './group-procedures';
import { measureShare } from './measure-share';
import { atLeastLevel, countProcedures } from './procedure-counts';

describe('source 000 (Lạng Sơn 2018): 138 procedures, 60/10/68/0 at levels 4/3/2/1', () => {
  const procedures = source000Procedures();

  it('counts procedures by level', () => {
    const counts = countProcedures(procedures);
    expect(counts.total).toBe(source000.total);
    expect(counts.byLevel).toEqual({ 4: 60, 3: 10, 2: 68, 1: 0 });
    expect(counts.levelUnknown).toBe(0);
  });

  it('gives 70/138 = 50,72% at level 3 or higher', () => {
    const share = atLeastLevel(countProcedures(procedures), 3);
    expect(share).toEqual({ numerator: 70, denominator: 138 });
    expect(formatPercent(share)).toBe('50,72%');
    expect(measureShare(procedures, { kind: 'level-at-least', level: 3 })).toEqual(share);
    expect(measureShare(procedures, { kind: 'level', level: 4 })).toEqual({ numerator: 60, denominator: 138 });
    expect(atLeastLevel(countProcedures(procedures), 1)).toEqual({ numerator: 138, denominator: 138 });
  });

  it('converts to classes: 60 full, 10 partial, 68 not online', () => {
    const counts = countProcedures(procedures);
    expect(counts.byClass).toEqual({ full: 60, partial: 10, none: 68 });
    expect(measureShare(procedures, { kind: 'online' })).toEqual({ numerator: 70, denominator: 138 });
    expect(measureShare(procedures, { kind: 'class', onlineClass: 'full' })).toEqual({ numerator: 60, denominator: 138 });
  });

  it('groups by field and agency', () => {
    const byField = groupProcedures(procedures, 'field');
    expect(byField.map((g) => [g.label, g.counts.total])).toEqual([
      ['Đăng ký doanh nghiệp', 60],
      ['Đầu tư', 78],
    ]);
    const byAgency = groupProcedures(procedures, 'agency');
    expect(byAgency).toHaveLength(1);
    expect(byAgency[0]?.counts.byLevel[3]).toBe(10);
    expect(groupProcedures(procedures, 'tier')[0]?.key).toBe('province');
  });

  it('checks the Bắc Giang targets of source 001 (50% level 3 and 10% level 4 by 2017; 100% and 20% by 2020)', () => {
    const options = { asOf: '2018-09-28' };
    const [l3by2017] = checkShareTarget(
      procedures,
      { id: '001-2017-l3', metric: { kind: 'level-at-least', level: 3 }, percent: 50, by: '2017-12-31' },
      options,
    );
    expect(l3by2017?.ruleId).toBe('procedures/share-target-met');
    expect(l3by2017?.message.vi).toContain('70/138 = 50,72%');
    const [l4by2017] = checkShareTarget(
      procedures,
      { id: '001-2017-l4', metric: { kind: 'level', level: 4 }, percent: 10, by: '2017-12-31' },
      options,
    );
    expect(l4by2017?.ruleId).toBe('procedures/share-target-met');
    const [l3by2020] = checkShareTarget(
      procedures,
      { id: '001-2020-l3', metric: { kind: 'level-at-least', level: 3 }, percent: 100, by: '2020-12-31', source: 'KH 3701/KH-UBND' },
      options,
    );
    expect(l3by2020?.ruleId).toBe('procedures/share-target-pending');
    expect(l3by2020?.severity).toBe('info');
    expect(l3by2020?.data).toMatchObject({ numerator: 70, denominator: 138, required: 138, shortfall: 68 });
    const [late] = checkShareTarget(
      procedures,
      { id: '001-2020-l3', metric: { kind: 'level-at-least', level: 3 }, percent: 100, by: '2020-12-31' },
      { asOf: '2021-01-01', path: '/targets/2' },
    );
    expect(late?.ruleId).toBe('procedures/share-target-not-met');
    expect(late?.severity).toBe('warning');
    expect(late?.path).toBe('/targets/2');
    expect(late?.message.en).toContain('68 short');
  });

  it('computes the number required exactly (51% of 138 needs 71)', () => {
    const [finding] = checkShareTarget(
      procedures,
      { id: 'x', metric: { kind: 'level-at-least', level: 3 }, percent: 51 },
      { asOf: '2018-09-28' },
    );
    expect(finding?.data).toMatchObject({ required: 71, shortfall: 1 });
  });
});

describe('per-agency minimum (source 003, Hà Giang: every other department at least 2 level-3 services)', () => {
  const procedures: Procedure[] = [
    ...source003Level3By2015(),
    { name: 'Cấp bản sao văn bản, chứng chỉ từ sổ gốc', leadAgency: 'Sở Giáo dục và Đào tạo', onlineLevel: 3 },
    { name: 'Tiếp nhận giáo viên từ tỉnh khác', leadAgency: 'Sở Giáo dục và Đào tạo', onlineLevel: 2 },
    { name: 'Cấp giấy phép hoạt động đo đạc và bản đồ', leadAgency: 'Sở Tài nguyên và Môi trường', onlineLevel: 3 },
  ];

  it('finds the departments below the minimum', () => {
    const findings = checkAgencyMinimum(procedures, {
      minimum: 2,
      metric: { kind: 'level-at-least', level: 3 },
      agencies: ['Sở Kế hoạch và Đầu tư', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Sở Tư pháp', 'SỞ XÂY DỰNG'],
      source: 'QĐ 1653/QĐ-UBND',
    });
    expect(findings.map((f) => [f.data?.agency, f.data?.found])).toEqual([
      ['Sở Y tế', 1],
      ['Sở Giáo dục và Đào tạo', 1],
      ['Sở Tư pháp', 0],
    ]);
    expect(findings[2]?.path).toBe('/agencies/3');
    expect(findings[0]?.message.vi).toBe('Sở Y tế có 1 thủ tục mức độ 3 trở lên, cần ít nhất 2 (QĐ 1653/QĐ-UBND).');
  });

  it('checks every lead agency by default and honours exclusions', () => {
    const all = checkAgencyMinimum(procedures, { minimum: 2, metric: { kind: 'level-at-least', level: 3 } });
    expect(all.map((f) => f.data?.agency)).toEqual([
      'Sở Y tế',
      'Sở Lao động Thương binh và Xã hội',
      'Sở Giao thông Vận tải',
      'Thanh tra tỉnh',
      'Công an tỉnh',
      'Sở Giáo dục và Đào tạo',
    ]);
    const rest = checkAgencyMinimum(procedures, {
      minimum: 2,
      metric: { kind: 'level-at-least', level: 3 },
      exclude: ['Thanh tra tỉnh', 'Công an tỉnh', 'Sở Y tế', 'Sở Lao động Thương binh và Xã hội', 'Sở Giao thông Vận tải'],
    });
    expect(rest.map((f) => f.data?.agency)).toEqual(['Sở Giáo dục và Đào tạo']);
  });
});
