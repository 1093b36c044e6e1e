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
  score: ['score', 'diem', 'diem so', 'tong diem', 'gia tri chi so'],
  of: ['of', 'out of', 'ranked', 'tong so', 'tren tong so', 'so don vi xep hang'],
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
  const [unit, year, node, parent, rank, change, origin, score, of] = [
    rankHeaders.unit,
    rankHeaders.year,
    rankHeaders.node,
    rankHeaders.parent,
    rankHeaders.rank,
    rankHeaders.change,
    rankHeaders.origin,
    rankHeaders.score,
    rankHeaders.of,
  ].map((names) => findHeader(headers, names));
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
  // Rows whose year is empty or unreadable, and scores that cannot be read: one finding per column.
  const yearless: { readonly row: SourceLocation; readonly value: string }[] = [];
  const unreadScores: { readonly row: SourceLocation; readonly value: string }[] = [];
  records.forEach((record, index) => {
    const text = (header: string | undefined): string => (header === undefined ? '' : cellText(record.cells[header]));
    const location: SourceLocation = { ...options.location, ...record.position };
    const values = { unit: text(unit), node: text(node), year: text(year), rank: text(rank), change: text(change) };
    if (Object.values(values).every((value) => value === '')) return;
    // "24/63", as news print a rank: the rank and the number of units ranked.
    const rankOf = /^(\d{1,4})\s*\/\s*(\d{1,4})$/u.exec(values.rank);
    const rankNumber = Number(rankOf?.[1] ?? values.rank);
    const period = readPeriod(values.year);
    const problem: readonly [string, { readonly vi: string; readonly en: string }, string] | undefined =
      values.unit === ''
        ? [unit, { vi: 'Tỉnh', en: 'Unit' }, '']
        : values.node === ''
          ? [node, { vi: 'Chỉ số', en: 'Node' }, '']
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
    if (period === undefined) {
      yearless.push({ row: location, value: values.year });
      return;
    }
    const scoreText = text(score);
    const scoreNumber = /^\d+(?:[.,]\d+)?$/u.test(scoreText) ? Number(scoreText.replace(',', '.')) : undefined;
    if (scoreText !== '' && scoreNumber === undefined) unreadScores.push({ row: location, value: scoreText });
    const ofText = rankOf?.[2] ?? text(of);
    const ofNumber = /^\d{1,4}$/u.test(ofText) && Number(ofText) >= 1 ? Number(ofText) : undefined;
    const parentName = text(parent);
    rows.push({
      unit: values.unit,
      year: period.year,
      ...(period.month === undefined ? {} : { month: period.month }),
      node: values.node,
      ...(parentName === '' ? {} : { parent: parentName }),
      ...(values.rank === '' ? {} : { rank: rankNumber }),
      ...(scoreNumber === undefined ? {} : { score: scoreNumber }),
      ...(ofNumber === undefined ? {} : { of: ofNumber }),
      ...(values.change === '' ? {} : { change: values.change }),
      origin: textOrigins.has(foldKey(text(origin))) ? 'text' : 'table',
      ...(Object.keys(location).length === 0 ? {} : { location }),
      columns: { rank, ...(change === undefined ? {} : { change }), ...(score === undefined ? {} : { score }) },
    });
  });
  if (yearless.length > 0) findings.push(columnFinding(year, yearless, options.location, yearMessage));
  if (score !== undefined && unreadScores.length > 0) findings.push(columnFinding(score, unreadScores, options.location, scoreMessage));
  return { rows, findings };
}

/** A year as a rank table prints it: "2017", or "2023-06" for a ranking of part of a year (the month kept). */
function readPeriod(text: string): { year: number; month?: number } | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?$/u.exec(text);
  if (match === null) return undefined;
  const month = match[2] === undefined ? undefined : Number(match[2]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  return month === undefined ? { year: Number(match[1]) } : { year: Number(match[1]), month };
}

type Cells = readonly { readonly row: SourceLocation; readonly value: string }[];

function rowList(cells: Cells): string {
  const numbers = cells.map((cell) => cell.row.row).filter((row): row is number => row !== undefined);
  const shown = numbers.slice(0, 10).join(', ');
  return numbers.length > 10 ? `${shown}, …` : shown;
}

function yearMessage(cells: Cells): { vi: string; en: string } {
  const rows = rowList(cells);
  const empty = cells.every((cell) => cell.value === '');
  const values = [...new Set(cells.map((cell) => cell.value).filter((value) => value !== ''))].map((value) => `"${value}"`).join(', ');
  const whatVi = empty ? 'để trống' : `không đọc được (${values})`;
  const whatEn = empty ? 'is empty' : `cannot be read (${values})`;
  return {
    vi: `Năm ${whatVi} ở ${String(cells.length)} dòng (${rows}); ${cells.length === 1 ? 'dòng này' : 'các dòng này'} không được kiểm tra. Ghi năm của kỳ xếp hạng (2017, hoặc 2023-06 cho kỳ 6 tháng) nếu văn bản cho biết`,
    en: `The year ${whatEn} in ${String(cells.length)} ${cells.length === 1 ? 'row' : 'rows'} (${rows}); ${cells.length === 1 ? 'it is' : 'these rows are'} not checked. Write the year of the ranking (2017, or 2023-06 for a half-year ranking) when the document gives it`,
  };
}

function scoreMessage(cells: Cells): { vi: string; en: string } {
  const values = [...new Set(cells.map((cell) => `"${cell.value}"`))].slice(0, 5).join(', ');
  return {
    vi: `Điểm ${values} không đọc được ở ${String(cells.length)} dòng (${rowList(cells)}); thứ hạng các dòng này không được so với điểm. Ghi điểm dạng 0,6514 hoặc 0.6514`,
    en: `The score ${values} cannot be read in ${String(cells.length)} ${cells.length === 1 ? 'row' : 'rows'} (${rowList(cells)}); those ranks are not compared with their scores. Write a score as 0,6514 or 0.6514`,
  };
}

function columnFinding(
  header: string,
  cells: Cells,
  file: Pick<SourceLocation, 'file' | 'sheet'> | undefined,
  message: (cells: Cells) => { vi: string; en: string },
): Finding {
  const first = cells[0]?.row;
  return createFinding({
    ruleId: 'ictindex/rank-table-value',
    severity: 'warning',
    message: message(cells),
    path: ['columns', header],
    location: { ...file, ...first, column: header },
    data: { column: header, rows: cells.map((cell) => cell.row.row ?? null), values: cells.map((cell) => cell.value) },
  });
}
