import { z } from 'zod';

/** A name or note in Vietnamese (first, as the documents print it) and English. */
export interface LocalizedName {
  readonly vi: string;
  readonly en: string;
}

/**
 * Schema of a {@link LocalizedName}: two non-empty strings.
 *
 * @example
 * ```ts
 * localizedNameSchema.parse({ vi: 'Hạ tầng kỹ thuật', en: 'Technical infrastructure' });
 * ```
 */
export const localizedNameSchema: z.ZodType<LocalizedName> = z.object({
  vi: z.string().min(1),
  en: z.string().min(1),
});
