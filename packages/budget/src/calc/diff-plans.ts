import { Amount } from '../amount/amount';
import type { BudgetLine } from '../plan/budget-line';
import type { BudgetPlan } from '../plan/budget-plan';
import { yearRangeLabel } from '../plan/year-range';
import { fold } from '../text/fold';
import { planTotal } from './totals-by';

/** One difference between two versions of a plan. */
export type PlanChange =
  | { readonly kind: 'line-added' | 'line-removed'; readonly number: string; readonly name: string; readonly total: Amount }
  | { readonly kind: 'line-renamed'; readonly number: string; readonly before: string; readonly after: string }
  | {
      readonly kind: 'amount-changed';
      readonly number: string;
      readonly name: string;
      /** "2014" or "2013-2014". */
      readonly period: string;
      readonly phase: string;
      readonly source: string;
      readonly before: Amount;
      readonly after: Amount;
      /** after − before. */
      readonly delta: Amount;
    };

/** The differences between two versions of a plan, and how the total moved. */
export interface PlanDiff {
  readonly changes: readonly PlanChange[];
  readonly totalBefore: Amount;
  readonly totalAfter: Amount;
  /** totalAfter − totalBefore. */
  readonly delta: Amount;
}

function keys(lines: readonly BudgetLine[]): string[] {
  const count = new Map<string, number>();
  for (const line of lines) count.set(line.number.trim(), (count.get(line.number.trim()) ?? 0) + 1);
  // Match by printed number when it is unique, else by number and folded name.
  return lines.map((line) => {
    const n = line.number.trim();
    return n !== '' && count.get(n) === 1 ? `#${n}` : `#${n}|${fold(line.name)}`;
  });
}

function amountsByKey(line: BudgetLine, plan: BudgetPlan): Map<string, { period: string; phase: string; source: string; total: Amount }> {
  const map = new Map<string, { period: string; phase: string; source: string; total: Amount }>();
  for (const a of line.amounts) {
    const period = yearRangeLabel(a.period);
    const phase = a.phase ?? plan.phase;
    const source = a.source ?? line.source ?? plan.source ?? '';
    const key = `${period}|${phase}|${source}`;
    const previous = map.get(key);
    const amount = Amount.fromDong(a.dong);
    map.set(key, { period, phase, source, total: previous === undefined ? amount : previous.total.plus(amount) });
  }
  return map;
}

function lineTotal(line: BudgetLine): Amount {
  return Amount.sum(line.amounts.map((a) => Amount.fromDong(a.dong)));
}

/**
 * Compares two versions of a plan (proposed and approved, or before and after an adjustment): lines
 * added, removed or renamed (matched by printed number, or number and name when numbers repeat) and
 * every amount that changed, per year, phase and source, with the change in đồng.
 *
 * @param before - The earlier version.
 * @param after - The later version.
 * @returns Changes in the order of `before`, then added lines, and the plan totals (leaf lines, all phases).
 * @example
 * ```ts
 * const diff = diffPlans(proposed, approved);
 * diff.delta.toString(); // "-200000000"
 * ```
 */
export function diffPlans(before: BudgetPlan, after: BudgetPlan): PlanDiff {
  const changes: PlanChange[] = [];
  const beforeKeys = keys(before.lines);
  const afterKeys = keys(after.lines);
  const afterIndex = new Map(afterKeys.map((k, i) => [k, i]));
  const matched = new Set<number>();
  before.lines.forEach((line, i) => {
    const j = afterIndex.get(beforeKeys[i] ?? '');
    const other = j === undefined ? undefined : after.lines[j];
    if (j === undefined || other === undefined) {
      changes.push({ kind: 'line-removed', number: line.number, name: line.name, total: lineTotal(line) });
      return;
    }
    matched.add(j);
    if (other.name !== line.name) changes.push({ kind: 'line-renamed', number: line.number, before: line.name, after: other.name });
    const a = amountsByKey(line, before);
    const b = amountsByKey(other, after);
    for (const key of new Set([...a.keys(), ...b.keys()])) {
      const x = a.get(key);
      const y = b.get(key);
      const from = x?.total ?? Amount.zero;
      const to = y?.total ?? Amount.zero;
      if (from.equals(to)) continue;
      const info = x ?? y;
      changes.push({
        kind: 'amount-changed',
        number: other.number,
        name: other.name,
        period: info?.period ?? '',
        phase: info?.phase ?? '',
        source: info?.source ?? '',
        before: from,
        after: to,
        delta: to.minus(from),
      });
    }
  });
  after.lines.forEach((line, j) => {
    if (!matched.has(j)) changes.push({ kind: 'line-added', number: line.number, name: line.name, total: lineTotal(line) });
  });
  const totalBefore = planTotal(before);
  const totalAfter = planTotal(after);
  return { changes, totalBefore, totalAfter, delta: totalAfter.minus(totalBefore) };
}
