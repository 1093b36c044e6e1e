import { defineRule } from './rule';
import { sharedServiceEvents } from './service-events';

/**
 * `roadmap/level-down`: a service is scheduled at a lower level after a higher one (a roadmap only moves
 * services up, Decree 43/2011 Art. 3).
 *
 * @example
 * ```ts
 * levelDown.id; // "roadmap/level-down"
 * ```
 */
export const levelDown = defineRule({
  id: 'roadmap/level-down',
  defaultSeverity: 'error',
  description: {
    vi: 'Một dịch vụ bị hạ mức độ so với mức đã có hoặc đã lên lộ trình trước đó',
    en: 'A service is scheduled at a lower level than it had or was scheduled for earlier',
  },
  defaultOptions: {},
  check: ({ roadmap, services, facts, report }) => {
    const { baselineCount, serviceIds, starts, items, levels } = sharedServiceEvents(roadmap, services, facts);
    serviceIds.forEach((serviceId, slot) => {
      let highest: { level: number; item: number } | undefined;
      for (let at = starts[slot] ?? 0, end = starts[slot + 1] ?? 0; at < end; at += 1) {
        const item = items[at] ?? 0;
        const level = levels[item];
        if (level === undefined) continue;
        if (highest !== undefined && level < highest.level && item >= baselineCount) {
          const index = item - baselineCount;
          const name = services.services[serviceId]?.name ?? '';
          // An entry given by class (Decree 42/2022) has no target_level: point at the field it has.
          const field = roadmap.entries[index]?.target_level === undefined ? 'target_class' : 'target_level';
          const earlier = highest.item < baselineCount ? `baseline/services/${String(highest.item)}` : `entries/${String(highest.item - baselineCount)}`;
          report({
            path: ['entries', index, field],
            message: {
              vi: `Dịch vụ "${name}" bị hạ từ mức độ ${String(highest.level)} xuống mức độ ${String(level)}`,
              en: `Service "${name}" goes down from level ${String(highest.level)} to level ${String(level)}`,
            },
            data: { from: highest.level, to: level, earlier: `/${earlier}` },
          });
        }
        if (highest === undefined || level > highest.level) highest = { level, item };
      }
    });
  },
});
