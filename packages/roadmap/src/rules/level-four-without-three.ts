import { defineRule } from './rule';
import { sharedServiceEvents } from './service-events';

/** Options of {@link levelFourWithoutThree}. */
export interface LevelFourWithoutThreeOptions {
  /**
   * `all` (default): every service reaching level 4 needs level 3 in the baseline or scheduled no later;
   * `upgrades`: only entries that the document presents as upgrades (`from_level` given).
   */
  readonly scope: 'all' | 'upgrades';
}

/**
 * `roadmap/level-four-without-three`: a service reaches level 4 without level 3 ever being in the
 * baseline or scheduled before (or in the same period). Level 4 builds on level 3 (Decree 43/2011 Art. 3(4)):
 * a roadmap that "upgrades from level 3 to level 4" a service it never scheduled at level 3 contradicts
 * itself (source 002, 2016–2020 list).
 *
 * @example
 * ```ts
 * levelFourWithoutThree.defaultOptions; // { scope: "all" }
 * ```
 */
export const levelFourWithoutThree = defineRule<LevelFourWithoutThreeOptions>({
  id: 'roadmap/level-four-without-three',
  defaultSeverity: 'warning',
  description: {
    vi: 'Dịch vụ đạt mức độ 4 mà chưa từng có hoặc được lên lộ trình ở mức độ 3',
    en: 'A service reaches level 4 without level 3 in the baseline or scheduled before',
  },
  defaultOptions: { scope: 'all' },
  check: ({ roadmap, services, options, facts, report }) => {
    const { baselineCount, serviceIds, starts, items, levels, days, dayOf } = sharedServiceEvents(roadmap, services, facts);
    const dueEnd = (item: number): string => days[dayOf[item] ?? 0] ?? '';
    serviceIds.forEach((serviceId, slot) => {
      const from = starts[slot] ?? 0;
      const to = starts[slot + 1] ?? 0;
      // An event at level 4 is never the level-3 event it needs, so the earliest level-3 day decides.
      let firstLevelThree: string | undefined;
      for (let at = from; at < to; at += 1) {
        const item = items[at] ?? 0;
        const due = dueEnd(item);
        if (levels[item] === 3 && (firstLevelThree === undefined || due < firstLevelThree)) firstLevelThree = due;
      }
      for (let at = from; at < to; at += 1) {
        const item = items[at] ?? 0;
        if (item < baselineCount || levels[item] !== 4) continue;
        const index = item - baselineCount;
        const entry = roadmap.entries[index];
        if (entry === undefined) continue;
        if (options.scope === 'upgrades' && entry.from_level === undefined) continue;
        if (firstLevelThree !== undefined && firstLevelThree <= dueEnd(item)) continue;
        const name = services.services[serviceId]?.name ?? entry.service;
        const upgrade = entry.from_level === 3;
        report({
          // An entry given by class (Decree 42/2022) has no target_level: point at the field it has.
          path: ['entries', index, entry.target_level === undefined ? 'target_class' : 'target_level'],
          message: upgrade
            ? {
                vi: `Dịch vụ "${name}" được nâng cấp "từ mức độ 3 lên mức độ 4" nhưng chưa từng có hoặc được lên lộ trình ở mức độ 3`,
                en: `Service "${name}" is upgraded "from level 3 to level 4" but was never at, nor scheduled for, level 3`,
              }
            : {
                vi: `Dịch vụ "${name}" đạt mức độ 4 mà không có mức độ 3 trong hiện trạng hoặc lộ trình trước đó`,
                en: `Service "${name}" reaches level 4 without level 3 in the baseline or scheduled before`,
              },
          data: { service: name, upgrade },
        });
      }
    });
  },
});

