import { createFinding, type Finding, foldKey } from '@egov/core';
import type { ApplicationRecord, Channel } from '../records/application-record';
import { isEmptyCell, parseBoolean, parseDate, parseText, type Parsed } from '../internal/cells';
import { collectHeaders, matchColumns } from '../internal/columns';
import { recordColumnAliases, type RecordColumn } from './record-columns';
import type { Cell, Row, RowSource } from './row';

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

const parsers: Readonly<Record<RecordColumn, (cell: Cell | undefined) => Parsed<unknown>>> = {
  id: parseText,
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
 * For very large files, read chunks of rows and push the records into a {@link RecordAggregator}.
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
  const { columns } = matchColumns(collectHeaders(rows), recordColumnAliases);
  const findings: Finding[] = [];
  let findingsLeftOut = 0;
  const report = (finding: Finding): void => {
    if (findings.length < maxFindings) findings.push(finding);
    else findingsLeftOut += 1;
  };
  const where = (row: number, column: string | undefined) => ({
    ...(options.file === undefined ? {} : { file: options.file }),
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    row,
    ...(column === undefined ? {} : { column }),
  });
  const records: ApplicationRecord[] = [];
  rows.forEach((row, index) => {
    if (Object.values(row).every(isEmptyCell)) return;
    const rowNumber = firstRow + index;
    const record: Record<string, unknown> = {};
    const problems: string[] = [];
    for (const [field, header] of columns) {
      const parsed = parsers[field](row[header]);
      if (parsed.kind === 'value') record[field] = parsed.value;
      else if (parsed.kind === 'invalid') {
        if (required.includes(field)) problems.push(`${header}: "${String(row[header])}"`);
        else {
          report(
            createFinding({
              ruleId: 'procedures/invalid-cell',
              severity: 'warning',
              path: [index, header],
              location: where(rowNumber, header),
              data: { field, found: String(row[header]) },
              message: {
                vi: `Dòng ${rowNumber}, cột "${header}": không đọc được "${String(row[header])}"; bỏ qua ô này.`,
                en: `Row ${rowNumber}, column "${header}": cannot read "${String(row[header])}"; cell ignored.`,
              },
            }),
          );
        }
      }
    }
    for (const field of required) {
      if (record[field] === undefined && !problems.some((p) => p.startsWith(`${columns.get(field) ?? field}:`))) {
        problems.push(`${columns.get(field) ?? field}: ∅`);
      }
    }
    if (problems.length > 0) {
      report(
        createFinding({
          ruleId: 'procedures/invalid-record',
          severity: 'error',
          path: [index],
          location: where(rowNumber, undefined),
          data: { problems },
          message: {
            vi: `Dòng ${rowNumber}: hồ sơ thiếu hoặc sai (${problems.join('; ')}); bỏ qua dòng này.`,
            en: `Row ${rowNumber}: record missing or invalid (${problems.join('; ')}); row skipped.`,
          },
        }),
      );
      return;
    }
    records.push(record as ApplicationRecord);
  });
  return { records, findings, findingsLeftOut };
}
