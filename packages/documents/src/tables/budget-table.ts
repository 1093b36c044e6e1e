import { parseJsonPointer, type Finding } from '@egov/core';
import {
  amountUnits,
  columnRole,
  fromRows,
  parseUnitHeader,
  reconcilePlan,
  type AmountUnit,
  type BudgetPlan,
  type ReconcileOptions,
} from '@egov/budget';
import { locateFindings, tableRecords, type Table } from '@egov/io';
import type { TableReading } from '../kinds/table-reading';

/**
 * Reads a unit as a user or a document writes it (`tỷ`, `triệu đồng`, `nghìn`, `đồng`, or the ids `ty`, `trieu`, `nghin`,
 * `dong`).
 *
 * @param text - The option's value.
 * @returns The unit, or `undefined` when the text names none.
 * @example
 * ```ts
 * parseUnitText('tỷ'); // "ty"
 * ```
 */
export function parseUnitText(text: string): AmountUnit | undefined {
  const id = amountUnits.find((unit) => unit === text.trim().toLowerCase());
  return id ?? parseUnitHeader(`Đơn vị: ${text}`);
}

/** A budget plan read from a table, with the findings of reading it (located in the user's file). */
export interface BudgetTable {
  readonly plan: BudgetPlan;
  readonly findings: readonly Finding[];
}

/**
 * Builds a budget plan from a table with `@egov/budget`'s `fromRows`, keeping each row's position so
 * findings name the user's row and column letter.
 *
 * @param table - The table.
 * @param file - The file name to show.
 * @param unit - The unit of the table when its headers do not say (`--unit`, or a companion document).
 * @param reading - The user's column mapping and notation (`--columns`, `--notation`).
 * @returns The plan and the reading findings.
 * @example
 * ```ts
 * const { plan } = budgetFromTable(table, 'budget.csv', 'ty');
 * ```
 */
export function budgetFromTable(table: Table, file: string, unit?: AmountUnit, reading: TableReading = {}): BudgetTable {
  const { plan, findings } = fromRows(tableRecords(table), {
    file,
    ...(unit === undefined ? {} : { unit }),
    // The lines above the header ("Đơn vị tính: triệu đồng") state the unit when the headers do not.
    ...(table.preamble === undefined ? {} : { captions: table.preamble }),
    ...(reading.columns === undefined ? {} : { columns: reading.columns }),
    ...(reading.notation === undefined ? {} : { notation: reading.notation }),
  });
  return { plan, findings: locateFindings(findings, table) };
}

/** The header of the column a reconciliation finding is about, from its path into the plan. */
function columnOf(finding: Finding, plan: BudgetPlan, headers: readonly string[]): string | undefined {
  const segments = parseJsonPointer(finding.path);
  if (segments.at(-1) === 'words') return undefined;
  const amountHeader = (start: number | undefined, end: number | undefined): string | undefined =>
    headers.find((header) => {
      const role = columnRole(header);
      return role.kind === 'amount' && role.period?.start === start && role.period?.end === end;
    }) ?? headers.find((header) => columnRole(header).kind === 'amount');
  const totalHeader = headers.find((header) => columnRole(header).kind === 'total');
  const [collection, indexText, field, amountText] = segments;
  const index = Number(indexText);
  const amountIndex = Number(amountText);
  if (collection === 'lines') {
    const line = plan.lines[index];
    if (field === 'statedTotal') return totalHeader;
    if (field === 'amounts') {
      const period = line?.amounts[amountIndex]?.period;
      return amountHeader(period?.start, period?.end);
    }
  }
  if (collection === 'statedTotals') {
    const total = plan.statedTotals[index];
    if (total?.kind === 'column') return amountHeader(total.period?.start, total.period?.end);
    return totalHeader ?? amountHeader(undefined, undefined);
  }
  return undefined;
}

/**
 * Reconciles a plan read from a table (`reconcilePlan`) and points the findings at the user's file,
 * row and column.
 *
 * @param table - The table the plan was read from.
 * @param file - The file name to show.
 * @param plan - The plan from {@link budgetFromTable}.
 * @param options - Tolerance policy.
 * @returns The located findings.
 * @example
 * ```ts
 * reconcileTable(table, 'budget.csv', plan); // [] when every total adds up
 * ```
 */
export function reconcileTable(table: Table, file: string, plan: BudgetPlan, options: ReconcileOptions = {}): Finding[] {
  const located = reconcilePlan(plan, options).map((finding) => {
    const column = columnOf(finding, plan, table.headers);
    return column === undefined ? finding : { ...finding, location: { ...finding.location, column } };
  });
  return locateFindings(located, table);
}
