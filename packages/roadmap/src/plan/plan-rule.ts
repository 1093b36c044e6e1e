import type { LocalizedMessage, PointerSegment, Severity } from '@egov/core';
import type { Plan } from './plan-schema';

/**
 * One problem a plan rule reports; the engine adds the rule id and severity.
 *
 * @example
 * ```ts
 * const problem: PlanRuleReport = { message: { vi: 'Thiếu nguồn', en: 'No source' }, path: ['targets', 0, 'source'] };
 * ```
 */
export interface PlanRuleReport {
  readonly message: LocalizedMessage;
  readonly path: readonly PointerSegment[];
  readonly data?: Readonly<Record<string, unknown>>;
}

/**
 * What a plan rule sees when it runs: the parsed plan and a `report` callback.
 *
 * @example
 * ```ts
 * const check = ({ plan, report }: PlanRuleContext) => {
 *   if (plan.targets === undefined) report({ message: { vi: 'Không có mục tiêu', en: 'No targets' }, path: [] });
 * };
 * ```
 */
export interface PlanRuleContext {
  readonly plan: Plan;
  readonly report: (report: PlanRuleReport) => void;
}

/**
 * A validation rule for plans, in the style of the roadmap rules: a stable id (`plan/…` for built-ins),
 * a default severity, a description for the rule table, and a `check` that reports problems with a
 * JSON-pointer path into the plan.
 *
 * @example
 * ```ts
 * const [rule]: readonly PlanRule[] = builtinPlanRules;
 * rule?.id; // "plan/printed-value-mismatch"
 * ```
 */
export interface PlanRule {
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One sentence for the rule table, in Vietnamese and English. */
  readonly description: LocalizedMessage;
  readonly check: (context: PlanRuleContext) => void;
}

/**
 * Defines a plan rule; identity at run time, for type checking.
 *
 * @param rule - The rule.
 * @returns The same rule.
 * @example
 * ```ts
 * const needsTargets = definePlanRule({
 *   id: 'acme/plan-without-targets',
 *   defaultSeverity: 'warning',
 *   description: { vi: 'Kế hoạch không có mục tiêu', en: 'The plan has no targets' },
 *   check: ({ plan, report }) => {
 *     if ((plan.targets ?? []).length === 0) report({ message: { vi: 'Chưa có mục tiêu', en: 'No targets' }, path: [] });
 *   },
 * });
 * ```
 */
export function definePlanRule(rule: PlanRule): PlanRule {
  return rule;
}
