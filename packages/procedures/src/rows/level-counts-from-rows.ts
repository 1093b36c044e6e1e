import { createFinding, foldKey, headerKey, matchHeader, parseTotalLabel, type Finding, type PointerSegment } from '@egov/core';
import type { OnlineLevel } from '../model/online-level';
import { parseMoney } from '../internal/cells';
import { parseLevel } from '../internal/domain-cells';
import { countsFromLevels } from '../stats/counts-from-levels';
import { atLeastLevel, type ProcedureCounts } from '../stats/procedure-counts';
import { formatPercent } from '../stats/format-percent';
import type { Ratio } from '../stats/ratio';
import { procedureColumnAliases, type ProcedureColumn } from './procedure-columns';
import type { Cell, Row, RowSource } from './row';

/**
 * A row with its place in the user's file, the shape `@egov/io`'s `tableRecords` produces
 * (`{ cells, position }`), so findings point at the spreadsheet row even after blank lines.
 */
export interface PositionedRow {
  /** Cells keyed by header text. */
  readonly cells: Row;
  /** File, sheet and 1-based spreadsheet row of the row. */
  readonly position: { readonly file?: string; readonly sheet?: string; readonly row?: number };
}

/** Procedures counted by level in a count table (source 000's `procedure-levels.csv`), and its stated total. */
export interface LevelCounts {
  /** Count by level 1–4 as the table states them. */
  readonly byLevel: Readonly<Record<OnlineLevel, number>>;
  /** The stated total (a row with a count and no level, or a "Tổng"/"Cộng" row) and its spreadsheet row. */
  readonly statedTotal?: { readonly value: number; readonly row: number };
  /**
   * The counts as catalogue statistics see them (total, by level, by class from the level), computed from
   * the numbers: a count of 50 000 000 costs what a count of 5 does.
   */
  readonly counts: ProcedureCounts;
  /** `procedures/level-count-invalid`, `procedures/level-count-total-mismatch`, `procedures/level-share`. */
  readonly findings: readonly Finding[];
}

// Headers of the count column ("Số TTHC" in source 000), keyed as headerKey keys them.
const countHeaders: ReadonlyMap<string, 'count'> = new Map(
  ['Số TTHC', 'Số thủ tục', 'Số lượng', 'Số DVCTT', 'Số DVC', 'Số dịch vụ', 'Tổng số', 'Count', 'Number'].map((alias) => [headerKey(alias), 'count']),
);

const aliasMap = (field: ProcedureColumn): ReadonlyMap<string, ProcedureColumn> =>
  new Map(procedureColumnAliases[field].map((alias) => [headerKey(alias), field]));
const levelKeys = aliasMap('onlineLevel');
const nameKeys = aliasMap('name');
const classKeys = aliasMap('onlineClass');

/** The headers a user's mapping (`{ onlineLevel: 'Cấp độ' }`) names, by the field they hold. */
function mappedHeaders(headers: readonly string[], columns: Readonly<Record<string, string>> | undefined, field: ProcedureColumn): boolean {
  if (columns === undefined) return false;
  return Object.entries(columns).some(([column, header]) => {
    const named = column.toLowerCase() === field.toLowerCase() || matchHeader(column, aliasMap(field)) === field;
    return named && headers.some((candidate) => headerKey(candidate) === headerKey(header));
  });
}

const hasHeader = (headers: readonly string[], keys: ReadonlyMap<string, unknown>): boolean => headers.some((header) => matchHeader(header, keys) !== undefined);

/**
 * Whether a table is a procedure catalogue: a procedure name column ("Tên thủ tục", "Tên TTHC", "Tên
 * DVCTT", …) and a level or class column ("Mức độ", "Mức độ DVCTT", "Toàn trình/Một phần", …), as
 * {@link procedureColumnAliases} names them or the user's `columns` mapping says.
 *
 * @param headers - The table's headers.
 * @param columns - The user's column mapping, if any (`{ onlineLevel: 'Cấp độ' }`).
 * @returns `true` when the rows are one procedure each (read them with `proceduresFromRows`).
 * @example
 * ```ts
 * isCatalogueHeaders(['Mã thủ tục', 'Tên thủ tục', 'Lĩnh vực', 'Cấp', 'Cơ quan chủ trì', 'Mức độ']); // true
 * isCatalogueHeaders(['Mức độ', 'Nội dung', 'Số TTHC', 'Ghi chú']); // false
 * isCatalogueHeaders(['Tên TTHC', 'Cấp độ'], { onlineLevel: 'Cấp độ' }); // true
 * ```
 */
export function isCatalogueHeaders(headers: readonly string[], columns?: Readonly<Record<string, string>>): boolean {
  const has = (field: ProcedureColumn, keys: ReadonlyMap<string, unknown>): boolean => hasHeader(headers, keys) || mappedHeaders(headers, columns, field);
  return has('name', nameKeys) && (has('onlineLevel', levelKeys) || has('onlineClass', classKeys));
}

/**
 * Whether a table counts procedures by level: a level column, a count column such as "Số TTHC", and no
 * procedure name column, like source 000's `procedure-levels.csv` (Lạng Sơn, 2019).
 *
 * @param headers - The table's headers.
 * @param columns - The user's column mapping, if any.
 * @returns `true` when the rows are counts by level (read them with {@link levelCountsFromRows}).
 * @example
 * ```ts
 * isLevelCountHeaders(['Mức độ', 'Nội dung', 'Số TTHC', 'Ghi chú']); // true
 * isLevelCountHeaders(['Tên thủ tục', 'Mức độ', 'Số TTHC']); // false: a catalogue
 * ```
 */
export function isLevelCountHeaders(headers: readonly string[], columns?: Readonly<Record<string, string>>): boolean {
  return (
    (hasHeader(headers, levelKeys) || mappedHeaders(headers, columns, 'onlineLevel')) &&
    !hasHeader(headers, nameKeys) &&
    hasHeader(headers, countHeaders)
  );
}

const isPositioned = (row: Row | PositionedRow): row is PositionedRow => typeof row.cells === 'object' && row.cells !== null;

const cellText = (cell: Cell | undefined): string => (typeof cell === 'string' ? cell.trim() : typeof cell === 'number' ? String(cell) : '');

/**
 * A whole count: 60, "60", "1.234", "1 234", "Không" (0); `'too-large'` beyond `Number.MAX_SAFE_INTEGER`
 * (10^30 parses to a number, but not to an exact count); `undefined` when it is not a whole count.
 */
function parseCount(cell: Cell | undefined): number | 'too-large' | undefined {
  const parsed = parseMoney(typeof cell === 'string' ? cell.replace(/(\d)\s+(?=\d)/g, '$1') : cell);
  if (parsed.kind !== 'value') return undefined;
  return Number.isSafeInteger(parsed.value) ? parsed.value : 'too-large';
}

/** "70/138 = 50,72%" (comma in Vietnamese, point in English); "0/0" when there is nothing to count. */
function ratioText(share: Ratio, language: 'vi' | 'en'): string {
  if (share.denominator === 0) return `${String(share.numerator)}/0`;
  return `${String(share.numerator)}/${String(share.denominator)} = ${formatPercent(share, { language })}`;
}

/**
 * Reads procedures counted by level (a level column such as "Mức độ", a count column such as "Số TTHC")
 * and checks the stated total against the sum of the levels: source 000 (Lạng Sơn's 2019 IT plan) states
 * levels 4/3/2/1 = 60 + 10 + 68 + 0 = 138, total 138. Never throws on user data:
 * - `procedures/level-count-invalid` (error): a count that is not a whole number, a count (or the
 *   running sum of the levels) beyond `Number.MAX_SAFE_INTEGER`, where counting is no longer exact, or a level that is
 *   not 1–4 nor a total row ("Tổng", "Cộng", "Total" or blank);
 * - `procedures/level-count-total-mismatch` (error, at the total's cell): the stated total differs from
 *   the sum;
 * - `procedures/level-share` (info): the sum and the exact share at level 3 or higher ("70/138 =
 *   50,72%"); left out when the total does not match, since it would say "matching".
 * Findings carry `location.column` = the header text (turn it into a column letter with `@egov/io`'s
 * `locateFindings`) and `path` = `/<row index>/<header>`.
 *
 * @param rows - Rows keyed by header, or `{ cells, position }` records (`@egov/io`'s `tableRecords`).
 * @param options - File, sheet and the spreadsheet row of `rows[0]` (default 2) for plain rows;
 *   positioned rows use their own row, and their file and sheet unless the options give them.
 * @returns The counts by level, the stated total, the counts for catalogue statistics and the findings.
 *   Cost: linear in the rows, independent of the counts' size.
 * @example
 * ```ts
 * const { byLevel, statedTotal, findings } = levelCountsFromRows([
 *   { 'Mức độ': '4', 'Số TTHC': '60' },
 *   { 'Mức độ': '3', 'Số TTHC': '10' },
 *   { 'Mức độ': '2', 'Số TTHC': '68' },
 *   { 'Mức độ': '1', 'Số TTHC': '0' },
 *   { 'Mức độ': null, 'Số TTHC': '138' },
 * ]);
 * byLevel; // { 1: 0, 2: 68, 3: 10, 4: 60 }
 * statedTotal; // { value: 138, row: 6 }
 * findings[0]?.message.vi; // "60 + 10 + 68 + 0 = 138, khớp tổng ghi 138; mức độ 3 trở lên: 70/138 = 50,72%"
 * ```
 */
export function levelCountsFromRows(rows: readonly (Row | PositionedRow)[], options: RowSource = {}): LevelCounts {
  const firstRow = options.firstRow ?? 2;
  const byLevel: Record<OnlineLevel, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  const findings: Finding[] = [];
  let statedTotal: { value: number; row: number; index: number } | undefined;
  let levelHeader: string | undefined;
  let countHeader: string | undefined;
  let file = options.file;
  let sheet = options.sheet;
  const where = (row: number | undefined, column: string | undefined) => ({
    ...(file === undefined ? {} : { file }),
    ...(sheet === undefined ? {} : { sheet }),
    ...(row === undefined ? {} : { row }),
    ...(column === undefined ? {} : { column }),
  });
  const path = (index: number, header: string | undefined): PointerSegment[] => (header === undefined ? [index] : [index, header]);
  rows.forEach((input, index) => {
    const cells = isPositioned(input) ? input.cells : input;
    const row = (isPositioned(input) ? input.position.row : undefined) ?? firstRow + index;
    if (isPositioned(input)) {
      file ??= input.position.file;
      sheet ??= input.position.sheet;
    }
    // The first header of each kind wins, as in proceduresFromRows; rows may omit empty cells.
    const mappedLevel = options.columns === undefined ? undefined : Object.entries(options.columns).find(([column]) => column.toLowerCase() === 'onlinelevel' || matchHeader(column, levelKeys) !== undefined)?.[1];
    levelHeader ??= Object.keys(cells).find((header) => (mappedLevel === undefined ? matchHeader(header, levelKeys) !== undefined : headerKey(header) === headerKey(mappedLevel)));
    countHeader ??= Object.keys(cells).find((header) => matchHeader(header, countHeaders) !== undefined);
    const levelCell = levelHeader === undefined ? undefined : cells[levelHeader];
    const countCell = countHeader === undefined ? undefined : cells[countHeader];
    const levelText = foldKey(cellText(levelCell));
    const countText = cellText(countCell);
    if (levelText === '' && countText === '') return;
    const count = parseCount(countCell);
    const level = levelText === '' ? undefined : parseLevel(levelCell);
    const levelValue = level?.kind === 'value' ? level.value : undefined;
    if (count === 'too-large' || (levelValue !== undefined && count !== undefined && !Number.isSafeInteger(byLevel[1] + byLevel[2] + byLevel[3] + byLevel[4] + count))) {
      findings.push(
        createFinding({
          ruleId: 'procedures/level-count-invalid',
          severity: 'error',
          path: path(index, countHeader),
          message: {
            vi: `Dòng ${String(row)}: số thủ tục "${countText}" quá lớn để đếm chính xác (tối đa ${String(Number.MAX_SAFE_INTEGER)}); kiểm tra lại ô này`,
            en: `Row ${String(row)}: the count "${countText}" is too large to count exactly (at most ${String(Number.MAX_SAFE_INTEGER)}); check this cell`,
          },
          location: where(row, countHeader),
          data: { found: countText, max: Number.MAX_SAFE_INTEGER },
        }),
      );
      return;
    }
    if (count === undefined) {
      findings.push(
        createFinding({
          ruleId: 'procedures/level-count-invalid',
          severity: 'error',
          path: path(index, countHeader),
          message: {
            vi: `Dòng ${String(row)}: không đọc được số thủ tục "${countText}" (cần một số nguyên từ 0 trở lên)`,
            en: `Row ${String(row)}: cannot read the count "${countText}" (expected a whole number, 0 or more)`,
          },
          location: where(row, countHeader),
          data: { found: countText },
        }),
      );
      return;
    }
    if (levelValue !== undefined) byLevel[levelValue] += count;
    else if (levelText === '' || parseTotalLabel(cellText(levelCell)) !== undefined) statedTotal ??= { value: count, row, index };
    else {
      findings.push(
        createFinding({
          ruleId: 'procedures/level-count-invalid',
          severity: 'error',
          path: path(index, levelHeader),
          message: { vi: `Dòng ${String(row)}: mức độ "${levelText}" không phải 1, 2, 3 hoặc 4`, en: `Row ${String(row)}: level "${levelText}" is not 1, 2, 3 or 4` },
          location: where(row, levelHeader),
          data: { found: levelText },
        }),
      );
    }
  });
  const counts = countsFromLevels(byLevel);
  const sum = counts.total;
  const parts = `${String(byLevel[4])} + ${String(byLevel[3])} + ${String(byLevel[2])} + ${String(byLevel[1])}`;
  const mismatch = statedTotal !== undefined && statedTotal.value !== sum;
  if (statedTotal !== undefined && mismatch) {
    findings.push(
      createFinding({
        ruleId: 'procedures/level-count-total-mismatch',
        severity: 'error',
        path: path(statedTotal.index, countHeader),
        message: {
          vi: `Tổng ghi ${String(statedTotal.value)} thủ tục, nhưng các mức độ 4/3/2/1 cộng lại ${parts} = ${String(sum)}`,
          en: `The stated total is ${String(statedTotal.value)} procedures, but levels 4/3/2/1 add up to ${parts} = ${String(sum)}`,
        },
        location: where(statedTotal.row, countHeader),
        data: { stated: statedTotal.value, computed: sum },
      }),
    );
  }
  // A mismatch would make the info's "matching" wording wrong: say only what holds.
  if (sum > 0 && !mismatch) {
    const share = atLeastLevel(counts, 3);
    findings.push(
      createFinding({
        ruleId: 'procedures/level-share',
        severity: 'info',
        path: '',
        message: {
          vi: `${parts} = ${String(sum)}${statedTotal === undefined ? ' (bảng không ghi tổng)' : `, khớp tổng ghi ${String(statedTotal.value)}`}; mức độ 3 trở lên: ${ratioText(share, 'vi')}`,
          en: `${parts} = ${String(sum)}${statedTotal === undefined ? ' (no stated total)' : `, matching the stated total ${String(statedTotal.value)}`}; level 3 or higher: ${ratioText(share, 'en')}`,
        },
        location: where(undefined, undefined),
        data: { byLevel: { ...byLevel }, sum, numerator: share.numerator, denominator: share.denominator },
      }),
    );
  }
  return {
    byLevel,
    ...(statedTotal === undefined ? {} : { statedTotal: { value: statedTotal.value, row: statedTotal.row } }),
    counts,
    findings,
  };
}
