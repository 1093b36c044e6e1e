import { createFinding, foldKey, type Finding } from '@egov/core';
import type { RankRow } from '@egov/ictindex';
import type { Table } from '@egov/io';
import { UsageError } from '../context';

const aliases = {
  unit: ['unit', 'don vi', 'tinh', 'ten tinh', 'province'],
  year: ['year', 'nam'],
  node: ['node', 'nhom', 'nhom chi so', 'chi so', 'hang muc', 'group'],
  parent: ['parent', 'nhom cha', 'thuoc nhom'],
  rank: ['rank', 'xep hang', 'thu hang', 'hang'],
  change: ['change as printed', 'change', 'thay doi', 'bien dong', 'tang giam'],
  origin: ['origin', 'nguon', 'lay tu'],
} as const;

/** Values of the origin column that mark a sentence of the text (anything else is the ranking table). */
const textOrigins = new Set(['text', 'van ban', 'loi van']);

function columnIndex(table: Table, names: readonly string[]): number | undefined {
  return table.columns.find((column) => names.includes(foldKey(column.header)))?.index;
}

/**
 * Whether a table lists published ranks (unit, year, node, rank), like the Lào Cai example's
 * `ictindex-ranks.csv`, rather than indicator values.
 *
 * @param table - The table.
 * @returns `true` when it has a rank column and a node column.
 * @example
 * ```ts
 * isRankTable(table); // true for unit,year,node,parent,rank,…
 * ```
 */
export function isRankTable(table: Table): boolean {
  return columnIndex(table, aliases.rank) !== undefined && columnIndex(table, aliases.node) !== undefined;
}

/** One node's ranks in two years, as a rank table states them. */
export interface StatedRankChange {
  readonly node: string;
  /** 0 for the overall rank, 1 for a group, 2 for a sub-group (from the parent column). */
  readonly depth: number;
  readonly previousRank: number | null;
  readonly currentRank: number | null;
}

/**
 * Reads the ranks of one unit in two years from a rank table, node by node in the table's order. When a
 * node has two different ranks for the same year (a document whose table and text disagree), the first
 * is kept and a warning names both rows.
 *
 * @param table - A table for which {@link isRankTable} holds.
 * @param file - The file name to show.
 * @param unit - The unit as typed (matched ignoring case and diacritics).
 * @param years - The earlier and the later year.
 * @returns The changes and the findings.
 * @throws {UsageError} when the table lacks a unit or year column, or the unit is not in it.
 * @example
 * ```ts
 * ranksFromTable(table, 'ictindex-ranks.csv', 'Lào Cai', [2016, 2017]).changes[1];
 * // { node: 'Hạ tầng kỹ thuật', depth: 1, previousRank: 12, currentRank: 7 }
 * ```
 */
export function ranksFromTable(
  table: Table,
  file: string,
  unit: string,
  years: readonly [number, number],
): { changes: StatedRankChange[]; findings: Finding[] } {
  const unitColumn = columnIndex(table, aliases.unit);
  const yearColumn = columnIndex(table, aliases.year);
  const nodeColumn = columnIndex(table, aliases.node);
  const rankColumn = columnIndex(table, aliases.rank);
  const parentColumn = columnIndex(table, aliases.parent);
  if (unitColumn === undefined || yearColumn === undefined || nodeColumn === undefined || rankColumn === undefined) {
    throw new UsageError(`${file}: a rank table needs the columns unit/Tỉnh, year/Năm, node/Chỉ số and rank/Xếp hạng; found ${table.headers.join(', ')}`);
  }
  const text = (values: readonly unknown[], index: number | undefined): string => {
    if (index === undefined) return '';
    const value = values[index];
    return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
  };
  const letter = (index: number): string => table.columns[index]?.letter ?? '';
  const findings: Finding[] = [];
  const nodes = new Map<string, { name: string; parent: string; ranks: [{ rank: number; row: number } | undefined, { rank: number; row: number } | undefined] }>();
  const unitKey = foldKey(unit);
  let unitSeen = false;
  for (const row of table.rows) {
    if (foldKey(text(row.values, unitColumn)) !== unitKey) continue;
    unitSeen = true;
    const slot = years.indexOf(Number(text(row.values, yearColumn)));
    const name = text(row.values, nodeColumn);
    const rank = Number(text(row.values, rankColumn));
    if (name === '') continue;
    const key = foldKey(name);
    let entry = nodes.get(key);
    if (entry === undefined) {
      entry = { name, parent: foldKey(text(row.values, parentColumn)), ranks: [undefined, undefined] };
      nodes.set(key, entry);
    }
    if ((slot !== 0 && slot !== 1) || !Number.isInteger(rank) || rank < 1) continue;
    const previous = entry.ranks[slot];
    if (previous === undefined) {
      entry.ranks[slot] = { rank, row: row.row };
    } else if (previous.rank !== rank) {
      const year = String(years[slot]);
      findings.push(
        createFinding({
          ruleId: 'cli/rank-conflict',
          severity: 'warning',
          message: {
            vi: `"${name}" năm ${year} có hai thứ hạng: ${String(previous.rank)} (dòng ${String(previous.row)}) và ${String(rank)} (dòng ${String(row.row)}); dùng ${String(previous.rank)}`,
            en: `"${name}" has two ranks in ${year}: ${String(previous.rank)} (row ${String(previous.row)}) and ${String(rank)} (row ${String(row.row)}); ${String(previous.rank)} is used`,
          },
          location: { file, row: row.row, column: letter(rankColumn) },
          data: { node: name, year: years[slot], kept: previous.rank, ignored: rank },
        }),
      );
    }
  }
  if (!unitSeen) throw new UsageError(`unknown --unit "${unit}": ${file} has no rows for it`);
  const depthOf = (key: string, seen: Set<string> = new Set<string>()): number => {
    const parent = nodes.get(key)?.parent ?? '';
    if (parent === '' || seen.has(key)) return 0;
    seen.add(key);
    return 1 + depthOf(parent, seen);
  };
  const changes = [...nodes].map(([key, entry]) => ({
    node: entry.name,
    depth: depthOf(key),
    previousRank: entry.ranks[0]?.rank ?? null,
    currentRank: entry.ranks[1]?.rank ?? null,
  }));
  return { changes, findings };
}

/**
 * Reads every row of a rank table for `egov check`: unit, year, node, rank, and, when the table has
 * them, the change as printed and the origin of the row (`text` for a sentence, anything else for the
 * ranking table), each with its file and row for the findings. A table without a unit or year column, a
 * row without a unit or node, a year that is not a year, or a rank that is not a whole number from 1 is a
 * finding; such rows are left out, never guessed.
 *
 * @param table - A table for which {@link isRankTable} holds.
 * @param file - The file name to show.
 * @returns The rows for `checkRankRows` (`@egov/ictindex`) and the reading findings.
 * @example
 * ```ts
 * rankRowsFromTable(table, 'ictindex-ranks.csv').rows[0];
 * // { unit: 'Lào Cai', year: 2016, node: 'Xếp hạng chung', rank: 7, origin: 'table', location: { file: 'ictindex-ranks.csv', row: 2 } }
 * ```
 */
export function rankRowsFromTable(table: Table, file: string): { rows: RankRow[]; findings: Finding[] } {
  const at = (names: readonly string[]) => columnIndex(table, names);
  const [unitColumn, yearColumn, nodeColumn, rankColumn, changeColumn, originColumn] = [aliases.unit, aliases.year, aliases.node, aliases.rank, aliases.change, aliases.origin].map(at);
  const findings: Finding[] = [];
  if (unitColumn === undefined || yearColumn === undefined || nodeColumn === undefined || rankColumn === undefined) {
    findings.push(
      createFinding({
        ruleId: 'cli/rank-table-columns',
        severity: 'error',
        message: {
          vi: `Bảng xếp hạng cần các cột Tỉnh (unit), Năm (year), Chỉ số (node) và Xếp hạng (rank); có: ${table.headers.join(', ')}`,
          en: `A rank table needs the columns unit/Tỉnh, year/Năm, node/Chỉ số and rank/Xếp hạng; found ${table.headers.join(', ')}`,
        },
        location: { file, row: table.headerRow },
      }),
    );
    return { rows: [], findings };
  }
  const text = (values: readonly unknown[], index: number | undefined): string => {
    if (index === undefined) return '';
    const value = values[index];
    return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
  };
  const unreadable = (row: number, column: number, what: { vi: string; en: string }, value: string): void => {
    findings.push(
      createFinding({
        ruleId: 'cli/rank-table-value',
        severity: 'warning',
        message:
          value === ''
            ? { vi: `${what.vi} để trống; dòng này không được kiểm tra`, en: `${what.en} is empty; the row is not checked` }
            : { vi: `${what.vi} "${value}" không đọc được; dòng này không được kiểm tra`, en: `${what.en} "${value}" cannot be read; the row is not checked` },
        location: { file, row, column: table.columns[column]?.letter ?? '' },
        data: { value },
      }),
    );
  };
  const rows: RankRow[] = [];
  for (const row of table.rows) {
    const unit = text(row.values, unitColumn);
    const node = text(row.values, nodeColumn);
    const yearText = text(row.values, yearColumn);
    const rankText = text(row.values, rankColumn);
    const change = text(row.values, changeColumn);
    if (unit === '' && node === '' && yearText === '' && rankText === '' && change === '') continue;
    if (unit === '' || node === '') {
      unreadable(row.row, unit === '' ? unitColumn : nodeColumn, unit === '' ? { vi: 'Tỉnh', en: 'Unit' } : { vi: 'Chỉ số', en: 'Node' }, '');
      continue;
    }
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText)) {
      unreadable(row.row, yearColumn, { vi: 'Năm', en: 'Year' }, yearText);
      continue;
    }
    const rank = Number(rankText);
    if (rankText !== '' && !(Number.isInteger(rank) && rank >= 1)) {
      unreadable(row.row, rankColumn, { vi: 'Thứ hạng', en: 'Rank' }, rankText);
      continue;
    }
    rows.push({
      unit,
      year,
      node,
      ...(rankText === '' ? {} : { rank }),
      ...(change === '' ? {} : { change }),
      origin: textOrigins.has(foldKey(text(row.values, originColumn))) ? 'text' : 'table',
      location: { file, row: row.row },
    });
  }
  return { rows, findings };
}
