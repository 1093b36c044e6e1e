import { isWithin } from './iso-date';
import { parseDateArgument } from './parse-date-argument';
import type { ProvinceDateInput, ProvinceStatus, ProvinceType, ProvinceUnit } from './province-unit';

function statusAt(unit: ProvinceUnit, iso: string): ProvinceStatus | undefined {
  return unit.history.find((status) => isWithin(iso, status.validFrom, status.validTo));
}

/**
 * The type of a unit on a date. Types change: Thừa Thiên Huế (a "tỉnh") became Huế, a centrally-run city,
 * on 1/1/2025 (Resolution 1314/NQ-UBTVQH15); Đồng Nai became a centrally-run city on 30/4/2026
 * (Resolution 30/2026/QH16).
 *
 * @param unit - A unit version, e.g. from {@link findProvinceByCode}.
 * @param date - `"YYYY-MM-DD"` or a `Date`.
 * @returns The type, or `undefined` when the unit version is not valid on `date`.
 * @throws {EgovError} `invalid-date` when `date` is not a real date.
 * @example
 * ```ts
 * const dongNai = findProvinceByCode('75', '2025-07-01');
 * if (dongNai) {
 *   provinceTypeAt(dongNai, '2026-04-29'); // "tỉnh"
 *   provinceTypeAt(dongNai, '2026-04-30'); // "thành phố trực thuộc trung ương"
 * }
 * ```
 */
export function provinceTypeAt(unit: ProvinceUnit, date: ProvinceDateInput): ProvinceType | undefined {
  return statusAt(unit, parseDateArgument(date, 'provinceTypeAt'))?.type;
}

/**
 * The official name of a unit on a date (code 46 was "Thừa Thiên Huế" until 31/12/2024, "Huế" after).
 *
 * @param unit - A unit version.
 * @param date - `"YYYY-MM-DD"` or a `Date`.
 * @returns The name, or `undefined` when the unit version is not valid on `date`.
 * @throws {EgovError} `invalid-date` when `date` is not a real date.
 * @example
 * ```ts
 * const hue = findProvinceByCode('46', '2013-01-01');
 * if (hue) provinceNameAt(hue, '2013-01-01'); // "Thừa Thiên Huế"
 * ```
 */
export function provinceNameAt(unit: ProvinceUnit, date: ProvinceDateInput): string | undefined {
  return statusAt(unit, parseDateArgument(date, 'provinceNameAt'))?.name;
}
