import { parseJsonPointer, type Finding } from '@egov/core';
import {
  amountToWords,
  columnRole,
  formatAmount,
  fromRows,
  planTotal,
  reconcilePlan,
  totalsBy,
  type AmountUnit,
  type BudgetPlan,
} from '@egov/budget';
import { locateFindings, readCsv, tableRecords, type Table } from '@egov/io';

/** A total of the plan, formatted for people. */
export interface BudgetTotal {
  /** The year ("2014"), or "" for the grand total. */
  readonly key: string;
  /** In the table's unit, Vietnamese notation ("8" tỷ đồng). */
  readonly inUnit: string;
  /** Every đồng ("8.000.000.000 đồng"). */
  readonly full: string;
  /** {@link BudgetTotal.inUnit} as a number, for exports (8; 7.2). */
  readonly inUnitValue: number;
  /** {@link BudgetTotal.full} as a number of đồng, for exports (exact up to 2^53 đồng, far above any plan). */
  readonly dongValue: number;
  /** In words, as documents print it ("Tám tỷ đồng"). */
  readonly words: string;
}

/** A budget table read and reconciled in the browser. */
export interface BudgetAnalysis {
  readonly file: string;
  /** The table as the user sees it (undefined when the text could not be read as CSV). */
  readonly table: Table | undefined;
  readonly plan: BudgetPlan | undefined;
  /** Totals by year, then the grand total (key ""). */
  readonly totals: readonly BudgetTotal[];
  /** Reading findings (cells that cannot be read) and reconciliation findings, located by row. */
  readonly findings: readonly Finding[];
}

/** The header of the column a reconciliation finding is about, from its path into the plan. */
function columnOf(finding: Finding, plan: BudgetPlan, headers: readonly string[]): string | undefined {
  const segments = parseJsonPointer(finding.path);
  const amountHeader = (start: number | undefined, end: number | undefined): string | undefined =>
    headers.find((header) => {
      const role = columnRole(header);
      return role.kind === 'amount' && role.period?.start === start && role.period?.end === end;
    });
  const totalHeader = headers.find((header) => columnRole(header).kind === 'total');
  // parseJsonPointer gives every segment as a string ("/lines/1/statedTotal" → ["lines", "1", "statedTotal"]).
  const [collection, index, field, amountIndex] = segments.map(String);
  const at = Number(index);
  if (collection === 'lines' && Number.isInteger(at)) {
    if (field === 'statedTotal') return totalHeader;
    const period = plan.lines[at]?.amounts[Number(amountIndex)]?.period;
    return field === 'amounts' && period !== undefined ? amountHeader(period.start, period.end) : undefined;
  }
  if (collection === 'statedTotals' && Number.isInteger(at)) {
    const total = plan.statedTotals[at];
    if (total?.kind === 'column' && total.period !== undefined) return amountHeader(total.period.start, total.period.end);
    return totalHeader;
  }
  return undefined;
}

/**
 * Reads a CSV budget table, builds the plan (`fromRows`), reconciles it (`reconcilePlan`) and totals it
 * by year (`totalsBy`), with each total in words (`amountToWords`).
 *
 * @param file - The file name shown in findings.
 * @param text - The CSV text.
 * @param unit - The table's unit when its headers do not say (Hà Giang's table is in tỷ đồng).
 * @returns The table, plan, totals and findings.
 * @example
 * ```ts
 * analyseBudget('budget.csv', text, 'ty').totals.at(-1)?.words; // "Mười lăm tỷ hai trăm triệu đồng"
 * ```
 */
export function analyseBudget(file: string, text: string, unit?: AmountUnit): BudgetAnalysis {
  const read = readCsv(text, { file });
  if (!read.ok) return { file, table: undefined, plan: undefined, totals: [], findings: read.findings };
  const table = read.value;
  const { plan, findings } = fromRows(tableRecords(table), { file, ...(unit === undefined ? {} : { unit }) });
  const reconciled = reconcilePlan(plan).map((finding) => {
    const column = finding.location?.column ?? columnOf(finding, plan, table.headers);
    return { ...finding, location: { ...finding.location, file, ...(column === undefined ? {} : { column }) } };
  });
  const format = (key: string, total: Parameters<typeof formatAmount>[0]): BudgetTotal => ({
    key,
    inUnit: formatAmount(total, { unit: plan.unit, currency: false }),
    full: formatAmount(total),
    inUnitValue: Number(total.toUnit(plan.unit)),
    dongValue: Number(total.toString()),
    words: total.isNegative() ? '' : amountToWords(total),
  });
  const totals = [
    ...totalsBy(plan, 'year').map((group) => format(group.key, group.total)),
    format('', planTotal(plan)),
  ];
  return { file, table, plan, totals, findings: locateFindings([...read.findings, ...findings, ...reconciled], table) };
}
