import type { IndexData } from '@egov/ictindex';
import { random } from '../random';

/**
 * Synthetic ICT-Index raw data: `units` provinces × the given indicators × `years` years (2016 onwards).
 * Each province has a level drawn once and a yearly drift, so ranks move a little from year to year as
 * in the published rankings; about 1 % of values are missing.
 *
 * @param indicatorIds - Indicator ids of the framework (30 for the 2016 ICT-Index).
 * @param options - Units (default 63), years (default 5), seed.
 * @returns One {@link IndexData} per year.
 * @example
 * ```ts
 * ictIndexYears(['broadband-subscriptions'])[0]?.year; // 2016
 * ```
 */
export function ictIndexYears(
  indicatorIds: readonly string[],
  options: { readonly units?: number; readonly years?: number; readonly seed?: number } = {},
): IndexData[] {
  const next = random(options.seed ?? 29);
  const units = Array.from({ length: options.units ?? 63 }, (_, i) => ({ id: `province-${String(i + 1).padStart(2, '0')}`, level: 0.2 + 0.6 * next(), drift: (next() - 0.4) * 0.05 }));
  const out: IndexData[] = [];
  for (let y = 0; y < (options.years ?? 5); y += 1) {
    const values: Record<string, Record<string, number | null>> = {};
    for (const unit of units) {
      const row: Record<string, number | null> = {};
      for (const id of indicatorIds) {
        const v = Math.max(0, Math.min(1, unit.level + unit.drift * y + (next() - 0.5) * 0.3));
        row[id] = next() < 0.01 ? null : Math.round(v * 10_000) / 100;
      }
      values[unit.id] = row;
    }
    out.push({ year: 2016 + y, values });
  }
  return out;
}
