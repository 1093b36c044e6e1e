import { Amount } from '../amount/amount';
import type { BudgetPlan } from '../plan/budget-plan';
import { yearRangeLabel } from '../plan/year-range';
import { leafEntries, type EntryFilter, type LeafEntry } from './plan-entries';

/**
 * What to group totals by: the year (or range of years) of each amount, the plan phase, the line's
 * implementation period as printed, the funding source, the lead agency, or the spending type.
 */
export type TotalDimension = 'year' | 'phase' | 'period' | 'source' | 'agency' | 'type';

/** A total for one key of a dimension. */
export interface GroupTotal {
  /** "2014", "2013-2014", "proposed", "provincial", "Sở Kế hoạch và Đầu tư", or "" when not stated. */
  readonly key: string;
  readonly total: Amount;
  /** How many amounts were added. */
  readonly count: number;
}

function keyOf(entry: LeafEntry, dimension: TotalDimension): string {
  switch (dimension) {
    case 'year':
      return yearRangeLabel(entry.period);
    case 'phase':
      return entry.phase;
    case 'period':
      return entry.line.period ?? '';
    case 'source':
      return entry.source ?? '';
    case 'agency':
      return entry.line.leadAgency ?? '';
    case 'type':
      return entry.spendingType ?? '';
  }
}

/**
 * Totals of a plan's leaf amounts grouped by one dimension, sorted by key. Exact.
 *
 * @param plan - The plan.
 * @param dimension - What to group by.
 * @param filter - Count only amounts of a phase, source, spending type or period.
 * @returns One total per key (keys that are not stated are grouped under "").
 * @example
 * ```ts
 * totalsBy(plan003, 'year').map((t) => [t.key, t.total.toUnit('ty')]); // [["2014", "8"], ["2015", "7.2"]]
 * ```
 */
export function totalsBy(plan: BudgetPlan, dimension: TotalDimension, filter: EntryFilter = {}): GroupTotal[] {
  const groups = new Map<string, { total: bigint; count: number }>();
  for (const entry of leafEntries(plan, filter)) {
    const key = keyOf(entry, dimension);
    let group = groups.get(key);
    if (group === undefined) {
      group = { total: 0n, count: 0 };
      groups.set(key, group);
    }
    group.total += entry.dong;
    group.count++;
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, group]) => ({ key, total: Amount.fromDong(group.total), count: group.count }));
}

/**
 * The total of a plan's leaf amounts, optionally filtered. Exact.
 *
 * @param plan - The plan.
 * @param filter - Count only amounts of a phase, source, spending type or period.
 * @returns The total.
 * @example
 * ```ts
 * planTotal(plan003).toString(); // "15200000000"
 * ```
 */
export function planTotal(plan: BudgetPlan, filter: EntryFilter = {}): Amount {
  let total = 0n;
  for (const entry of leafEntries(plan, filter)) total += entry.dong;
  return Amount.fromDong(total);
}
