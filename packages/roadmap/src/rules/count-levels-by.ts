import type { ServiceEvents } from './service-events';

/**
 * The number of services whose highest level by a day passes a test: what counting the values of
 * `levelsBy` gives, without building its map of every service (the target and stated-total rules count
 * tens of thousands of services once per target).
 *
 * @param events - The roadmap's service events.
 * @param byDay - ISO day; entries due on or before it count.
 * @param includeBaseline - Whether baseline levels count.
 * @param counts - Whether a service at this highest level counts.
 * @returns How many services have a level by the day and pass the test.
 * @example
 * ```ts
 * countLevelsBy(sharedServiceEvents(roadmap, services, facts), '2015-12-31', true, (level) => level >= 3);
 * ```
 */
export function countLevelsBy(
  events: ServiceEvents,
  byDay: string,
  includeBaseline: boolean,
  counts: (level: number) => boolean,
): number {
  const { baselineCount, starts, items, levels, days, dayOf } = events;
  const late = days.map((day) => day > byDay);
  let count = 0;
  for (let slot = 0; slot + 1 < starts.length; slot += 1) {
    let highest: number | undefined;
    for (let at = starts[slot] ?? 0, end = starts[slot + 1] ?? 0; at < end; at += 1) {
      const item = items[at] ?? 0;
      const level = levels[item];
      if (level === undefined) continue;
      if (item < baselineCount && !includeBaseline) continue;
      if (late[dayOf[item] ?? 0] === true) continue;
      highest = Math.max(highest ?? 0, level);
    }
    if (highest !== undefined && counts(highest)) count += 1;
  }
  return count;
}
