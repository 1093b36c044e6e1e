import type { WritableTable } from '@egov/io';
import type { BudgetTotal } from './analyse-budget';

/** The headers of a totals table, as the table on screen words them. */
export interface BudgetTotalsLabels {
  readonly year: string;
  readonly inUnit: string;
  readonly inDong: string;
  readonly inWords: string;
  /** The name of the grand total's row ("Tổng cộng"). */
  readonly grandTotal: string;
}

/**
 * Budget totals by year as a table for CSV or XLSX export: the year (a number), the total in the table's
 * unit and in đồng (numbers, not the Vietnamese notation shown: "7,2" and "7.200.000.000 đồng" are 7.2 and
 * 7200000000), and in words; the grand total's row is named as on screen.
 *
 * @param totals - The totals of `BudgetAnalysis`, the grand total last.
 * @param labels - The headers and the grand total's name.
 * @returns A table `writeCsv`/`writeXlsx` write.
 * @example
 * ```ts
 * budgetTotalsTable(analyseBudget('budget.csv', text, 'ty').totals, labels).rows[0]; // [2014, 8, 8000000000, 'Tám tỷ đồng']
 * ```
 */
export function budgetTotalsTable(totals: readonly BudgetTotal[], labels: BudgetTotalsLabels): WritableTable {
  return {
    headers: [labels.year, labels.inUnit, labels.inDong, labels.inWords],
    rows: totals.map((total) => [
      total.key === '' ? labels.grandTotal : /^\d+$/.test(total.key) ? Number(total.key) : total.key,
      total.inUnitValue,
      total.dongValue,
      total.words,
    ]),
  };
}
