import { procedureColumnAliases, recordColumnAliases, type ProcedureColumn, type RecordColumn } from '@egov/procedures';
import type { WritableTable } from '@egov/io';

// Headers are the first (Vietnamese) alias of each column, as `@egov/procedures` reads them: a renamed
// alias there renames the template here, and `egov check` on a new workspace proves they match.
const procedureHeaders = (columns: readonly ProcedureColumn[]): string[] => columns.map((column) => procedureColumnAliases[column][0] ?? column);
const recordHeaders = (columns: readonly RecordColumn[]): string[] => columns.map((column) => recordColumnAliases[column][0] ?? column);

/** A template table of a new workspace: its file name, what it is for, and its headers and example rows. */
export interface WorkspaceTable {
  readonly file: string;
  readonly table: WritableTable;
}

/**
 * The CSV templates of `egov init`, with Vietnamese headers the readers accept and one example row each:
 * - `budget.csv`: tasks by year with funding source and spending type (headers `@egov/budget`'s
 *   `columnRole` reads: "Tên …" is the name, "Nguồn vốn", "Loại chi", a year per column, "Tổng kinh phí"),
 *   and a total row, in the unit `roadmap.yaml` states for it;
 * - `catalogue.csv`: procedures with level (Decree 43/2011) and class (Decree 42/2022), headers from
 *   `procedureColumnAliases`;
 * - `records.csv`: application records (hồ sơ), headers from `recordColumnAliases`, dates as dd/mm/yyyy;
 * - `indicators.csv`: ICT-Index values in the long layout `@egov/ictindex`'s `fromRows` reads ("Tỉnh",
 *   "Năm", "Chỉ tiêu", "Giá trị"; "Ghi chú" is ignored).
 *
 * The example values are real: procedure 1.001193 "Đăng ký khai sinh" (today's catalogue), and Lào Cai's
 * 5,61 points for open-source software in 2017 (Plan 332/KH-UBND, III.3.1).
 *
 * @returns The four tables.
 * @example
 * ```ts
 * workspaceTables().map((entry) => entry.file); // ["budget.csv", "catalogue.csv", "records.csv", "indicators.csv"]
 * ```
 */
export function workspaceTables(): WorkspaceTable[] {
  return [
    {
      file: 'budget.csv',
      table: {
        headers: ['STT', 'Tên nhiệm vụ', 'Nguồn vốn', 'Loại chi', '2026', '2027', 'Tổng kinh phí'],
        rows: [
          [1, 'Nâng cấp Cổng dịch vụ công của tỉnh', 'Ngân sách tỉnh', 'Chi đầu tư', 1500, 500, 2000],
          ['', 'Tổng kinh phí', '', '', 1500, 500, 2000],
        ],
      },
    },
    {
      file: 'catalogue.csv',
      table: {
        headers: procedureHeaders(['code', 'name', 'field', 'tier', 'leadAgency', 'partnerAgencies', 'onlineLevel', 'onlineClass', 'fee', 'timeLimitDays']),
        rows: [
          ['1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'Cấp xã', 'Ủy ban nhân dân cấp xã', '', 4, 'Toàn trình', 0, 1],
          // The service roadmap.yaml raises to level 3, so the roadmap and the catalogue agree (egov check).
          ['', 'Cấp giấy phép xây dựng', 'Xây dựng', 'Cấp tỉnh', 'Sở Xây dựng', '', 2, 'Một phần', '', ''],
        ],
      },
    },
    {
      file: 'records.csv',
      table: {
        headers: recordHeaders(['id', 'procedureCode', 'agency', 'received', 'due', 'finished', 'channel', 'paidOnline', 'digitised', 'electronicResult', 'complaint']),
        rows: [['HS001', '1.001193', 'Ủy ban nhân dân xã …', '02/01/2026', '05/01/2026', '04/01/2026', 'Trực tuyến', 'Không', 'Có', 'Có', 'Không']],
      },
    },
    {
      file: 'indicators.csv',
      table: {
        headers: ['Tỉnh', 'Năm', 'Chỉ tiêu', 'Giá trị', 'Ghi chú'],
        rows: [['Lào Cai', 2017, 'Ứng dụng phần mềm nguồn mở', '5,61', 'Ví dụ (KH 332/KH-UBND, III.3.1): thay bằng số liệu của tỉnh']],
      },
    },
  ];
}
