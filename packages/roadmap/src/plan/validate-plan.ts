import { createFinding, pushAll, sortFindings, type Finding } from '@egov/core';
import type { RuleLevel } from '../validate-roadmap';
import { badLevelFinding, registerRules, ruleFailedFinding, ruleLevels } from '../rules/rule-registry';
import { builtinPlanRules } from './builtin-plan-rules';
import { safeParsePlan } from './parse-plan';
import type { PlanRule } from './plan-rule';
import type { Plan } from './plan-schema';

/**
 * Configuration of {@link validatePlan}.
 *
 * @example
 * ```ts
 * const config: PlanValidationConfig = { rules: { 'plan/due-before-received': 'off', 'plan/level-shares-exceed-whole': 'error' } };
 * ```
 */
export interface PlanValidationConfig {
  /** Rule id → level (`off`, `info`, `warn`/`warning`, `error`); rules not named run at their default. */
  readonly rules?: Readonly<Record<string, RuleLevel>>;
  /** Extra rules; their ids should use the author's own namespace (`acme/…`). */
  readonly extraRules?: readonly PlanRule[];
}

/**
 * What {@link validatePlan} returns.
 *
 * @example
 * ```ts
 * const { plan, findings }: PlanValidationResult = validatePlan(input);
 * if (plan === undefined) console.log('not a plan:', findings.length, 'schema findings');
 * ```
 */
export interface PlanValidationResult {
  /** The typed plan, when the input passed the schema. */
  readonly plan: Plan | undefined;
  /** Every finding, sorted (errors first, then by path). */
  readonly findings: Finding[];
}


/**
 * Validates a plan: the input is checked against the plan schema (problems are `plan/schema` findings),
 * then every enabled rule runs: printed figures against their values, parts against totals, subsets
 * against wholes, targets, tasks and phases against the period, deadlines against the date the plan was
 * signed or received, shares per level against 100 %. An unknown rule id or level in the configuration is
 * a `plan/config` finding; a rule that throws is reported as `plan/rule-failed`. Never throws. When the
 * schema refuses some top-level fields (an impossible date in `document`, a bad figure), the rules still
 * check the rest of the plan, if the rest passes the schema; `plan` is then `undefined`.
 *
 * @param input - A parsed plan, or parsed YAML or JSON to check against the schema first.
 * @param config - Rule levels and extra rules.
 * @returns The plan (when valid) and the findings.
 * @example
 * ```ts
 * const { findings } = validatePlan(yaml.parse(text), { rules: { 'plan/due-before-received': 'off' } });
 * findings.map((finding) => `${finding.ruleId} ${finding.path}`);
 * ```
 */
export function validatePlan(input: unknown, config: PlanValidationConfig = {}): PlanValidationResult {
  const { byId, findings } = registerRules<PlanRule>([...builtinPlanRules, ...(config.extraRules ?? [])], Object.keys(config.rules ?? {}), 'plan');
  for (const [id, level] of Object.entries(config.rules ?? {})) {
    if (byId.has(id) && !(level in ruleLevels)) findings.push(badLevelFinding('plan', id, level));
  }

  const parsed = safeParsePlan(input);
  if (!parsed.ok) pushAll(findings, parsed.error);
  const plan = parsed.ok ? parsed.value : readableRest(input, parsed.error);
  if (plan === undefined) return { plan: undefined, findings: sortFindings(findings) };

  for (const rule of byId.values()) {
    const setting = config.rules?.[rule.id];
    const severity = setting === undefined ? rule.defaultSeverity : ruleLevels[setting];
    if (severity === undefined || severity === 'off') continue;
    try {
      rule.check({
        plan,
        report: (report) => {
          findings.push(
            createFinding({
              ruleId: rule.id,
              severity,
              message: report.message,
              path: report.path,
              ...(report.data === undefined ? {} : { data: report.data }),
            }),
          );
        },
      });
    } catch (error) {
      findings.push(ruleFailedFinding('plan', rule.id, error));
    }
  }
  return { plan: parsed.ok ? plan : undefined, findings: sortFindings(findings) };
}

/**
 * The rest of a plan that failed the schema, for the rules to check: the input without its top-level
 * fields that have schema findings (an impossible date in `document` empties the document, whose fields
 * are all optional), when that rest passes the schema. Paths of the remaining fields are unchanged, so
 * the rules' findings point into the input as written.
 */
function readableRest(input: unknown, schemaFindings: readonly Finding[]): Plan | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const broken = new Set(schemaFindings.map((finding) => finding.path.split('/')[1] ?? ''));
  if (broken.has('')) return undefined;
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === 'document' && broken.has(key)) rest[key] = {};
    else if (!broken.has(key)) rest[key] = value;
  }
  const reparsed = safeParsePlan(rest);
  return reparsed.ok ? reparsed.value : undefined;
}
