import { whenRange } from '../model/when';
import { defineRule } from './rule';

/**
 * `roadmap/step-after-due`: a step that prepares a service ends after the date the service is due.
 *
 * @example
 * ```ts
 * stepAfterDue.defaultSeverity; // "warning"
 * ```
 */
export const stepAfterDue = defineRule({
  id: 'roadmap/step-after-due',
  defaultSeverity: 'warning',
  description: {
    vi: 'Bước triển khai một dịch vụ kết thúc sau thời hạn của dịch vụ đó',
    en: 'A step for a service ends after the service is due',
  },
  defaultOptions: {},
  check: ({ roadmap, services, report }) => {
    const dueByService = new Map<number, { due: string; index: number }>();
    roadmap.entries.forEach((entry, index) => {
      const match = services.entries[index];
      if (match === undefined) return;
      const due = whenRange(entry.due).end;
      const known = dueByService.get(match.service.id);
      if (known === undefined || due < known.due) dueByService.set(match.service.id, { due, index });
    });
    (roadmap.steps ?? []).forEach((step, stepIndex) => {
      const stepEnd = whenRange(step.to).end;
      (step.services ?? []).forEach((name, nameIndex) => {
        const match = services.resolve(name);
        if (match === undefined) return;
        const due = dueByService.get(match.service.id);
        if (due === undefined || stepEnd <= due.due) return;
        const entry = roadmap.entries[due.index];
        report({
          path: ['steps', stepIndex, 'services', nameIndex],
          message: {
            vi: `Bước triển khai "${name}" kết thúc ${String(step.to)}, sau thời hạn ${String(entry?.due ?? '')} của dịch vụ`,
            en: `The step for "${name}" ends ${String(step.to)}, after the service is due (${String(entry?.due ?? '')})`,
          },
          data: { stepEnd: step.to, due: entry?.due, entry: `/entries/${String(due.index)}` },
        });
      });
    });
  },
});
