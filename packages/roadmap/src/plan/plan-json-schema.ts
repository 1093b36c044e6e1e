import * as z from 'zod';
import { planSchema } from './plan-schema';

/**
 * The JSON Schema (draft 2020-12) of a plan, generated from the zod schema. The package also ships it as
 * `@egov/roadmap/plan.schema.json`, so editors validate plan YAML and JSON as users type: add
 * `# yaml-language-server: $schema=<path or URL of plan.schema.json>` at the top of a YAML file.
 *
 * @returns The JSON Schema object.
 * @example
 * ```ts
 * const schema = planJsonSchema();
 * schema.required; // ["kind", "document", "province"]
 * ```
 */
export function planJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(planSchema, { target: 'draft-2020-12', io: 'input' });
}
