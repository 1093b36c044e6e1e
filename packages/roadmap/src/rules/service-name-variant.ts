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
  check: ({ roadmap, services, facts, report }) => {
    // Called for near matches only, so that no path is built for the other names of every list.
    const variant = (name: string, path: (string | number)[], match: ServiceMatch): void => {
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
      const match = services.entries[index];
      if (match?.method === 'near') variant(entry.service, ['entries', index, 'service'], match);
    });
    const stepMatches = facts.stepMatches;
    (roadmap.steps ?? []).forEach((step, stepIndex) => {
      const matches = stepMatches[stepIndex] ?? [];
      (step.services ?? []).forEach((name, nameIndex) => {
        const match = matches[nameIndex];
        if (match?.method === 'near') variant(name, ['steps', stepIndex, 'services', nameIndex], match);
      });
    });
    (roadmap.budgets ?? []).forEach((line, index) => {
      const match = line.service === undefined ? undefined : facts.resolve(line.service);
      if (line.service !== undefined && match?.method === 'near') variant(line.service, ['budgets', index, 'service'], match);
    });
  },
});
