import type { Entry, Roadmap } from '../model/roadmap-schema';

/** A small valid roadmap; tests add what their rule needs. */
export function minimalRoadmap(entries: Entry[], extra: Partial<Roadmap> = {}): Roadmap {
  return {
    decision: { number: '1/QĐ-UBND', date: '2013-05-04' },
    province: 'Thái Bình',
    period: { start: 2013, end: 2020 },
    entries,
    ...extra,
  };
}
