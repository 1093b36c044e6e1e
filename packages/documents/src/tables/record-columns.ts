import { foldKey } from '@egov/core';
import { recordColumnAliases, type RecordColumn } from '@egov/procedures';

const requiredColumns: readonly RecordColumn[] = ['procedureCode', 'agency', 'received', 'channel'];

/**
 * Whether a table is a table of application records (hồ sơ): it has the four columns
 * `recordsFromRows` requires (procedure code, agency, date received, channel), by any of their aliases.
 *
 * @param headers - The table's headers.
 * @returns `true` for `Mã hồ sơ, Mã thủ tục, Cơ quan, Ngày tiếp nhận, …, Kênh nộp`.
 * @example
 * ```ts
 * isRecordsTable(['Mã thủ tục', 'Cơ quan', 'Ngày tiếp nhận', 'Kênh nộp']); // true
 * ```
 */
export function isRecordsTable(headers: readonly string[]): boolean {
  return missingRecordColumns(headers).length === 0;
}

/**
 * The required record columns a header row lacks, by their first (Vietnamese) alias.
 *
 * @param headers - The header row.
 * @returns Missing columns, e.g. `["Kênh nộp"]`.
 * @example
 * ```ts
 * missingRecordColumns(['Mã thủ tục', 'Cơ quan', 'Ngày tiếp nhận']); // ["Kênh nộp"]
 * ```
 */
export function missingRecordColumns(headers: readonly string[]): string[] {
  const folded = new Set(headers.map(foldKey));
  return requiredColumns
    .filter((field) => !recordColumnAliases[field].some((alias) => folded.has(foldKey(alias))))
    .map((field) => recordColumnAliases[field][0] ?? field);
}
