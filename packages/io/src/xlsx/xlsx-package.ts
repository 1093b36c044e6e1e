import { createTextDecoder } from '../encoding/text-decoder';
import { inflateEntry, type InflateProblem } from './inflate-entry';
import type { ZipEntryInfo } from './read-zip-directory';
import { createXmlScanner, type XmlHandlers } from './xml-scanner';

/** One sheet of a workbook, as its `xl/workbook.xml` lists it. */
export interface XlsxSheetInfo {
  /** 1-based position in the workbook. */
  readonly position: number;
  readonly name: string;
  /** `visible`, `hidden` or `veryHidden`. */
  readonly state: string;
  /** Path of the sheet's part in the zip, when found. */
  readonly path: string | undefined;
}

/** The workbook-level parts of an XLSX package that reading a sheet needs. */
export interface XlsxPackage {
  readonly sheets: readonly XlsxSheetInfo[];
  /** Dates count from 1904 (old Mac workbooks). */
  readonly date1904: boolean;
  /** Per cell style (`s` attribute), whether its number format shows a date. */
  readonly dateStyles: readonly boolean[];
  readonly entries: ReadonlyMap<string, ZipEntryInfo>;
}

/** A problem of the package: a part is missing, damaged, or too large. */
export interface XlsxPartProblem {
  readonly part: string;
  readonly problem: InflateProblem | 'missing' | 'not-xml';
}

const smallPartBytes = 64 * 1024 * 1024;
const ignore = (): void => undefined;

/**
 * Private: scans one part of the package as XML, streaming (memory flat whatever its size).
 *
 * @param bytes - The zip file.
 * @param entry - The part's entry.
 * @param maxBytes - Largest uncompressed size accepted.
 * @param handlers - XML events.
 * @param maxPending - Largest unfinished tag or text between chunks.
 * @param shouldStop - Checked after each chunk; `true` stops reading (then `'stopped'`).
 * @returns `'done'`, `'stopped'` or the problem.
 * @example
 * ```ts
 * await scanPart(bytes, entry, 1 << 20, handlers, 1 << 20, () => false); // 'done'
 * ```
 */
export async function scanPart(
  bytes: Uint8Array,
  entry: ZipEntryInfo,
  maxBytes: number,
  handlers: XmlHandlers,
  maxPending: number,
  shouldStop: () => boolean,
): Promise<'done' | 'stopped' | InflateProblem | 'not-xml'> {
  const decoder = createTextDecoder('utf-8');
  const scanner = createXmlScanner(handlers, maxPending);
  const state = { notXml: false };
  const outcome = await inflateEntry(bytes, entry, maxBytes, (chunk) => {
    if (!scanner.write(decoder.decode(chunk, { stream: true }))) {
      state.notXml = true;
      return false;
    }
    return !shouldStop();
  });
  if (state.notXml) return 'not-xml';
  if (outcome !== 'done') return outcome;
  if (!scanner.write(decoder.decode()) || !scanner.end()) return 'not-xml';
  return shouldStop() ? 'stopped' : 'done';
}

/**
 * Private: reads the workbook-level parts (sheet list, relationships, styles) of an XLSX package.
 *
 * @param bytes - The zip file.
 * @param entries - Its central directory.
 * @returns The package, or the problem of a part.
 * @example
 * ```ts
 * const pkg = await readXlsxPackage(bytes, entries);
 * if ('sheets' in pkg) pkg.sheets.map((sheet) => sheet.name);
 * ```
 */
export async function readXlsxPackage(bytes: Uint8Array, entries: readonly ZipEntryInfo[]): Promise<XlsxPackage | XlsxPartProblem> {
  const byName = new Map(entries.map((entry) => [entry.name.replace(/^\//, ''), entry] as const));
  const workbookEntry = byName.get('xl/workbook.xml');
  if (workbookEntry === undefined) return { part: 'xl/workbook.xml', problem: 'missing' };
  const listed: { name: string; state: string; rid: string }[] = [];
  let date1904 = false;
  const workbook = await scanPart(bytes, workbookEntry, smallPartBytes, {
    open(name, attributes) {
      if (name === 'sheet') listed.push({ name: attributes.name ?? '', state: attributes.state ?? 'visible', rid: attributes.id ?? '' });
      else if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
    },
    close: ignore,
    text: ignore,
  }, 1 << 20, () => false);
  if (workbook !== 'done') return { part: 'xl/workbook.xml', problem: workbook === 'stopped' ? 'damaged' : workbook };
  const targets = new Map<string, string>();
  const relsEntry = byName.get('xl/_rels/workbook.xml.rels');
  if (relsEntry !== undefined) {
    const rels = await scanPart(bytes, relsEntry, smallPartBytes, {
      open(name, attributes) {
        if (name === 'Relationship' && attributes.Id !== undefined && attributes.Target !== undefined) targets.set(attributes.Id, attributes.Target);
      },
      close: ignore,
      text: ignore,
    }, 1 << 20, () => false);
    if (rels !== 'done') return { part: 'xl/_rels/workbook.xml.rels', problem: rels === 'stopped' ? 'damaged' : rels };
  }
  const sheets = listed.map((sheet, index): XlsxSheetInfo => {
    const target = targets.get(sheet.rid);
    const path = target === undefined ? undefined : resolveTarget(target);
    return { position: index + 1, name: sheet.name, state: sheet.state, path: path !== undefined && byName.has(path) ? path : undefined };
  });
  const dateStyles = await readDateStyles(bytes, byName.get('xl/styles.xml'));
  if (!Array.isArray(dateStyles)) return dateStyles;
  return { sheets, date1904, dateStyles, entries: byName };
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

// Built-in number formats that show a date or time (ECMA-376 Part 1, §18.8.30; 27–36 and 50–58 are
// the East Asian date formats).
const builtInDateFormats = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Private: whether a number format code shows a date or time: after removing `[…]` sections and quoted
 * text, it has y, m, d, h, s or b (the rule exceljs applies, so values read the same as before).
 *
 * @param code - A format code.
 * @returns Whether it is a date format.
 * @example
 * ```ts
 * isDateFormat('dd/mm/yyyy'); // true
 * isDateFormat('#,##0 "đồng"'); // false
 * ```
 */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

async function readDateStyles(bytes: Uint8Array, entry: ZipEntryInfo | undefined): Promise<boolean[] | XlsxPartProblem> {
  if (entry === undefined) return [];
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  const outcome = await scanPart(bytes, entry, smallPartBytes, {
    open(name, attributes) {
      if (name === 'numFmt') custom.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfFormats.push(Number(attributes.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text: ignore,
  }, 1 << 20, () => false);
  if (outcome !== 'done') return { part: 'xl/styles.xml', problem: outcome === 'stopped' ? 'damaged' : outcome };
  return xfFormats.map((id) => {
    const code = custom.get(id);
    return code === undefined ? builtInDateFormats.has(id) : isDateFormat(code);
  });
}
