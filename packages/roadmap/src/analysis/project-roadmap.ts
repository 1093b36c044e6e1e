import { buildServiceIndex, type ServiceIndex } from '../identity/service-index';
import type { Roadmap } from '../model/roadmap-schema';
import { whenYear } from '../model/when';
import { levelsBy, serviceTimelines } from './service-timeline';

/** One service's level at the end of every year of the roadmap (`null` before it has one). */
export interface ServiceProjection {
  readonly id: number;
  readonly name: string;
  readonly levels: readonly (number | null)[];
}

/** Levels of every service in every year, and how many services are at each level per year. */
export interface RoadmapProjection {
  /** The years of the roadmap's period, in order. */
  readonly years: readonly number[];
  readonly services: readonly ServiceProjection[];
  /** Per year (same order as `years`): count of services at levels 1–4 (index 0 is level 1). */
  readonly distribution: readonly (readonly [number, number, number, number])[];
  /** Per year: services at level 3 or higher (level 3 and 4). */
  readonly atLeastLevelThree: readonly number[];
}

/**
 * Projects a roadmap over its period: the level of every service at the end of every year (its highest
 * level scheduled so far, counting the baseline) and the distribution per year.
 *
 * @param roadmap - A parsed roadmap.
 * @param services - Its service index (built when not given).
 * @returns The projection.
 * @example
 * ```ts
 * const projection = projectRoadmap(roadmap);
 * projection.years; // [2013, 2014, …, 2020]
 * projection.atLeastLevelThree.at(2); // services at level 3+ by the end of 2015
 * ```
 */
export function projectRoadmap(roadmap: Roadmap, services: ServiceIndex = buildServiceIndex(roadmap)): RoadmapProjection {
  const first = whenYear(roadmap.period.start);
  const last = whenYear(roadmap.period.end);
  const years: number[] = [];
  for (let year = first; year <= last; year++) years.push(year);
  const timelines = serviceTimelines(roadmap, services);
  const byYear = years.map((year) => levelsBy(timelines, `${String(year)}-12-31`));
  const projected = services.services.map((service) => ({
    id: service.id,
    name: service.name,
    levels: byYear.map((levels) => levels.get(service.id) ?? null),
  }));
  const distribution = byYear.map((levels) => {
    const counts: [number, number, number, number] = [0, 0, 0, 0];
    for (const level of levels.values()) if (level >= 1 && level <= 4) counts[level - 1] = (counts[level - 1] ?? 0) + 1;
    return counts;
  });
  return {
    years,
    services: projected,
    distribution,
    atLeastLevelThree: distribution.map((counts) => counts[2] + counts[3]),
  };
}
