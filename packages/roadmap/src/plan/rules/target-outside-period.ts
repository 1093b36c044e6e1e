import type { PointerSegment } from '@egov/core';
import type { When } from '../../model/when';
import { definePlanRule, type PlanRuleReport } from '../plan-rule';
import { outside, planSpan, span } from '../plan-period';

/**
 * `plan/target-outside-period`: a target is due (`by`), or a task is due (`due`), outside the plan's
 * period (or its plan year), outside the phase it names, or names a phase the plan does not have.
 *
 * @example
 * ```ts
 * targetOutsidePeriod.defaultSeverity; // "error"
 * ```
 */
export const targetOutsidePeriod = definePlanRule({
  id: 'plan/target-outside-period',
  defaultSeverity: 'error',
  description: {
    vi: 'Mục tiêu hoặc nhiệm vụ có thời hạn nằm ngoài thời kỳ hoặc giai đoạn của kế hoạch',
    en: "A target or task is due outside the plan's period or its phase",
  },
  check: ({ plan, report }) => {
    const whole = planSpan(plan);
    const phases = new Map((plan.phases ?? []).map((phase) => [phase.id, phase]));
    const checkOne = (what: { vi: string; en: string }, when: When | undefined, phaseId: string | undefined, path: readonly PointerSegment[], field: string) => {
      const problems: PlanRuleReport[] = [];
      if (when !== undefined && whole !== undefined && outside(when, whole)) {
        problems.push({
          path: [...path, field],
          message: {
            vi: `${what.vi} có thời hạn ${String(when)}, nằm ngoài thời kỳ ${whole.label} của kế hoạch`,
            en: `${what.en} is due ${String(when)}, outside the plan period ${whole.label}`,
          },
          data: { due: when, period: whole.label },
        });
      }
      if (phaseId !== undefined) {
        const phase = phases.get(phaseId);
        if (phase === undefined) {
          problems.push({
            path: [...path, 'phase'],
            message: {
              vi: `Giai đoạn "${phaseId}" không có trong danh sách giai đoạn của kế hoạch`,
              en: `Phase "${phaseId}" is not one of the plan's phases`,
            },
            data: { phase: phaseId, phases: [...phases.keys()] },
          });
        } else if (when !== undefined && outside(when, span(phase.start, phase.end))) {
          problems.push({
            path: [...path, field],
            message: {
              vi: `${what.vi} có thời hạn ${String(when)}, nằm ngoài giai đoạn ${phase.name ?? phase.id}`,
              en: `${what.en} is due ${String(when)}, outside phase ${phase.name ?? phase.id}`,
            },
            data: { due: when, phase: phase.id },
          });
        }
      }
      problems.forEach(report);
    };
    (plan.targets ?? []).forEach((target, index) => {
      const name = target.id ?? target.source ?? String(index + 1);
      checkOne({ vi: `Mục tiêu ${name}`, en: `Target ${name}` }, target.by, target.phase, ['targets', index], 'by');
    });
    (plan.tasks ?? []).forEach((task, index) => {
      const name = task.id ?? task.source ?? String(index + 1);
      checkOne({ vi: `Nhiệm vụ ${name}`, en: `Task ${name}` }, task.due, task.phase, ['tasks', index], 'due');
    });
  },
});
