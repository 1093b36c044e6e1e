import { z } from 'zod';
import type { AmountUnit } from '../amount/amount-unit';
import { budgetLineSchema, type BudgetLine } from './budget-line';
import { fundingSourceSchema, type FundingSource } from './funding-source';
import { phaseSchema, type Phase } from './phase';
import { spendingTypeSchema, type SpendingType } from './spending-type';
import { statedTotalSchema, type StatedTotal } from './stated-total';
import { yearRangeSchema, type YearRange } from './year-range';

/**
 * A budget plan: the table of tasks of an IT application plan or roadmap with amounts per year, and the
 * totals the document states. All amounts are exact đồng strings; `unit` records the unit the table was
 * printed in ("Đơn vị: tỷ đồng"), so it can be printed back the same way.
 */
export interface BudgetPlan {
  /** Title as printed ("Khái toán kinh phí triển khai dịch vụ công trực tuyến mức độ 3"). */
  readonly title?: string | undefined;
  /** The document: number and kind, e.g. "1653/QĐ-UBND". */
  readonly document?: string | undefined;
  /** The plan's period. */
  readonly period?: YearRange | undefined;
  /** Unit the table is printed in. */
  readonly unit: AmountUnit;
  /** Phase of amounts that do not state their own. */
  readonly phase: Phase;
  /** Funding source of lines and amounts that do not state their own. */
  readonly source?: FundingSource | undefined;
  /** Spending type of lines and amounts that do not state their own. */
  readonly spendingType?: SpendingType | undefined;
  readonly lines: readonly BudgetLine[];
  readonly statedTotals: readonly StatedTotal[];
}

/**
 * Schema of a {@link BudgetPlan}. Convert it to JSON Schema with `z.toJSONSchema(budgetPlanSchema)`.
 *
 * @example
 * ```ts
 * const result = budgetPlanSchema.safeParse(JSON.parse(text));
 * if (!result.success) console.error(z.prettifyError(result.error));
 * ```
 */
export const budgetPlanSchema: z.ZodType<BudgetPlan> = z
  .object({
    title: z.string().optional(),
    document: z.string().optional(),
    period: yearRangeSchema.optional(),
    unit: z.enum(['dong', 'nghin', 'trieu', 'ty']),
    phase: phaseSchema,
    source: fundingSourceSchema.optional(),
    spendingType: spendingTypeSchema.optional(),
    lines: z.array(budgetLineSchema),
    statedTotals: z.array(statedTotalSchema),
  })
  .meta({ title: 'BudgetPlan', description: 'A budget plan of @egov/budget' });
