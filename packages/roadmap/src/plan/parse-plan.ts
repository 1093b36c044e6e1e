import { EgovError, err, ok, type Finding, type Result } from '@egov/core';
import { schemaIssueFinding } from '../model/schema-issue-finding';
import { planSchema, type Plan } from './plan-schema';

/**
 * Validates unknown input (parsed YAML or JSON) against the plan schema.
 *
 * Every schema problem becomes a `plan/schema` finding at error severity with the JSON pointer of the
 * offending value; an unknown field (a typo) names the field. Never throws.
 *
 * @param input - The parsed document.
 * @returns The typed plan, or every schema finding.
 * @example
 * ```ts
 * const result = safeParsePlan({ kind: 'Kế hoạch', document: { number: '200/KH-SKHĐT', date: '2018-09-28' }, province: 'Lạng Sơn', plan_yaer: 2019 });
 * result.ok; // false: "plan_yaer" is an unknown field, and plan_year or period is missing
 * ```
 */
export function safeParsePlan(input: unknown): Result<Plan, Finding[]> {
  const parsed = planSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return err(parsed.error.issues.map((issue) => schemaIssueFinding(issue, 'plan/schema')));
}

/**
 * Parses a plan, throwing when it does not pass the schema: for input that is expected to be valid (a
 * bundled example, a fixture). Use {@link safeParsePlan} for user data.
 *
 * @param input - The parsed document.
 * @returns The typed plan.
 * @throws EgovError with code `plan/invalid` and the findings in `cause`, when the input fails the schema.
 * @example
 * ```ts
 * const plan = parsePlan(yaml.parse(readFileSync('examples/langson-2019-it-plan/plan.yaml', 'utf8')));
 * plan.plan_year; // 2019
 * ```
 */
export function parsePlan(input: unknown): Plan {
  const result = safeParsePlan(input);
  if (result.ok) return result.value;
  const first = result.error[0];
  const detail = first === undefined ? '' : `: ${first.path} ${first.message.en}`;
  throw new EgovError({
    code: 'plan/invalid',
    message: `The plan does not pass the schema (${String(result.error.length)} finding(s))${detail}`,
    cause: result.error,
  });
}
