import { EgovError } from '../errors/egov-error';
import { findProvinceByCode } from './find-province-by-code';
import { provinceRegistry } from './province-registry';
import type { ProvinceDateInput, ProvinceUnit } from './province-unit';

/**
 * The unit an old unit went into on 1/7/2025 (Resolution 202/2025/QH15: every one of the 63 went whole
 * into exactly one of the 34). Given a code, the code is first read at `asOf`.
 *
 * @param unit - A unit version of the 63.
 * @returns The unit of the 34 containing it; `undefined` for a unit of the 34 (it has no successor yet).
 * @throws {EgovError} `missing-date` when called with a code but no date (only reachable from JavaScript).
 * @example
 * ```ts
 * const yenBai = findProvinceByName('Yên Bái', '2017-12-24');
 * if (yenBai) successorOf(yenBai)?.name; // "Lào Cai"
 * successorOf('34', '2013-05-04')?.name; // "Hưng Yên" (code 34 was Thái Bình)
 * ```
 */
export function successorOf(unit: ProvinceUnit): ProvinceUnit | undefined;
/**
 * @param code - A code, read at `asOf`.
 * @param asOf - The date the code was written for.
 * @returns The unit of the 34 containing the unit the code denoted on `asOf`; `undefined` when the code
 *   denotes no unit then, or denotes a unit of the 34.
 * @throws {EgovError} `invalid-date` when `asOf` is not a real date.
 */
export function successorOf(code: string | number, asOf: ProvinceDateInput): ProvinceUnit | undefined;
export function successorOf(
  unitOrCode: ProvinceUnit | string | number,
  asOf?: ProvinceDateInput,
): ProvinceUnit | undefined {
  let unit: ProvinceUnit | undefined;
  if (typeof unitOrCode === 'object') unit = unitOrCode;
  else if (asOf === undefined) {
    throw new EgovError({ code: 'missing-date', message: 'successorOf: a code needs the date it was written for' });
  } else unit = findProvinceByCode(unitOrCode, asOf);
  return unit?.successorId === undefined ? undefined : provinceRegistry.byId.get(unit.successorId);
}

/**
 * The old units merged into a unit of the 34 on 1/7/2025, in the order of `provinces-34.csv`.
 *
 * @param unit - A unit version of the 34.
 * @returns Its predecessors among the 63 (for a unit of the 63: empty).
 * @example
 * ```ts
 * const tuyenQuang = findProvinceByCode('08', '2026-01-01');
 * if (tuyenQuang) predecessorsOf(tuyenQuang).map((u) => u.name); // ["Hà Giang", "Tuyên Quang"]
 * ```
 */
export function predecessorsOf(unit: ProvinceUnit): readonly ProvinceUnit[] {
  return unit.predecessorIds.flatMap((id) => {
    const predecessor = provinceRegistry.byId.get(id);
    return predecessor === undefined ? [] : [predecessor];
  });
}
