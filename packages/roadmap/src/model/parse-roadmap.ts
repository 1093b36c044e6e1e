import { err, ok, type Finding, type Result } from '@egov/core';
import { fastParseRoadmap } from './fast-parse-roadmap';
import { roadmapSchema, type Roadmap } from './roadmap-schema';
import { schemaIssueFinding } from './schema-issue-finding';

/**
 * Validates unknown input (parsed YAML or JSON) against the roadmap schema.
 *
 * Every schema problem becomes a `roadmap/schema` finding at error severity with the JSON pointer of the
 * offending value, so a user's editor or the CLI can point at it. Never throws.
 *
 * @param input - The parsed document.
 * @returns The typed roadmap, or every schema finding.
 * @example
 * ```ts
 * const result = safeParseRoadmap({ decision: { number: '818/QĐ-UBND', date: '2013-05-04' } });
 * result.ok; // false: province, period and entries are missing
 * ```
 */
export function safeParseRoadmap(input: unknown): Result<Roadmap, Finding[]> {
  // Large roadmaps: entries checked without zod when they can be (same value); zod for anything else.
  const fast = fastParseRoadmap(input);
  if (fast !== undefined) return ok(fast);
  const parsed = roadmapSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return err(parsed.error.issues.map((issue) => schemaIssueFinding(issue, 'roadmap/schema')));
}
