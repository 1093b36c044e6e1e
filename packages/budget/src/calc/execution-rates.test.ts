import { describe, expect, it } from 'vitest';
import type { BudgetPlan } from '../plan/budget-plan';
import { diffPlans } from './diff-plans';
import { executionRates } from './execution-rates';

const y = (year: number) => ({ start: year, end: year });

const plan: BudgetPlan = {
  unit: 'trieu',
  phase: 'approved',
  lines: [
    {
      number: '1',
      name: 'Đăng ký kinh doanh',
      source: 'provincial',
      amounts: [
        { period: y(2014), dong: '1400000000' },
        { period: y(2014), dong: '1500000000', phase: 'adjusted' },
        { period: y(2014), dong: '1225000000', phase: 'executed' },
      ],
    },
    {
      number: '2',
      name: 'Lao động, việc làm',
      source: 'central',
      amounts: [
        { period: y(2015), dong: '2000000000' },
        { period: y(2015), dong: '2000000000', phase: 'executed' },
      ],
    },
    { number: '3', name: 'Chưa triển khai', amounts: [{ period: y(2015), dong: '0' }] },
  ],
  statedTotals: [],
};

describe('executionRates', () => {
  it('names its denominator and divides by it', () => {
    const [total] = executionRates(plan, { denominator: 'approved', rounding: 'half-up' });
    expect(total).toMatchObject({ key: '', denominator: 'approved', percent: '94.85' });
    expect(total?.denominatorLabel).toEqual({ vi: 'kế hoạch được duyệt', en: 'approved plan' });
    expect(total?.executed.toString()).toBe('3225000000');
    expect(total?.base.toString()).toBe('3400000000');
  });

  it('gives a different rate against the adjusted plan, per line, with no rate for a zero base', () => {
    const rates = executionRates(plan, { denominator: 'adjusted', by: 'line', rounding: 'half-up', decimals: 1 });
    expect(rates.map((r) => [r.key, r.percent, r.denominatorLabel.en])).toEqual([
      ['1', '81.7', 'adjusted plan'],
      ['2', undefined, 'adjusted plan'],
    ]);
    expect(executionRates(plan, { denominator: 'approved', by: 'year', rounding: 'down', decimals: 0 }).map((r) => [r.key, r.percent])).toEqual([
      ['2014', '87'],
      ['2015', '100'],
    ]);
    expect(executionRates(plan, { denominator: 'approved', by: 'source', rounding: 'half-even' }).map((r) => [r.key, r.percent])).toEqual([
      ['', undefined],
      ['central', '100.00'],
      ['provincial', '87.50'],
    ]);
  });
});

describe('diffPlans', () => {
  it('lists added, removed, renamed lines and changed amounts with the change in đồng', () => {
    const after: BudgetPlan = {
      ...plan,
      lines: [
        { ...plan.lines[0], number: '1', name: 'Đăng ký kinh doanh qua mạng', amounts: [{ period: y(2014), dong: '1200000000' }] },
        { number: '4', name: 'Cấp phép xây dựng', amounts: [{ period: y(2015), dong: '800000000' }] },
      ],
    };
    const diff = diffPlans(plan, after);
    expect(
      diff.changes.map((c) =>
        c.kind === 'amount-changed'
          ? [c.kind, c.number, c.period, c.phase, c.source, c.before.toString(), c.after.toString(), c.delta.toString()]
          : c.kind === 'line-renamed'
            ? [c.kind, c.number, c.before, c.after]
            : [c.kind, c.number, c.name, c.total.toString()],
      ),
    ).toEqual([
      ['line-renamed', '1', 'Đăng ký kinh doanh', 'Đăng ký kinh doanh qua mạng'],
      ['amount-changed', '1', '2014', 'approved', 'provincial', '1400000000', '1200000000', '-200000000'],
      ['amount-changed', '1', '2014', 'adjusted', 'provincial', '1500000000', '0', '-1500000000'],
      ['amount-changed', '1', '2014', 'executed', 'provincial', '1225000000', '0', '-1225000000'],
      ['line-removed', '2', 'Lao động, việc làm', '4000000000'],
      ['line-removed', '3', 'Chưa triển khai', '0'],
      ['line-added', '4', 'Cấp phép xây dựng', '800000000'],
    ]);
    expect(diff.totalBefore.toString()).toBe('8125000000');
    expect(diff.totalAfter.toString()).toBe('2000000000');
    expect(diff.delta.toString()).toBe('-6125000000');
    expect(diffPlans(plan, plan).changes).toEqual([]);
  });
});
