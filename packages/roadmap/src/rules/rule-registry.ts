import { createFinding, type Finding, type Severity } from '@egov/core';

// Shared by validateRoadmap and validatePlan (internal: not exported from the package).

/** Configuration level names and the severity they give; `off` turns a rule off. */
export const ruleLevels: Readonly<Record<string, Severity | 'off'>> = {
  off: 'off',
  warn: 'warning',
  warning: 'warning',
  error: 'error',
  info: 'info',
};

/**
 * A configuration problem: `roadmap/config` or `plan/config`, at error severity.
 *
 * @param prefix - `roadmap` or `plan`.
 * @param en - The message in English.
 * @param vi - The message in Vietnamese.
 * @param rule - The rule id concerned.
 * @returns The finding.
 * @example
 * ```ts
 * configFinding('plan', 'Unknown rule "x"', 'Cấu hình có luật không tồn tại "x"', 'x');
 * ```
 */
export function configFinding(prefix: string, en: string, vi: string, rule: string): Finding {
  return createFinding({ ruleId: `${prefix}/config`, severity: 'error', message: { vi, en }, data: { rule } });
}

/**
 * Indexes rules by id, reporting a rule id defined twice (the later one wins) and a configured id that no
 * rule has, as `<prefix>/config` findings.
 *
 * @param rules - Built-in rules, then plugin or extra rules.
 * @param configured - Rule ids named in the configuration.
 * @param prefix - `roadmap` or `plan`.
 * @returns The rules by id and the configuration findings.
 * @example
 * ```ts
 * const { byId, findings } = registerRules(builtinPlanRules, Object.keys(config.rules ?? {}), 'plan');
 * ```
 */
export function registerRules<R extends { readonly id: string }>(
  rules: readonly R[],
  configured: readonly string[],
  prefix: string,
): { byId: Map<string, R>; findings: Finding[] } {
  const findings: Finding[] = [];
  const byId = new Map<string, R>();
  for (const rule of rules) {
    if (byId.has(rule.id)) findings.push(configFinding(prefix, `Rule id "${rule.id}" is defined twice`, `Luật "${rule.id}" được khai báo hai lần`, rule.id));
    byId.set(rule.id, rule);
  }
  for (const id of configured) {
    if (!byId.has(id)) findings.push(configFinding(prefix, `Unknown rule "${id}" in the configuration`, `Cấu hình có luật không tồn tại "${id}"`, id));
  }
  return { byId, findings };
}

/**
 * The finding for a configured level that is not one of {@link ruleLevels}.
 *
 * @param prefix - `roadmap` or `plan`.
 * @param rule - The rule id.
 * @param level - The level as configured.
 * @returns The `<prefix>/config` finding.
 * @example
 * ```ts
 * badLevelFinding('roadmap', 'roadmap/level-down', 'loud');
 * ```
 */
export function badLevelFinding(prefix: string, rule: string, level: string): Finding {
  return configFinding(
    prefix,
    `Rule "${rule}": level must be off, info, warn/warning or error; found "${level}"`,
    `Luật "${rule}": mức phải là off, info, warn/warning hoặc error; nhận được "${level}"`,
    rule,
  );
}

/**
 * The finding for a rule that threw: `<prefix>/rule-failed` at error severity, so one broken (plugin)
 * rule never stops validation.
 *
 * @param prefix - `roadmap` or `plan`.
 * @param rule - The rule id.
 * @param error - What it threw.
 * @returns The finding.
 * @example
 * ```ts
 * ruleFailedFinding('plan', 'plan/parts-sum-mismatch', new Error('boom'));
 * ```
 */
export function ruleFailedFinding(prefix: string, rule: string, error: unknown): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  return createFinding({
    ruleId: `${prefix}/rule-failed`,
    severity: 'error',
    message: { vi: `Luật "${rule}" gặp lỗi khi chạy: ${detail}`, en: `Rule "${rule}" failed: ${detail}` },
    data: { rule },
  });
}
