import { createFinding, foldKey, type Finding, type SourceLocation } from '@egov/core';
import type { RankRow } from '../analysis/check-rank-rows';

/**
 * A row of a table of ranks: its cells by header and where it is in the file, as `tableRecords` of
 * `@egov/io` gives them.
 */
export interface RankRecord {
  readonly cells: Readonly<Record<string, unknown>>;
  readonly position?: SourceLocation | undefined;
}

/** Folded headers of each column of a rank table (English first, as the bundled examples write them). */
const rankHeaders = {
  unit: ['unit', 'province', 'don vi', 'tinh', 'ten tinh'],
  year: ['year', 'nam'],
  node: ['node', 'group', 'nhom', 'nhom chi so', 'chi so', 'hang muc'],
  parent: ['parent', 'nhom cha', 'thuoc nhom'],
  rank: ['rank', 'xep hang', 'thu hang', 'hang'],
  change: ['change as printed', 'change', 'thay doi', 'bien dong', 'tang giam'],
  origin: ['origin', 'nguon', 'lay tu'],
} as const;

/** Values of the origin column that mark a sentence of the text; anything else is the ranking table. */
const textOrigins = new Set(['text', 'van ban', 'loi van']);

function findHeader(headers: readonly string[], names: readonly string[]): string | undefined {
  return headers.find((header) => names.includes(foldKey(header)));
}

/**
 * Whether a table's headers look like a table of ranks that {@link readRankRows} reads: a rank column
 * ("rank", "Xếp hạng", "Thứ hạng") and a node column ("node", "Chỉ số", "Nhóm"). Lets a tool pick the
 * reader for a file without being told its kind.
 *
 * @param headers - The table's headers.
 * @returns `true` when both columns are there.
 * @example
 * ```ts
 * looksLikeRankTable(['unit', 'year', 'node', 'parent', 'rank', 'score', 'change_as_printed', 'origin']); // true
 * looksLikeRankTable(['Tỉnh', 'Năm', 'Chỉ số', 'Xếp hạng']); // true
 * looksLikeRankTable(['Tỉnh', 'Chỉ tiêu', 'Năm', 'Giá trị']); // false
 * ```
 */
export function looksLikeRankTable(headers: readonly string[]): boolean {
  return findHeader(headers, rankHeaders.rank) !== undefined && findHeader(headers, rankHeaders.node) !== undefined;
}

function cellText(cell: unknown): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return String(cell);
  return '';
}

/**
 * Reads a table of the ranks a document states (Lào Cai's `ictindex-ranks.csv`: `unit, year, node, parent,
 * rank, score, change_as_printed, origin`, or Vietnamese headers "Tỉnh", "Năm", "Chỉ số", "Xếp hạng",
 * "Thay đổi", "Nguồn") into {@link RankRow}s for {@link checkRankRows}. A row whose `origin` is `text`
 * (or "văn bản") is a sentence of the text; any other row is the ranking table. Nothing is guessed: a
 * table without a unit, year, node or rank column is an error, and a row without a unit or node, with a
 * year that is not four digits or a rank that is not a whole number from 1 is a warning at its cell (the
 * column given by its header) and is left out. Blank rows are skipped.
 *
 * @param records - The rows, with their positions.
 * @param options - The file and sheet, for the findings of the table as a whole.
 * @returns The rows read and the findings.
 * @example
 * ```ts
 * readRankRows([{ cells: { unit: 'Lào Cai', year: '2017', node: 'Hạ tầng kỹ thuật', rank: '7', change_as_printed: 'Tăng 05 bậc', origin: 'text' }, position: { file: 'ictindex-ranks.csv', row: 20 } }]).rows[0];
 * // { unit: 'Lào Cai', year: 2017, node: 'Hạ tầng kỹ thuật', rank: 7, change: 'Tăng 05 bậc', origin: 'text', location: { file: 'ictindex-ranks.csv', row: 20 } }
 * ```
 */
export function readRankRows(
  records: readonly RankRecord[],
  options: { readonly location?: Pick<SourceLocation, 'file' | 'sheet'> } = {},
): { rows: RankRow[]; findings: Finding[] } {
  const headers = [...new Set(records.flatMap((record) => Object.keys(record.cells)))];
  const [unit, year, node, parent, rank, change, origin] = [rankHeaders.unit, rankHeaders.year, rankHeaders.node, rankHeaders.parent, rankHeaders.rank, rankHeaders.change, rankHeaders.origin].map((names) =>
    findHeader(headers, names),
  );
  const findings: Finding[] = [];
  if (unit === undefined || year === undefined || node === undefined || rank === undefined) {
    findings.push(
      createFinding({
        ruleId: 'ictindex/rank-table-columns',
        severity: 'error',
        message: {
          vi: `Bảng xếp hạng cần các cột Tỉnh (unit), Năm (year), Chỉ số (node) và Xếp hạng (rank); có: ${headers.join(', ')}`,
          en: `A rank table needs the columns unit/Tỉnh, year/Năm, node/Chỉ số and rank/Xếp hạng; found ${headers.join(', ')}`,
        },
        ...(options.location === undefined ? {} : { location: options.location }),
        data: { headers },
      }),
    );
    return { rows: [], findings };
  }
  const rows: RankRow[] = [];
  records.forEach((record, index) => {
    const text = (header: string | undefined): string => (header === undefined ? '' : cellText(record.cells[header]));
    const location: SourceLocation = { ...options.location, ...record.position };
    const values = { unit: text(unit), node: text(node), year: text(year), rank: text(rank), change: text(change) };
    if (Object.values(values).every((value) => value === '')) return;
    const rankNumber = Number(values.rank);
    const problem: readonly [string, { readonly vi: string; readonly en: string }, string] | undefined =
      values.unit === ''
        ? [unit, { vi: 'Tỉnh', en: 'Unit' }, '']
        : values.node === ''
          ? [node, { vi: 'Chỉ số', en: 'Node' }, '']
          : !/^\d{4}$/.test(values.year)
            ? [year, { vi: 'Năm', en: 'Year' }, values.year]
            : values.rank !== '' && !(Number.isInteger(rankNumber) && rankNumber >= 1)
              ? [rank, { vi: 'Thứ hạng', en: 'Rank' }, values.rank]
              : undefined;
    if (problem !== undefined) {
      const [header, what, value] = problem;
      findings.push(
        createFinding({
          ruleId: 'ictindex/rank-table-value',
          severity: 'warning',
          message:
            value === ''
              ? { vi: `${what.vi} để trống; dòng này không được kiểm tra`, en: `${what.en} is empty; the row is not checked` }
              : { vi: `${what.vi} "${value}" không đọc được; dòng này không được kiểm tra`, en: `${what.en} "${value}" cannot be read; the row is not checked` },
          path: [index, header],
          location: { ...location, column: header },
          data: { value },
        }),
      );
      return;
    }
    const parentName = text(parent);
    rows.push({
      unit: values.unit,
      year: Number(values.year),
      node: values.node,
      ...(parentName === '' ? {} : { parent: parentName }),
      ...(values.rank === '' ? {} : { rank: rankNumber }),
      ...(values.change === '' ? {} : { change: values.change }),
      origin: textOrigins.has(foldKey(text(origin))) ? 'text' : 'table',
      ...(Object.keys(location).length === 0 ? {} : { location }),
      columns: change === undefined ? { rank } : { rank, change },
    });
  });
  return { rows, findings };
}
