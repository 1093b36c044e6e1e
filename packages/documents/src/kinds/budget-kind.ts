import { looksLikeBudgetTable, planTotal, type BudgetPlan } from '@egov/budget';
import { budgetFromTable, reconcileTable } from '../tables/budget-table';
import { defineTableKind, type FileKind } from './file-kind';

/**
 * A budget table (kinh phí: lines with amounts by year or phase, stated totals), read with `@egov/budget`
 * and reconciled (totals against their parts, amounts in words); findings at their row and column.
 *
 * @example
 * ```ts
 * budgetKind.label.en; // "budget table"
 * ```
 */
export const budgetKind: FileKind = defineTableKind<BudgetPlan>({
  id: 'budget',
  label: { vi: 'bảng kinh phí', en: 'budget table' },
  detect: (table) => looksLikeBudgetTable(table.headers) || { vi: 'không có cột nội dung và cột số tiền của bảng kinh phí', en: 'no line and amount columns of a budget table' },
  read: (table, context) => {
    const { plan, findings } = budgetFromTable(table, context.path, context.unit, context.reading);
    return { value: plan, findings };
  },
  check: (plan, table, context) => reconcileTable(table, context.path, plan),
  summarise: (plan) => ({ unit: plan.unit, lines: plan.lines.length, totalDong: planTotal(plan).toString(), statedTotals: plan.statedTotals.length }),
});
