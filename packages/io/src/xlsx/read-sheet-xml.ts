import type { CellValue } from '../cell-value';
import type { IoLimits } from '../limits';
import type { InflateProblem } from './inflate-entry';
import { scanPart, type XlsxPackage } from './xlsx-package';
import type { ZipEntryInfo } from './read-zip-directory';

/** The cells of one sheet as read from its XML, before any table rule. */
export interface SheetCells {
  /** Row values by 1-based row number (trailing empty cells removed; a hole for a row without values). */
  readonly rows: (CellValue[] | undefined)[];
  /** The last row number seen. */
  readonly lastRow: number;
  /** Merged ranges (`A1:C1`), as listed. */
  readonly merges: string[];
  /** Cells holding an error value such as `#N/A`: row, 0-based column, value (first 100). */
  readonly errors: { row: number; column: number; error: string }[];
  readonly errorCount: number;
}

/** Why reading stopped: a limit passed while reading, or a damaged part. */
export type SheetStop =
  | { readonly kind: 'rows'; readonly row: number }
  | { readonly kind: 'columns'; readonly column: number; readonly row: number }
  | { readonly kind: 'cells'; readonly cells: number; readonly row: number }
  | { readonly kind: 'text'; readonly length: number; readonly part: string }
  | { readonly kind: 'part'; readonly part: string; readonly problem: InflateProblem | 'not-xml' | 'stopped' };

/** Limits {@link readSheetXml} enforces while reading. */
export type SheetLimits = Pick<IoLimits, 'maxRows' | 'maxColumns' | 'maxCells' | 'maxTextLength' | 'maxCellLength' | 'maxUncompressedBytes'>;

/** Rows above the data that the limits allow for a title block and the header. */
export const headerAllowance = 21;

const excelEscape = /_x([0-9A-F]{4})_/g;

/**
 * Private: decodes Excel's `_xHHHH_` escapes (ECMA-376 Part 1, §22.9.2.19), as exceljs does.
 *
 * @param text - Stored text.
 * @returns The text.
 * @example
 * ```ts
 * decodeExcelText('a_x000D_b'); // "a\rb"
 * ```
 */
export function decodeExcelText(text: string): string {
  return text.includes('_x') ? text.replace(excelEscape, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/**
 * Private: reads `xl/sharedStrings.xml` as a stream; the text held is bounded by `maxTextLength`.
 *
 * @param bytes - The zip file.
 * @param entry - The shared-strings entry, if any.
 * @param limits - Limits.
 * @returns The strings, or why reading stopped.
 * @example
 * ```ts
 * await readSharedStrings(bytes, entry, resolveLimits()); // ['STT', 'Tên thủ tục', …]
 * ```
 */
export async function readSharedStrings(bytes: Uint8Array, entry: ZipEntryInfo | undefined, limits: SheetLimits): Promise<string[] | SheetStop> {
  const strings: string[] = [];
  if (entry === undefined) return strings;
  let inString = false;
  let inText = false;
  let phonetic = 0;
  let current = '';
  let total = 0;
  const state = { tooMuch: false };
  const outcome = await scanPart(bytes, entry, limits.maxUncompressedBytes, {
    open(name, _attributes, selfClosing) {
      if (name === 'si') {
        inString = !selfClosing;
        current = '';
        if (selfClosing) strings.push('');
      } else if (name === 'rPh') phonetic++;
      else if (name === 't' && inString && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && inString) {
        inString = false;
        strings.push(decodeExcelText(current));
        total += current.length;
        if (total > limits.maxTextLength) state.tooMuch = true;
      }
    },
    text(value) {
      if (inText) current += value;
    },
  }, Math.max(limits.maxCellLength * 8, 1 << 20), () => state.tooMuch);
  if (state.tooMuch) return { kind: 'text', length: total, part: entry.name };
  if (outcome !== 'done') return { kind: 'part', part: entry.name, problem: outcome };
  return strings;
}

/**
 * Private: reads a sheet's XML as a stream into rows of cell values, enforcing the row, column, cell
 * and text limits while reading: a sheet of a million rows is refused when it passes the row limit,
 * not after loading it, and memory stays bounded by the limits. Types as Excel stores them: numbers,
 * text (shared, inline, formula results), booleans, dates (numbers in a date format, or ISO text),
 * error values. Linear in the size of the sheet's XML.
 *
 * @param bytes - The zip file.
 * @param entry - The sheet's entry.
 * @param pkg - Workbook parts (date styles, 1904 dates).
 * @param shared - Shared strings.
 * @param limits - Limits.
 * @returns The cells, or why reading stopped.
 * @example
 * ```ts
 * const cells = await readSheetXml(bytes, entry, pkg, shared, resolveLimits());
 * ```
 */
export async function readSheetXml(
  bytes: Uint8Array,
  entry: ZipEntryInfo,
  pkg: Pick<XlsxPackage, 'dateStyles' | 'date1904'>,
  shared: readonly string[],
  limits: SheetLimits,
): Promise<SheetCells | SheetStop> {
  // An array indexed by row number: far less memory per row than a Map for a million rows.
  const rows: (CellValue[] | undefined)[] = [];
  const merges: string[] = [];
  const errors: { row: number; column: number; error: string }[] = [];
  let errorCount = 0;
  let stop: SheetStop | undefined;
  let row = 0;
  let lastRow = 0;
  let values: CellValue[] = [];
  let column = -1;
  let type = '';
  let style = 0;
  let capture: 'v' | 't' | undefined;
  let inInline = false;
  let phonetic = 0;
  let raw = '';
  let hasValue = false;
  let cells = 0;
  let text = 0;
  const maxRow = limits.maxRows + headerAllowance;

  const finishRow = (): void => {
    while (values.length > 0 && values[values.length - 1] === '') values.pop();
    // An exact-size copy: an array grown by push keeps spare capacity (17 slots for 4 cells), which for a
    // million rows is over 100 MB.
    if (values.length > 0) rows[row] = values.slice();
    values = [];
  };

  const outcome = await scanPart(bytes, entry, limits.maxUncompressedBytes, {
    open(name, attributes) {
      if (stop !== undefined) return;
      switch (name) {
        case 'row': {
          const r = attributes.r === undefined ? lastRow + 1 : Number(attributes.r);
          row = Number.isInteger(r) && r > lastRow ? r : lastRow + 1;
          lastRow = row;
          column = -1;
          if (row > maxRow) stop = { kind: 'rows', row };
          break;
        }
        case 'c': {
          const ref = attributes.r;
          column = ref === undefined ? column + 1 : columnIndex(ref, column + 1);
          if (column >= limits.maxColumns) stop = { kind: 'columns', column: column + 1, row };
          type = attributes.t ?? 'n';
          style = attributes.s === undefined ? 0 : Number(attributes.s);
          raw = '';
          hasValue = false;
          break;
        }
        case 'v':
          capture = 'v';
          hasValue = true;
          break;
        case 'is':
          inInline = true;
          hasValue = true;
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          if (inInline && phonetic === 0) capture = 't';
          break;
        case 'mergeCell':
          if (attributes.ref !== undefined && merges.length < 100_000) merges.push(attributes.ref);
          break;
        default:
          break;
      }
    },
    close(name) {
      if (stop !== undefined) return;
      switch (name) {
        case 'v':
        case 't':
          capture = undefined;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c': {
          if (!hasValue || column < 0) break;
          const value = cellValue(type, raw, style, shared, pkg);
          if (value === '') break;
          cells++;
          if (cells > limits.maxCells) {
            stop = { kind: 'cells', cells, row };
            break;
          }
          // Shared strings are held once (counted when they were read); other text is held per cell.
          if (typeof value === 'string' && type !== 's') {
            text += value.length;
            if (text > limits.maxTextLength) {
              stop = { kind: 'text', length: text, part: entry.name };
              break;
            }
          }
          if (type === 'e') {
            errorCount++;
            if (errors.length < 100) errors.push({ row, column, error: String(value) });
          }
          while (values.length < column) values.push('');
          values[column] = value;
          break;
        }
        case 'row':
          finishRow();
          break;
        default:
          break;
      }
    },
    text(value) {
      if (capture !== undefined && stop === undefined) raw += value;
    },
  }, Math.max(limits.maxCellLength * 8, 1 << 20), () => stop !== undefined);
  if (stop !== undefined) return stop;
  if (outcome !== 'done') return { kind: 'part', part: entry.name, problem: outcome };
  if (values.length > 0) finishRow();
  let last = rows.length - 1;
  while (last > 0 && rows[last] === undefined) last--;
  return { rows, lastRow: Math.max(last, 0), merges, errors, errorCount };
}

function cellValue(type: string, raw: string, style: number, shared: readonly string[], pkg: Pick<XlsxPackage, 'dateStyles' | 'date1904'>): CellValue {
  switch (type) {
    case 's':
      return shared[Number(raw)] ?? '';
    case 'inlineStr':
      return decodeExcelText(raw);
    case 'str':
    case 'e':
      return raw;
    case 'b':
      return raw === '1' || raw === 'true';
    case 'd': {
      const date = new Date(raw);
      return Number.isNaN(date.getTime()) ? raw : date;
    }
    default: {
      if (raw === '') return '';
      const number = Number(raw);
      if (!Number.isFinite(number)) return raw;
      if (pkg.dateStyles[style] === true) {
        // As exceljs: days since 1899-12-30 (or 1904-01-01), in UTC.
        return new Date(Math.round((number - 25569 + (pkg.date1904 ? 1462 : 0)) * 86_400_000));
      }
      return number;
    }
  }
}

/**
 * Private: the 0-based column index of a cell reference (`"C7"` → 2), or `fallback` when it has none.
 *
 * @param ref - A cell reference.
 * @param fallback - Index to use when the reference has no letters.
 * @returns The index.
 * @example
 * ```ts
 * columnIndex('AB12', 0); // 27
 * ```
 */
export function columnIndex(ref: string, fallback: number): number {
  let index = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    index = index * 26 + (c - 96);
  }
  return i === 0 ? fallback : index - 1;
}
