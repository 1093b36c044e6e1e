import { z } from 'zod';
import { fundingSourceSchema, type FundingSource } from './funding-source';
import { phaseSchema, type Phase } from './phase';
import { spendingTypeSchema, type SpendingType } from './spending-type';
import { dongSchema } from './stated-amount';
import { yearRangeSchema, type YearRange } from './year-range';

/**
 * One figure of a line: the amount for a year or range of years, in a phase, from a source, of a
 * spending type. Absent phase, source or type fall back to the line's, then the plan's.
 */
export interface BudgetAmount {
  /** The year or years the amount is for. */
  readonly period: YearRange;
  /** Exact value in đồng (integer string). */
  readonly dong: string;
  /** The cell as printed ("1.4"), kept for messages and round trips. */
  readonly printed?: string | undefined;
  /** One unit of the last printed digit, in đồng; "1" when absent. */
  readonly precision?: string | undefined;
  readonly phase?: Phase | undefined;
  readonly source?: FundingSource | undefined;
  readonly spendingType?: SpendingType | undefined;
}

/**
 * Schema of a {@link BudgetAmount}.
 *
 * @example
 * ```ts
 * budgetAmountSchema.parse({ period: { start: 2014, end: 2014 }, dong: '1400000000', printed: '1.4' });
 * ```
 */
export const budgetAmountSchema: z.ZodType<BudgetAmount> = z
  .object({
    period: yearRangeSchema,
    dong: dongSchema,
    printed: z.string().optional(),
    precision: dongSchema.optional(),
    phase: phaseSchema.optional(),
    source: fundingSourceSchema.optional(),
    spendingType: spendingTypeSchema.optional(),
  })
  .meta({ description: 'An amount of a budget line for a year or range of years' });
