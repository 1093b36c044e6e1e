import { parseJsonPointer, type Finding } from '@egov/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinPlanRules } from './builtin-plan-rules';
import { definePlanRule } from './plan-rule';
import { validatePlan } from './validate-plan';

// Minimal plans built from the real documents: Lạng Sơn 200/KH-SKHĐT (plan year 2019, source 000) and
// Bắc Giang 3701/KH-UBND (period 2016–2020 with two phases, source 001).
const langSon = {
  kind: 'Kế hoạch',
  document: { number: '200/KH-SKHĐT', date: '2018-09-28' },
  province: 'Lạng Sơn',
  plan_year: 2019,
};
const bacGiang = {
  kind: 'Kế hoạch hành động',
  document: { number: '3701/KH-UBND', date: '2015-12-15' },
  received_stamp: { by: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', number: '189', date: '2016-01-13' },
  province: 'Bắc Giang',
  period: { start: 2016, end: 2020 },
  phases: [
    { id: '2016-2017', name: 'Giai đoạn 2016 - 2017', start: 2016, end: 2017 },
    { id: '2018-2020', name: 'Giai đoạn 2018 - 2020', start: 2018, end: 2020 },
  ],
};
const accounts = (total: number, printed = String(total)) => ({
  ...langSon,
  current_state: {
    figures: [
      {
        id: 'eoffice.accounts_issued',
        printed,
        value: total,
        parts: [
          { label: 'tại đơn vị Sở', printed: '41', value: 41 },
          { label: 'Trung tâm Xúc tiến đầu tư', printed: '05', value: 5 },
          { label: 'BQL ODA', printed: '01', value: 1 },
          { label: '11 huyện, thành phố', printed: '11', value: 11 },
        ],
      },
    ],
  },
});
const share = (value: string, level: number, by: number, phase?: string) => ({
  text: `${value} dịch vụ công trực tuyến mức độ ${String(level)}`,
  kind: 'share_of_services_at_level',
  value,
  level,
  by,
  ...(phase === undefined ? {} : { phase }),
});

const brief = (findings: readonly Finding[]) => findings.map((finding) => [finding.ruleId, finding.path]);
const run = (input: unknown, ruleId: string) => brief(validatePlan(input).findings.filter((finding) => finding.ruleId === ruleId));

describe('plan/parts-sum-mismatch', () => {
  it('passes 41 + 05 + 01 + 11 = 58 (Lạng Sơn II.2.1) and fails against 59', () => {
    expect(run(accounts(58), 'plan/parts-sum-mismatch')).toEqual([]);
    const findings = validatePlan(accounts(59)).findings;
    expect(brief(findings)).toEqual([['plan/parts-sum-mismatch', '/current_state/figures/0/value']]);
    expect(findings[0]?.data).toEqual({ total: 59, sum: 58, parts: [41, 5, 1, 11], complete: true });
  });

  it('adds parts up to `of` when asked ("07/08 tăng, 01 giảm", Lào Cai III.1.1)', () => {
    const figure = { printed: '07/08', value: 7, of: 8, parts_add_up_to: 'of', parts: [{ value: 7 }, { value: 1 }] };
    expect(run({ ...langSon, figures: [figure] }, 'plan/parts-sum-mismatch')).toEqual([]);
    expect(run({ ...langSon, figures: [{ ...figure, parts: [{ value: 7 }, { value: 2 }] }] }, 'plan/parts-sum-mismatch')).toEqual([
      ['plan/parts-sum-mismatch', '/figures/0/of'],
    ]);
  });

  it('with a part of unknown size, reports only a known sum above the total (Lào Cai II: 26 of 30 known)', () => {
    const parts = [{ value: 8 }, { value: 4 }, { value: 4 }, { value: 5 }, { value: 5 }, { text: '4 mức độ' }];
    expect(run({ ...langSon, figures: [{ printed: '30', value: 30, parts }] }, 'plan/parts-sum-mismatch')).toEqual([]);
    expect(run({ ...langSon, figures: [{ printed: '25', value: 25, parts }] }, 'plan/parts-sum-mismatch')).toEqual([
      ['plan/parts-sum-mismatch', '/figures/0/value'],
    ]);
  });
});

describe('plan/printed-value-mismatch', () => {
  it.each([
    ['2.576', 2576, undefined],
    ['11.718', 11718, undefined],
    ['05', 5, undefined],
    ['100%', 100, undefined],
    ['43/56', 43, 56],
  ])('passes "%s" read as %s', (printed, value, of) => {
    expect(run({ ...langSon, figures: [{ printed, value, ...(of === undefined ? {} : { of }) }] }, 'plan/printed-value-mismatch')).toEqual([]);
  });

  it.each([
    ['2.576', 2.576, undefined, '/figures/0/value'],
    ['2.576', 2567, undefined, '/figures/0/value'],
    ['43/56', 43, 65, '/figures/0/of'],
    ['37/38', 38, 38, '/figures/0/value'],
    ['trên 100% các văn bản điện tử', 100, undefined, '/figures/0/printed'],
  ])('fails "%s" read as %s', (printed, value, of, path) => {
    expect(run({ ...langSon, figures: [{ printed, value, ...(of === undefined ? {} : { of }) }] }, 'plan/printed-value-mismatch')).toEqual([
      ['plan/printed-value-mismatch', path],
    ]);
  });

  it('checks the parts too, and leaves a printed phrase without a value alone', () => {
    expect(run(accounts(58), 'plan/printed-value-mismatch')).toEqual([]);
    const wrongPart = accounts(58);
    const part = wrongPart.current_state.figures[0]?.parts[1];
    if (part !== undefined) part.value = 50;
    expect(run(wrongPart, 'plan/printed-value-mismatch')).toEqual([['plan/printed-value-mismatch', '/current_state/figures/0/parts/1/value']]);
    expect(run({ ...langSon, figures: [{ printed: 'trên 100% các văn bản điện tử' }] }, 'plan/printed-value-mismatch')).toEqual([]);
  });
});

describe('plan/subset-exceeds-total', () => {
  const computers = { id: 'infrastructure.computers_per_staff', printed: '43/56', value: 43, of: 56 };
  it('fails 55 computers connected to the Internet out of 43 computers (Lạng Sơn II.1), passes 42', () => {
    const connected = (value: number) => ({ ...langSon, figures: [computers, { printed: String(value), value, subset_of: computers.id }] });
    expect(run(connected(55), 'plan/subset-exceeds-total')).toEqual([['plan/subset-exceeds-total', '/figures/1/value']]);
    expect(run(connected(42), 'plan/subset-exceeds-total')).toEqual([]);
  });

  it('reports a subset_of that names no figure', () => {
    expect(run({ ...langSon, figures: [{ value: 46, subset_of: 'eoffice.accounts' }] }, 'plan/subset-exceeds-total')).toEqual([
      ['plan/subset-exceeds-total', '/figures/0/subset_of'],
    ]);
  });
});

describe('plan/target-outside-period', () => {
  it('passes targets within the plan year or the phase they name', () => {
    expect(run({ ...langSon, targets: [{ text: '70% công chức', kind: 'share_of_staff_using_email', value: '70%', by: 2019 }] }, 'plan/target-outside-period')).toEqual([]);
    expect(run({ ...bacGiang, targets: [share('50%', 3, 2017, '2016-2017')] }, 'plan/target-outside-period')).toEqual([]);
  });

  it('fails a target after the plan year, outside its phase, or in an unknown phase', () => {
    expect(run({ ...langSon, targets: [{ text: '70% công chức', kind: 'x', by: 2020 }] }, 'plan/target-outside-period')).toEqual([
      ['plan/target-outside-period', '/targets/0/by'],
    ]);
    expect(run({ ...bacGiang, targets: [share('50%', 3, 2018, '2016-2017')] }, 'plan/target-outside-period')).toEqual([
      ['plan/target-outside-period', '/targets/0/by'],
    ]);
    expect(run({ ...bacGiang, targets: [share('50%', 3, 2021)] }, 'plan/target-outside-period')).toEqual([['plan/target-outside-period', '/targets/0/by']]);
    expect(run({ ...bacGiang, targets: [share('50%', 3, 2017, '2016 - 2017')] }, 'plan/target-outside-period')).toEqual([
      ['plan/target-outside-period', '/targets/0/phase'],
    ]);
  });

  it('checks task deadlines the same way', () => {
    expect(run({ ...bacGiang, tasks: [{ id: 'IV.1.b', due: '2016-06-30' }] }, 'plan/target-outside-period')).toEqual([]);
    expect(run({ ...bacGiang, tasks: [{ id: 'IV.1.a', due: '2015-12-31' }] }, 'plan/target-outside-period')).toEqual([
      ['plan/target-outside-period', '/tasks/0/due'],
    ]);
  });
});

describe('plan/phase-outside-period', () => {
  it('passes phases 2016–2017 and 2018–2020 of the period 2016–2020', () => {
    expect(run(bacGiang, 'plan/phase-outside-period')).toEqual([]);
  });

  it('fails a phase past the period, a phase that ends before it starts, and a duplicate id', () => {
    const phases = [
      { id: '2018-2021', start: 2018, end: 2021 },
      { id: '2017-2016', start: 2017, end: 2016 },
      { id: '2018-2021', start: 2018, end: 2019 },
    ];
    expect(run({ ...bacGiang, phases }, 'plan/phase-outside-period')).toEqual([
      ['plan/phase-outside-period', '/phases/0/end'],
      ['plan/phase-outside-period', '/phases/1/end'],
      ['plan/phase-outside-period', '/phases/2/id'],
    ]);
  });

  it('checks phases against a plan year', () => {
    expect(run({ ...langSon, phases: [{ id: 'Quý I', start: '2019-01', end: '2019-03' }] }, 'plan/phase-outside-period')).toEqual([]);
    expect(run({ ...langSon, phases: [{ id: '2018', start: 2018, end: 2019 }] }, 'plan/phase-outside-period')).toEqual([
      ['plan/phase-outside-period', '/phases/0/start'],
    ]);
  });
});

describe('plan/due-before-received', () => {
  it('warns when a task is due before the received stamp (Bắc Giang IV.1.a: 01/01/2016 vs 13/1/16) or the signature', () => {
    expect(run({ ...bacGiang, tasks: [{ id: 'IV.1.a', due: '2016-01-01' }] }, 'plan/due-before-received')).toEqual([
      ['plan/due-before-received', '/tasks/0/due'],
    ]);
    expect(run({ ...bacGiang, tasks: [{ id: 'x', due: '2015-12' }] }, 'plan/due-before-received')).toEqual([['plan/due-before-received', '/tasks/0/due']]);
    expect(validatePlan({ ...bacGiang, tasks: [{ id: 'IV.1.a', due: '2016-01-01' }] }).findings[0]?.severity).toBe('warning');
  });

  it('passes a deadline after both dates (IV.1.b: 30/6/2016)', () => {
    expect(run({ ...bacGiang, tasks: [{ id: 'IV.1.b', due: '2016-06-30' }] }, 'plan/due-before-received')).toEqual([]);
  });
});

describe('plan/level-shares-exceed-whole', () => {
  it('warns on 100% at level 3 + 20% at level 4 by 2020 (Bắc Giang II.3.b), not on 50% + 10% by 2017', () => {
    const targets = [share('50%', 3, 2017, '2016-2017'), share('10%', 4, 2017, '2016-2017'), share('100%', 3, 2020, '2018-2020'), share('20%', 4, 2020, '2018-2020')];
    const findings = validatePlan({ ...bacGiang, targets }).findings.filter((finding) => finding.ruleId === 'plan/level-shares-exceed-whole');
    expect(brief(findings)).toEqual([['plan/level-shares-exceed-whole', '/targets/3/value']]);
    expect(findings[0]?.data).toEqual({ by: '2020', total: 120, targets: [2, 3] });
  });

  it('does not add shares read as "at least" a level, nor shares due at different times', () => {
    const atLeast = { ...share('100%', 3, 2020), kind: 'share_of_services_at_least_level' };
    expect(run({ ...bacGiang, targets: [atLeast, share('20%', 4, 2020)] }, 'plan/level-shares-exceed-whole')).toEqual([]);
    expect(run({ ...bacGiang, targets: [share('100%', 3, 2019), share('20%', 4, 2020)] }, 'plan/level-shares-exceed-whole')).toEqual([]);
  });
});

describe('validatePlan', () => {
  it('returns schema findings and no plan for invalid input', () => {
    const result = validatePlan({ ...langSon, plan_yaer: 2019 });
    expect(result.plan).toBeUndefined();
    expect(brief(result.findings)).toEqual([['plan/schema', '']]);
  });

  it('reads a news report or summary without a number, with only a month, or without a date', () => {
    const news = { kind: 'Tin bài', document: { issuer: 'Báo Bà Rịa - Vũng Tàu', date: '2020-09' }, province: 'Bà Rịa - Vũng Tàu', plan_year: 2020 };
    expect(validatePlan(news).findings).toEqual([]);
    expect(validatePlan({ ...news, document: { issuer: 'mic.gov.vn' } }).findings).toEqual([]);
    const tasks = [{ id: 'IV.1.a', due: '2020-08-15' }];
    expect(brief(validatePlan({ ...news, tasks }).findings)).toEqual([['plan/due-before-received', '/tasks/0/due']]);
    expect(validatePlan({ ...news, document: {}, tasks }).findings).toEqual([]);
  });

  it('keeps a printed date validated: a day that does not exist is refused', () => {
    for (const date of ['2019-09-31', '2019-02-29', '2020-13', '31/9/2019']) {
      expect(brief(validatePlan({ ...langSon, document: { number: '1/KH', date } }).findings)).toEqual([['plan/schema', '/document/date']]);
    }
  });

  it('still checks the rest of the plan when the schema refuses its document', () => {
    const phases = [{ id: '2016-2021', start: 2016, end: 2021 }];
    const result = validatePlan({ ...bacGiang, document: { number: '3701/KH-UBND', date: '2015-09-31' }, phases });
    expect(result.plan).toBeUndefined();
    expect(brief(result.findings)).toEqual([
      ['plan/schema', '/document/date'],
      ['plan/phase-outside-period', '/phases/0/end'],
    ]);
  });

  it('turns rules off or changes their severity, and reports unknown rules and levels', () => {
    const input = { ...bacGiang, tasks: [{ id: 'IV.1.a', due: '2016-01-01' }] };
    expect(validatePlan(input, { rules: { 'plan/due-before-received': 'off' } }).findings).toEqual([]);
    expect(validatePlan(input, { rules: { 'plan/due-before-received': 'error' } }).findings[0]?.severity).toBe('error');
    expect(validatePlan(input, { rules: { 'plan/due-before-received': 'warn' } }).findings[0]?.severity).toBe('warning');
    expect(brief(validatePlan(langSon, { rules: { 'plan/no-such-rule': 'error' } }).findings)).toEqual([['plan/config', '']]);
  });

  it('runs extra rules and reports a rule that throws', () => {
    const needsTargets = definePlanRule({
      id: 'acme/plan-without-targets',
      defaultSeverity: 'info',
      description: { vi: 'Kế hoạch không có mục tiêu', en: 'The plan has no targets' },
      check: ({ plan, report }) => {
        if ((plan.targets ?? []).length === 0) report({ message: { vi: 'Chưa có mục tiêu', en: 'No targets' }, path: ['targets'] });
      },
    });
    const broken = definePlanRule({
      id: 'acme/broken',
      defaultSeverity: 'error',
      description: { vi: 'Hỏng', en: 'Broken' },
      check: () => {
        throw new Error('boom');
      },
    });
    expect(brief(validatePlan(langSon, { extraRules: [needsTargets, broken] }).findings)).toEqual([
      ['plan/rule-failed', ''],
      ['acme/plan-without-targets', '/targets'],
    ]);
  });

  it('has unique built-in rule ids in the plan/ namespace with a description in both languages', () => {
    const ids = builtinPlanRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of builtinPlanRules) {
      expect(rule.id).toMatch(/^plan\/[a-z-]+$/);
      expect(rule.description.vi.length).toBeGreaterThan(0);
      expect(rule.description.en.length).toBeGreaterThan(0);
    }
  });
});

describe('validatePlan on generated plans (property)', () => {
  const when = fc.oneof(fc.integer({ min: 2010, max: 2025 }), fc.constantFrom('2016-01-01', '2019-06', '2021-12-31'));
  const printed = fc.constantFrom('58', '05', '2.576', '43/56', '100%', '5%', 'trên 100%', '1.409,5', 'abc', '2/3');
  const part = fc.record(
    { printed, value: fc.integer({ min: 0, max: 3000 }), of: fc.integer({ min: 1, max: 100 }) },
    { requiredKeys: [] },
  );
  const figure = fc.record(
    {
      id: fc.constantFrom('a', 'b', 'c'),
      printed,
      value: fc.integer({ min: 0, max: 3000 }),
      of: fc.integer({ min: 1, max: 100 }),
      parts: fc.array(part, { maxLength: 4 }),
      parts_add_up_to: fc.constantFrom('value', 'of'),
      subset_of: fc.constantFrom('a', 'b', 'z'),
    },
    { requiredKeys: [] },
  );
  const target = fc.record(
    {
      text: fc.constant('50% dịch vụ công trực tuyến mức độ 3'),
      kind: fc.constantFrom('share_of_services_at_level', 'qualitative'),
      value: fc.constantFrom('50%', '100%', '20%', 3),
      level: fc.integer({ min: 1, max: 4 }),
      phase: fc.constantFrom('2016-2017', '2018-2020', 'x'),
      by: when,
    },
    { requiredKeys: ['text', 'kind'] },
  );
  const task = fc.record({ id: fc.constantFrom('IV.1.a', 'IV.1.b'), due: when, phase: fc.constantFrom('2016-2017', 'y') }, { requiredKeys: [] });
  const plan = fc.record({
    base: fc.constantFrom<object>(langSon, bacGiang),
    figures: fc.array(figure, { maxLength: 5 }),
    targets: fc.array(target, { maxLength: 5 }),
    tasks: fc.array(task, { maxLength: 3 }),
    phases: fc.array(fc.record({ id: fc.constantFrom('2016-2017', '2018-2020'), start: when, end: when }), { maxLength: 3 }),
  });

  it('never throws, accepts every generated plan, and every finding points at an existing place', () => {
    fc.assert(
      fc.property(plan, ({ base, ...rest }) => {
        const input = { ...base, ...rest };
        const result = validatePlan(input);
        expect(result.plan).toBeDefined();
        for (const finding of result.findings) {
          expect(finding.ruleId).not.toBe('plan/rule-failed');
          let value: unknown = input;
          for (const segment of parseJsonPointer(finding.path)) value = (value as Record<string, unknown>)[segment];
          expect(value, finding.path).toBeDefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});
