import {
  createFinding,
  detectNotation,
  foldKey,
  headerKey,
  matchHeader,
  parseTotalLabel,
  mapProvinceForward,
  pushAll,
  resolveProvince,
  safeParseVietnameseNumber,
  type Finding,
  type NumberNotation,
  type PointerSegment,
  type SourceLocation,
} from '@egov/core';
import type { Framework } from '../framework/framework';
import type { FrameworkNode } from '../framework/framework-node';
import type { IndexData } from './index-data';

/** How unit cells become unit ids. */
export type UnitResolution =
  | {
      /** Unit ids are the cells as written (trimmed, NFC). */
      readonly kind: 'as-given';
    }
  | {
      /**
       * Cells are province names or codes, resolved with `@egov/core`'s administrative units at
       * `asOf(year)` (default: 31 December of the row's year, so 2025 rows use the 34 provinces); the
       * unit id is the province version id, e.g. `"lao-cai@2008"`. With `mapTo` (an ISO date) every
       * province is carried forward to the unit that contains it then (Hà Giang 2017 → Tuyên Quang),
       * for trends across the 2025 reorganisation; rows dated on or after `mapTo` are resolved as they are.
       */
      readonly kind: 'provinces';
      readonly asOf?: (year: number | undefined) => string;
      readonly mapTo?: string;
    };

/** Options of {@link fromRows}. */
export interface FromRowsOptions {
  /** `long` (unit, indicator, year, value) or `wide` (one column per indicator); default: detected. */
  readonly layout?: 'long' | 'wide';
  /** Year of rows without a year column. */
  readonly year?: number;
  /**
   * Notation of numbers written as text: `vi` ("0,7531"), `en` ("0.7531"), or `auto` (default): detected
   * once per value column from the cells that read only one way; a column that cannot tell is one
   * `ictindex/notation-ambiguous` finding, read in Vietnamese notation.
   */
  readonly notation?: NumberNotation;
  /**
   * The user's column mapping: `unit`, `indicator`, `year` or `value` → the header that holds it, e.g.
   * `{ unit: 'Địa phương', value: 'Chỉ số' }` (`--columns unit="Địa phương"` in the CLI).
   */
  readonly columns?: Readonly<Record<string, string>>;
  readonly units?: UnitResolution;
  /** File and sheet, copied into findings' locations. */
  readonly location?: Pick<SourceLocation, 'file' | 'sheet'>;
}

/** The result of {@link fromRows}: one dataset per year, display names, and findings. */
export interface FromRowsResult {
  /** Datasets sorted by year (a dataset without year first). */
  readonly datasets: readonly IndexData[];
  /** Unit id → the name as first written in the rows. */
  readonly unitNames: Readonly<Record<string, string>>;
  readonly findings: readonly Finding[];
}

type Row = Readonly<Record<string, unknown>>;

/** A cell as text for matching and messages (objects as JSON, not "[object Object]"). */
function cellText(cell: unknown): string {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean' || typeof cell === 'bigint') return String(cell);
  // JSON.stringify gives undefined for functions and symbols.
  if (typeof cell === 'function' || typeof cell === 'symbol') return typeof cell;
  return JSON.stringify(cell);
}

/** How many rows a duplicate finding lists in `data.rows` (the message lists ten). */
const maxListedRows = 100;
/** How many differing values a duplicate finding names in `data.conflicts` (the message names three). */
const maxListedConflicts = 10;
/** How many units and years get a duplicate finding of their own; the rest share one summary finding. */
const maxDuplicateFindings = 100;

/** The duplicated values of one unit in one year. */
interface DuplicateGroup {
  readonly unit: string;
  readonly year: number | undefined;
  /** Row index and column of the first duplicated value. */
  readonly row: number;
  readonly column: string;
  /** Row indexes with a duplicated value (the first {@link maxListedRows}). */
  readonly rows: number[];
  /** Duplicated values in all. */
  count: number;
  /** Values that differ from the one kept (the first {@link maxListedConflicts}). */
  readonly conflicts: { indicator: string; kept: number; ignored: number; row: number }[];
  conflictCount: number;
  readonly indicators: Set<string>;
}

/**
 * One `ictindex/duplicate-value` finding per unit and year (an error when a value differs from the one
 * kept), naming up to ten rows in the message and 100 in `data.rows`, with every duplicated cell counted in
 * `data.count`; past {@link maxDuplicateFindings} units and years, one summary finding counts the rest.
 * Linear in the groups: the findings stay bounded whatever the size of the table.
 */
function duplicateFindings(groups: ReadonlyMap<string, DuplicateGroup>, location: (row: number, column?: string) => SourceLocation): Finding[] {
  const out: Finding[] = [];
  let restUnits = 0;
  let restCount = 0;
  let restConflicts = 0;
  let restFirst: DuplicateGroup | undefined;
  for (const group of groups.values()) {
    if (out.length >= maxDuplicateFindings) {
      restUnits++;
      restCount += group.count;
      restConflicts += group.conflictCount;
      restFirst ??= group;
      continue;
    }
    const fileRows = group.rows.map((row) => row + 2);
    const more = group.rows.length > 10 ? ', …' : '';
    const listed = fileRows.slice(0, 10).join(', ') + more;
    const differing = group.conflicts
      .slice(0, 3)
      .map((conflict) => `${conflict.indicator} (${conflict.kept} / ${conflict.ignored})`)
      .join(', ') + (group.conflictCount > 3 ? ', …' : '');
    const inYearVi = group.year === undefined ? '' : ` năm ${group.year}`;
    const inYearEn = group.year === undefined ? '' : ` in ${group.year}`;
    out.push(
      createFinding({
        ruleId: 'ictindex/duplicate-value',
        severity: group.conflictCount > 0 ? 'error' : 'warning',
        message: {
          vi:
            `"${group.unit}"${inYearVi} có ${group.count} giá trị chỉ tiêu lặp lại ở dòng ${listed}` +
            (group.conflictCount > 0 ? `, ${group.conflictCount} giá trị khác giá trị đầu: ${differing}` : ' (trùng giá trị đầu)') +
            ': giữ giá trị đầu tiên. Hãy xoá các dòng lặp',
          en:
            `"${group.unit}"${inYearEn} has ${group.count} indicator value(s) given again in row ${listed}` +
            (group.conflictCount > 0 ? `, ${group.conflictCount} differing from the first: ${differing}` : ' (equal to the first)') +
            ': the first is kept. Remove the repeated rows',
        },
        path: ['rows', group.row, group.column],
        location: location(group.row, group.column),
        data: {
          unit: group.unit,
          ...(group.year === undefined ? {} : { year: group.year }),
          rows: fileRows,
          count: group.count,
          conflicts: group.conflicts,
          conflictCount: group.conflictCount,
          indicators: [...group.indicators],
        },
      }),
    );
  }
  if (restFirst !== undefined) {
    out.push(
      createFinding({
        ruleId: 'ictindex/duplicate-value',
        severity: restConflicts > 0 ? 'error' : 'warning',
        message: {
          vi: `Thêm ${restUnits} đơn vị và năm có giá trị lặp (${restCount} giá trị, ${restConflicts} khác giá trị đầu), từ dòng ${restFirst.row + 2}: giữ giá trị đầu tiên. Hãy xoá các dòng lặp`,
          en: `${restUnits} more unit(s) and year(s) have repeated values (${restCount} value(s), ${restConflicts} differing from the first), from row ${restFirst.row + 2}: the first is kept. Remove the repeated rows`,
        },
        path: ['rows', restFirst.row, restFirst.column],
        location: location(restFirst.row, restFirst.column),
        data: { units: restUnits, count: restCount, conflictCount: restConflicts },
      }),
    );
  }
  return out;
}

const aliases = {
  unit: ['don vi', 'ten don vi', 'tinh', 'ten tinh', 'tinh thanh pho', 'tinh thanh', 'dia phuong', 'ma tinh', 'quoc gia', 'unit', 'province', 'country'],
  indicator: ['chi tieu', 'ten chi tieu', 'ma chi tieu', 'chi tieu thanh phan', 'chi so', 'indicator', 'indicator id'],
  year: ['nam', 'year'],
  value: ['gia tri', 'diem', 'so lieu', 'value', 'score'],
  ignored: ['stt', 'tt', 'ghi chu', 'note', 'notes', 'xep hang', 'rank'],
} as const;

function indicatorLookup(framework: Framework): Map<string, string> {
  const lookup = new Map<string, string>();
  const visit = (node: FrameworkNode): void => {
    if (node.children === undefined) {
      for (const key of [node.id, node.name.vi, node.name.en]) lookup.set(foldKey(key), node.id);
    } else node.children.forEach(visit);
  };
  visit(framework.root);
  return lookup;
}

const aliasMaps = Object.fromEntries(
  Object.entries(aliases).map(([concept, names]) => [concept, new Map((names as readonly string[]).map((name) => [headerKey(name), concept]))]),
) as unknown as Record<keyof typeof aliases, ReadonlyMap<string, string>>;

function findColumn(headers: readonly string[], concept: keyof typeof aliases, mapping?: Readonly<Record<string, string>>): string | undefined {
  const wanted = mapping?.[concept];
  if (wanted !== undefined) return headers.find((header) => header === wanted) ?? headers.find((header) => headerKey(header) === headerKey(wanted));
  return headers.find((header) => matchHeader(header, aliasMaps[concept]) !== undefined);
}

/**
 * Whether a table's headers look like indicator values that {@link fromRows} reads for a framework: a unit
 * column ("Tỉnh", "Đơn vị", "unit", …) and either the long layout (an indicator column and a value
 * column) or the wide layout (at least one column named by an indicator of the framework, by id or by
 * its Vietnamese or English name). Lets a tool pick the reader for a file without being told its kind.
 *
 * @param headers - The table's headers.
 * @param framework - The framework whose indicators name wide columns.
 * @param columns - The user's column mapping, if any (`{ unit: 'Địa phương' }`).
 * @returns `true` for both layouts.
 * @example
 * ```ts
 * looksLikeIndexTable(['unit', 'year', 'indicator', 'value'], ictIndex2016); // true (long)
 * looksLikeIndexTable(['Tỉnh', 'Năm', 'fixed-telephones', 'mobile-phones'], ictIndex2016); // true (wide)
 * looksLikeIndexTable(['STT', 'Tên dịch vụ công', 'Năm 2014'], ictIndex2016); // false
 * ```
 */
export function looksLikeIndexTable(headers: readonly string[], framework: Framework, columns?: Readonly<Record<string, string>>): boolean {
  if (findColumn(headers, 'unit', columns) === undefined) return false;
  if (findColumn(headers, 'indicator', columns) !== undefined && findColumn(headers, 'value', columns) !== undefined) return true;
  const lookup = indicatorLookup(framework);
  return headers.some((header) => lookup.has(foldKey(header)));
}

/**
 * Reads raw indicator values from table rows (as `@egov/io` gives them: one object per row, keyed by
 * header), in either layout, with Vietnamese or English headers:
 * - long: columns "Đơn vị"/"Tỉnh", "Chỉ tiêu", "Năm", "Giá trị"/"Điểm";
 * - wide: "Tỉnh", optional "Năm", and one column per indicator, headed by its id or its Vietnamese or
 *   English name (matched ignoring case, diacritics and punctuation).
 *
 * Numbers may be numbers or Vietnamese text ("5,63", "84,1%", "5,63 điểm"). Unreadable cells, unknown
 * indicators, unknown provinces and duplicates are findings with the row (1-based, header = row 1).
 *
 * @param framework - The framework whose indicators the columns name.
 * @param rows - Rows keyed by header.
 * @param options - Layout, default year, number notation, unit resolution, file location.
 * @returns Datasets per year, unit names, findings.
 * @example
 * ```ts
 * const { datasets } = fromRows(ictIndex2016, [
 *   { 'Tỉnh': 'Lào Cai', 'Chỉ tiêu': 'Ứng dụng phần mềm nguồn mở', 'Năm': 2017, 'Điểm': '5,61' },
 *   { 'Tỉnh': 'TP. Hồ Chí Minh', 'Chỉ tiêu': 'Ứng dụng phần mềm nguồn mở', 'Năm': 2017, 'Điểm': '39,47' },
 * ]);
 * datasets[0]?.values['Lào Cai']?.['open-source-use']; // 5.61
 * ```
 */
export function fromRows(framework: Framework, rows: readonly Row[], options: FromRowsOptions = {}): FromRowsResult {
  const findings: Finding[] = [];
  const headers = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const lookup = indicatorLookup(framework);
  const unitColumn = findColumn(headers, 'unit', options.columns);
  const yearColumn = findColumn(headers, 'year', options.columns);
  const indicatorColumn = findColumn(headers, 'indicator', options.columns);
  const valueColumn = findColumn(headers, 'value', options.columns);
  const layout = options.layout ?? (indicatorColumn !== undefined && valueColumn !== undefined ? 'long' : 'wide');
  const location = (row: number, column?: string): SourceLocation => ({
    ...options.location,
    row: row + 2,
    ...(column === undefined ? {} : { column }),
  });
  const problem = (ruleId: string, severity: 'error' | 'warning', vi: string, en: string, path: PointerSegment[], row: number, column?: string, data?: Record<string, unknown>) => {
    findings.push(createFinding({ ruleId, severity, message: { vi, en }, path, location: location(row, column), ...(data === undefined ? {} : { data }) }));
  };

  const required = layout === 'long' ? [unitColumn, indicatorColumn, valueColumn] : [unitColumn];
  if (required.includes(undefined)) {
    const missing = (layout === 'long' ? (['unit', 'indicator', 'value'] as const) : (['unit'] as const)).filter(
      (concept) => ({ unit: unitColumn, indicator: indicatorColumn, value: valueColumn })[concept] === undefined,
    );
    const names = { unit: '"Đơn vị"/"Tỉnh"', indicator: '"Chỉ tiêu"', value: '"Giá trị"/"Điểm"' };
    const namesEn = { unit: '"Unit"/"Province"', indicator: '"Indicator"', value: '"Value"/"Score"' };
    const how = `--columns ${missing[0] ?? 'unit'}="…"`;
    findings.push(
      createFinding({
        ruleId: 'ictindex/missing-column',
        severity: 'error',
        message: {
          vi: `Bảng thiếu cột bắt buộc ${missing.map((concept) => `${concept} (${names[concept]})`).join(', ')}; các cột hiện có: ${headers.join(', ')}. Nếu một cột trong đó là cột cần, hãy chỉ rõ, ví dụ ${how}`,
          en: `The table lacks the required column ${missing.map((concept) => `${concept} (${namesEn[concept]})`).join(', ')}; found: ${headers.join(', ')}. If one of them is that column, say so, e.g. ${how}`,
        },
        data: { missing, headers },
        path: '',
        ...(options.location === undefined ? {} : { location: options.location }),
      }),
    );
    return { datasets: [], unitNames: {}, findings };
  }

  // Wide layout: map every other column to an indicator once.
  const wideColumns = new Map<string, string>();
  if (layout === 'wide') {
    for (const header of headers) {
      if (header === unitColumn || header === yearColumn) continue;
      const id = lookup.get(foldKey(header));
      if (id !== undefined) wideColumns.set(header, id);
      else if (!(aliases.ignored as readonly string[]).includes(foldKey(header))) {
        findings.push(
          createFinding({
            ruleId: 'ictindex/unknown-indicator',
            severity: 'warning',
            message: {
              vi: `Cột "${header}" không phải chỉ tiêu của khung "${framework.id}": bị bỏ qua`,
              en: `Column "${header}" is not an indicator of framework "${framework.id}": ignored`,
            },
            path: ['columns', header],
            ...(options.location === undefined ? {} : { location: options.location }),
          }),
        );
      }
    }
  }

  const byYear = new Map<number | undefined, Map<string, Map<string, number>>>();
  const unitNames: Record<string, string> = {};
  const unknownIndicators = new Set<string>();
  const unitCache = new Map<string, string | undefined>();

  const resolveUnit = (cell: string, year: number | undefined, row: number, column: string): string | undefined => {
    const resolution = options.units ?? { kind: 'as-given' };
    if (resolution.kind === 'as-given') return cell;
    const asOf = resolution.asOf?.(year) ?? `${year ?? 2020}-12-31`;
    const cacheKey = `${cell}\u0000${asOf}`;
    if (unitCache.has(cacheKey)) return unitCache.get(cacheKey);
    const path: PointerSegment[] = ['rows', row, column];
    // Rows dated on or after `mapTo` are already in the target generation: resolve them where they are.
    const result =
      resolution.mapTo === undefined || asOf >= resolution.mapTo
        ? resolveProvince(cell, asOf, { path })
        : mapProvinceForward(cell, asOf, resolution.mapTo, { path });
    let id: string | undefined;
    if (result.ok) {
      id = 'unit' in result.value ? result.value.unit.id : result.value.to.id;
      pushAll(findings, result.value.warnings);
    } else {
      findings.push({ ...result.error, location: location(row, column) });
    }
    unitCache.set(cacheKey, id);
    return id;
  };

  // Duplicated values are gathered per unit and year, not reported per cell: a table repeated to 5 000
  // rows would otherwise give one finding per duplicated cell (rows × indicators, ~150 000 findings).
  const duplicates = new Map<string, DuplicateGroup>();
  const store = (year: number | undefined, unit: string, indicator: string, value: number, row: number, column: string): void => {
    let units = byYear.get(year);
    if (units === undefined) byYear.set(year, (units = new Map<string, Map<string, number>>()));
    let values = units.get(unit);
    if (values === undefined) units.set(unit, (values = new Map<string, number>()));
    const previous = values.get(indicator);
    if (previous !== undefined) {
      const key = `${year ?? ''}\u0000${unit}`;
      let group = duplicates.get(key);
      if (group === undefined) duplicates.set(key, (group = { unit, year, row, column, rows: [], count: 0, conflicts: [], conflictCount: 0, indicators: new Set() }));
      group.count++;
      if (group.rows.at(-1) !== row && group.rows.length < maxListedRows) group.rows.push(row);
      if (group.indicators.size < maxListedRows) group.indicators.add(indicator);
      if (previous !== value) {
        group.conflictCount++;
        if (group.conflicts.length < maxListedConflicts) group.conflicts.push({ indicator, kept: previous, ignored: value, row: row + 2 });
      }
      return;
    }
    values.set(indicator, value);
  };

  // Notation: stated, or detected once per value column from the cells that read only one way.
  const notationOf = new Map<string, NumberNotation>();
  const valueHeaders = layout === 'long' ? (valueColumn === undefined ? [] : [valueColumn]) : [...wideColumns.keys()];
  for (const header of valueHeaders) {
    if (options.notation !== undefined && options.notation !== 'auto') {
      notationOf.set(header, options.notation);
      continue;
    }
    const texts = rows.flatMap((row) => {
      const value = row[header];
      return typeof value === 'string' && value.trim() !== '' ? [value.trim()] : [];
    });
    const evidence = detectNotation(texts);
    notationOf.set(header, evidence.notation ?? 'vi');
    if (evidence.status === 'ambiguous' || evidence.status === 'mixed') {
      const at = evidence.status === 'ambiguous' ? (evidence.ambiguous[0] ?? 0) : (evidence.evidence.en ?? 0);
      findings.push(
        createFinding({
          ruleId: 'ictindex/notation-ambiguous',
          severity: 'warning',
          message: {
            vi: `Cột "${header}": ${evidence.status === 'mixed' ? 'có cả số viết kiểu Việt Nam ("0,7531") lẫn kiểu Anh ("0.7531")' : `không biết cách ghi số (ví dụ "${texts[at] ?? ''}")`}; đọc theo kiểu Việt Nam. Hãy chỉ rõ: --notation vi hoặc --notation en`,
            en: `Column "${header}": ${evidence.status === 'mixed' ? 'numbers in both Vietnamese ("0,7531") and English ("0.7531") notation' : `the number notation cannot be told (e.g. "${texts[at] ?? ''}")`}; read as Vietnamese. Say which: --notation vi or --notation en`,
          },
          path: ['columns', header],
          ...(options.location === undefined ? {} : { location: { ...options.location, column: header } }),
          data: { column: header, status: evidence.status },
        }),
      );
    }
  }

  const readNumber = (cell: unknown, row: number, column: string): number | undefined => {
    if (cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '')) return undefined;
    if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
    if (typeof cell === 'string') {
      const parsed = safeParseVietnameseNumber(cell, { notation: notationOf.get(column) ?? 'vi', path: ['rows', row, column], location: location(row, column) });
      if (!parsed.ok) {
        findings.push(parsed.error);
        return undefined;
      }
      const value = parsed.value;
      // "1e309" reads as 1 with a unit "e309": an exponent is not a unit, and 1e309 is not a finite value.
      if ('unit' in value && typeof value.unit === 'string' && /^e[+-]?\d+$/i.test(value.unit)) {
        problem(
          'ictindex/invalid-value',
          'error',
          `Không đọc số viết dạng lũy thừa "${cell.trim()}": hãy ghi số đầy đủ`,
          `Exponent notation "${cell.trim()}" is not read: write the number in full`,
          ['rows', row, column],
          row,
          column,
        );
        return undefined;
      }
      const number = value.kind === 'ratio' ? (value.denominator === 0 ? undefined : value.numerator / value.denominator) : value.value;
      if (number !== undefined && !Number.isFinite(number)) {
        problem('ictindex/invalid-value', 'error', `Giá trị không phải số hữu hạn: ${cell.trim()}`, `Not a finite number: ${cell.trim()}`, ['rows', row, column], row, column);
        return undefined;
      }
      return number;
    }
    problem('ictindex/invalid-value', 'error', `Ô không phải là số: ${cellText(cell)}`, `The cell is not a number: ${cellText(cell)}`, ['rows', row, column], row, column);
    return undefined;
  };

  rows.forEach((row, index) => {
    const yearCell = yearColumn === undefined ? undefined : row[yearColumn];
    const year = yearCell === undefined || yearCell === null || yearCell === '' ? options.year : Number(cellText(yearCell).trim());
    if (year !== undefined && !Number.isInteger(year)) {
      problem('ictindex/invalid-year', 'error', `Năm không hợp lệ: ${cellText(yearCell)}`, `Invalid year: ${cellText(yearCell)}`, ['rows', index, yearColumn ?? 'year'], index, yearColumn);
      return;
    }
    const unitHeader = unitColumn ?? '';
    const unitCell = row[unitHeader];
    const unitText = typeof unitCell === 'string' ? unitCell.normalize('NFC').trim() : typeof unitCell === 'number' ? String(unitCell) : '';
    // A total row ("Tổng", "Cộng") is not a province.
    if (parseTotalLabel(unitText) !== undefined) return;
    if (unitText === '') {
      problem('ictindex/missing-unit', 'error', 'Thiếu tên đơn vị (tỉnh)', 'Missing unit (province) name', ['rows', index, unitHeader], index, unitHeader);
      return;
    }
    const unit = resolveUnit(unitText, year, index, unitHeader);
    if (unit === undefined) return;
    unitNames[unit] ??= unitText;
    if (layout === 'long') {
      const indicatorHeader = indicatorColumn ?? '';
      const valueHeader = valueColumn ?? '';
      const indicatorText = cellText(row[indicatorHeader]);
      const indicator = lookup.get(foldKey(indicatorText));
      if (indicator === undefined) {
        if (!unknownIndicators.has(indicatorText)) {
          unknownIndicators.add(indicatorText);
          problem(
            'ictindex/unknown-indicator',
            'warning',
            `"${indicatorText}" không phải chỉ tiêu của khung "${framework.id}": bị bỏ qua`,
            `"${indicatorText}" is not an indicator of framework "${framework.id}": ignored`,
            ['rows', index, indicatorHeader],
            index,
            indicatorHeader,
          );
        }
        return;
      }
      const value = readNumber(row[valueHeader], index, valueHeader);
      if (value !== undefined) store(year, unit, indicator, value, index, valueHeader);
      return;
    }
    for (const [header, indicator] of wideColumns) {
      const value = readNumber(row[header], index, header);
      if (value !== undefined) store(year, unit, indicator, value, index, header);
    }
  });

  pushAll(findings, duplicateFindings(duplicates, location));

  const years = [...byYear.keys()].sort((a, b) => (a ?? -Infinity) - (b ?? -Infinity));
  const datasets = years.map((year): IndexData => {
    const units = byYear.get(year) ?? new Map<string, Map<string, number>>();
    const values = Object.fromEntries([...units].map(([unit, entries]) => [unit, Object.fromEntries(entries)]));
    return year === undefined ? { values } : { year, values };
  });
  return { datasets, unitNames, findings };
}
