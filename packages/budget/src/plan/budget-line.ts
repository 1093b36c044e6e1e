import { z } from 'zod';
import { budgetAmountSchema, type BudgetAmount } from './budget-amount';
import { fundingSourceSchema, type FundingSource } from './funding-source';
import { spendingTypeSchema, type SpendingType } from './spending-type';
import { statedAmountSchema, type StatedAmount } from './stated-amount';

/**
 * A task or project of a budget table. Lines nest by their printed number: "I" (part) contains "1",
 * "1" contains "1.1", "1.1" contains "a" and "-" bullets (see `lineParents`).
 */
export interface BudgetLine {
  /** The number as printed in the "TT"/"STT" column: "I", "1", "1.1", "a", "-". */
  readonly number: string;
  readonly name: string;
  readonly objective?: string | undefined;
  /** Implementation period as printed ("2019", "2013-2015"). */
  readonly period?: string | undefined;
  readonly leadAgency?: string | undefined;
  readonly partnerAgencies?: readonly string[] | undefined;
  /** Content of the work ("Nội dung/hạng mục công việc"). */
  readonly content?: string | undefined;
  readonly source?: FundingSource | undefined;
  readonly spendingType?: SpendingType | undefined;
  /** Amounts per year (or range of years). */
  readonly amounts: readonly BudgetAmount[];
  /** The row total as printed ("Tổng kinh phí" column), to be checked against the amounts. */
  readonly statedTotal?: StatedAmount | undefined;
  readonly note?: string | undefined;
  /** 1-based row of the line in the user's file, for findings. */
  readonly row?: number | undefined;
}

/**
 * Schema of a {@link BudgetLine}.
 *
 * @example
 * ```ts
 * budgetLineSchema.parse({ number: '1', name: 'Đăng ký kinh doanh', amounts: [] });
 * ```
 */
export const budgetLineSchema: z.ZodType<BudgetLine> = z
  .object({
    number: z.string(),
    name: z.string(),
    objective: z.string().optional(),
    period: z.string().optional(),
    leadAgency: z.string().optional(),
    partnerAgencies: z.array(z.string()).optional(),
    content: z.string().optional(),
    source: fundingSourceSchema.optional(),
    spendingType: spendingTypeSchema.optional(),
    amounts: z.array(budgetAmountSchema),
    statedTotal: statedAmountSchema.optional(),
    note: z.string().optional(),
    row: z.int().positive().optional(),
  })
  .meta({ description: 'A task or project of a budget plan' });
