import { createFinding, err, ok, type Finding, type Result } from '@egov/core';
import { frameworkSchema, type Framework } from './framework';

/**
 * Validates a user-defined framework (parsed from JSON or YAML) and returns it, or findings that point
 * at each problem with a JSON pointer.
 *
 * @param input - Any value, typically `JSON.parse(text)`.
 * @returns `ok(framework)` or `err(findings)` (rule `ictindex/invalid-framework`, severity error).
 * @example
 * ```ts
 * const result = safeParseFramework(JSON.parse(text));
 * if (result.ok) computeIndex(result.value, data);
 * else for (const finding of result.error) console.log(finding.path, finding.message.en);
 * ```
 */
export function safeParseFramework(input: unknown): Result<Framework, readonly Finding[]> {
  const parsed = frameworkSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return err(
    parsed.error.issues.map((issue) =>
      createFinding({
        ruleId: 'ictindex/invalid-framework',
        severity: 'error',
        message: {
          vi: `Khung chỉ số không hợp lệ: ${issue.message}`,
          en: `Invalid framework: ${issue.message}`,
        },
        path: issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
      }),
    ),
  );
}
