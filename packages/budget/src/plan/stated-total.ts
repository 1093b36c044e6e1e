import { z } from 'zod';
import { fundingSourceSchema, type FundingSource } from './funding-source';
import { phaseSchema, type Phase } from './phase';
import { statedAmountSchema, type StatedAmount } from './stated-amount';
import { yearRangeSchema, type YearRange } from './year-range';

/**
 * A total the document states for more than one line: a column total (one year or range), the grand
 * total, or a total restricted to a phase or a funding source; with its value and/or its words as
 * printed. Row totals live on their line (`BudgetLine.statedTotal`).
 */
export interface StatedTotal {
  /** `column`: the total of one period column; `grand`: the total of the plan. */
  readonly kind: 'column' | 'grand';
  /** For a column total: its period. */
  readonly period?: YearRange | undefined;
  /** Restrict to one phase. */
  readonly phase?: Phase | undefined;
  /** Restrict to one funding source. */
  readonly source?: FundingSource | undefined;
  readonly amount: StatedAmount;
  /** The label as printed ("Tổng kinh phí", "Tổng kinh phí dự kiến"). */
  readonly label?: string | undefined;
  /** 1-based row in the user's file, for findings. */
  readonly row?: number | undefined;
}

/**
 * Schema of a {@link StatedTotal}.
 *
 * @example
 * ```ts
 * statedTotalSchema.parse({ kind: 'grand', amount: { dong: '6000000000', words: 'Sáu tỷ đồng' } });
 * ```
 */
export const statedTotalSchema: z.ZodType<StatedTotal> = z
  .object({
    kind: z.enum(['column', 'grand']),
    period: yearRangeSchema.optional(),
    phase: phaseSchema.optional(),
    source: fundingSourceSchema.optional(),
    amount: statedAmountSchema,
    label: z.string().optional(),
    row: z.int().positive().optional(),
  })
  .meta({ description: 'A column or grand total as printed' });
