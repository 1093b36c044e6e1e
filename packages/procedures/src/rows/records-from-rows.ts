import type { Finding } from '@egov/core';
import type { ApplicationRecord } from '../records/application-record';
import { recordRowParser } from '../records/record-row-reader';
import { isEmptyCell } from '../internal/cells';
import { collectHeaders } from '../internal/columns';
import type { Cell, Row, RowSource } from './row';

/** Options of {@link recordsFromRows}. */
export interface RecordsFromRowsOptions extends RowSource {
  /** At most this many findings are kept (the rest are counted). Default 100. */
  readonly maxFindings?: number;
}

/**
 * Reads application records (hồ sơ) from rows with Vietnamese or English headers
 * ({@link recordColumnAliases}); dates as dd/mm/yyyy or ISO, channels "trực tuyến"/"trực tiếp"/"bưu
 * chính" (or online/counter/post), flags có/không. A row missing a required cell (procedure code,
 * agency, date received, channel) or with an unreadable one is skipped with a `procedures/invalid-record`
 * error; optional unreadable cells are dropped with a `procedures/invalid-cell` warning. Never throws.
 * For very large files, read rows as arrays of cells with {@link createRecordRowReader} (same rules, much
 * faster) and push the records into a {@link RecordAggregator}.
 *
 * @param rows - Rows keyed by header.
 * @param options - File, sheet, first row number, findings limit.
 * @returns The records, the findings kept, and the number of findings left out.
 * @example
 * ```ts
 * const { records } = recordsFromRows([
 *   { 'Mã thủ tục': '1.001193', 'Cơ quan': 'Sở Kế hoạch và Đầu tư', 'Ngày tiếp nhận': '01/3/2018', 'Kênh nộp': 'Trực tuyến' },
 * ]);
 * records[0]?.channel; // "online"
 * ```
 */
export function recordsFromRows(
  rows: readonly Row[],
  options: RecordsFromRowsOptions = {},
): { readonly records: readonly ApplicationRecord[]; readonly findings: readonly Finding[]; readonly findingsLeftOut: number } {
  const firstRow = options.firstRow ?? 2;
  const maxFindings = options.maxFindings ?? 100;
  const headers = collectHeaders(rows);
  const parser = recordRowParser(headers, options);
  const findings: Finding[] = [];
  let findingsLeftOut = 0;
  const report = (finding: Finding): void => {
    if (findings.length < maxFindings) findings.push(finding);
    else findingsLeftOut += 1;
  };
  const records: ApplicationRecord[] = [];
  const cells: (Cell | undefined)[] = new Array<Cell | undefined>(headers.length);
  rows.forEach((row, index) => {
    if (Object.values(row).every(isEmptyCell)) return;
    for (let at = 0; at < headers.length; at += 1) cells[at] = row[headers[at] ?? ''];
    const outcome = parser.parse(cells, { index, row: firstRow + index }, report);
    if (outcome.kind === 'record') records.push(outcome.record);
  });
  return { records, findings, findingsLeftOut };
}
