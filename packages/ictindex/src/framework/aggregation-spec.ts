import { z } from 'zod';

/**
 * How a composite node combines its children's scores, with the children's weights renormalised to
 * sum 1 over the children that have a value.
 *
 * - `arithmetic`: `Σ wᵢ xᵢ`.
 * - `geometric`: `Π xᵢ^wᵢ` (needs xᵢ ≥ 0).
 * - `harmonic`: `1 / Σ (wᵢ / xᵢ)` (needs xᵢ ≥ 0; 0 if any xᵢ is 0).
 * - `power-mean`: the generalised mean `(Σ wᵢ xᵢ^p)^(1/p)`; p = 1 arithmetic, p = 0 geometric,
 *   p = −1 harmonic.
 */
export type AggregationSpec =
  | { readonly kind: 'arithmetic' }
  | { readonly kind: 'geometric' }
  | { readonly kind: 'harmonic' }
  | { readonly kind: 'power-mean'; readonly power: number };

/**
 * Schema of an {@link AggregationSpec} (discriminated by `kind`).
 *
 * @example
 * ```ts
 * aggregationSpecSchema.parse({ kind: 'power-mean', power: 2 });
 * ```
 */
export const aggregationSpecSchema: z.ZodType<AggregationSpec> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('arithmetic') }),
  z.object({ kind: z.literal('geometric') }),
  z.object({ kind: z.literal('harmonic') }),
  z.object({ kind: z.literal('power-mean'), power: z.number() }),
]);
