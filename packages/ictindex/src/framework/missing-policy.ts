import { z } from 'zod';

/**
 * What a composite node does when some children have no value for a unit.
 *
 * - `fail`: the node has no value for that unit and an error finding names the missing children.
 * - `skip`: the missing children are left out and the weights of the others renormalised, provided the
 *   available children carry at least `minAvailability` (0–1) of the node's total weight; below it the
 *   node has no value and a warning finding says so.
 */
export type MissingPolicy =
  | { readonly policy: 'fail' }
  | { readonly policy: 'skip'; readonly minAvailability: number };

/**
 * Schema of a {@link MissingPolicy}.
 *
 * @example
 * ```ts
 * missingPolicySchema.parse({ policy: 'skip', minAvailability: 0.75 });
 * ```
 */
export const missingPolicySchema: z.ZodType<MissingPolicy> = z.discriminatedUnion('policy', [
  z.object({ policy: z.literal('fail') }),
  z.object({ policy: z.literal('skip'), minAvailability: z.number().min(0).max(1) }),
]);
