import { z } from 'zod';
import { aggregationSpecSchema, type AggregationSpec } from './aggregation-spec';
import { localizedNameSchema, type LocalizedName } from './localized-name';
import { normalisationSpecSchema, type NormalisationSpec } from './normalisation-spec';

/** Whether a higher or a lower raw value is better. */
export type Direction = 'higher' | 'lower';

/** Raw values outside `[min, max]` are set to the bound before normalisation (e.g. EGDI caps at 120). */
export interface Cap {
  readonly min?: number | undefined;
  readonly max?: number | undefined;
}

/**
 * One node of a framework tree: the index itself, a group, a sub-group, or (without `children`) an
 * indicator whose raw values come from the data.
 *
 * - `weight`: relative weight among its siblings (default 1); weights are renormalised, so only ratios
 *   matter.
 * - `direction`, `unit`, `cap`: for indicators (`direction` defaults to `higher`).
 * - `normalisation`: for an indicator, how raw values are scaled (default: the framework's default);
 *   for a composite, an optional rescaling of its aggregated scores (default `none`).
 * - `aggregation`: for a composite, how children combine (default: the framework's default).
 */
export interface FrameworkNode {
  readonly id: string;
  readonly name: LocalizedName;
  readonly weight?: number | undefined;
  readonly direction?: Direction | undefined;
  readonly unit?: string | undefined;
  readonly cap?: Cap | undefined;
  readonly normalisation?: NormalisationSpec | undefined;
  readonly aggregation?: AggregationSpec | undefined;
  readonly note?: string | undefined;
  readonly children?: readonly FrameworkNode[] | undefined;
}

/**
 * Schema of a {@link FrameworkNode} (recursive).
 *
 * @example
 * ```ts
 * frameworkNodeSchema.parse({
 *   id: 'egov',
 *   name: { vi: 'Chỉ số', en: 'Index' },
 *   children: [{ id: 'a', name: { vi: 'A', en: 'A' }, unit: '%' }],
 * });
 * ```
 */
export const frameworkNodeSchema: z.ZodType<FrameworkNode> = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'ids are lower-case letters, digits, ".", "_" or "-"' }),
  name: localizedNameSchema,
  weight: z.number().min(0).optional(),
  direction: z.enum(['higher', 'lower']).optional(),
  unit: z.string().optional(),
  cap: z.object({ min: z.number().optional(), max: z.number().optional() }).optional(),
  normalisation: normalisationSpecSchema.optional(),
  aggregation: aggregationSpecSchema.optional(),
  note: z.string().optional(),
  get children(): z.ZodOptional<z.ZodArray<z.ZodType<FrameworkNode>>> {
    return z.array(frameworkNodeSchema).min(1).optional();
  },
});
