import { z } from 'zod';
import { isoDayNumber } from '../internal/iso-day';

/**
 * Schema of an ISO calendar date `YYYY-MM-DD` that exists (rejects "2025-02-30").
 *
 * @example
 * ```ts
 * isoDateSchema.parse('2018-09-28'); // "2018-09-28"
 * isoDateSchema.safeParse('28/9/2018').success; // false
 * ```
 */
export const isoDateSchema: z.ZodType<string> = z
  .string()
  .refine((text) => isoDayNumber(text) >= 0, { error: 'Expected an ISO date YYYY-MM-DD' })
  .meta({ description: 'ISO calendar date YYYY-MM-DD' });
