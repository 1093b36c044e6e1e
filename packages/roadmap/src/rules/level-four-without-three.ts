import { defineRule } from './rule';
import { sharedServiceEvents } from './service-events';

/** Options of {@link levelFourWithoutThree}. */
export interface LevelFourWithoutThreeOptions {
  /**
   * `upgrades` (default): only entries that the document itself presents as upgrades from level 3
   * (`from_level` given: "từ mức độ 3 lên mức độ 4"); `all`: every service reaching level 4 needs level 3
   * in the baseline or scheduled no later.
   */
  readonly scope: 'all' | 'upgrades';
}

/**
 * `roadmap/level-four-without-three`: an entry the document calls an upgrade "from level 3 to level 4"
 * (`from_level`) for a service never at level 3 in the baseline nor scheduled there before (or in the same
 * period): the roadmap contradicts itself (source 002, 2016–2020 list). Levels are cumulative capabilities
 * and Decree 43/2011 Art. 3(4) does not require a level-3 stage, so a service scheduled directly at level 4
 * is lawful and is reported only with `scope: 'all'`. Entries given by Decree 42/2022 class (toàn trình /
 * một phần, no `target_level`) are never reported: the rule is built on Decree 43/2011 levels.
 *
 * @example
 * ```ts
 * levelFourWithoutThree.defaultOptions; // { scope: "upgrades" }
 * ```
 */
export const levelFourWithoutThree = defineRule<LevelFourWithoutThreeOptions>({
  id: 'roadmap/level-four-without-three',
  defaultSeverity: 'warning',
  description: {
    vi: 'Dịch vụ đạt mức độ 4 mà chưa từng có hoặc được lên lộ trình ở mức độ 3',
    en: 'A service reaches level 4 without level 3 in the baseline or scheduled before',
  },
  defaultOptions: { scope: 'upgrades' },
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
        // A Decree 42/2022 class entry is not a level: the level rules do not apply to it.
        if (entry?.target_level === undefined) continue;
        if (options.scope === 'upgrades' && entry.from_level === undefined) continue;
        if (firstLevelThree !== undefined && firstLevelThree <= dueEnd(item)) continue;
        const name = services.services[serviceId]?.name ?? entry.service;
        const upgrade = entry.from_level === 3;
        report({
          path: ['entries', index, 'target_level'],
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

