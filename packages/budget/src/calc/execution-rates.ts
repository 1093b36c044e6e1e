import type { LocalizedMessage } from '@egov/core';
import { Amount } from '../amount/amount';
import type { RoundingMode } from '../amount/rounding-mode';
import type { BudgetPlan } from '../plan/budget-plan';
import type { Phase } from '../plan/phase';
import { yearRangeLabel } from '../plan/year-range';
import { planEntries, type PlanEntry } from './plan-entries';

/** Options of {@link executionRates}. */
export interface ExecutionRateOptions {
  /** The figure executed amounts are divided by: the proposed, approved or adjusted plan. */
  readonly denominator: Exclude<Phase, 'executed'>;
  /** Rates per line (its number), per year, per funding source, or one for the whole plan. Default `total`. */
  readonly by?: 'total' | 'line' | 'year' | 'source';
  /** Decimals of the percentage; default 2. */
  readonly decimals?: number;
  /** How to round the last decimal of the percentage. */
  readonly rounding: RoundingMode;
}

/** An execution rate with its numerator and its named denominator. */
export interface ExecutionRate {
  /** Line number, year, source, or "" for the whole plan. */
  readonly key: string;
  readonly executed: Amount;
  /** The denominator's amount. */
  readonly base: Amount;
  /** Which figure the rate is computed against. */
  readonly denominator: Exclude<Phase, 'executed'>;
  /** The denominator in words, for reports: "kế hoạch được duyệt" / "approved plan". */
  readonly denominatorLabel: LocalizedMessage;
  /** executed / base × 100 as a decimal string ("87.50"); `undefined` when the base is zero. */
  readonly percent: string | undefined;
}

const labels: Readonly<Record<Exclude<Phase, 'executed'>, LocalizedMessage>> = {
  proposed: { vi: 'kế hoạch dự kiến', en: 'proposed plan' },
  approved: { vi: 'kế hoạch được duyệt', en: 'approved plan' },
  adjusted: { vi: 'kế hoạch điều chỉnh', en: 'adjusted plan' },
};

function keyOf(entry: PlanEntry, by: NonNullable<ExecutionRateOptions['by']>): string {
  switch (by) {
    case 'total':
      return '';
    case 'line':
      return entry.line.number;
    case 'year':
      return yearRangeLabel(entry.period);
    case 'source':
      return entry.source ?? '';
  }
}

/**
 * Plan-versus-executed rates: executed amounts divided by the proposed, approved or adjusted amounts,
 * always saying which denominator was used (a disbursement rate against the approved plan and against
 * the adjusted plan are different numbers, and reports must not mix them).
 *
 * @param plan - A plan holding both the denominator's and the executed amounts (per-amount `phase`).
 * @param options - Denominator, grouping, decimals and rounding.
 * @returns One rate per key, sorted by key.
 * @example
 * ```ts
 * executionRates(plan, { denominator: 'approved', rounding: 'half-up' })[0]?.percent; // "87.50"
 * ```
 */
export function executionRates(plan: BudgetPlan, options: ExecutionRateOptions): ExecutionRate[] {
  const by = options.by ?? 'total';
  const groups = new Map<string, { executed: Amount[]; base: Amount[] }>();
  for (const entry of planEntries(plan)) {
    if (entry.phase !== 'executed' && entry.phase !== options.denominator) continue;
    const key = keyOf(entry, by);
    const group = groups.get(key) ?? { executed: [], base: [] };
    (entry.phase === 'executed' ? group.executed : group.base).push(entry.amount);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, group]) => {
      const executed = Amount.sum(group.executed);
      const base = Amount.sum(group.base);
      return {
        key,
        executed,
        base,
        denominator: options.denominator,
        denominatorLabel: labels[options.denominator],
        percent: base.isZero() ? undefined : executed.percentOf(base, options.decimals ?? 2, options.rounding),
      };
    });
}
