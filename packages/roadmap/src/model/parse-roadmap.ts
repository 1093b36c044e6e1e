import { createFinding, err, ok, type Finding, type Result } from '@egov/core';
import type * as z from 'zod';
import { roadmapSchema, type Roadmap } from './roadmap-schema';

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
  const parsed = roadmapSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return err(parsed.error.issues.map(issueToFinding));
}

function issueToFinding(issue: z.core.$ZodIssue): Finding {
  const path = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
  const where = path.length === 0 ? 'the document' : path.join('.');
  const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : undefined;
  const message =
    unknownKeys === undefined
      ? {
          vi: `Dữ liệu không hợp lệ tại ${where}: ${issue.message}`,
          en: `Invalid value at ${where}: ${issue.message}`,
        }
      : {
          vi: `Trường không được hỗ trợ tại ${where}: ${unknownKeys.join(', ')} (kiểm tra lỗi chính tả)`,
          en: `Unknown field(s) at ${where}: ${unknownKeys.join(', ')} (check the spelling)`,
        };
  return createFinding({
    ruleId: 'roadmap/schema',
    severity: 'error',
    message,
    path,
    data: { code: issue.code, ...(unknownKeys === undefined ? {} : { keys: unknownKeys }) },
  });
}
