import { sharedServiceTimelines } from '../analysis/service-timeline';
import { defineRule } from './rule';

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
  check: ({ roadmap, services, report }) => {
    for (const [serviceId, events] of sharedServiceTimelines(roadmap, services)) {
      let highest: { level: number; index: number; source: string } | undefined;
      for (const event of events) {
        if (event.level === undefined) continue;
        if (highest !== undefined && event.level < highest.level && event.source === 'entry') {
          const name = services.services[serviceId]?.name ?? '';
          // An entry given by class (Decree 42/2022) has no target_level: point at the field it has.
          const field = roadmap.entries[event.index]?.target_level === undefined ? 'target_class' : 'target_level';
          report({
            path: ['entries', event.index, field],
            message: {
              vi: `Dịch vụ "${name}" bị hạ từ mức độ ${highest.level} xuống mức độ ${event.level}`,
              en: `Service "${name}" goes down from level ${highest.level} to level ${event.level}`,
            },
            data: { from: highest.level, to: event.level, earlier: `/${highest.source === 'entry' ? 'entries' : 'baseline/services'}/${highest.index}` },
          });
        }
        if (highest === undefined || event.level > highest.level) {
          highest = { level: event.level, index: event.index, source: event.source };
        }
      }
    }
  },
});
