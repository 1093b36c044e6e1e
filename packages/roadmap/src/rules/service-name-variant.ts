import type { ServiceMatch } from '../identity/service-index';
import { defineRule } from './rule';

/**
 * `roadmap/service-name-variant`: an entry names a service already listed, but spelled differently enough
 * that only a near match links them (a typo such as "Gấp phép" for "Cấp phép", or a different word order),
 * in an entry, a step or a budget line.
 * Tells the user what was matched and how sure, so a wrong match can be caught.
 *
 * @example
 * ```ts
 * serviceNameVariant.defaultSeverity; // "info"
 * ```
 */
export const serviceNameVariant = defineRule({
  id: 'roadmap/service-name-variant',
  defaultSeverity: 'info',
  description: {
    vi: 'Cùng một dịch vụ được viết tên khác nhau ở các danh mục',
    en: 'The same service is written differently in different lists',
  },
  defaultOptions: {},
  check: ({ roadmap, services, report }) => {
    const variant = (name: string, path: (string | number)[], match: ServiceMatch | undefined): void => {
      if (match?.method !== 'near') return;
      const percent = Math.round(match.score * 100);
      report({
        path,
        message: {
          vi: `"${name}" được coi là cùng dịch vụ với "${match.service.name}" (giống ${String(percent)}%)`,
          en: `"${name}" is taken as the same service as "${match.service.name}" (${String(percent)}% similar)`,
        },
        data: { matched: match.service.name, score: match.score },
      });
    };
    roadmap.entries.forEach((entry, index) => {
      variant(entry.service, ['entries', index, 'service'], services.entries[index]);
    });
    (roadmap.steps ?? []).forEach((step, stepIndex) => {
      (step.services ?? []).forEach((name, nameIndex) => {
        variant(name, ['steps', stepIndex, 'services', nameIndex], services.resolve(name));
      });
    });
    (roadmap.budgets ?? []).forEach((line, index) => {
      if (line.service !== undefined) variant(line.service, ['budgets', index, 'service'], services.resolve(line.service));
    });
  },
});
