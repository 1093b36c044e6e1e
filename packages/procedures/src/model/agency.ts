import { z } from 'zod';
import { tierSchema } from './tier';

const agencyObject = z.object({
  /** Name as published, e.g. "Sở Kế hoạch và Đầu tư". */
  name: z
    .string()
    .transform((text) => text.normalize('NFC').trim())
    .pipe(z.string().min(1)),
  /** Optional code (e.g. the agency code in the national database). */
  code: z.string().min(1).optional(),
  /** Kind: department (sở), board (ban), people's committee (UBND) or other (Công an tỉnh, Thanh tra tỉnh…). */
  kind: z.enum(['department', 'board', 'people-committee', 'other']).optional(),
  tier: tierSchema.optional(),
});

/** A state agency that settles or co-processes procedures. */
export type Agency = z.output<typeof agencyObject>;

/**
 * Schema of an {@link Agency}.
 *
 * @example
 * ```ts
 * agencySchema.parse({ name: 'Sở Y tế', kind: 'department', tier: 'province' }).name; // "Sở Y tế"
 * ```
 */
export const agencySchema: z.ZodType<Agency> = agencyObject;

/** Kind of agency: department (sở), board (ban), people's committee (UBND) or other. */
export type AgencyKind = NonNullable<Agency['kind']>;
