// Amounts
export { Amount, type DongValue } from './amount/amount';
export { amountUnits, amountUnitExponents, amountUnitNames, type AmountUnit } from './amount/amount-unit';
export { roundingModes, type RoundingMode } from './amount/rounding-mode';

// Parsing and formatting
export {
  safeParseAmount,
  parseAmount,
  type NumberNotation,
  type ParseAmountOptions,
  type ParsedAmount,
} from './parse/parse-amount';
export { safeParseAmountFigure, amountFigureInDong, type AmountFigure } from './parse/parse-amount-figure';
export { parseUnitHeader } from './parse/parse-unit-header';
export { formatAmount, type FormatAmountOptions } from './parse/format-amount';
export { formatDecimal } from './parse/format-decimal';

// Amounts in words
export type { WordsOptions } from './words/words-options';
export { numberToWords, amountToWords } from './words/number-to-words';
export {
  safeWordsToNumber,
  safeWordsToAmount,
  type ParsedWords,
  type WordsToNumberOptions,
} from './words/words-to-number';
export { decimalToWords, safeWordsToDecimal, type DecimalWordsOptions } from './words/decimal-words';

// Budget plans
export { budgetPlanSchema, type BudgetPlan } from './plan/budget-plan';
export { budgetLineSchema, type BudgetLine } from './plan/budget-line';
export { budgetAmountSchema, type BudgetAmount } from './plan/budget-amount';
export { statedTotalSchema, type StatedTotal } from './plan/stated-total';
export { statedAmountSchema, dongSchema, type StatedAmount } from './plan/stated-amount';
export { yearRangeSchema, parseYearRange, yearRangeLabel, type YearRange } from './plan/year-range';
export { fundingSourceSchema, parseFundingSource, type FundingSource } from './plan/funding-source';
export { spendingTypeSchema, parseSpendingType, type SpendingType } from './plan/spending-type';
export { phaseSchema, parsePhase, type Phase } from './plan/phase';
export { lineParents } from './plan/line-parents';
export { columnRole, type ColumnRole } from './plan/column-role';
export { looksLikeBudgetTable } from './plan/looks-like-budget-table';
export type { BudgetRow, Cell, PositionedRow, RowRecord } from './plan/budget-row';
export { fromRows, type FromRowsOptions, type FromRowsResult } from './plan/from-rows';
export { toRows, type ToRowsOptions } from './plan/to-rows';

// Calculations
export { planEntries, type EntryFilter, type PlanEntry } from './calc/plan-entries';
export { totalsBy, planTotal, type GroupTotal, type TotalDimension } from './calc/totals-by';
export { reconcilePlan, type ReconcileOptions } from './calc/reconcile-plan';
export { allocate, type AllocateOptions } from './calc/allocate';
export { executionRates, type ExecutionRate, type ExecutionRateOptions } from './calc/execution-rates';
export { diffPlans, type PlanChange, type PlanDiff } from './calc/diff-plans';
