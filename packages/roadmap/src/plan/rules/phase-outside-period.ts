import { definePlanRule } from '../plan-rule';
import { planSpan, span } from '../plan-period';

/**
 * `plan/phase-outside-period`: a phase starts after it ends, or reaches outside the plan's period (or
 * its plan year); two phases share an id.
 *
 * @example
 * ```ts
 * phaseOutsidePeriod.defaultSeverity; // "error"
 * ```
 */
export const phaseOutsidePeriod = definePlanRule({
  id: 'plan/phase-outside-period',
  defaultSeverity: 'error',
  description: {
    vi: 'Giai đoạn nằm ngoài thời kỳ của kế hoạch hoặc bắt đầu sau khi kết thúc',
    en: "A phase lies outside the plan's period or starts after it ends",
  },
  check: ({ plan, report }) => {
    const whole = planSpan(plan);
    const seen = new Set<string>();
    (plan.phases ?? []).forEach((phase, index) => {
      const name = phase.name ?? phase.id;
      if (seen.has(phase.id)) {
        report({
          path: ['phases', index, 'id'],
          message: { vi: `Mã giai đoạn "${phase.id}" bị trùng`, en: `Phase id "${phase.id}" is used twice` },
          data: { phase: phase.id },
        });
      }
      seen.add(phase.id);
      const range = span(phase.start, phase.end);
      if (range.start > range.end) {
        report({
          path: ['phases', index, 'end'],
          message: {
            vi: `Giai đoạn ${name} kết thúc (${String(phase.end)}) trước khi bắt đầu (${String(phase.start)})`,
            en: `Phase ${name} ends (${String(phase.end)}) before it starts (${String(phase.start)})`,
          },
          data: { phase: phase.id },
        });
      }
      if (whole === undefined) return;
      if (range.start < whole.start || range.end > whole.end) {
        report({
          path: ['phases', index, range.start < whole.start ? 'start' : 'end'],
          message: {
            vi: `Giai đoạn ${name} (${range.label}) vượt ra ngoài thời kỳ ${whole.label} của kế hoạch`,
            en: `Phase ${name} (${range.label}) reaches outside the plan period ${whole.label}`,
          },
          data: { phase: phase.id, period: whole.label },
        });
      }
    });
  },
});
