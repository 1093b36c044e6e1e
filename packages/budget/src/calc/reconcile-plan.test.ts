import { unwrap } from '@egov/core';
import { describe, expect, it } from 'vitest';
import {
  source000Rows,
  source002Rows,
  source003Rows,
  source003TextTotal,
  source003UnitCaption,
} from '../__fixtures__/source-tables';
import type { Amount } from '../amount/amount';
import { safeParseAmount } from '../parse/parse-amount';
import { parseUnitHeader } from '../parse/parse-unit-header';
import type { BudgetPlan } from '../plan/budget-plan';
import { fromRows } from '../plan/from-rows';
import { amountToWords } from '../words/number-to-words';
import { reconcilePlan } from './reconcile-plan';
import { planTotal, totalsBy } from './totals-by';

function plan003(): BudgetPlan {
  const unit = parseUnitHeader(source003UnitCaption) ?? 'dong';
  const { plan, findings } = fromRows(source003Rows, { unit, document: '1653/QĐ-UBND', period: { start: 2013, end: 2015 } });
  expect(findings).toEqual([]);
  // The text above the table states the total again, with its words.
  const text = unwrap(safeParseAmount(source003TextTotal.printed));
  return {
    ...plan,
    statedTotals: [
      ...plan.statedTotals,
      {
        kind: 'grand',
        label: 'Tổng kinh phí triển khai dịch vụ công trực tuyến mức độ 3 giai đoạn 2013-2015',
        amount: {
          dong: text.amount.toString(),
          printed: text.text,
          precision: text.precision.toString(),
          words: source003TextTotal.words,
        },
      },
    ],
  };
}

const show = (rows: readonly { key: string; total: Amount }[]) => rows.map((r) => [r.key, r.total.toString()]);

describe('source 000 (Lạng Sơn 200/KH-SKHĐT): four tasks in đồng', () => {
  const { plan } = fromRows(source000Rows);

  it('adds up to 212.000.000 đồng', () => {
    expect(planTotal(plan).toString()).toBe('212000000');
    expect(amountToWords(planTotal(plan))).toBe('Hai trăm mười hai triệu đồng');
    expect(show(totalsBy(plan, 'agency'))).toEqual([['Sở Kế hoạch và Đầu tư', '212000000']]);
    expect(show(totalsBy(plan, 'year'))).toEqual([['2019', '212000000']]);
    expect(show(totalsBy(plan, 'phase'))).toEqual([['proposed', '212000000']]);
    expect(show(totalsBy(plan, 'period'))).toEqual([['2019', '212000000']]);
    expect(show(totalsBy(plan, 'type'))).toEqual([['', '212000000']]);
    expect(totalsBy(plan, 'agency')[0]?.count).toBe(4);
    expect(planTotal(plan, { period: { start: 2019, end: 2019 } }).toString()).toBe('212000000');
    expect(planTotal(plan, { phase: 'executed' }).toString()).toBe('0');
  });

  it('has nothing to reconcile (the document prints no total), so no findings', () => {
    expect(reconcilePlan(plan)).toEqual([]);
  });

  it('would catch a wrong printed total, with the difference in đồng', () => {
    const wrong: BudgetPlan = {
      ...plan,
      statedTotals: [{ kind: 'grand', label: 'Tổng cộng', amount: { dong: '210000000', printed: '210.000.000' }, row: 6 }],
    };
    const [finding, ...rest] = reconcilePlan(wrong);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'budget/total-mismatch',
      severity: 'error',
      path: '/statedTotals/0/amount',
      location: { row: 6 },
      data: { stated: '210000000', computed: '212000000', difference: '-2000000', tolerance: '0' },
    });
    expect(finding?.message.vi).toContain('chênh lệch -2.000.000 đồng');
  });
});

describe('source 002 (Thái Bình 818/QĐ-UBND): 2,2 + 1,8 + 2,0 = 6 tỷ, "Sáu tỷ đồng"', () => {
  const { plan } = fromRows(source002Rows);

  it('adds up and its words match', () => {
    expect(planTotal(plan).toString()).toBe('6000000000');
    expect(show(totalsBy(plan, 'year'))).toEqual([
      ['2013-2014', '2200000000'],
      ['2015', '1800000000'],
      ['2016-2020', '2000000000'],
    ]);
    expect(amountToWords(planTotal(plan))).toBe('Sáu tỷ đồng');
    expect(reconcilePlan(plan)).toEqual([]);
  });

  it('would catch words that do not match the figure', () => {
    const wrong: BudgetPlan = {
      ...plan,
      statedTotals: [{ kind: 'grand', amount: { dong: '6000000000', precision: '1000000000', words: 'Sáu tỷ năm trăm triệu đồng' } }],
    };
    expect(reconcilePlan(wrong).map((f) => [f.ruleId, f.path, f.data?.difference])).toEqual([
      ['budget/words-mismatch', '/statedTotals/0/amount/words', '500000000'],
    ]);
  });
});

describe('source 003 (Hà Giang 1653/QĐ-UBND): 2014 = 8, 2015 = 7,2, total 15,2 tỷ', () => {
  const plan = plan003();

  it('reproduces the column totals and the total in words', () => {
    expect(show(totalsBy(plan, 'year'))).toEqual([
      ['2014', '8000000000'],
      ['2015', '7200000000'],
    ]);
    expect(planTotal(plan).toString()).toBe('15200000000');
    expect(amountToWords(planTotal(plan))).toBe('Mười lăm tỷ hai trăm triệu đồng');
  });

  it('adds up: every row total, both column totals, the grand total and the words (no contradiction)', () => {
    expect(plan.lines.filter((l) => l.statedTotal !== undefined)).toHaveLength(15);
    expect(plan.statedTotals).toHaveLength(4);
    expect(reconcilePlan(plan)).toEqual([]);
    expect(reconcilePlan(plan, { tolerance: 'exact' })).toEqual([]);
  });

  it('would show a row that does not add up, where and by how much', () => {
    const lines = plan.lines.map((l, i) => (i === 6 ? { ...l, amounts: l.amounts.map((a) => (a.period.start === 2015 ? { ...a, dong: '2100000000', printed: '2.1' } : a)) } : l));
    const findings = reconcilePlan({ ...plan, lines });
    expect(findings.map((f) => [f.ruleId, f.path, f.data?.difference])).toEqual([
      ['budget/total-mismatch', '/lines/6/statedTotal', '-100000000'],
      ['budget/total-mismatch', '/statedTotals/1/amount', '-100000000'],
      ['budget/total-mismatch', '/statedTotals/2/amount', '-100000000'],
      ['budget/total-mismatch', '/statedTotals/3/amount', '-100000000'],
    ]);
    expect(findings[0]?.message.en).toContain('line 7 "Lao động, việc làm" states 2.000.000.000 đồng ("2")');
  });
});

describe('reconcilePlan tolerance and rules', () => {
  const line = (number: string, dong: string, extra: Partial<BudgetPlan['lines'][number]> = {}) => ({
    number,
    name: `Nhiệm vụ ${number}`,
    amounts: [{ period: { start: 2024, end: 2024 }, dong }],
    ...extra,
  });
  const plan = (lines: BudgetPlan['lines'], statedTotals: BudgetPlan['statedTotals'] = []): BudgetPlan => ({
    unit: 'ty',
    phase: 'approved',
    lines,
    statedTotals,
  });
  const stated152 = { dong: '15200000000', printed: '15,2', precision: '100000000' };

  it('accepts a difference within half of the printed precision, as info', () => {
    const findings = reconcilePlan(plan([line('1', '15240000000')], [{ kind: 'grand', amount: stated152 }]));
    expect(findings.map((f) => [f.ruleId, f.severity, f.data?.tolerance])).toEqual([['budget/total-rounded', 'info', '50000000']]);
    expect(reconcilePlan(plan([line('1', '15250000000')], [{ kind: 'grand', amount: stated152 }]))[0]?.ruleId).toBe('budget/total-rounded');
  });

  it('rejects a difference beyond it, and any difference when exact', () => {
    expect(reconcilePlan(plan([line('1', '15260000000')], [{ kind: 'grand', amount: stated152 }]))[0]?.ruleId).toBe('budget/total-mismatch');
    expect(reconcilePlan(plan([line('1', '15240000000')], [{ kind: 'grand', amount: stated152 }]), { tolerance: 'exact' })[0]?.ruleId).toBe(
      'budget/total-mismatch',
    );
  });

  it('holds words to the exact amount even when the rounded figure passes', () => {
    const findings = reconcilePlan(
      plan([line('1', '6300000000')], [{ kind: 'grand', amount: { dong: '6000000000', printed: '6 tỷ', precision: '1000000000', words: 'Sáu tỷ đồng' } }]),
    );
    expect(findings.map((f) => [f.ruleId, f.data?.against, f.data?.difference])).toEqual([
      ['budget/total-rounded', undefined, '-300000000'],
      ['budget/words-mismatch', 'parts', '-300000000'],
    ]);
  });

  it('reports unreadable words and words without a figure', () => {
    const findings = reconcilePlan(
      plan([line('1', '5')], [
        { kind: 'grand', amount: { words: 'năm đồng' } },
        { kind: 'grand', amount: { words: 'bốn đồng' } },
        { kind: 'grand', amount: { words: 'mười mười đồng' } },
      ]),
    );
    expect(findings.map((f) => [f.ruleId, f.path])).toEqual([
      ['budget/words-mismatch', '/statedTotals/1/amount/words'],
      ['budget/words-invalid', '/statedTotals/2/amount/words'],
    ]);
  });

  it('checks parent lines against their sub-lines and counts only leaves', () => {
    const p = plan([
      line('I', '300', { statedTotal: { dong: '300' } }),
      line('1', '200'),
      line('1.1', '120'),
      line('1.2', '70'),
      line('2', '100'),
    ]);
    expect(planTotal(p).toString()).toBe('290');
    expect(reconcilePlan(p).map((f) => [f.ruleId, f.path, f.data?.stated, f.data?.computed])).toEqual([
      ['budget/total-mismatch', '/lines/1/amounts/0', '200', '190'],
    ]);
  });

  it('warns about district budgets after the district tier ended (1/7/2025)', () => {
    const p: BudgetPlan = {
      ...plan([
        line('1', '5', { source: 'district', amounts: [{ period: { start: 2026, end: 2026 }, dong: '5' }] }),
        line('2', '5', { source: 'district', amounts: [{ period: { start: 2025, end: 2025 }, dong: '5' }] }),
      ]),
    };
    expect(reconcilePlan(p).map((f) => [f.ruleId, f.severity, f.path])).toEqual([
      ['budget/district-after-2025', 'warning', '/lines/0/amounts/0/source'],
    ]);
  });

  it('filters column and grand totals by phase and source', () => {
    const p: BudgetPlan = {
      unit: 'dong',
      phase: 'approved',
      lines: [
        { number: '1', name: 'A', amounts: [{ period: { start: 2024, end: 2024 }, dong: '100' }, { period: { start: 2024, end: 2024 }, dong: '80', phase: 'executed' }] },
        { number: '2', name: 'B', source: 'central', amounts: [{ period: { start: 2024, end: 2024 }, dong: '50' }] },
      ],
      statedTotals: [
        { kind: 'grand', phase: 'approved', amount: { dong: '150' } },
        { kind: 'grand', phase: 'executed', amount: { dong: '80' } },
        { kind: 'column', period: { start: 2024, end: 2024 }, phase: 'approved', source: 'central', amount: { dong: '50' } },
      ],
    };
    expect(reconcilePlan(p)).toEqual([]);
    expect(show(totalsBy(p, 'phase'))).toEqual([
      ['approved', '150'],
      ['executed', '80'],
    ]);
    expect(show(totalsBy(p, 'source'))).toEqual([
      ['', '180'],
      ['central', '50'],
    ]);
  });
});

describe('reconcilePlan sums by filter once', () => {
  it('checks many stated totals of phases, sources and columns against the same sums as planTotal', () => {
    const rows = [
      { STT: '1', 'Tên dịch vụ': 'A', '2014': '1', '2015': '2', 'Tổng kinh phí': '3' },
      { STT: '2', 'Tên dịch vụ': 'B', '2014': '3', '2015': '4', 'Tổng kinh phí': '7' },
      ...Array.from({ length: 50 }, (_, i) => ({ STT: '', 'Tên dịch vụ': 'Cộng', '2014': String(4 + (i % 2)), '2015': '6', 'Tổng kinh phí': '10' })),
      { STT: '', 'Tên dịch vụ': 'Tổng cộng', '2014': '4', '2015': '6', 'Tổng kinh phí': '10' },
    ];
    const { plan } = fromRows(rows, { unit: 'ty' });
    expect(plan.statedTotals.length).toBeGreaterThan(50);
    const findings = reconcilePlan(plan);
    for (const [index, total] of plan.statedTotals.entries()) {
      const period = total.kind === 'column' ? total.period : undefined;
      const expected = planTotal(plan, { ...(period === undefined ? {} : { period }), ...(total.phase === undefined ? {} : { phase: total.phase }), ...(total.source === undefined ? {} : { source: total.source }) });
      const mismatch = findings.find((finding) => finding.path === `/statedTotals/${String(index)}/amount`);
      if (expected.toBigInt() === BigInt(total.amount.dong ?? '0')) expect(mismatch).toBeUndefined();
      else expect(mismatch?.data).toMatchObject({ computed: expected.toBigInt().toString() });
    }
  });
});
