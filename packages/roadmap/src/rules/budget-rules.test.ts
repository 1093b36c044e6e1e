import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { minimalRoadmap } from '../__fixtures__/minimal-roadmap';
import type { BudgetLine, Entry, Roadmap, StatedTotal, Step } from '../model/roadmap-schema';
import { validateRoadmap, type ValidationConfig } from '../validate-roadmap';

// Amounts, names and words are those of sources 002 (Thái Bình 818/QĐ-UBND) and 003 (Hà Giang 1653/QĐ-UBND).

function findingsOf(ruleId: string, roadmap: Roadmap, config: ValidationConfig = {}) {
  const result = validateRoadmap(roadmap, config);
  expect(result.findings.filter((f) => f.ruleId === 'roadmap/schema' || f.ruleId === 'roadmap/config')).toEqual([]);
  return result.findings.filter((finding) => finding.ruleId === ruleId);
}

const entry = (id: string, service: string, due: number, more: Partial<Entry> = {}): Entry => ({
  id,
  service,
  target_level: 3,
  due,
  ...more,
});
const budgetTotal = (value: string, more: Partial<Extract<StatedTotal, { kind: 'budget' }>> = {}): StatedTotal => ({
  kind: 'budget',
  value,
  unit: 'tỷ đồng',
  ...more,
});

/** Source 002, III: three lines in đồng and the total "6 tỷ đồng (Sáu tỷ đồng)". */
const thaiBinhBudget = (total: string, words = 'Sáu tỷ đồng'): Partial<Roadmap> => ({
  phases: [
    { id: '2013-2015', start: 2013, end: 2015 },
    { id: '2016-2020', start: 2016, end: 2020 },
  ],
  budgets: [
    { label: 'Giai đoạn 2013 - 2014', from: 2013, to: 2014, amount: '2.200.000.000', unit: 'đồng' },
    { label: 'Trong năm 2015', from: 2015, to: 2015, amount: '1.800.000.000', unit: 'đồng' },
    { label: 'Giai đoạn 2016 - 2020', phase: '2016-2020', amount: '2.000.000.000', unit: 'đồng' },
  ],
  stated_totals: [budgetTotal(total, { in_words: words })],
});

/** Source 003, III: per-service lines in tỷ đồng with dot decimals. */
const haGiangEntries = [
  entry('2015.1', 'Đăng ký kinh doanh', 2015),
  entry('2015.12', 'Cấp phép và khai thác nguồn nước', 2015),
  entry('2015.13', 'Thu phí và bảo vệ môi trường', 2015),
];
const haGiangLines: BudgetLine[] = [
  { service: 'Đăng ký kinh doanh', entry: '2015.1', year: 2014, amount: '1.4', unit: 'tỷ đồng' },
  { service: 'Đăng ký kinh doanh', entry: '2015.1', year: 2015, amount: '0', unit: 'tỷ đồng' },
  { service: 'Gấp phép và khai thác nguồn nước', entry: '2015.12', year: 2014, amount: '0.8', unit: 'tỷ đồng' },
  { service: 'Gấp phép và khai thác nguồn nước', entry: '2015.12', year: 2015, amount: '0', unit: 'tỷ đồng' },
  { service: 'Thu phí và bảo vệ môi trường', entry: '2015.13', year: 2014, amount: '0', unit: 'tỷ đồng' },
  { service: 'Thu phí và bảo vệ môi trường', entry: '2015.13', year: 2015, amount: '0.5', unit: 'tỷ đồng' },
];
const haGiang = (totals: StatedTotal[], lines: BudgetLine[] = haGiangLines): Roadmap =>
  minimalRoadmap(haGiangEntries, { phases: [{ id: '2013-2015', start: 2013, end: 2015 }], budgets: lines, stated_totals: totals });

describe('roadmap/budget-total-mismatch', () => {
  const rule = 'roadmap/budget-total-mismatch';
  it('passes 2.200.000.000 + 1.800.000.000 + 2.000.000.000 đồng = "6" tỷ đồng (source 002)', () => {
    expect(findingsOf(rule, minimalRoadmap([], thaiBinhBudget('6')))).toEqual([]);
  });
  it('reports a grand total of "6,5" tỷ đồng with the difference in đồng', () => {
    const found = findingsOf(rule, minimalRoadmap([], thaiBinhBudget('6,5')));
    expect(found.map((f) => f.path)).toEqual(['/stated_totals/0/value']);
    expect(found[0]?.data).toEqual({
      stated: '6500000000',
      computed: '6000000000',
      difference: '500000000',
      tolerance: '0',
      printed: '6,5 tỷ đồng',
      lines: 3,
    });
    expect(found[0]?.message.vi).toContain('chênh lệch 500.000.000 đồng');
    expect(found[0]?.message.en).toContain('add up to 6.000.000.000 đồng');
  });
  it('reads the dot decimals of source 003 in tỷ đồng: year, phase and row totals', () => {
    const totals = [
      budgetTotal('2.2', { year: 2014 }),
      budgetTotal('0.5', { year: 2015 }),
      budgetTotal('2.7', { phase: '2013-2015' }),
      budgetTotal('2.7'),
      budgetTotal('0.8', { service: 'Gấp phép và khai thác nguồn nước', entry: '2015.12' }),
      budgetTotal('1.4', { service: 'Đăng ký kinh doanh' }),
    ];
    expect(findingsOf(rule, haGiang(totals))).toEqual([]);
  });
  it('reports a column total 2015 of "0.6" against 0 + 0 + 0.5, tolerance half of the finest printed digit', () => {
    const found = findingsOf(rule, haGiang([budgetTotal('0.6', { year: 2015 })]));
    expect(found.map((f) => f.path)).toEqual(['/stated_totals/0/value']);
    expect(found[0]?.data).toMatchObject({ stated: '600000000', computed: '500000000', difference: '100000000', tolerance: '50000000', lines: 3 });
  });
  it('reports a row total that differs from its service’s lines', () => {
    const found = findingsOf(rule, haGiang([budgetTotal('1', { service: 'Thu phí và bảo vệ môi trường', entry: '2015.13' })]));
    expect(found[0]?.data).toMatchObject({ stated: '1000000000', computed: '500000000', lines: 2 });
  });
  it('reports an amount it cannot read, and reads it with the notation option', () => {
    const lines: BudgetLine[] = [{ year: 2014, amount: '15.200', unit: 'tỷ đồng' }];
    const found = findingsOf(rule, haGiang([budgetTotal('15.2')], lines));
    expect(found.map((f) => [f.path, f.data?.reason])).toEqual([['/budgets/0/amount', 'budget/amount-ambiguous']]);
    const config: ValidationConfig = { rules: { [rule]: ['error', { notation: 'en' }] } };
    expect(findingsOf(rule, haGiang([budgetTotal('15.2')], lines), config)).toEqual([]);
  });
  it('reports an unknown unit and an unknown phase', () => {
    const lines: BudgetLine[] = [{ year: 2014, amount: '1.4', unit: 'USD' }];
    const found = findingsOf(rule, haGiang([budgetTotal('1.4', { phase: '2011-2015' })], lines));
    expect(found.map((f) => [f.path, f.data?.reason])).toEqual([
      ['/budgets/0/amount', 'budget/amount-unit-unknown'],
      ['/stated_totals/0/phase', undefined],
    ]);
  });
  it('does not check a total whose year cuts a line’s years (2014 over "Giai đoạn 2013 - 2014")', () => {
    const roadmap = minimalRoadmap([], { ...thaiBinhBudget('6'), stated_totals: [budgetTotal('9', { year: 2014 })] });
    expect(findingsOf(rule, roadmap)).toEqual([]);
  });
});

describe('roadmap/budget-words-mismatch', () => {
  const rule = 'roadmap/budget-words-mismatch';
  it('passes "Sáu tỷ đồng" for 6 tỷ đồng and "Mười lăm tỷ hai trăm triệu đồng" for 15.2', () => {
    expect(findingsOf(rule, minimalRoadmap([], thaiBinhBudget('6')))).toEqual([]);
    const total = budgetTotal('15.2', { in_words: 'Mười lăm tỷ hai trăm triệu đồng' });
    expect(findingsOf(rule, minimalRoadmap([], { stated_totals: [total] }))).toEqual([]);
  });
  it('reports words that read to another amount, exactly (no rounding)', () => {
    const found = findingsOf(rule, minimalRoadmap([], thaiBinhBudget('6', 'Năm tỷ đồng')));
    expect(found.map((f) => f.path)).toEqual(['/stated_totals/0/in_words']);
    expect(found[0]?.data).toEqual({ stated: '6000000000', words: '5000000000', difference: '-1000000000', printed: '6 tỷ đồng' });
    const close = budgetTotal('15.2', { in_words: 'Mười lăm tỷ hai triệu đồng' });
    expect(findingsOf(rule, minimalRoadmap([], { stated_totals: [close] }))[0]?.data).toMatchObject({ difference: '-198000000' });
  });
  it('reports words that cannot be read', () => {
    const found = findingsOf(rule, minimalRoadmap([], thaiBinhBudget('6', 'mười mười tỷ đồng')));
    expect(found.map((f) => [f.path, f.data?.reason])).toEqual([['/stated_totals/0/in_words', 'budget/words-invalid']]);
  });
});

describe('roadmap/budget-services-mismatch', () => {
  const rule = 'roadmap/budget-services-mismatch';
  const entries = [
    entry('2013.1', 'Cấp giấy phép xây dựng', 2013),
    entry('2014.1', 'Cấp giấy phép in gia công cho nước ngoài', 2014),
    entry('2014.3', 'Cấp phép hợp báo', 2014, { target_level: 4 }),
    entry('2015.1', 'Gia hạn giấy phép khai thác thủy sản', 2015),
    entry('2020.6', 'Gia hạn giấy phép khai thác thủy sản', 2020, { target_level: 4, from_level: 3 }),
  ];
  const roadmap = (counts: [number, number, number]): Roadmap =>
    minimalRoadmap(entries, {
      phases: [{ id: '2016-2020', start: 2016, end: 2020 }],
      budgets: [
        { label: 'Giai đoạn 2013 - 2014', from: 2013, to: 2014, amount: '2.200.000.000', services_count: counts[0] },
        { label: 'Trong năm 2015', from: 2015, to: 2015, amount: '1.800.000.000', services_count: counts[1] },
        { label: 'Giai đoạn 2016 - 2020', phase: '2016-2020', amount: '2.000.000.000', services_count: counts[2] },
      ],
    });
  it('counts the distinct services due within each line’s years (from–to, or the phase)', () => {
    expect(findingsOf(rule, roadmap([3, 1, 1]))).toEqual([]);
  });
  it('reports a line stating another number', () => {
    const found = findingsOf(rule, roadmap([15, 1, 2]));
    expect(found.map((f) => f.path)).toEqual(['/budgets/0/services_count', '/budgets/2/services_count']);
    expect(found[0]?.data).toEqual({ stated: 15, computed: 3, difference: 12, from: 2013, to: 2014 });
    expect(found[0]?.message.vi).toContain('Giai đoạn 2013 - 2014 nêu 15 dịch vụ');
  });
  it('counts a service listed twice in the line’s years once', () => {
    const twice = minimalRoadmap([entry('a', 'Cấp phép hợp báo', 2014), entry('b', 'Cấp phép hợp báo', 2014, { target_level: 4 })], {
      budgets: [{ year: 2014, amount: '1', services_count: 1 }],
    });
    expect(findingsOf(rule, twice)).toEqual([]);
  });
});

describe('roadmap/budget-before-schedule', () => {
  const rule = 'roadmap/budget-before-schedule';
  const steps: Step[] = [
    { id: 'b.2', from: '2014-01', to: '2014-12', action: 'Lập và phê duyệt các dự án', kind: 'approve_projects', services: ['cấp phép và khai thác nguồn nước', 'Thu phí và bảo vệ môi trường'] },
    { id: 'c.1', from: '2015-01', to: '2015-12', action: 'Triển khai các dự án đã được phê duyệt năm 2014', kind: 'deploy_projects', refers_to_step: 'b.2', services: [] },
  ];
  const roadmap = (lines: BudgetLine[] = haGiangLines): Roadmap => minimalRoadmap(haGiangEntries, { steps, budgets: lines });
  it('flags a deployment budget in the year the project is only approved (source 003, services 12–14)', () => {
    const found = findingsOf(rule, roadmap());
    expect(found.map((f) => f.path)).toEqual(['/budgets/2/year']);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.data).toEqual({
      budget: { from: 2014, to: 2014 },
      amount: '800000000',
      step: '/steps/1',
      stepFrom: '2015-01',
      deployment: true,
    });
  });
  it('passes zero amounts, budgets in the deployment year, and services no step names', () => {
    // Here, unlike source 003, "Thu phí…" is budgeted in 2015 only; "Đăng ký kinh doanh" is named by no step.
    const found = findingsOf(rule, roadmap());
    expect(found.some((f) => f.path === '/budgets/4/year' || f.path === '/budgets/5/year' || f.path === '/budgets/0/year')).toBe(false);
  });
  it('with deployKinds [] compares with the first step naming the service (2014: no finding)', () => {
    expect(findingsOf(rule, roadmap(), { rules: { [rule]: ['warn', { deployKinds: [] }] } })).toEqual([]);
  });
  it('flags a budget before any step and after the service is due', () => {
    const lines: BudgetLine[] = [
      { service: 'Thu phí và bảo vệ môi trường', year: 2013, amount: '0.5', unit: 'tỷ đồng' },
      { service: 'Thu phí và bảo vệ môi trường', from: 2016, to: 2017, amount: '0.5', unit: 'tỷ đồng' },
    ];
    const found = findingsOf(rule, roadmap(lines), { rules: { [rule]: ['warn', { deployKinds: [] }] } });
    expect(found.map((f) => f.path)).toEqual(['/budgets/0/year', '/budgets/1/from']);
    expect(found[0]?.data).toMatchObject({ deployment: false, step: '/steps/0' });
    expect(found[1]?.data).toMatchObject({ due: 2015 });
    expect(found[1]?.message.vi).toContain('sau thời hạn 2015');
  });
});

describe('roadmap/budget-unknown-service', () => {
  const rule = 'roadmap/budget-unknown-service';
  const entries = [entry('2015.6', 'Cấp giấy phép đăng ký hành nghề y, dược', 2015), ...haGiangEntries];
  it('passes names that resolve, by near match too ("Gấp phép" for "Cấp phép")', () => {
    expect(findingsOf(rule, minimalRoadmap(entries, { budgets: haGiangLines }))).toEqual([]);
  });
  it('reports a name no list has, with the closest listed service (source 003, STT 5)', () => {
    const line: BudgetLine = { service: 'Cấp giấy phép hành nghề y, dược', entry: '2015.6', year: 2014, amount: '1.1', unit: 'tỷ đồng' };
    const found = findingsOf(rule, minimalRoadmap(entries, { budgets: [line], stated_totals: [budgetTotal('1.1', { service: line.service })] }));
    expect(found.map((f) => f.path)).toEqual(['/budgets/0/service', '/stated_totals/0/service']);
    expect(found[0]?.data).toMatchObject({ closest: 'Cấp giấy phép đăng ký hành nghề y, dược', entry: '2015.6' });
    expect(found[0]?.message.vi).toContain('gần nhất là "Cấp giấy phép đăng ký hành nghề y, dược"');
  });
  it('reports a link to a missing entry and a link to another service than the name', () => {
    const lines: BudgetLine[] = [
      { service: 'Đăng ký kinh doanh', entry: '2015.99', year: 2014, amount: '1.4' },
      { service: 'Đăng ký kinh doanh', entry: '2015.13', year: 2014, amount: '1.4' },
    ];
    const found = findingsOf(rule, minimalRoadmap(entries, { budgets: lines }));
    expect(found.map((f) => f.path)).toEqual(['/budgets/0/entry', '/budgets/1/entry']);
    expect(found[1]?.data).toMatchObject({ linked: 'Thu phí và bảo vệ môi trường', matched: 'Đăng ký kinh doanh' });
  });
});

describe('budget rules on arbitrary budgets (property)', () => {
  const names = ['Đăng ký kinh doanh', 'Gấp phép và khai thác nguồn nước', 'Cấp giấy phép hành nghề y, dược', 'Thu phí và bảo vệ môi trường'];
  const amount = fc.oneof(
    fc.constantFrom('2.200.000.000', '1.4', '2,2', '0', '15.200', '6', '0.8', '1,234.5', 'abc'),
    fc.double({ min: 0, max: 1e6, noNaN: true }),
  );
  const unit = fc.option(fc.constantFrom('đồng', 'tỷ đồng', 'triệu đồng', 'USD'), { nil: undefined });
  const year = fc.option(fc.integer({ min: 2012, max: 2021 }), { nil: undefined });
  const line = fc.record({
    service: fc.option(fc.constantFrom(...names), { nil: undefined }),
    entry: fc.option(fc.constantFrom('2015.1', '2015.12', '2015.13', 'x'), { nil: undefined }),
    year,
    amount,
    unit,
    services_count: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
  });
  const total = fc.record({
    kind: fc.constant('budget' as const),
    value: amount,
    unit,
    year,
    phase: fc.option(fc.constantFrom('2013-2015', '2016-2020', 'x'), { nil: undefined }),
    service: fc.option(fc.constantFrom(...names), { nil: undefined }),
    in_words: fc.option(fc.constantFrom('Sáu tỷ đồng', 'Mười lăm tỷ hai trăm triệu đồng', 'mười mười'), { nil: undefined }),
  });
  const strip = <T extends object>(value: T): T =>
    Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;

  it('never fails a rule, and every finding points at an existing value', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.array(total, { maxLength: 4 }), (lines, totals) => {
        const input = haGiang(totals.map(strip), lines.map(strip));
        const result = validateRoadmap(input);
        expect(result.findings.filter((finding) => finding.ruleId === 'roadmap/rule-failed')).toEqual([]);
        for (const finding of result.findings) {
          let value: unknown = input;
          for (const segment of finding.path.split('/').slice(1)) value = (value as Record<string, unknown> | undefined)?.[segment];
          expect(value, finding.path).toBeDefined();
        }
      }),
      { numRuns: 150 },
    );
  });
});
