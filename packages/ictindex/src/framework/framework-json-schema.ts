import { z } from 'zod';
import { frameworkSchema } from './framework';

/**
 * The JSON Schema (draft 2020-12) of a framework file, for editors and for teams that validate
 * frameworks outside JavaScript. Cross-node rules (unique ids, weight sums) are checked only by
 * {@link safeParseFramework}.
 *
 * @returns A JSON-serialisable JSON Schema object.
 * @example
 * ```ts
 * const schema = frameworkJsonSchema();
 * schema.$schema; // "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export function frameworkJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(frameworkSchema, { unrepresentable: 'any' });
}
