import type { PlanRule } from './plan-rule';
import { planBudgetWordsMismatch } from './rules/budget-words-mismatch';
import { dueBeforeReceived } from './rules/due-before-received';
import { levelSharesExceedWhole } from './rules/level-shares-exceed-whole';
import { partsSumMismatch } from './rules/parts-sum-mismatch';
import { phaseOutsidePeriod } from './rules/phase-outside-period';
import { printedValueMismatch } from './rules/printed-value-mismatch';
import { subsetExceedsTotal } from './rules/subset-exceeds-total';
import { targetOutsidePeriod } from './rules/target-outside-period';

/**
 * The built-in plan rules, in the order they run.
 *
 * @example
 * ```ts
 * builtinPlanRules.map((rule) => rule.id); // ["plan/printed-value-mismatch", "plan/parts-sum-mismatch", …]
 * ```
 */
export const builtinPlanRules: readonly PlanRule[] = [
  printedValueMismatch,
  partsSumMismatch,
  subsetExceedsTotal,
  targetOutsidePeriod,
  phaseOutsidePeriod,
  dueBeforeReceived,
  levelSharesExceedWhole,
  planBudgetWordsMismatch,
];
