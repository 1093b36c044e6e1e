import { createFinding, type Finding } from '@egov/core';
import type * as z from 'zod';

/**
 * Turns one zod issue into a schema finding at error severity with the JSON pointer of the offending value;
 * unknown keys (strict objects) get a message that suggests a spelling mistake. Shared by the roadmap and
 * plan parsers (internal: not exported from the package).
 *
 * @param issue - A zod issue.
 * @param ruleId - `roadmap/schema` or `plan/schema`.
 * @returns The finding.
 * @example
 * ```ts
 * parsed.error.issues.map((issue) => schemaIssueFinding(issue, 'roadmap/schema'));
 * ```
 */
export function schemaIssueFinding(issue: z.core.$ZodIssue, ruleId: string): Finding {
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
    ruleId,
    severity: 'error',
    message,
    path,
    data: { code: issue.code, ...(unknownKeys === undefined ? {} : { keys: unknownKeys }) },
  });
}
