import type { Finding } from '@egov/core';
import type { ColumnSchema } from '../headers/define-columns';
import { ioFinding, locationOf } from '../io-finding';
import { ioRules } from '../io-rules';
import { resolveLimits, type IoLimits } from '../limits';
import { decodeText } from '../encoding/decode-text';
import { failRead, type ReadResult } from '../read-result';
import type { SetAsideRow, Table } from '../table';
import { buildTable, type RawRow } from '../table/build-table';
import { createCsvParser } from './csv-parser';
import type { CsvDelimiter } from './detect-delimiter';
import { screenRaggedRows } from './screen-ragged-rows';

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
 * LF, CRLF and CR-only line ends read the same.
 *
 * Nothing is dropped silently: a data row with missing or extra fields (see the header), a row where a
 * quote opens and is never closed, and a row whose quote swallowed the lines after it are **set aside**:
 * they are not in `rows` (so no domain reader counts them in a total), they are listed in
 * `setAsideRows`, and an error finding names them. The table is still returned (`ok: true`) with those
 * errors among its findings; any other error is a failure.
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
    keepSetAside: true,
  });
  const records = [...parser.push(decoded.value), ...parser.end()];
  const before = [...decoded.findings, ...parser.findings];
  if (parser.failed) {
    const error = parser.findings.find((finding) => finding.severity === 'error');
    if (error !== undefined) return { ok: false, error, findings: before };
  }
  const delimiter = parser.delimiter ?? ',';
  const rawRows: RawRow[] = [];
  const quoteRows: SetAsideRow[] = [];
  for (const record of records) {
    if (record.setAside === undefined) rawRows.push({ row: record.row, values: record.fields });
    else quoteRows.push({ row: record.row, values: record.fields, reason: record.setAside });
  }
  if (rawRows.length === 0) {
    return failRead(
      ioFinding({
        ruleId: ioRules.empty,
        severity: 'error',
        vi: quoteRows.length === 0 ? 'Tệp CSV trống' : 'Tệp CSV không có dòng nào đọc được',
        en: quoteRows.length === 0 ? 'The CSV file is empty' : 'The CSV file has no readable row',
        location: locationOf(file),
      }),
      before,
    );
  }
  let screenFindings: Finding[] = [];
  const table = buildTable(rawRows, {
    file,
    headerRow: options.headerRow,
    limits,
    columns: options.columns,
    unprotectFormulas: options.unprotectFormulas,
    screenRows: (header, rows) => {
      const screen = screenRaggedRows(header, rows, file, delimiter);
      screenFindings = screen.findings;
      return screen;
    },
  });
  const findings = [...before, ...table.findings, ...screenFindings];
  if (!table.ok) return { ok: false, error: table.error, findings };
  const setAsideRows = [...quoteRows, ...(table.value.setAsideRows ?? [])].sort((a, b) => a.row - b.row);
  // Rows set aside come with error findings naming them, yet the table is usable: it is `ok`.
  return {
    ok: true,
    value: { ...table.value, ...(setAsideRows.length === 0 ? {} : { setAsideRows }), delimiter },
    findings,
  };
}
