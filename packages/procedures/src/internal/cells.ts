import type { Cell } from '../rows/row';
import { foldKey } from '@egov/core';
import { parseDateText } from './iso-day';

/** A parsed cell: a value, absent (empty cell), or invalid (with what was found). */
export type Parsed<T> = { readonly kind: 'value'; readonly value: T } | { readonly kind: 'empty' } | { readonly kind: 'invalid' };

const empty = { kind: 'empty' } as const;
const invalid = { kind: 'invalid' } as const;

function value<T>(v: T): Parsed<T> {
  return { kind: 'value', value: v };
}

/** Whether a cell is empty (absent, null or blank text). */
export function isEmptyCell(cell: Cell | undefined): boolean {
  return cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** Text cell, NFC-normalised and trimmed. */
export function parseText(cell: Cell | undefined): Parsed<string> {
  if (isEmptyCell(cell) || cell === null || cell === undefined) return empty;
  return value(String(cell).normalize('NFC').trim());
}

/** A whole number of đồng: 50000, "50.000", "50.000 đồng", "Không" (0), "Miễn phí" (0). */
export function parseMoney(cell: Cell | undefined): Parsed<number> {
  if (isEmptyCell(cell) || cell === null || cell === undefined) return empty;
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? value(cell) : invalid;
  if (typeof cell === 'boolean') return invalid;
  const folded = foldKey(cell);
  if (folded === 'khong' || folded === 'mien phi' || folded === 'mien' || folded === 'none' || folded === 'free' || folded === 'khong co') {
    return value(0);
  }
  const compact = cell.normalize('NFC').trim().replace(/\s*(đồng|đ|vnđ|vnd|dong)\.?$/i, '');
  if (/^\d{1,3}(\.\d{3})+$/.test(compact)) return value(Number(compact.replace(/\./g, '')));
  if (/^\d+$/.test(compact)) return value(Number(compact));
  return invalid;
}

/** A number of days: 15, "15", "15 ngày làm việc", "1,5 ngày". */
export function parseDays(cell: Cell | undefined): Parsed<number> {
  if (isEmptyCell(cell) || cell === null || cell === undefined) return empty;
  if (typeof cell === 'number') return cell >= 0 && Number.isFinite(cell) ? value(cell) : invalid;
  if (typeof cell === 'boolean') return invalid;
  const match = /^\s*(\d+(?:[.,]\d+)?)\b/.exec(cell);
  if (match === null) return invalid;
  return value(Number((match[1] ?? '').replace(',', '.')));
}

const trueWords = new Set(['co', 'yes', 'true', 'x', '1', 'dat', 'du dieu kien', 'y']);
const falseWords = new Set(['khong', 'no', 'false', '0', 'chua', 'n']);

/** A yes/no cell: có/không, yes/no, x, true/false, 1/0. */
export function parseBoolean(cell: Cell | undefined): Parsed<boolean> {
  if (isEmptyCell(cell) || cell === null || cell === undefined) return empty;
  if (typeof cell === 'boolean') return value(cell);
  if (typeof cell === 'number') return cell === 1 ? value(true) : cell === 0 ? value(false) : invalid;
  const folded = foldKey(cell);
  if (trueWords.has(folded)) return value(true);
  if (falseWords.has(folded)) return value(false);
  return invalid;
}

/** A date cell: ISO "2013-05-04" or Vietnamese "04/5/2013". */
export function parseDate(cell: Cell | undefined): Parsed<string> {
  if (isEmptyCell(cell) || cell === null || cell === undefined) return empty;
  if (typeof cell !== 'string') return invalid;
  const iso = parseDateText(cell);
  return iso === undefined ? invalid : value(iso);
}
