import { createFinding, sortFindings, type Finding, type Severity } from '@egov/core';
import type { RuleLevel } from '../validate-roadmap';
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

const levels: Readonly<Record<string, Severity | 'off'>> = {
  off: 'off',
  warn: 'warning',
  warning: 'warning',
  error: 'error',
  info: 'info',
};

/**
 * Validates a plan: the input is checked against the plan schema (problems are `plan/schema` findings),
 * then every enabled rule runs: printed figures against their values, parts against totals, subsets
 * against wholes, targets, tasks and phases against the period, deadlines against the date the plan was
 * signed or received, shares per level against 100 %. An unknown rule id or level in the configuration is
 * a `plan/config` finding; a rule that throws is reported as `plan/rule-failed`. Never throws.
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
  const findings: Finding[] = [];
  const byId = new Map<string, PlanRule>();
  for (const rule of [...builtinPlanRules, ...(config.extraRules ?? [])]) {
    if (byId.has(rule.id)) findings.push(configFinding(`Rule id "${rule.id}" is defined twice`, `Luật "${rule.id}" được khai báo hai lần`, rule.id));
    byId.set(rule.id, rule);
  }
  for (const [id, level] of Object.entries(config.rules ?? {})) {
    if (!byId.has(id)) findings.push(configFinding(`Unknown rule "${id}" in the configuration`, `Cấu hình có luật không tồn tại "${id}"`, id));
    else if (!(level in levels)) {
      findings.push(
        configFinding(
          `Rule "${id}": level must be off, info, warn/warning or error; found "${level}"`,
          `Luật "${id}": mức phải là off, info, warn/warning hoặc error; nhận được "${level}"`,
          id,
        ),
      );
    }
  }

  const parsed = safeParsePlan(input);
  if (!parsed.ok) return { plan: undefined, findings: sortFindings([...findings, ...parsed.error]) };
  const plan = parsed.value;

  for (const rule of byId.values()) {
    const setting = config.rules?.[rule.id];
    const severity = setting === undefined ? rule.defaultSeverity : levels[setting];
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
      const detail = error instanceof Error ? error.message : String(error);
      findings.push(
        createFinding({
          ruleId: 'plan/rule-failed',
          severity: 'error',
          message: { vi: `Luật "${rule.id}" gặp lỗi khi chạy: ${detail}`, en: `Rule "${rule.id}" failed: ${detail}` },
          data: { rule: rule.id },
        }),
      );
    }
  }
  return { plan, findings: sortFindings(findings) };
}

function configFinding(en: string, vi: string, rule: string): Finding {
  return createFinding({ ruleId: 'plan/config', severity: 'error', message: { vi, en }, data: { rule } });
}
