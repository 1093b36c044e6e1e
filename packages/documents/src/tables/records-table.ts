import { createFinding, parseJsonPointer, type Finding } from '@egov/core';
import { RecordAggregator, recordsFromRows } from '@egov/procedures';
import { locateFindings, tableRecords, type Table } from '@egov/io';

/**
 * The as-of date of a records check that judges nothing overdue: no record is due after it, and nobody
 * said at which date to judge still-open records.
 *
 * @example
 * ```ts
 * new RecordAggregator({ asOf: openEndedAsOf });
 * ```
 */
export const openEndedAsOf = '9999-12-31';

/**
 * Checks a table of application records already read in memory (`egov check`; `egov records stats`
 * streams instead): cells `recordsFromRows` cannot read, and records the aggregator rejects (a due or
 * settled date before the date received, …), each at the user's row. No as-of date is assumed, so nothing
 * is judged overdue here.
 *
 * @param table - A records table.
 * @param file - The file name to show.
 * @returns The findings (an invalid record is an error).
 * @example
 * ```ts
 * checkRecordsTable(table, 'ho-so.csv'); // [] when every record is valid
 * ```
 */
export function checkRecordsTable(table: Table, file: string): Finding[] {
  const records = tableRecords(table);
  const read = recordsFromRows(
    records.map((record) => record.cells),
    { file, maxFindings: 200 },
  );
  const rowOf = (index: number): number | undefined => records[index]?.position.row;
  const findings: Finding[] = read.findings.map((finding) => {
    const row = rowOf(Number(parseJsonPointer(finding.path)[0]));
    return row === undefined ? finding : { ...finding, location: { ...finding.location, row } };
  });
  const rejected = new Set(read.findings.filter((finding) => finding.ruleId === 'procedures/invalid-record').map((finding) => Number(parseJsonPointer(finding.path)[0])));
  const validRows = records
    .map((record, index) => ({ index, empty: Object.values(record.cells).every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === '')) }))
    .filter((entry) => !entry.empty && !rejected.has(entry.index))
    .map((entry) => rowOf(entry.index));
  const aggregator = new RecordAggregator({ asOf: openEndedAsOf, sampleSize: 200 });
  read.records.forEach((record) => aggregator.push(record));
  for (const sample of aggregator.invalid().samples) {
    const row = validRows[sample.index];
    findings.push(
      createFinding({
        ruleId: 'cli/invalid-record',
        severity: 'error',
        message: {
          vi: `Hồ sơ${sample.id === undefined ? '' : ` ${sample.id}`} không hợp lệ: ${sample.reasons.join('; ')}`,
          en: `Invalid record${sample.id === undefined ? '' : ` ${sample.id}`}: ${sample.reasons.join('; ')}`,
        },
        location: row === undefined ? { file } : { file, row },
        data: { reasons: sample.reasons },
      }),
    );
  }
  return locateFindings(findings, table);
}
