import type { Finding } from '@egov/core';
import { checkRecordsTable } from '../tables/records-table';
import { isRecordsTable, missingRecordColumns } from '../tables/record-columns';
import { defineTableKind, type FileKind } from './file-kind';

/**
 * A table of application records (hồ sơ): cells that cannot be read and records that cannot be valid (a
 * date settled before the date received, …), at their rows. No as-of date is assumed, so nothing is
 * judged overdue.
 *
 * @example
 * ```ts
 * recordsKind.id; // "records"
 * ```
 */
export const recordsKind: FileKind = defineTableKind<{ readonly rows: number }>({
  id: 'records',
  label: { vi: 'hồ sơ', en: 'application records' },
  detect: (table) =>
    isRecordsTable(table.headers) || {
      vi: `thiếu cột hồ sơ: ${missingRecordColumns(table.headers).join(', ')}`,
      en: `lacks record columns: ${missingRecordColumns(table.headers).join(', ')}`,
    },
  read: (table) => ({ value: { rows: table.rows.length }, findings: [] as Finding[] }),
  check: (_value, table, context) => checkRecordsTable(table, context.path),
  summarise: (value) => ({ rows: value.rows }),
});
