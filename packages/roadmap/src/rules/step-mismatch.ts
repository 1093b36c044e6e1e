import { closestHint } from '../identity/closest-hint';
import { whenRange } from '../model/when';
import { defineRule } from './rule';

/** Options of {@link stepMismatch}. */
export interface StepMismatchOptions {
  /**
   * Whether every entry due within the span of the steps (first step start to last step end) must be
   * named by at least one step (default true).
   */
  readonly requireCoverage: boolean;
}

/**
 * `roadmap/step-mismatch`: the step schedule disagrees with the lists of services: a step names a service
 * that no list has, states a number of services that differs from the names it lists, or an entry due
 * within the schedule is named by no step.
 *
 * @example
 * ```ts
 * stepMismatch.defaultOptions; // { requireCoverage: true }
 * ```
 */
export const stepMismatch = defineRule<StepMismatchOptions>({
  id: 'roadmap/step-mismatch',
  defaultSeverity: 'error',
  description: {
    vi: 'Danh sách dịch vụ trong các bước triển khai không khớp với danh mục theo năm',
    en: 'The services named by the steps do not match the yearly lists',
  },
  defaultOptions: { requireCoverage: true },
  check: ({ roadmap, services, options, facts, report }) => {
    const steps = roadmap.steps ?? [];
    const stepServiceIds = facts.stepServiceIds;
    // Per service id, whether a step names it (flags, not a set: there are tens of thousands of services).
    const covered = new Uint8Array(services.services.length);
    let spanStart: string | undefined;
    let spanEnd: string | undefined;
    steps.forEach((step, stepIndex) => {
      const names = step.services ?? [];
      if (names.length === 0) return;
      const start = whenRange(step.from).start;
      const end = whenRange(step.to).end;
      if (spanStart === undefined || start < spanStart) spanStart = start;
      if (spanEnd === undefined || end > spanEnd) spanEnd = end;
      if (step.stated_count !== undefined && step.stated_count !== names.length) {
        report({
          path: ['steps', stepIndex, 'stated_count'],
          message: {
            vi: `Bước triển khai nêu ${String(step.stated_count)} dịch vụ nhưng liệt kê ${String(names.length)}`,
            en: `The step states ${String(step.stated_count)} services but lists ${String(names.length)}`,
          },
          data: { stated: step.stated_count, listed: names.length },
        });
      }
      const ids = stepServiceIds[stepIndex];
      names.forEach((name, nameIndex) => {
        const id = ids?.[nameIndex] ?? -1;
        if (id < 0) {
          const hint = closestHint(services, name);
          report({
            path: ['steps', stepIndex, 'services', nameIndex],
            message: {
              vi: `Dịch vụ "${name}" trong bước triển khai không khớp với dịch vụ nào trong danh mục${hint.text.vi}`,
              en: `Service "${name}" named by the step matches no service of the lists${hint.text.en}`,
            },
            data: { service: name, closest: hint.closest, score: hint.score },
          });
          return;
        }
        covered[id] = 1;
      });
    });
    if (!options.requireCoverage || spanStart === undefined || spanEnd === undefined) return;
    const from = spanStart;
    const to = spanEnd;
    const entryDue = facts.entryDue;
    const entryServiceIds = facts.entryServiceIds;
    roadmap.entries.forEach((entry, index) => {
      const due = entryDue[index];
      if (due === undefined || due.end < from || due.start > to) return;
      const id = entryServiceIds[index] ?? -1;
      if (id < 0 || covered[id] === 1) return;
      report({
        path: ['entries', index],
        message: {
          vi: `Dịch vụ "${entry.service}" (thời hạn ${String(entry.due)}) không được nêu trong bước triển khai nào`,
          en: `Service "${entry.service}" (due ${String(entry.due)}) is named by no step of the schedule`,
        },
        data: { service: entry.service, due: entry.due },
      });
    });
  },
});
