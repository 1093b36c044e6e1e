import { Amount } from '../amount/amount';
import type { BudgetAmount } from '../plan/budget-amount';
import type { BudgetLine } from '../plan/budget-line';
import type { BudgetPlan } from '../plan/budget-plan';
import type { FundingSource } from '../plan/funding-source';
import { lineParents } from '../plan/line-parents';
import type { Phase } from '../plan/phase';
import type { SpendingType } from '../plan/spending-type';
import type { YearRange } from '../plan/year-range';

/** One amount of a leaf line, with phase, source and spending type resolved (amount → line → plan). */
export interface PlanEntry {
  readonly lineIndex: number;
  readonly amountIndex: number;
  readonly line: BudgetLine;
  readonly period: YearRange;
  readonly amount: Amount;
  readonly phase: Phase;
  readonly source: FundingSource | undefined;
  readonly spendingType: SpendingType | undefined;
}

/** Which entries to count. Every given field must match. */
export interface EntryFilter {
  readonly phase?: Phase | undefined;
  readonly source?: FundingSource | undefined;
  readonly spendingType?: SpendingType | undefined;
  readonly period?: YearRange | undefined;
}

/**
 * The amounts a plan adds up: those of leaf lines (a line with sub-lines is their subtotal and is not
 * counted again), each with its phase, source and spending type resolved from the amount, its line or
 * the plan.
 *
 * @param plan - The plan.
 * @param filter - Keep only entries of a phase, source, spending type or period.
 * @returns The entries in line order.
 * @example
 * ```ts
 * planEntries(plan, { phase: 'proposed' }).length;
 * ```
 */
export function planEntries(plan: BudgetPlan, filter: EntryFilter = {}): PlanEntry[] {
  return leafEntries(plan, filter).map(({ dong, ...entry }) => ({ ...entry, amount: Amount.fromDong(dong) }));
}

/** A {@link PlanEntry} with its amount as a bigint (the fast path of sums over large plans). */
export interface LeafEntry extends Omit<PlanEntry, 'amount'> {
  readonly dong: bigint;
}

/**
 * {@link planEntries} with bigint amounts: sums of whole đồng are exact in bigint and far cheaper than
 * decimal objects when a plan has 100 000 lines.
 *
 * @internal
 */
export function leafEntries(plan: BudgetPlan, filter: EntryFilter = {}): LeafEntry[] {
  const parents = lineParents(plan.lines);
  const hasChildren = new Set<number>();
  for (const parent of parents) if (parent !== undefined) hasChildren.add(parent);
  const entries: LeafEntry[] = [];
  plan.lines.forEach((line, lineIndex) => {
    if (hasChildren.has(lineIndex)) return;
    line.amounts.forEach((a: BudgetAmount, amountIndex) => {
      const entry: LeafEntry = {
        lineIndex,
        amountIndex,
        line,
        period: a.period,
        dong: BigInt(a.dong),
        phase: a.phase ?? plan.phase,
        source: a.source ?? line.source ?? plan.source,
        spendingType: a.spendingType ?? line.spendingType ?? plan.spendingType,
      };
      if (matches(entry, filter)) entries.push(entry);
    });
  });
  return entries;
}

/**
 * Whether an entry passes a filter.
 *
 * @internal
 */
export function matches(entry: Omit<LeafEntry, 'dong' | 'line'>, filter: EntryFilter): boolean {
  return (
    (filter.phase === undefined || entry.phase === filter.phase) &&
    (filter.source === undefined || entry.source === filter.source) &&
    (filter.spendingType === undefined || entry.spendingType === filter.spendingType) &&
    (filter.period === undefined ||
      (entry.period.start === filter.period.start && entry.period.end === filter.period.end))
  );
}
