import { createFinding, type Finding, foldKey } from '@egov/core';
import { isEmptyCell, parseBoolean, parseDate, parseText, type Parsed } from '../internal/cells';
import { matchColumns } from '../internal/columns';
import { recordColumnAliases, type RecordColumn } from '../rows/record-columns';
import type { Cell, RowSource } from '../rows/row';
import type { ApplicationRecord, Channel } from './application-record';

function parseChannel(cell: Cell | undefined): Parsed<Channel> {
  if (isEmptyCell(cell) || typeof cell !== 'string') return isEmptyCell(cell) ? { kind: 'empty' } : { kind: 'invalid' };
  const text = foldKey(cell);
  if (text === 'online' || text.includes('truc tuyen') || text.includes('qua mang')) return { kind: 'value', value: 'online' };
  if (text === 'post' || text.includes('buu chinh') || text.includes('buu dien')) return { kind: 'value', value: 'post' };
  if (text === 'counter' || text.includes('truc tiep') || text.includes('tai quay') || text.includes('mot cua')) {
    return { kind: 'value', value: 'counter' };
  }
  return { kind: 'invalid' };
}

type CellParser = (cell: Cell | undefined) => Parsed<unknown>;

/**
 * `parseText` for a column of distinct texts (record ids): text whose characters are all below U+0300 (no
 * combining mark, so already NFC) and that starts and ends with a visible ASCII-or-Latin character (so
 * `trim` keeps it whole) is taken as it is, without the cost of `normalize`.
 */
function parseIdText(cell: Cell | undefined): Parsed<unknown> {
  if (typeof cell === 'string' && cell.length > 0) {
    const first = cell.charCodeAt(0);
    const last = cell.charCodeAt(cell.length - 1);
    if (first > 32 && last > 32 && first !== 0xa0 && last !== 0xa0) {
      let plain = true;
      for (let at = 0; at < cell.length; at += 1) {
        if (cell.charCodeAt(at) >= 0x300) {
          plain = false;
          break;
        }
      }
      if (plain) return { kind: 'value', value: cell };
    }
  }
  return parseText(cell);
}

const parsers: Readonly<Record<RecordColumn, CellParser>> = {
  id: parseIdText,
  procedureCode: parseText,
  agency: parseText,
  received: parseDate,
  due: parseDate,
  finished: parseDate,
  channel: parseChannel,
  paidOnline: parseBoolean,
  digitised: parseBoolean,
  electronicResult: parseBoolean,
  complaint: parseBoolean,
};

const required: readonly RecordColumn[] = ['procedureCode', 'agency', 'received', 'channel'];

// Distinct texts remembered per column. Record tables repeat a few thousand codes, agencies, dates and
// words millions of times: parsing each distinct text once (and sharing the resulting string) is what
// makes reading fast and the records small. Unique ids are never remembered.
const memoLimit = 8_192;

/** Where a row is, for findings. */
interface Place {
  readonly index: number;
  readonly row: number;
}

/** What {@link RecordRowReader.read} made of a row. */
export type RecordRowOutcome =
  | { readonly kind: 'record'; readonly record: ApplicationRecord }
  | { readonly kind: 'blank' }
  | { readonly kind: 'rejected'; readonly problems: readonly string[] };

/** Reads application records from rows given as arrays of cells, columns resolved once. See {@link createRecordRowReader}. */
export interface RecordRowReader {
  /** Field → header text, for the columns found. */
  readonly columns: ReadonlyMap<RecordColumn, string>;
  /**
   * Reads one row. Findings (a rejected row's `procedures/invalid-record` error, an unreadable optional
   * cell's `procedures/invalid-cell` warning) go to `report`, exactly as {@link recordsFromRows} makes them.
   *
   * @param cells - The row's cells, in the order of the headers given to {@link createRecordRowReader}.
   * @param index - 0-based position of the row among the data rows (the findings' `path`).
   * @param row - The row number shown to the user (the findings' `location.row`).
   * @param report - Receives the findings of this row.
   * @returns The record, `blank` for a row without any text, or `rejected` with the problems.
   */
  read(cells: readonly (Cell | undefined)[], index: number, row: number, report: (finding: Finding) => void): RecordRowOutcome;
}

/** One column the reader reads. */
interface ColumnPlan {
  readonly field: RecordColumn;
  readonly slot: number;
  readonly header: string;
  readonly at: number;
  readonly parse: CellParser;
  readonly memo: Map<string, Parsed<unknown>> | undefined;
  /** Bit of a required field (in the order of `required`), 0 for an optional one. */
  readonly requiredBit: number;
}

const blank = { kind: 'blank' } as const;

// Slots of the fields in a row's values array.
const slotOf: Readonly<Record<RecordColumn, number>> = {
  id: 0,
  procedureCode: 1,
  agency: 2,
  received: 3,
  due: 4,
  finished: 5,
  channel: 6,
  paidOnline: 7,
  digitised: 8,
  electronicResult: 9,
  complaint: 10,
};

/**
 * The record of a row's values (by slot). Properties are set by name in one fixed order, so every record
 * has one of a few hidden classes: setting them by computed name, in header order, cost more than the
 * rest of the row's reading. Absent values stay absent, not `undefined`.
 */
function buildRecord(values: readonly unknown[]): ApplicationRecord {
  const record: Record<string, unknown> = {};
  if (values[0] !== undefined) record.id = values[0];
  record.procedureCode = values[1];
  record.agency = values[2];
  record.received = values[3];
  if (values[4] !== undefined) record.due = values[4];
  if (values[5] !== undefined) record.finished = values[5];
  record.channel = values[6];
  if (values[7] !== undefined) record.paidOnline = values[7];
  if (values[8] !== undefined) record.digitised = values[8];
  if (values[9] !== undefined) record.electronicResult = values[9];
  if (values[10] !== undefined) record.complaint = values[10];
  return record as ApplicationRecord;
}

/**
 * The shared row logic of {@link recordsFromRows} and {@link createRecordRowReader}.
 *
 * @param headers - Headers in column order.
 * @param source - File and sheet for findings.
 * @returns Columns, a blank-row test, and the reader of one row (without the blank test).
 */
export function recordRowParser(
  headers: readonly string[],
  source: RowSource,
): {
  readonly columns: ReadonlyMap<RecordColumn, string>;
  readonly isBlank: (cells: readonly (Cell | undefined)[]) => boolean;
  readonly parse: (cells: readonly (Cell | undefined)[], place: Place, report: (finding: Finding) => void) => RecordRowOutcome;
} {
  const { columns } = matchColumns(headers, recordColumnAliases);
  // With repeated header texts, a row keyed by header holds the last column's cell: read that one.
  const lastIndex = new Map<string, number>();
  headers.forEach((header, at) => lastIndex.set(header, at));
  const distinct = [...lastIndex.values()];
  const plan: ColumnPlan[] = [];
  for (const [field, header] of columns) {
    plan.push({
      field,
      slot: slotOf[field],
      header,
      at: lastIndex.get(header) ?? -1,
      parse: parsers[field],
      memo: field === 'id' ? undefined : new Map(),
      requiredBit: required.includes(field) ? 1 << required.indexOf(field) : 0,
    });
  }
  // Bits of the required fields without a column: always reported missing.
  const absentBits = required.reduce((bits, field, at) => (columns.has(field) ? bits : bits | (1 << at)), 0);
  const where = (row: number, column: string | undefined) => ({
    ...(source.file === undefined ? {} : { file: source.file }),
    ...(source.sheet === undefined ? {} : { sheet: source.sheet }),
    row,
    ...(column === undefined ? {} : { column }),
  });
  const isBlank = (cells: readonly (Cell | undefined)[]): boolean => {
    for (const at of distinct) if (!isEmptyCell(cells[at])) return false;
    return true;
  };
  // Values of the current row by slot; reset after each row.
  const values: unknown[] = new Array<unknown>(11).fill(undefined);
  const parse = (cells: readonly (Cell | undefined)[], place: Place, report: (finding: Finding) => void): RecordRowOutcome => {
    let problems: string[] | undefined;
    let emptyBits = absentBits;
    for (const column of plan) {
      const cell = cells[column.at];
      let parsed: Parsed<unknown> | undefined;
      if (column.memo !== undefined && typeof cell === 'string') {
        parsed = column.memo.get(cell);
        if (parsed === undefined) {
          parsed = column.parse(cell);
          if (column.memo.size < memoLimit) column.memo.set(cell, parsed);
        }
      } else {
        parsed = column.parse(cell);
      }
      if (parsed.kind === 'value') values[column.slot] = parsed.value;
      else if (parsed.kind === 'invalid') {
        const { field, header } = column;
        if (column.requiredBit !== 0) (problems ??= []).push(`${header}: "${String(cell)}"`);
        else {
          report(
            createFinding({
              ruleId: 'procedures/invalid-cell',
              severity: 'warning',
              path: [place.index, header],
              location: where(place.row, header),
              data: { field, found: String(cell) },
              message: {
                vi: `Dòng ${place.row}, cột "${header}": không đọc được "${String(cell)}"; bỏ qua ô này.`,
                en: `Row ${place.row}, column "${header}": cannot read "${String(cell)}"; cell ignored.`,
              },
            }),
          );
        }
      } else {
        emptyBits |= column.requiredBit;
      }
    }
    if (emptyBits !== 0) {
      // Unreadable cells first (in column order), then empty or absent required fields in the order of `required`.
      for (let at = 0; at < required.length; at += 1) {
        if ((emptyBits & (1 << at)) === 0) continue;
        const field = required[at] ?? 'procedureCode';
        (problems ??= []).push(`${columns.get(field) ?? field}: ∅`);
      }
    }
    if (problems !== undefined) {
      const list = problems;
      report(
        createFinding({
          ruleId: 'procedures/invalid-record',
          severity: 'error',
          path: [place.index],
          location: where(place.row, undefined),
          data: { problems: list },
          message: {
            vi: `Dòng ${place.row}: hồ sơ thiếu hoặc sai (${list.join('; ')}); bỏ qua dòng này.`,
            en: `Row ${place.row}: record missing or invalid (${list.join('; ')}); row skipped.`,
          },
        }),
      );
      values.fill(undefined);
      return { kind: 'rejected', problems: list };
    }
    const record = buildRecord(values);
    values.fill(undefined);
    return { kind: 'record', record };
  };
  return { columns, isBlank, parse };
}

/**
 * A reader of application records (hồ sơ) for rows given as arrays of cells, as a streaming CSV parser
 * yields them: the header row is matched once ({@link recordColumnAliases}), then each row is read by
 * column position, and each distinct text of a column (code, agency, date, channel, flag) is parsed once.
 * Same rules, records and findings as {@link recordsFromRows}, much faster on large files. Never throws.
 *
 * @param headers - The header row.
 * @param source - File and sheet for findings.
 * @returns The reader.
 * @example
 * ```ts
 * const reader = createRecordRowReader(['Mã thủ tục', 'Cơ quan', 'Ngày tiếp nhận', 'Kênh nộp'], { file: 'ho-so.csv' });
 * const outcome = reader.read(['1.001193', 'Sở Kế hoạch và Đầu tư', '01/3/2018', 'Trực tuyến'], 0, 2, console.log);
 * outcome.kind === 'record' && outcome.record.received; // "2018-03-01"
 * ```
 */
export function createRecordRowReader(headers: readonly string[], source: Omit<RowSource, 'firstRow'> = {}): RecordRowReader {
  const parser = recordRowParser(headers, source);
  return {
    columns: parser.columns,
    read(cells, index, row, report) {
      return parser.isBlank(cells) ? blank : parser.parse(cells, { index, row }, report);
    },
  };
}
