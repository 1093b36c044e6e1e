// Budget tables are read and reconciled by @egov/documents; the CLI's commands import them from here.
export { budgetFromTable, parseUnitText as parseUnitOption, reconcileTable, type BudgetTable } from '@egov/documents';
