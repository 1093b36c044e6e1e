import { EgovError } from '@egov/core';
import { describe, expect, it } from 'vitest';
import { parsePlan, safeParsePlan } from './parse-plan';

// Lạng Sơn 200/KH-SKHĐT (source 000), reduced to what the schema requires.
const rest = {
  kind: 'Kế hoạch',
  document: { number: '200/KH-SKHĐT', date: '2018-09-28', as_printed: { number: '200 /KH-SKHĐT' } },
  province: 'Lạng Sơn',
};
const minimal = { ...rest, plan_year: 2019 };

describe('safeParsePlan', () => {
  it('accepts a minimal plan and keeps the printed forms', () => {
    const result = safeParsePlan(minimal);
    expect(result.ok && result.value.document.as_printed).toEqual({ number: '200 /KH-SKHĐT' });
  });

  it('accepts a period with phases instead of a plan year (Bắc Giang 3701/KH-UBND)', () => {
    const result = safeParsePlan({
      ...rest,
      period: { start: 2016, end: 2020 },
      phases: [{ id: '2016-2017', name: 'Giai đoạn 2016 - 2017', start: 2016, end: 2017 }],
    });
    expect(result.ok).toBe(true);
  });

  it('needs a plan year or a period', () => {
    const result = safeParsePlan(rest);
    expect(result.ok ? [] : result.error.map((finding) => [finding.ruleId, finding.path])).toEqual([['plan/schema', '/period']]);
  });

  it.each([
    ['top level', { ...minimal, plan_yaer: 2019 }, '', 'plan_yaer'],
    ['document (reused roadmap decision)', { ...minimal, document: { ...minimal.document, numbr: '200' } }, '/document', 'numbr'],
    [
      'stated figure',
      { ...minimal, figures: [{ id: 'eoffice.accounts_issued', printed: '58', value: 58, total: 58 }] },
      '/figures/0',
      'total',
    ],
    [
      'figure part',
      { ...minimal, current_state: { figures: [{ printed: '58', value: 58, parts: [{ who: 'BQL ODA', value: 1 }] }] } },
      '/current_state/figures/0/parts/0',
      'who',
    ],
    ['target', { ...minimal, targets: [{ text: '70% công chức …', kind: 'share', value: '70%', year: 2019 }] }, '/targets/0', 'year'],
    ['task', { ...minimal, tasks: [{ task: 'Hoàn thành kết nối', agency: 'Văn phòng UBND tỉnh' }] }, '/tasks/0', 'agency'],
    ['funding rule', { ...minimal, funding: { rules: [{ text: '… từ ngân sách tỉnh', fundng_source: 'ngân sách tỉnh' }] } }, '/funding/rules/0', 'fundng_source'],
    ['budget table', { ...minimal, budget: { file: 'budget.csv', stated_totl: null } }, '/budget', 'stated_totl'],
  ])('reports an unknown field (a typo) in the %s with its JSON pointer', (_where, input, path, key) => {
    const result = safeParsePlan(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toHaveLength(1);
    expect(result.error[0]).toMatchObject({ ruleId: 'plan/schema', severity: 'error', path, data: { code: 'unrecognized_keys', keys: [key] } });
    expect(result.error[0]?.message.en).toContain(key);
  });

  it('reports wrong types at their place', () => {
    const result = safeParsePlan({ ...minimal, targets: [{ text: 'x', kind: 'qualitative', level: [3, 5], by: 'năm 2019' }] });
    expect(result.ok ? [] : result.error.map((finding) => finding.path).sort()).toEqual(['/targets/0/by', '/targets/0/level/1']);
  });

  it('never throws on input that is not a plan', () => {
    for (const input of [undefined, null, 42, 'plan', [], { kind: 1 }]) expect(safeParsePlan(input).ok).toBe(false);
  });
});

describe('parsePlan', () => {
  it('returns the typed plan', () => {
    expect(parsePlan(minimal).plan_year).toBe(2019);
  });

  it('throws an EgovError with code plan/invalid and the findings as cause', () => {
    let caught: unknown;
    try {
      parsePlan({ ...minimal, province: '' });
    } catch (error) {
      caught = error;
    }
    expect(EgovError.isInstance(caught)).toBe(true);
    expect(caught).toMatchObject({ code: 'plan/invalid', cause: [{ ruleId: 'plan/schema', path: '/province' }] });
    expect(() => parsePlan({})).toThrow(/does not pass the schema/);
  });
});
