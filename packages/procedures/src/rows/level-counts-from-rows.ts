import { createFinding, foldKey, maxOf, minOf, pushAll, headerKey, matchHeader, parseTotalLabel, type Finding, type PointerSegment } from '@egov/core';
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
  /**
   * Counts of combined levels as printed ("mức độ 1,2 là 2.268 thủ tục": a row "1,2", "1-2" or "1 và 2"):
   * a count for the group, not per level, so it is not in `byLevel` nor in `counts`.
   */
  readonly groups: readonly LevelGroupCount[];
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

/** A count printed for a group of levels ("mức độ 1,2"), with its spreadsheet row. */
export interface LevelGroupCount {
  /** The levels of the group, ascending (`[1, 2]`). */
  readonly levels: readonly OnlineLevel[];
  /** The count as printed for the whole group. */
  readonly count: number;
  /** The spreadsheet row. */
  readonly row: number;
}

/**
 * The levels of a combined-level cell: "1,2", "1 và 2", "mức độ 3, 4" (a list), "1-2", "2 đến 4" (a
 * range); `undefined` for anything else (a single level is not a group).
 */
function parseLevelGroup(raw: string): OnlineLevel[] | undefined {
  const tokens = foldKey(raw)
    .replace(/^(?:muc do|muc|level|levels)\s+/, '')
    .split(' ')
    .filter((token) => token !== 'va' && token !== 'and' && token !== 'den' && token !== 'toi' && token !== 'to');
  if (tokens.length < 2 || !tokens.every((token) => /^[1-4]$/.test(token))) return undefined;
  const numbers = tokens.map(Number);
  const range = tokens.length === 2 && /[1-4]\s*(?:[-–—]|đến|tới|to)\s*(?:mức độ\s*|mức\s*)?[1-4]/iu.test(raw);
  const low = minOf(numbers);
  const levels = range ? Array.from({ length: maxOf(numbers) - low + 1 }, (_, offset) => low + offset) : numbers;
  const unique = [...new Set(levels)].sort((a, b) => a - b);
  return unique.length < 2 ? undefined : (unique as OnlineLevel[]);
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
 * A combined-levels row ("1,2", "1-2", "1 và 2": "mức độ 1,2 là 2.268 thủ tục") is a count for the group
 * (in `groups`, not per level). With one, the total is checked under both readings a document allows: as
 * parts (everything adds up to the total) or inclusively (the lowest group counts every service, those at
 * the higher levels among them); `procedures/level-count-total-mismatch` only where neither holds (a
 * level above the total, the higher levels above the group, the group above the total).
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
  const byLevelRow: Partial<Record<OnlineLevel, { row: number; index: number }>> = {};
  const groups: (LevelGroupCount & { index: number })[] = [];
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
    const group = levelValue === undefined && levelText !== '' ? parseLevelGroup(cellText(levelCell)) : undefined;
    const counted = byLevel[1] + byLevel[2] + byLevel[3] + byLevel[4] + groups.reduce((total, each) => total + each.count, 0);
    if (count === 'too-large' || ((levelValue !== undefined || group !== undefined) && count !== undefined && !Number.isSafeInteger(counted + count))) {
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
    if (levelValue !== undefined) {
      byLevel[levelValue] += count;
      byLevelRow[levelValue] ??= { row, index };
    } else if (group !== undefined) groups.push({ levels: group, count, row, index });
    else if (levelText === '' || parseTotalLabel(cellText(levelCell)) !== undefined) statedTotal ??= { value: count, row, index };
    else {
      findings.push(
        createFinding({
          ruleId: 'procedures/level-count-invalid',
          severity: 'error',
          path: path(index, levelHeader),
          message: {
            vi: `Dòng ${String(row)}: mức độ "${levelText}" không phải 1, 2, 3, 4 hay một nhóm mức độ ("1,2", "1-2", "1 và 2")`,
            en: `Row ${String(row)}: level "${levelText}" is not 1, 2, 3, 4 nor a group of levels ("1,2", "1-2", "1 and 2")`,
          },
          location: where(row, levelHeader),
          data: { found: levelText },
        }),
      );
    }
  });
  const counts = countsFromLevels(byLevel);
  if (groups.length > 0) {
    pushAll(findings, groupedTotalFindings(byLevel, byLevelRow, groups, statedTotal, { path, where, countHeader }));
    return { byLevel, groups: groups.map(({ levels, count, row }) => ({ levels, count, row })), ...(statedTotal === undefined ? {} : { statedTotal: { value: statedTotal.value, row: statedTotal.row } }), counts, findings };
  }
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
    groups: [],
    ...(statedTotal === undefined ? {} : { statedTotal: { value: statedTotal.value, row: statedTotal.row } }),
    counts,
    findings,
  };
}

const levelsText = (levels: readonly OnlineLevel[]): string => levels.join(',');

/**
 * The total of a table with a combined-level row, checked under the two readings a document allows: as
 * parts (the group and the single levels add up to the total), or inclusively (the lowest group counts
 * every service offering those levels, the services at the higher levels among them: "mức độ 1,2 là
 * 2.268 …, mức độ 3 là 1.089 … và mức độ 4 là 450", total 2.268). An error only where neither holds: a
 * count above the total, the higher levels above the group, or the group above the total.
 */
function groupedTotalFindings(
  byLevel: Readonly<Record<OnlineLevel, number>>,
  byLevelRow: Partial<Record<OnlineLevel, { row: number; index: number }>>,
  groups: readonly (LevelGroupCount & { index: number })[],
  statedTotal: { value: number; row: number; index: number } | undefined,
  at: {
    path: (index: number, header: string | undefined) => PointerSegment[];
    where: (row: number | undefined, column: string | undefined) => NonNullable<Finding['location']>;
    countHeader: string | undefined;
  },
): Finding[] {
  const singles = ([4, 3, 2, 1] as const).filter((level) => byLevelRow[level] !== undefined);
  const partsText = [...singles.map((level) => `${String(byLevel[level])} (${String(level)})`), ...groups.map((group) => `${String(group.count)} (${levelsText(group.levels)})`)].join(' + ');
  const partsSum = singles.reduce((total, level) => total + byLevel[level], 0) + groups.reduce((total, group) => total + group.count, 0);
  const only = groups.length === 1 ? groups[0] : undefined;
  // The inclusive reading: one group, below every single level printed.
  const inclusive = only !== undefined && singles.every((level) => level > maxOf(only.levels)) ? only : undefined;
  const higher = singles.reduce((total, level) => total + byLevel[level], 0);
  const error = (index: number, row: number, vi: string, en: string, data: Record<string, unknown>): Finding =>
    createFinding({ ruleId: 'procedures/level-count-total-mismatch', severity: 'error', path: at.path(index, at.countHeader), message: { vi, en }, location: at.where(row, at.countHeader), data });
  const info = (vi: string, en: string, data: Record<string, unknown>): Finding =>
    createFinding({ ruleId: 'procedures/level-share', severity: 'info', path: '', message: { vi, en }, location: at.where(undefined, undefined), data });
  if (partsSum === statedTotal?.value) {
    return [info(`${partsText} = ${String(partsSum)}, khớp tổng ghi ${String(statedTotal.value)} (đọc là các phần)`, `${partsText} = ${String(partsSum)}, matching the stated total ${String(statedTotal.value)} (read as parts)`, { partsSum, stated: statedTotal.value })];
  }
  if (inclusive === undefined) {
    if (statedTotal === undefined) return [];
    return [
      error(
        statedTotal.index,
        statedTotal.row,
        `Tổng ghi ${String(statedTotal.value)} thủ tục, nhưng các dòng mức độ cộng lại ${partsText} = ${String(partsSum)}`,
        `The stated total is ${String(statedTotal.value)} procedures, but the level rows add up to ${partsText} = ${String(partsSum)}`,
        { stated: statedTotal.value, computed: partsSum },
      ),
    ];
  }
  const group = levelsText(inclusive.levels);
  const findings: Finding[] = [];
  const ceiling = statedTotal?.value;
  for (const level of singles) {
    const place = byLevelRow[level];
    if (place === undefined || ceiling === undefined || byLevel[level] <= ceiling) continue;
    findings.push(
      error(
        place.index,
        place.row,
        `Dòng ${String(place.row)}: ${String(byLevel[level])} thủ tục ở mức độ ${String(level)}, nhiều hơn tổng ${String(ceiling)} thủ tục`,
        `Row ${String(place.row)}: ${String(byLevel[level])} procedures at level ${String(level)}, more than the ${String(ceiling)} in all`,
        { level, count: byLevel[level], stated: ceiling },
      ),
    );
  }
  if (findings.length > 0) return findings;
  if (higher > inclusive.count) {
    return [
      error(
        inclusive.index,
        inclusive.row,
        `Dòng ${String(inclusive.row)}: ${String(inclusive.count)} thủ tục ở mức độ ${group}, ít hơn số ở các mức độ cao hơn ${String(higher)}; tổng cũng không khớp khi cộng các phần (${String(partsSum)})`,
        `Row ${String(inclusive.row)}: ${String(inclusive.count)} procedures at levels ${group}, fewer than the ${String(higher)} at the higher levels; nor do the rows add up to the total as parts (${String(partsSum)})`,
        { group: inclusive.levels, count: inclusive.count, higher, partsSum },
      ),
    ];
  }
  if (statedTotal !== undefined && inclusive.count > statedTotal.value) {
    return [
      error(
        statedTotal.index,
        statedTotal.row,
        `Tổng ghi ${String(statedTotal.value)} thủ tục, ít hơn ${String(inclusive.count)} thủ tục ở mức độ ${group}; cộng các phần cũng không khớp (${String(partsSum)})`,
        `The stated total is ${String(statedTotal.value)} procedures, fewer than the ${String(inclusive.count)} at levels ${group}; nor do the rows add up to it as parts (${String(partsSum)})`,
        { stated: statedTotal.value, group: inclusive.levels, count: inclusive.count, partsSum },
      ),
    ];
  }
  const totalText = statedTotal === undefined ? '' : `, trong tổng ${String(statedTotal.value)}`;
  const totalTextEn = statedTotal === undefined ? '' : `, within the total ${String(statedTotal.value)}`;
  return [
    info(
      `Đọc là gộp: ${String(higher)} thủ tục ở các mức độ cao hơn nằm trong ${String(inclusive.count)} thủ tục ở mức độ ${group}${totalText}`,
      `Read as inclusive: the ${String(higher)} procedures at higher levels are among the ${String(inclusive.count)} at levels ${group}${totalTextEn}`,
      { group: inclusive.levels, count: inclusive.count, higher, ...(statedTotal === undefined ? {} : { stated: statedTotal.value }) },
    ),
  ];
}
