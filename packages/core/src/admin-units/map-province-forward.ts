import { invalidDateFinding } from './invalid-date-finding';
import { createFinding } from '../findings/create-finding';
import type { Finding } from '../findings/finding';
import { err, ok, type Result } from '../result/result';
import { formatVietnameseDate, isWithin, toIsoDate } from './iso-date';
import { provinceRegistry } from './province-registry';
import type { ProvinceDateInput, ProvinceUnit } from './province-unit';
import { resolveProvince, type ResolveProvinceOptions } from './resolve-province';

/**
 * A unit read at one date and the unit that contains it at a later date.
 *
 * @example
 * ```ts
 * const result = mapProvinceForward('Thái Bình', '2013-05-04', '2026-01-01');
 * if (result.ok) [result.value.from.id, result.value.to.id]; // ["thai-binh@2008", "hung-yen@2025"]
 * ```
 */
export interface ProvinceMapping {
  /** The unit the input denoted on the source date. */
  readonly from: ProvinceUnit;
  /** The unit containing `from` on the target date (the same version when nothing changed). */
  readonly to: ProvinceUnit;
  /** Warnings of reading the input (see {@link resolveProvince}). */
  readonly warnings: readonly Finding[];
}

/**
 * Carries a unit named in a historical record forward to a later date, following the succession of
 * 1/7/2025 (Resolution 202/2025/QH15): Hà Giang (2013) → Tuyên Quang, Thái Bình → Hưng Yên, Bắc Giang →
 * Bắc Ninh, Yên Bái → Lào Cai (old code 15, new code 15 too, but a different unit). Mapping backwards is
 * not unique (a new unit has several predecessors): use {@link predecessorsOf}. Never throws.
 *
 * @param codeOrName - A code or a name, read at `fromDate`.
 * @param fromDate - The date of the record (e.g. the document's date).
 * @param toDate - The date to carry it to; not before `fromDate`.
 * @param options - `path` to put into findings.
 * @returns The mapping, or a finding: those of {@link resolveProvince}, `core/province-invalid-date` for
 *   a bad `toDate`, `core/province-backward-mapping` when `toDate` is before `fromDate`.
 * @example
 * ```ts
 * const result = mapProvinceForward('Hà Giang', '2013-08-12', '2026-01-01');
 * if (result.ok) result.value.to.name; // "Tuyên Quang"
 * ```
 */
export function mapProvinceForward(
  codeOrName: string | number,
  fromDate: ProvinceDateInput,
  toDate: ProvinceDateInput,
  options: ResolveProvinceOptions = {},
): Result<ProvinceMapping> {
  const resolved = resolveProvince(codeOrName, fromDate, options);
  if (!resolved.ok) return resolved;
  const { unit: from, warnings } = resolved.value;
  const fromIso = toIsoDate(fromDate) ?? from.validFrom;
  const toIso = toIsoDate(toDate);
  const path = options.path ?? '';
  if (toIso === undefined) {
    return err(invalidDateFinding(toDate, path, 'toDate', String(codeOrName)));
  }
  if (toIso < fromIso) {
    return err(
      createFinding({
        ruleId: 'core/province-backward-mapping',
        severity: 'error',
        message: {
          vi: `Không thể chuyển ${from.name} ngược thời gian từ ${formatVietnameseDate(fromIso)} về ${formatVietnameseDate(toIso)}; dùng danh sách đơn vị tiền thân`,
          en: `Cannot map ${from.name} back from ${fromIso} to ${toIso}; use the predecessors instead`,
        },
        path,
        data: { input: String(codeOrName), fromDate: fromIso, toDate: toIso, unitId: from.id },
      }),
    );
  }
  let to = from;
  while (!isWithin(toIso, to.validFrom, to.validTo) && to.successorId !== undefined) {
    const next = provinceRegistry.byId.get(to.successorId);
    if (next === undefined) break;
    to = next;
  }
  return ok({ from, to, warnings });
}
