import { z } from 'zod';

/**
 * The tier that settles a procedure: central (ministries), province (cấp tỉnh: departments, boards),
 * district (cấp huyện, historical: abolished on 1/7/2025) or commune (cấp xã).
 */
export type Tier = 'central' | 'province' | 'district' | 'commune';

/**
 * Schema of a {@link Tier}. The district tier is kept so that catalogues before 1/7/2025 stay readable.
 *
 * @example
 * ```ts
 * tierSchema.parse('district'); // "district"
 * ```
 */
export const tierSchema: z.ZodType<Tier> = z
  .enum(['central', 'province', 'district', 'commune'])
  .meta({ description: 'Tier: central, province, district (before 1/7/2025), commune' });

/**
 * All tiers, highest first.
 *
 * @example
 * ```ts
 * tiers.includes('commune'); // true
 * ```
 */
export const tiers: readonly Tier[] = ['central', 'province', 'district', 'commune'];
