import { z } from 'zod';

/**
 * Raw indicator values of one year: `values[unitId][indicatorId]`, `null` (or absent) when missing.
 * Unit ids are whatever the caller uses (province codes, slugs, ISO country codes).
 */
export interface IndexData {
  readonly year?: number | undefined;
  readonly values: Readonly<Record<string, Readonly<Record<string, number | null | undefined>>>>;
}

/**
 * Schema of {@link IndexData} (JSON-serialisable; non-finite numbers are rejected).
 *
 * @example
 * ```ts
 * indexDataSchema.parse({ year: 2017, values: { 'lao-cai': { 'open-source-use': 5.61 } } });
 * ```
 */
export const indexDataSchema: z.ZodType<IndexData> = z.object({
  year: z.int().optional(),
  values: z.record(z.string(), z.record(z.string(), z.number().nullable().optional())),
});
