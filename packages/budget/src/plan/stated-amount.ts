import { z } from 'zod';

/**
 * A figure as the document printed it: its exact value in đồng, the printed text ("15,2", "15.2 tỷ
 * đồng"), the printed precision in đồng (one unit of the last printed digit: "15,2 tỷ" → 100 000 000)
 * and, for totals, the amount in words ("Mười lăm tỷ hai trăm triệu đồng"). At least a value or words.
 */
export interface StatedAmount {
  /** Exact value in đồng, as an integer string. */
  readonly dong?: string | undefined;
  /** The text as printed. */
  readonly printed?: string | undefined;
  /** One unit of the last printed digit, in đồng (integer string); "1" when absent. */
  readonly precision?: string | undefined;
  /** The amount in words, as printed. */
  readonly words?: string | undefined;
}

/**
 * Schema of whole đồng as an integer string (no grouping, no exponent; numbers would lose digits above 2^53).
 *
 * @example
 * ```ts
 * dongSchema.parse('15200000000');
 * ```
 */
export const dongSchema: z.ZodType<string> = z
  .string()
  .regex(/^-?(?:0|[1-9]\d*)$/, { error: 'expected whole đồng as a string of digits' })
  .meta({ description: 'Whole đồng as an integer string' });

/**
 * Schema of a {@link StatedAmount}.
 *
 * @example
 * ```ts
 * statedAmountSchema.parse({ dong: '6000000000', printed: '6 tỷ đồng', precision: '1000000000', words: 'Sáu tỷ đồng' });
 * ```
 */
export const statedAmountSchema: z.ZodType<StatedAmount> = z
  .object({
    dong: dongSchema.optional(),
    printed: z.string().optional(),
    precision: dongSchema.optional(),
    words: z.string().optional(),
  })
  .refine((value) => value.dong !== undefined || value.words !== undefined, {
    error: 'a stated amount needs a value in đồng or words',
  })
  .meta({ description: 'A figure as printed: value, text, precision, words' });
