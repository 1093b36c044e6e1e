import type { Finding } from '@egov/core';
import type { CellValue } from '../cell-value';
import { columnLetter } from '../column-letter';
import { ioFinding, locationOf } from '../io-finding';
import { ioRules } from '../io-rules';
import { failRead, toReadResult, type ReadResult } from '../read-result';
import type { Table } from '../table';

/** Options of {@link tableFromRecords}. */
export interface TableFromRecordsOptions {
  /** File name for the table and findings. */
  readonly file?: string;
  /** JSON pointer of the array inside the document, for finding paths (default `""`). */
  readonly path?: string;
}

/**
 * Turns an array of flat objects (JSON or YAML records) into a {@link Table}, so the same domain
 * `fromRows` reads CSV, XLSX, JSON and YAML. Headers are the keys in order of first appearance; `null`
 * and missing keys become `""`; strings, numbers and booleans are kept; nested values are written as
 * JSON text with an `io/nested-value` warning. Rows are numbered 1, 2, … by record (the header row is 0).
 *
 * @param value - A parsed document, expected to be an array of objects.
 * @param options - File name and JSON pointer for findings.
 * @returns The table, or an `io/not-records` failure.
 * @example
 * ```ts
 * const table = tableFromRecords([{ STT: 1, 'Tên thủ tục hành chính': 'Cấp phép hợp báo' }]);
 * table.ok && table.value.headers; // ['STT', 'Tên thủ tục hành chính']
 * ```
 */
export function tableFromRecords(value: unknown, options: TableFromRecordsOptions = {}): ReadResult<Table> {
  const { file } = options;
  const base = options.path ?? '';
  if (!Array.isArray(value) || !value.every(isPlainObject)) {
    return failRead(
      ioFinding({
        ruleId: ioRules.notRecords,
        severity: 'error',
        vi: 'Dữ liệu phải là một danh sách các bản ghi (mảng đối tượng)',
        en: 'The data must be a list of records (an array of objects)',
        location: locationOf(file),
        path: base,
      }),
    );
  }
  const records = value;
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    for (const key of Object.keys(record)) {
      if (!seen.has(key)) {
        seen.add(key);
        headers.push(key);
      }
    }
  }
  const findings: Finding[] = [];
  const rows = records.map((record, index) => ({
    row: index + 1,
    values: headers.map((header, c): CellValue => {
      const cell = record[header];
      if (cell === null || cell === undefined) return '';
      if (typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean') return cell;
      findings.push(
        ioFinding({
          ruleId: ioRules.nestedValue,
          severity: 'warning',
          vi: `Giá trị lồng nhau ở "${header}" được ghi thành văn bản JSON`,
          en: `Nested value in "${header}" is kept as JSON text`,
          location: locationOf(file, undefined, index + 1, columnLetter(c)),
          path: `${base}/${String(index)}/${header.replaceAll('~', '~0').replaceAll('/', '~1')}`,
        }),
      );
      return JSON.stringify(cell);
    }),
  }));
  return toReadResult(
    {
      ...(file === undefined ? {} : { file }),
      headerRow: 0,
      headers,
      columns: headers.map((header, index) => ({ index, letter: columnLetter(index), header })),
      rows,
    },
    findings,
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
