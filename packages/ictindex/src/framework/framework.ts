import { z } from 'zod';
import { aggregationSpecSchema, type AggregationSpec } from './aggregation-spec';
import { frameworkNodeSchema, type FrameworkNode } from './framework-node';
import { localizedNameSchema, type LocalizedName } from './localized-name';
import { missingPolicySchema, type MissingPolicy } from './missing-policy';
import { normalisationSpecSchema, type NormalisationSpec } from './normalisation-spec';

/** A class of the overall score, e.g. the EGDI "very high" group; `min` is inclusive. */
export interface Band {
  readonly id: string;
  readonly name: LocalizedName;
  /** Inclusive lower bound of the band on the root score. */
  readonly min: number;
}

/** Where a framework comes from and how much of it is official. */
export interface FrameworkMethod {
  /** `true` only when every weight and normalisation is the published official method. */
  readonly official: boolean;
  readonly note: LocalizedName;
}

/** Framework-wide defaults, overridable per node. */
export interface FrameworkDefaults {
  /** Normalisation of indicators that do not set their own. */
  readonly normalisation: NormalisationSpec;
  /** Aggregation of composites that do not set their own. */
  readonly aggregation: AggregationSpec;
  readonly missing: MissingPolicy;
  /** Decimals scores are rounded to before ranking (published values have 4). */
  readonly decimals: number;
}

/** A composite-index framework: a tree of nodes with its method, defaults and source. */
export interface Framework {
  readonly id: string;
  readonly version: string;
  readonly name: LocalizedName;
  /** Citation of the documents the framework is taken from. */
  readonly source: LocalizedName;
  readonly method: FrameworkMethod;
  readonly defaults: FrameworkDefaults;
  /** Classes of the root score, any order; each unit falls in the band with the highest `min` ≤ score. */
  readonly bands?: readonly Band[] | undefined;
  readonly root: FrameworkNode;
}

function collectIssues(node: FrameworkNode, path: (string | number)[], seen: Set<string>, ctx: z.RefinementCtx): void {
  if (seen.has(node.id)) {
    ctx.addIssue({ code: 'custom', message: `duplicate node id "${node.id}"`, path: [...path, 'id'] });
  }
  seen.add(node.id);
  const children = node.children;
  if (children === undefined) return;
  const total = children.reduce((sum, child) => sum + (child.weight ?? 1), 0);
  if (total <= 0) {
    ctx.addIssue({ code: 'custom', message: `the weights of the children of "${node.id}" sum to 0`, path: [...path, 'children'] });
  }
  children.forEach((child, index) => {
    collectIssues(child, [...path, 'children', index], seen, ctx);
  });
}

/**
 * Schema of a {@link Framework}: shape, plus unique node ids and positive weight sums.
 *
 * @example
 * ```ts
 * const result = frameworkSchema.safeParse(JSON.parse(text));
 * if (!result.success) console.log(z.prettifyError(result.error));
 * ```
 */
export const frameworkSchema: z.ZodType<Framework> = z
  .object({
    id: z.string().min(1),
    version: z.string().min(1),
    name: localizedNameSchema,
    source: localizedNameSchema,
    method: z.object({ official: z.boolean(), note: localizedNameSchema }),
    defaults: z.object({
      normalisation: normalisationSpecSchema,
      aggregation: aggregationSpecSchema,
      missing: missingPolicySchema,
      decimals: z.int().min(0).max(12),
    }),
    bands: z
      .array(z.object({ id: z.string().min(1), name: localizedNameSchema, min: z.number() }))
      .optional(),
    root: frameworkNodeSchema,
  })
  .superRefine((framework, ctx) => {
    if (framework.root.children === undefined) {
      ctx.addIssue({ code: 'custom', message: 'the root must have children', path: ['root'] });
    }
    collectIssues(framework.root, ['root'], new Set(), ctx);
  });
