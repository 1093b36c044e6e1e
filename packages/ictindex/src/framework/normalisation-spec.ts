import { z } from 'zod';

/**
 * How a node's values are put on a common scale across units (provinces, countries).
 *
 * - `none`: values are used as given (already normalised, e.g. published sub-indices).
 * - `min-max`: `(x − min) / (max − min)`; best unit 1, worst 0.
 * - `divide-by-max`: `x / max` (for lower-is-better: `min / x`).
 * - `z-score`: `(x − mean) / sd` with the population standard deviation.
 * - `z-score-min-max`: z-score, then min–max of the z-scores (the UN EGDI recipe).
 * - `goalposts`: `(x − min) / (max − min)` against fixed goalposts, clamped to 0–1 unless
 *   `clamp: false`; a reference value is `{ min: 0, max: reference }`.
 * - `rank`: 1 + the number of units with a strictly worse value (worst 1, best n).
 * - `percentile`: `(below + (ties − 1) / 2) / (n − 1)`; worst 0, best 1, ties share the middle.
 */
export type NormalisationSpec =
  | { readonly kind: 'none' }
  | { readonly kind: 'min-max' }
  | { readonly kind: 'divide-by-max' }
  | { readonly kind: 'z-score' }
  | { readonly kind: 'z-score-min-max' }
  | {
      readonly kind: 'goalposts';
      readonly min: number;
      readonly max: number;
      readonly clamp?: boolean | undefined;
    }
  | { readonly kind: 'rank' }
  | { readonly kind: 'percentile' };

/** The kinds of {@link NormalisationSpec}. */
export type NormalisationKind = NormalisationSpec['kind'];

/**
 * Schema of a {@link NormalisationSpec} (discriminated by `kind`).
 *
 * @example
 * ```ts
 * normalisationSpecSchema.parse({ kind: 'goalposts', min: 0, max: 100 });
 * ```
 */
export const normalisationSpecSchema: z.ZodType<NormalisationSpec> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('min-max') }),
  z.object({ kind: z.literal('divide-by-max') }),
  z.object({ kind: z.literal('z-score') }),
  z.object({ kind: z.literal('z-score-min-max') }),
  z
    .object({
      kind: z.literal('goalposts'),
      min: z.number(),
      max: z.number(),
      clamp: z.boolean().optional(),
    })
    .refine((spec) => spec.max !== spec.min, { error: 'goalposts need max ≠ min' }),
  z.object({ kind: z.literal('rank') }),
  z.object({ kind: z.literal('percentile') }),
]);
