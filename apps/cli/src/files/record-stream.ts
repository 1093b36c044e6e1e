import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createFinding, type Finding } from '@egov/core';
import { createCsvParser, type CsvRecord } from '@egov/io';
import { createRecordRowReader, RecordAggregator, type InvalidRecordReason, type RecordRowReader } from '@egov/procedures';
import { missingRecordColumns, openEndedAsOf } from '@egov/documents';
import { UsageError } from '../context';

export { openEndedAsOf };


// Bytes read per chunk. All rows of a chunk are alive together; at 64 KiB they die young, while at
// 1 MiB they outlive young-generation collections and are copied to the old generation: on 1 million
// rows, 64 KiB took 6.9 s CPU and 124 MB peak RSS against 8.6 s and 260 MB (bench/RESULTS.md).
const readChunkBytes = 1 << 16;

/** An invalid record, with where it is. */
export interface RecordSample {
  readonly file: string;
  readonly row: number;
  readonly id?: string;
  /** Aggregator reasons (`invalid-received`, …), or the cells `recordsFromRows` could not read. */
  readonly reasons: readonly string[];
}

/** Progress of a run, for the progress bar. */
export interface RecordProgress {
  readonly rows: number;
  readonly bytes: number;
  /** Total bytes of all files, when known (not for stdin). */
  readonly totalBytes: number | undefined;
}

/** Options of {@link aggregateRecordFiles}. */
export interface AggregateRecordOptions {
  /** ISO date; when absent, records are judged as of no date: open records are never overdue. */
  readonly asOf?: string;
  /** Standard input, for the file `-`. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** Called after every chunk. */
  readonly onProgress?: (progress: RecordProgress) => void;
  /** How many invalid records to keep as samples (default 20). */
  readonly sampleSize?: number;
}

/** What {@link aggregateRecordFiles} read. */
export interface AggregatedRecords {
  readonly aggregator: RecordAggregator;
  /** Data rows read (header excluded). */
  readonly rows: number;
  /** Valid records counted. */
  readonly valid: number;
  /** Invalid records: rows `recordsFromRows` rejected plus records the aggregator rejected. */
  readonly invalid: { readonly count: number; readonly byReason: Readonly<Record<string, number>>; readonly samples: readonly RecordSample[] };
  /** Latest date received or settled among valid records (ISO), if any. */
  readonly latestDate: string | undefined;
  /** Findings of reading the files (encoding, limits: errors that stop a file), and of unreadable cells (sampled). */
  readonly findings: readonly Finding[];
  /** Whether a file could not be read (exit code 2). */
  readonly unreadable: boolean;
}

/**
 * Streams record tables (CSV files, or `-` for stdin) into a `RecordAggregator`: chunks of bytes from
 * `createReadStream` → `@egov/io`'s incremental `createCsvParser` → `createRecordRowReader` (columns resolved
 * once, each row read by position) → `aggregator.push`. Only the current chunk's rows are held, so memory stays flat whatever the
 * file size. Invalid records are counted and sampled with their reasons, never thrown.
 *
 * Without `asOf`, records are aggregated as of {@link openEndedAsOf} with the due date of still-open
 * records left out, so no open record is counted overdue (nobody said at which date to judge them); the
 * caller reports the latest date seen instead. The clock is never read.
 *
 * @param files - Paths, `-` for stdin.
 * @param options - As-of date, stdin, progress callback, sample size.
 * @returns The aggregator and the counts.
 * @throws {UsageError} when a file lacks a required column, or `asOf` is not a date.
 * @example
 * ```ts
 * const { aggregator } = await aggregateRecordFiles(['ho-so.csv'], { asOf: '2024-06-30' });
 * aggregator.totals().onTimeShare;
 * ```
 */
export async function aggregateRecordFiles(files: readonly string[], options: AggregateRecordOptions = {}): Promise<AggregatedRecords> {
  const sampleSize = options.sampleSize ?? 20;
  let aggregator: RecordAggregator;
  try {
    aggregator = new RecordAggregator({ asOf: options.asOf ?? openEndedAsOf, sampleSize });
  } catch {
    throw new UsageError(`--as-of must be a date YYYY-MM-DD, found "${options.asOf ?? ''}"`);
  }
  const judgeOpen = options.asOf !== undefined;
  const sizes = await Promise.all(files.map(async (file) => (file === '-' ? undefined : (await stat(file).catch(() => undefined))?.size)));
  const known = sizes.filter((size) => size !== undefined);
  const totalBytes = known.length === sizes.length ? known.reduce((sum, size) => sum + size, 0) : undefined;
  const findings: Finding[] = [];
  const samples: RecordSample[] = [];
  const byReason: Record<string, number> = {};
  let rows = 0;
  let bytes = 0;
  let valid = 0;
  let invalid = 0;
  let latestDate: string | undefined;
  let unreadable = false;
  let cellFindings = 0;

  for (const file of files) {
    const parser = createCsvParser({ file: file === '-' ? 'stdin' : file });
    let reader: RecordRowReader | undefined;
    // Findings of one row; rows are read one by one, so one small array is reused.
    const rowFindings: Finding[] = [];
    const report = (finding: Finding): void => {
      rowFindings.push(finding);
    };
    const consume = (records: readonly CsvRecord[]): void => {
      let start = 0;
      if (reader === undefined) {
        const first = records[0];
        if (first === undefined) return;
        const headers = first.fields.map((field) => field.trim());
        const missing = missingRecordColumns(headers);
        if (missing.length > 0) {
          throw new UsageError(`${file}: not a table of records: no column ${missing.map((m) => `"${m}"`).join(', ')} (found ${headers.map((h) => `"${h}"`).join(', ')})`);
        }
        // Columns are resolved once; each row is then read by position (no object per row).
        reader = createRecordRowReader(headers, { file });
        start = 1;
      }
      for (let i = start; i < records.length; i += 1) {
        const csvRecord = records[i];
        if (csvRecord === undefined) continue;
        const row = csvRecord.row;
        const outcome = reader.read(csvRecord.fields, rows, row, report);
        rows += 1;
        if (rowFindings.length > 0) {
          for (const finding of rowFindings) {
            if (finding.ruleId !== 'procedures/invalid-record' && cellFindings < sampleSize) {
              cellFindings += 1;
              findings.push(finding);
            }
          }
          rowFindings.length = 0;
        }
        if (outcome.kind === 'blank') continue;
        if (outcome.kind === 'rejected') {
          invalid += 1;
          byReason['unreadable-row'] = (byReason['unreadable-row'] ?? 0) + 1;
          if (samples.length < sampleSize) samples.push({ file, row, reasons: outcome.problems });
          continue;
        }
        const record = outcome.record;
        const pushed =
          judgeOpen || record.finished !== undefined || record.due === undefined || record.due < record.received
            ? record
            : { ...record, due: undefined };
        if (aggregator.push(pushed)) {
          valid += 1;
          const last = record.finished ?? record.received;
          if (latestDate === undefined || last > latestDate) latestDate = last;
        } else {
          invalid += 1;
          const sample = samples.length < sampleSize ? aggregator.invalid().samples.at(-1) : undefined;
          if (sample !== undefined) samples.push({ file, row, ...(sample.id === undefined ? {} : { id: sample.id }), reasons: sample.reasons });
        }
      }
    };
    const input: AsyncIterable<Uint8Array | string> | undefined = file === '-' ? options.stdin : createReadStream(file, { highWaterMark: readChunkBytes });
    if (input === undefined) throw new UsageError('no standard input to read "-" from');
    try {
      for await (const chunk of input) {
        bytes += typeof chunk === 'string' ? chunk.length : chunk.byteLength;
        consume(parser.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk));
        options.onProgress?.({ rows, bytes, totalBytes });
        if (parser.failed) break;
      }
      if (!parser.failed) consume(parser.end());
    } catch (error) {
      if (error instanceof UsageError) throw error;
      unreadable = true;
      const reason = error instanceof Error ? error.message : String(error);
      findings.push(
        createFinding({
          ruleId: 'cli/unreadable-file',
          severity: 'error',
          message: { vi: `Không đọc được tệp: ${reason}`, en: `Cannot read the file: ${reason}` },
          location: { file },
        }),
      );
      continue;
    }
    if (parser.failed) unreadable = true;
    for (const finding of parser.findings) findings.push(finding);
    if (reader === undefined && !parser.failed) throw new UsageError(`${file}: empty, no header row`);
  }
  for (const [reason, count] of Object.entries(aggregator.invalid().byReason) as [InvalidRecordReason, number][]) byReason[reason] = count;
  return { aggregator, rows, valid, invalid: { count: invalid, byReason, samples }, latestDate, findings, unreadable };
}
