import type { Roadmap } from '../model/roadmap-schema';
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
  check: ({ roadmap, services, facts, report }) => {
    const keys = targetYearKeys(roadmap, facts.entryDueYear);
    // Per service, a chain (in document order) of its entries with distinct target and year: no string
    // keys and no per-entry objects, since this runs on every entry.
    const head = new Int32Array(services.services.length).fill(-1);
    const next = new Int32Array(roadmap.entries.length).fill(-1);
    const serviceIds = facts.entryServiceIds;
    roadmap.entries.forEach((entry, index) => {
      const id = serviceIds[index] ?? -1;
      if (id < 0) return;
      const key = keys[index];
      let first = head[id] ?? -1;
      let last = -1;
      while (first >= 0 && keys[first] !== key) {
        last = first;
        first = next[first] ?? -1;
      }
      if (first < 0) {
        if (last < 0) head[id] = index;
        else next[last] = index;
        return;
      }
      const firstEntry = roadmap.entries[first];
      const match = services.entries[index];
      report({
        path: ['entries', index],
        message: {
          vi: `"${entry.service}" trùng với mục ${String(first + 1)} ("${firstEntry?.service ?? ''}")`,
          en: `"${entry.service}" duplicates entry ${String(first + 1)} ("${firstEntry?.service ?? ''}")`,
        },
        data: { duplicateOf: `/entries/${String(first)}`, method: match?.method, score: match?.score },
      });
    });
  },
});

/**
 * A number per entry for its target (level or class) and due year: equal numbers for equal targets (as
 * text) and years. Targets and years are numbered in order of appearance.
 */
function targetYearKeys(roadmap: Roadmap, dueYears: readonly number[]): Float64Array {
  const targets = new Map<string, number>();
  const years = new Map<number, number>();
  const keys = new Float64Array(roadmap.entries.length);
  roadmap.entries.forEach((entry, index) => {
    const target = String(entry.target_level ?? entry.target_class ?? '');
    const year = dueYears[index] ?? whenYear(entry.due);
    let targetNumber = targets.get(target);
    if (targetNumber === undefined) {
      targetNumber = targets.size;
      targets.set(target, targetNumber);
    }
    let yearNumber = years.get(year);
    if (yearNumber === undefined) {
      yearNumber = years.size;
      years.set(year, yearNumber);
    }
    keys[index] = targetNumber * 2 ** 26 + yearNumber;
  });
  return keys;
}
