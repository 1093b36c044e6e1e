import { foldProvinceName } from './fold-province-name';
import { parseDateArgument } from './parse-date-argument';
import { provinceRegistry, validOn } from './province-registry';
import type { ProvinceDateInput, ProvinceUnit } from './province-unit';

/**
 * Finds the unit a name denotes on a date. Names match after folding: Unicode form, case, diacritics and
 * tone placement ("Hoà Bình" = "Hòa Bình"), đ/d, dashes and spacing ("Bà Rịa–Vũng Tàu"), and the prefixes
 * "Tỉnh", "Thành phố", "TP.", "TP" are ignored; "TP.HCM" is accepted for Hồ Chí Minh. Every name a unit
 * version bore matches it ("Thừa Thiên Huế" until 30/6/2025). Use {@link resolveProvince} to learn why
 * a lookup failed.
 *
 * @param name - The name as written in a document or a table.
 * @param asOf - The date of the document, `"YYYY-MM-DD"` or a `Date`.
 * @returns The unit version, or `undefined` when no unit (or more than one) has that name on that date.
 * @throws {EgovError} `invalid-date` when `asOf` is not a real date.
 * @example
 * ```ts
 * findProvinceByName('Tỉnh Hòa Bình', '2020-01-01')?.code; // "17"
 * findProvinceByName('TP. Hồ Chí Minh', '2026-01-01')?.id; // "ho-chi-minh@2025"
 * findProvinceByName('Hà Giang', '2026-01-01'); // undefined (merged into Tuyên Quang on 1/7/2025)
 * ```
 */
export function findProvinceByName(name: string, asOf: ProvinceDateInput): ProvinceUnit | undefined {
  const iso = parseDateArgument(asOf, 'findProvinceByName');
  const found = validOn(provinceRegistry.byNameKey.get(foldProvinceName(name)), iso);
  return found.length === 1 ? found[0] : undefined;
}
