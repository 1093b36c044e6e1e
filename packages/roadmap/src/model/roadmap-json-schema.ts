import * as z from 'zod';
import { roadmapSchema } from './roadmap-schema';

/**
 * The JSON Schema (draft 2020-12) of a roadmap, generated from the zod schema. The package also ships it
 * as `@egov/roadmap/roadmap.schema.json`, so editors validate roadmap YAML and JSON as users type: add
 * `# yaml-language-server: $schema=<path or URL of roadmap.schema.json>` at the top of a YAML file.
 *
 * @returns The JSON Schema object.
 * @example
 * ```ts
 * const schema = roadmapJsonSchema();
 * schema.required; // ["decision", "province", "period", "entries"]
 * ```
 */
export function roadmapJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(roadmapSchema, { target: 'draft-2020-12', io: 'input' });
}
