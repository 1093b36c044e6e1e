import { amountToWords, formatAmount } from '@egov/budget';
import { roadmapBudget, type Roadmap } from '@egov/roadmap';
import type { BudgetTotal } from './analyse-budget';

/**
 * A roadmap's own budget lines (`budgets`) as the rows of a totals table: one row per heading, phase or
 * year (`roadmapBudget` of @egov/roadmap), amounts in tỷ đồng, in đồng and in words, the grand total last
 * (key `""`). Empty when the roadmap lists no budget line.
 *
 * @param roadmap - A parsed roadmap.
 * @returns The rows, grand total last.
 * @example
 * ```ts
 * roadmapBudgetTotals(roadmap).map((row) => row.inUnit); // Thái Bình 818/QĐ-UBND: ["2,2", "1,8", "2", "6"]
 * ```
 */
export function roadmapBudgetTotals(roadmap: Roadmap): BudgetTotal[] {
  const budget = roadmapBudget(roadmap);
  if (budget.lines === 0) return [];
  const row = (key: string, total: typeof budget.total): BudgetTotal => ({
    key,
    inUnit: formatAmount(total, { unit: 'ty', currency: false }),
    full: formatAmount(total),
    inUnitValue: Number(total.toUnit('ty')),
    dongValue: Number(total.toString()),
    words: total.isNegative() ? '' : amountToWords(total),
  });
  return [...budget.groups.map((group) => row(group.label, group.amount)), row('', budget.total)];
}
