import { parseDateArgument } from './parse-date-argument';
import { provinceRegistry, validOn } from './province-registry';
import type { ProvinceDateInput, ProvinceUnit } from './province-unit';

/**
 * Lists the provincial-level units valid on a date, in code order: the 63 from 1/8/2008 to 30/6/2025, the
 * 34 from 1/7/2025 (Resolution 202/2025/QH15). Before 1/8/2008 the data has no units and the list is empty.
 *
 * @param asOf - The date, `"YYYY-MM-DD"` or a `Date` (read by its local calendar day).
 * @returns The unit versions valid on `asOf`.
 * @throws {EgovError} `invalid-date` when `asOf` is not a real date.
 * @example
 * ```ts
 * listProvinces('2025-06-30').length; // 63
 * listProvinces('2025-07-01').length; // 34
 * listProvinces('2025-07-01')[0]?.name; // "Hà Nội"
 * ```
 */
export function listProvinces(asOf: ProvinceDateInput): readonly ProvinceUnit[] {
  const iso = parseDateArgument(asOf, 'listProvinces');
  return validOn(provinceRegistry.units, iso).sort((a, b) => a.code.localeCompare(b.code));
}
