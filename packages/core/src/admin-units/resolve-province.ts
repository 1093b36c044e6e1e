import { invalidDateFinding } from './invalid-date-finding';
import { createFinding } from '../findings/create-finding';
import type { Finding } from '../findings/finding';
import type { PointerSegment } from '../findings/json-pointer';
import { err, ok, type Result } from '../result/result';
import { foldProvinceName } from './fold-province-name';
import { formatVietnameseDate, toIsoDate } from './iso-date';
import { normalizeProvinceCode } from './parse-date-argument';
import { provinces63ValidFrom } from './province-facts';
import { provinceRegistry, validOn, type ProvinceRegistry } from './province-registry';
import type { ProvinceDateInput, ProvinceUnit } from './province-unit';

/**
 * A successful {@link resolveProvince}: the unit, how it was matched, and warnings to show the user.
 *
 * @example
 * ```ts
 * const result = resolveProvince('Tỉnh Hà Giang', '2013-08-12');
 * if (result.ok) result.value; // { unit: { id: "ha-giang@2008", … }, matchedBy: "name", warnings: [] }
 * ```
 */
export interface ProvinceMatch {
  readonly unit: ProvinceUnit;
  readonly matchedBy: 'code' | 'name';
  /** E.g. `core/province-code-meaning-changed` for the seven codes whose meaning changed on 1/7/2025. */
  readonly warnings: readonly Finding[];
}

/**
 * Options of {@link resolveProvince} and {@link mapProvinceForward}.
 *
 * @example
 * ```ts
 * resolveProvince('99', '2020-01-01', { path: ['rows', 4, 'province'] }); // finding path "/rows/4/province"
 * ```
 */
export interface ResolveProvinceOptions {
  /** JSON pointer (or its segments) of the value in the caller's input, copied into every finding. */
  readonly path?: string | readonly PointerSegment[];
}

interface UnitSummary {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly validFrom: string;
  readonly validTo?: string;
}

function summary(unit: ProvinceUnit): UnitSummary {
  const { id, code, name, validFrom, validTo } = unit;
  return validTo === undefined ? { id, code, name, validFrom } : { id, code, name, validFrom, validTo };
}

function describeVi(unit: ProvinceUnit, registry: ProvinceRegistry): string {
  const until = unit.validTo === undefined ? '' : ` đến ${formatVietnameseDate(unit.validTo)}`;
  const successor = unit.successorId === undefined ? undefined : registry.byId.get(unit.successorId);
  const into = successor === undefined ? '' : `, sau đó thuộc ${successor.name} (mã ${successor.code})`;
  return `${unit.name} (mã ${unit.code}) có hiệu lực từ ${formatVietnameseDate(unit.validFrom)}${until}${into}`;
}

function describeEn(unit: ProvinceUnit, registry: ProvinceRegistry): string {
  const until = unit.validTo === undefined ? '' : ` to ${unit.validTo}`;
  const successor = unit.successorId === undefined ? undefined : registry.byId.get(unit.successorId);
  const into = successor === undefined ? '' : `, then part of ${successor.name} (code ${successor.code})`;
  return `${unit.name} (code ${unit.code}) valid from ${unit.validFrom}${until}${into}`;
}

/**
 * Resolves a code or a name to the unit it denotes on a date, explaining every failure as a
 * {@link Finding}; never throws. A code is read at the date: a warning
 * `core/province-code-meaning-changed` comes with the seven codes (15, 24, 44, 52, 80, 82, 91) that
 * denote one unit until 30/6/2025 and another from 1/7/2025 (Decision 19/2025/QĐ-TTg), because a wrong
 * date silently gives the wrong unit. Names match as in {@link findProvinceByName}.
 *
 * Error rule ids: `core/province-invalid-date`, `core/province-empty-input`,
 * `core/province-date-out-of-range` (before 1/8/2008), `core/province-unknown-code`,
 * `core/province-unknown-name`, `core/province-not-valid-at-date` (a unit known at other dates, e.g. Hà
 * Giang after 30/6/2025; the finding names its successor), `core/province-ambiguous`.
 *
 * @param codeOrName - A code (`"02"`, `2`) or a name (`"Tỉnh Hà Giang"`).
 * @param asOf - The date the value was written for (e.g. the document's date).
 * @param options - `path` to put into findings.
 * @returns The match with its warnings, or the finding that explains why nothing matched.
 * @example
 * ```ts
 * const result = resolveProvince('15', '2017-12-24');
 * if (result.ok) {
 *   result.value.unit.name; // "Yên Bái"
 *   result.value.warnings[0]?.ruleId; // "core/province-code-meaning-changed"
 * }
 * const gone = resolveProvince('Hà Giang', '2026-01-01');
 * if (!gone.ok) gone.error.ruleId; // "core/province-not-valid-at-date"
 * ```
 */
export function resolveProvince(
  codeOrName: string | number,
  asOf: ProvinceDateInput,
  options: ResolveProvinceOptions = {},
): Result<ProvinceMatch> {
  return resolveProvinceIn(provinceRegistry, codeOrName, asOf, options);
}

/** {@link resolveProvince} over a given registry (exported for tests of the ambiguity path). */
export function resolveProvinceIn(
  registry: ProvinceRegistry,
  codeOrName: string | number,
  asOf: ProvinceDateInput,
  options: ResolveProvinceOptions = {},
): Result<ProvinceMatch> {
  const path = options.path ?? '';
  const input = typeof codeOrName === 'number' ? String(codeOrName) : codeOrName;
  const iso = toIsoDate(asOf);
  if (iso === undefined) {
    return err(invalidDateFinding(asOf, path, 'asOf', input));
  }
  if (input.trim() === '') {
    return err(
      createFinding({
        ruleId: 'core/province-empty-input',
        severity: 'error',
        message: { vi: 'Thiếu mã hoặc tên tỉnh, thành phố', en: 'Missing province code or name' },
        path,
        data: { input, asOf: iso },
      }),
    );
  }
  if (iso < provinces63ValidFrom) {
    return err(
      createFinding({
        ruleId: 'core/province-date-out-of-range',
        severity: 'error',
        message: {
          vi: `Dữ liệu đơn vị hành chính bắt đầu từ ${formatVietnameseDate(provinces63ValidFrom)}; ngày ${formatVietnameseDate(iso)} nằm ngoài phạm vi`,
          en: `Administrative-unit data starts on ${provinces63ValidFrom}; ${iso} is out of range`,
        },
        path,
        data: { input, asOf: iso, coveredFrom: provinces63ValidFrom },
      }),
    );
  }

  const code = normalizeProvinceCode(input);
  const matchedBy = code === undefined ? 'name' : 'code';
  const key = code ?? foldProvinceName(input);
  const candidates = (code === undefined ? registry.byNameKey.get(key) : registry.byCode.get(key)) ?? [];
  const found = validOn(candidates, iso);
  const what = { vi: matchedBy === 'code' ? 'Mã' : 'Tên', en: matchedBy === 'code' ? 'Code' : 'Name' };

  const [unit, ...others] = found;
  if (unit === undefined) {
    if (candidates.length === 0) {
      return err(
        createFinding({
          ruleId: matchedBy === 'code' ? 'core/province-unknown-code' : 'core/province-unknown-name',
          severity: 'error',
          message: {
            vi: `${what.vi} "${input}" không phải tỉnh, thành phố trực thuộc trung ương nào`,
            en: `${what.en} "${input}" is not a known province or centrally-run city`,
          },
          path,
          data: { input, asOf: iso },
        }),
      );
    }
    return err(
      createFinding({
        ruleId: 'core/province-not-valid-at-date',
        severity: 'error',
        message: {
          vi: `${what.vi} "${input}" không có hiệu lực ngày ${formatVietnameseDate(iso)}: ${candidates.map((c) => describeVi(c, registry)).join('; ')}`,
          en: `${what.en} "${input}" is not valid on ${iso}: ${candidates.map((c) => describeEn(c, registry)).join('; ')}`,
        },
        path,
        data: { input, asOf: iso, validAt: candidates.map(summary) },
      }),
    );
  }
  if (others.length > 0) {
    return err(
      createFinding({
        ruleId: 'core/province-ambiguous',
        severity: 'error',
        message: {
          vi: `${what.vi} "${input}" ứng với nhiều đơn vị ngày ${formatVietnameseDate(iso)}: ${found.map((u) => `${u.name} (mã ${u.code})`).join(', ')}`,
          en: `${what.en} "${input}" matches several units on ${iso}: ${found.map((u) => `${u.name} (code ${u.code})`).join(', ')}`,
        },
        path,
        data: { input, asOf: iso, candidates: found.map(summary) },
      }),
    );
  }

  const warnings: Finding[] = [];
  const otherMeanings = candidates.filter((c) => c !== unit && foldProvinceName(c.name) !== foldProvinceName(unit.name));
  if (matchedBy === 'code' && otherMeanings.length > 0) {
    const all = [unit, ...otherMeanings].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    warnings.push(
      createFinding({
        ruleId: 'core/province-code-meaning-changed',
        severity: 'warning',
        message: {
          vi: `Mã ${unit.code} đổi nghĩa theo thời gian (${all.map((u) => describeVi(u, registry)).join('; ')}); đã hiểu là ${unit.name} theo ngày ${formatVietnameseDate(iso)}, hãy kiểm tra ngày của bản ghi`,
          en: `Code ${unit.code} changed meaning over time (${all.map((u) => describeEn(u, registry)).join('; ')}); read as ${unit.name} for ${iso}, check the record's date`,
        },
        path,
        data: { input, asOf: iso, unitId: unit.id, meanings: all.map(summary) },
      }),
    );
  }
  return ok({ unit, matchedBy, warnings });
}
