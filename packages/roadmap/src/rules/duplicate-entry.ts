import { whenYear } from '../model/when';
import { defineRule } from './rule';

/**
 * `roadmap/duplicate-entry`: the same service (by code, name or near match) is listed twice with the same
 * target level or class in the same year.
 *
 * @example
 * ```ts
 * duplicateEntry.id; // "roadmap/duplicate-entry"
 * ```
 */
export const duplicateEntry = defineRule({
  id: 'roadmap/duplicate-entry',
  defaultSeverity: 'error',
  description: {
    vi: 'Một dịch vụ được liệt kê hai lần với cùng mức độ và cùng năm',
    en: 'A service is listed twice with the same target and year',
  },
  defaultOptions: {},
  check: ({ roadmap, services, report }) => {
    const seen = new Map<string, number>();
    roadmap.entries.forEach((entry, index) => {
      const match = services.entries[index];
      if (match === undefined) return;
      const target = entry.target_level ?? entry.target_class ?? '';
      const key = `${String(match.service.id)}|${String(target)}|${String(whenYear(entry.due))}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, index);
        return;
      }
      const firstEntry = roadmap.entries[first];
      report({
        path: ['entries', index],
        message: {
          vi: `"${entry.service}" trùng với mục ${String(first + 1)} ("${firstEntry?.service ?? ''}")`,
          en: `"${entry.service}" duplicates entry ${String(first + 1)} ("${firstEntry?.service ?? ''}")`,
        },
        data: { duplicateOf: `/entries/${String(first)}`, method: match.method, score: match.score },
      });
    });
  },
});
