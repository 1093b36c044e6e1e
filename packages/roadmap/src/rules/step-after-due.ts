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
  check: ({ roadmap, services, facts, report }) => {
    // Per service id, the entry due first (the earlier entry on a tie); -1 for none. Typed: a holey array
    // of tens of thousands of services is slow to read.
    const firstEntry = new Int32Array(services.services.length).fill(-1);
    const entryDue = facts.entryDue;
    const dueOf = (index: number): string => entryDue[index]?.end ?? '';
    facts.entryServiceIds.forEach((id, index) => {
      if (id < 0) return;
      const known = firstEntry[id] ?? -1;
      if (known < 0 || dueOf(index) < dueOf(known)) firstEntry[id] = index;
    });
    const stepServiceIds = facts.stepServiceIds;
    (roadmap.steps ?? []).forEach((step, stepIndex) => {
      const stepEnd = whenRange(step.to).end;
      const ids = stepServiceIds[stepIndex];
      (step.services ?? []).forEach((name, nameIndex) => {
        const id = ids?.[nameIndex] ?? -1;
        if (id < 0) return;
        const index = firstEntry[id] ?? -1;
        if (index < 0 || stepEnd <= dueOf(index)) return;
        const entry = roadmap.entries[index];
        report({
          path: ['steps', stepIndex, 'services', nameIndex],
          message: {
            vi: `Bước triển khai "${name}" kết thúc ${String(step.to)}, sau thời hạn ${String(entry?.due ?? '')} của dịch vụ`,
            en: `The step for "${name}" ends ${String(step.to)}, after the service is due (${String(entry?.due ?? '')})`,
          },
          data: { stepEnd: step.to, due: entry?.due, entry: `/entries/${String(index)}` },
        });
      });
    });
  },
});
