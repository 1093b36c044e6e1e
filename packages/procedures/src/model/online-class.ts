import { z } from 'zod';

/**
 * The online class of Decree 42/2022/NĐ-CP Art. 11 (in force 15/8/2022): `full` (toàn trình) when the
 * whole procedure is done online and the result returned online or by public post; `partial` (một phần)
 * for any other online service; `none` when the procedure is not offered online (only published).
 */
export type OnlineClass = 'full' | 'partial' | 'none';

/**
 * Schema of an {@link OnlineClass} (Decree 42/2022/NĐ-CP Art. 11).
 *
 * @example
 * ```ts
 * onlineClassSchema.parse('full'); // "full"
 * ```
 */
export const onlineClassSchema: z.ZodType<OnlineClass> = z
  .enum(['full', 'partial', 'none'])
  .meta({ description: 'Online class of Decree 42/2022/NĐ-CP Art. 11: full (toàn trình), partial (một phần), none' });

/**
 * All online classes, best first.
 *
 * @example
 * ```ts
 * onlineClasses[0]; // "full"
 * ```
 */
export const onlineClasses: readonly OnlineClass[] = ['full', 'partial', 'none'];
