import { z } from 'zod';

/**
 * An online service level of Decree 43/2011/NĐ-CP Art. 3(4): 1 information published; 2 forms
 * downloadable; 3 forms filled in and submitted online, processed online, fee and result in person;
 * 4 as 3 plus online payment and the result returned online, by post or in person.
 */
export type OnlineLevel = 1 | 2 | 3 | 4;

/**
 * Schema of an {@link OnlineLevel} (Decree 43/2011/NĐ-CP Art. 3(4)).
 *
 * @example
 * ```ts
 * onlineLevelSchema.parse(3); // 3
 * onlineLevelSchema.safeParse(5).success; // false
 * ```
 */
export const onlineLevelSchema: z.ZodType<OnlineLevel> = z
  .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])
  .meta({ description: 'Online level 1–4 of Decree 43/2011/NĐ-CP Art. 3(4)' });

/**
 * All online levels, lowest first.
 *
 * @example
 * ```ts
 * onlineLevels.length; // 4
 * ```
 */
export const onlineLevels: readonly OnlineLevel[] = [1, 2, 3, 4];
