import { normalizeProvinceCode, parseDateArgument } from './parse-date-argument';
import { provinceRegistry, validOn } from './province-registry';
import type { ProvinceDateInput, ProvinceUnit } from './province-unit';

/**
 * Finds the unit that a statistics code denotes on a date. A code alone is never enough: seven codes
 * (15, 24, 44, 52, 80, 82, 91) denote one unit until 30/6/2025 and another from 1/7/2025
 * (Decision 19/2025/QĐ-TTg), and 29 codes were retired. Use {@link resolveProvince} to learn why a
 * lookup failed.
 *
 * @param code - Two-digit code, `"15"`; `"5"`, `5` and surrounding spaces are accepted.
 * @param asOf - The date the code was written for, `"YYYY-MM-DD"` or a `Date`.
 * @returns The unit version, or `undefined` when the code denotes no unit on that date.
 * @throws {EgovError} `invalid-date` when `asOf` is not a real date.
 * @example
 * ```ts
 * findProvinceByCode('15', '2017-12-24')?.name; // "Yên Bái"
 * findProvinceByCode('15', '2025-07-01')?.name; // "Lào Cai"
 * findProvinceByCode('02', '2026-01-01'); // undefined (Hà Giang's code was retired)
 * ```
 */
export function findProvinceByCode(code: string | number, asOf: ProvinceDateInput): ProvinceUnit | undefined {
  const iso = parseDateArgument(asOf, 'findProvinceByCode');
  const normalized = normalizeProvinceCode(code);
  if (normalized === undefined) return undefined;
  const found = validOn(provinceRegistry.byCode.get(normalized), iso);
  return found.length === 1 ? found[0] : undefined;
}
