import type { ColumnSchema } from '../headers/define-columns';
import { ioFinding, locationOf } from '../io-finding';
import { ioRules } from '../io-rules';
import { resolveLimits, type IoLimits } from '../limits';
import { decodeText } from '../encoding/decode-text';
import { failRead, type ReadResult } from '../read-result';
import type { Table } from '../table';
import { buildTable, type RawRow } from '../table/build-table';
import { createCsvParser } from './csv-parser';
import type { CsvDelimiter } from './detect-delimiter';

/** Options of {@link readCsv}. */
export interface ReadCsvOptions {
  /** File name, copied into the table and every finding. */
  readonly file?: string;
  /** Field delimiter; detected when omitted. */
  readonly delimiter?: CsvDelimiter;
  /** 1-based row number of the header row, or `'auto'` (default): the first row that looks like a header. */
  readonly headerRow?: number | 'auto';
  /** Expected columns: the header row is then the one naming most of them (see {@link detectHeaderRow}). */
  readonly columns?: ColumnSchema;
  /** Limits over {@link defaultLimits}. */
  readonly limits?: Partial<IoLimits>;
  /** Reverse the formula-injection protection of {@link protectFormula} (default `true`). */
  readonly unprotectFormulas?: boolean;
}

/** A {@link Table} read from CSV, with the delimiter that was used. */
export interface CsvTable extends Table {
  readonly delimiter: CsvDelimiter;
}

/**
 * Reads a CSV file into a {@link Table} whose rows know their row numbers: decodes UTF-8 (BOM or not;
 * UTF-16 with BOM), reports legacy Vietnamese encodings instead of producing mojibake, detects the
 * delimiter and the header row (a title block above the table is skipped), parses RFC 4180 quoted fields,
 * normalises text to NFC. Every cell is text (`""` when empty); convert numbers in the domain's
 * `fromRows`. Blank lines are skipped but counted in row numbers; trailing empty rows are dropped.
 *
 * @param input - The file's bytes, or its text.
 * @param options - File name, delimiter, header row, limits.
 * @returns The table with warnings, or a failure with an error finding (never throws on bad input).
 * @throws {EgovError} `invalid-argument` for an invalid limit (a programmer error).
 * @example
 * ```ts
 * const result = readCsv('STT;Tên thủ tục hành chính;Cơ quan chủ trì\n1;Cấp phép hợp báo;Sở Thông tin và Truyền thông\n');
 * if (result.ok) {
 *   result.value.headers; // ['STT', 'Tên thủ tục hành chính', 'Cơ quan chủ trì']
 *   result.value.rows[0]; // { row: 2, values: ['1', 'Cấp phép hợp báo', 'Sở Thông tin và Truyền thông'] }
 * }
 * ```
 */
export function readCsv(input: Uint8Array | string, options: ReadCsvOptions = {}): ReadResult<CsvTable> {
  const limits = resolveLimits(options.limits);
  const { file } = options;
  const decoded = decodeText(input, { ...(file === undefined ? {} : { file }), maxBytes: limits.maxBytes });
  if (!decoded.ok) return decoded;
  const parser = createCsvParser({
    ...(file === undefined ? {} : { file }),
    ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
    maxCellLength: limits.maxCellLength,
    maxRecordLength: Math.max(limits.maxCellLength * 16, 1 << 20),
    // Header and a title block of up to 20 rows come on top of the data rows.
    maxRows: limits.maxRows + 21,
    normalize: false,
  });
  const records = [...parser.push(decoded.value), ...parser.end()];
  const before = [...decoded.findings, ...parser.findings];
  const error = parser.findings.find((finding) => finding.severity === 'error');
  if (error !== undefined) return { ok: false, error, findings: before };
  const delimiter = parser.delimiter ?? ',';
  const rawRows: RawRow[] = records.map((record) => ({ row: record.row, values: record.fields }));
  if (rawRows.length === 0) {
    return failRead(
      ioFinding({
        ruleId: ioRules.empty,
        severity: 'error',
        vi: 'Tệp CSV trống',
        en: 'The CSV file is empty',
        location: locationOf(file),
      }),
      before,
    );
  }
  const table = buildTable(rawRows, {
    file,
    headerRow: options.headerRow,
    limits,
    columns: options.columns,
    unprotectFormulas: options.unprotectFormulas,
  });
  const findings = [...before, ...table.findings];
  if (!table.ok) return { ok: false, error: table.error, findings };
  return { ok: true, value: { ...table.value, delimiter }, findings };
}
