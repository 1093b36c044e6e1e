import { performance } from 'node:perf_hooks';
import { createFinding, hasErrors, sortFindings, type Finding } from '@egov/core';
import { procedureLookup, scoreUnit, scoreUnits, scoringInputs, type Procedure, type RecordDimension, type RecordPeriod, type RecordStats, type UnitScore } from '@egov/procedures';
import { catalogueFromTable, isCatalogueTable, ratioText } from '../files/procedure-table';
import { readInput } from '../files/read-input';
import { aggregateRecordFiles, type AggregatedRecords } from '../files/record-stream';
import { UsageError, type CommandContext } from '../context';
import { formatFindingsReport } from '../output/print-findings';
import { formatTable } from '../output/format-table';
import { createProgressBar } from '../output/progress';
import { printInputFindings, writeSarif } from '../output/sarif';
import { dayOption } from '../files/day-option';

/** Options of `egov records stats`. */
export interface RecordsStatsOptions {
  /** `agency`, `procedure`, `field`, `tier`, `level` or `class` (the last four need `--catalogue`). */
  readonly groupBy?: string;
  /** `month`, `quarter`, `year` (default: all together). */
  readonly period?: string;
  /** ISO date at which open records are judged overdue. */
  readonly asOf?: string;
  /** Decision 766/QĐ-TTg scoring. */
  readonly score?: boolean;
  /** A catalogue table, for grouping by field, tier, level or class and for the procedures-online score. */
  readonly catalogue?: string;
}

const dimensions: readonly RecordDimension[] = ['agency', 'procedure', 'field', 'tier', 'level', 'class'];
const periods: readonly RecordPeriod[] = ['month', 'quarter', 'year'];

async function loadCatalogueOption(context: CommandContext, file: string): Promise<{ procedures: readonly Procedure[]; findings: readonly Finding[] } | undefined> {
  const input = await readInput(file);
  if (input.format === 'unreadable') {
    printInputFindings(context, [{ file, findings: input.findings }], 2);
    return undefined;
  }
  if (input.format !== 'table' || !isCatalogueTable(input.table.headers)) throw new UsageError(`--catalogue ${file} is not a procedure catalogue table`);
  return catalogueFromTable(input.table, file);
}

// The aggregator's reasons in words; cells recordsFromRows could not read are quoted as they are.
const reasonWords: Readonly<Record<string, { vi: string; en: string }>> = {
  'missing-procedure-code': { vi: 'thiếu mã thủ tục', en: 'no procedure code' },
  'missing-agency': { vi: 'thiếu cơ quan', en: 'no agency' },
  'invalid-received': { vi: 'ngày tiếp nhận sai', en: 'invalid date received' },
  'invalid-due': { vi: 'ngày hẹn trả sai', en: 'invalid due date' },
  'invalid-finished': { vi: 'ngày hoàn thành sai', en: 'invalid date settled' },
  'invalid-channel': { vi: 'kênh nộp sai', en: 'invalid channel' },
  'invalid-flag': { vi: 'giá trị có/không sai', en: 'invalid yes/no value' },
  'due-before-received': { vi: 'ngày hẹn trả trước ngày tiếp nhận', en: 'due before received' },
  'finished-before-received': { vi: 'hoàn thành trước ngày tiếp nhận', en: 'settled before received' },
  'received-after-as-of': { vi: 'tiếp nhận sau ngày --as-of', en: 'received after --as-of' },
  'finished-after-as-of': { vi: 'hoàn thành sau ngày --as-of', en: 'settled after --as-of' },
};

function sampleFindings(result: AggregatedRecords): Finding[] {
  const words = (reasons: readonly string[], lang: 'vi' | 'en') => reasons.map((reason) => reasonWords[reason]?.[lang] ?? reason).join('; ');
  return result.invalid.samples.map((sample) =>
    createFinding({
      ruleId: 'cli/invalid-record',
      severity: 'error',
      message: {
        vi: `Hồ sơ${sample.id === undefined ? '' : ` ${sample.id}`} không hợp lệ, không được tính: ${words(sample.reasons, 'vi')}`,
        en: `Invalid record${sample.id === undefined ? '' : ` ${sample.id}`}, not counted: ${words(sample.reasons, 'en')}`,
      },
      location: { file: sample.file, row: sample.row },
      data: { reasons: sample.reasons },
    }),
  );
}

/**
 * `egov records stats <csv…>`: statistics of application records (hồ sơ) read as a stream, so files of
 * any size (and stdin, `-`) keep memory flat: received, filed online, on time, overdue, open, online
 * payment, digitised, average processing days, grouped (`--group-by`) and by period (`--period`); with
 * `--score`, the Decision 766/QĐ-TTg score (always an estimate). A progress bar with rate and ETA is
 * drawn on stderr only when it is a terminal.
 *
 * Without `--as-of`, open records are not judged overdue (the clock is never read): the output says so
 * and shows the latest date in the data.
 *
 * @returns 0, 1 when some records are invalid (counted, sampled with reasons), 2 when a file is unreadable.
 * @throws {UsageError} for bad options, a missing column, grouping by field/tier without `--catalogue`.
 * @example
 * ```ts
 * await recordsStatsCommand(context, ['ho-so.csv'], { groupBy: 'agency', period: 'quarter', asOf: '2024-06-30' });
 * ```
 */
export async function recordsStatsCommand(context: CommandContext, files: readonly string[], options: RecordsStatsOptions): Promise<number> {
  const by = options.groupBy === undefined ? [] : options.groupBy.split(',').map((d) => d.trim());
  for (const dimension of by) {
    if (!dimensions.includes(dimension as RecordDimension)) throw new UsageError(`--group-by must be one of ${dimensions.join(', ')}, found "${dimension}"`);
  }
  const period = options.period ?? 'all';
  if (period !== 'all' && !periods.includes(period as RecordPeriod)) throw new UsageError(`--period must be month, quarter or year, found "${period}"`);
  if (options.asOf !== undefined) dayOption(options.asOf, '--as-of');
  const needsLookup = by.some((d) => d !== 'agency' && d !== 'procedure');
  if (needsLookup && options.catalogue === undefined) throw new UsageError(`--group-by ${by.join(',')} needs --catalogue <file> (the procedures' field, tier, level and class)`);
  if (files.filter((file) => file === '-').length > 1) throw new UsageError('stdin ("-") can be read once');
  const catalogue = options.catalogue === undefined ? undefined : await loadCatalogueOption(context, options.catalogue);
  if (options.catalogue !== undefined && catalogue === undefined) return 2;

  const bar = createProgressBar(context.terminal, context.lang, () => performance.now());
  let result: AggregatedRecords;
  try {
    result = await aggregateRecordFiles(files, {
      ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
      ...(context.io.stdin === undefined ? {} : { stdin: context.io.stdin }),
      onProgress: bar.update,
    });
  } finally {
    bar.done();
  }
  const { aggregator } = result;
  const lookup = catalogue === undefined ? undefined : procedureLookup(catalogue.procedures);
  const groups = aggregator.results({ by: by as RecordDimension[], period: period as RecordPeriod, ...(lookup === undefined ? {} : { lookup }) });
  const totals = aggregator.totals();
  const findings = sortFindings([...(catalogue?.findings ?? []), ...result.findings, ...sampleFindings(result)]);
  const code = result.unreadable ? 2 : result.invalid.count > 0 || hasErrors(findings) ? 1 : 0;
  const inputsOf = (stats: RecordStats) =>
    scoringInputs({ records: stats, ...(catalogue === undefined ? {} : { procedures: catalogue.procedures }) });
  const score: UnitScore | undefined = options.score === true ? scoreUnit(inputsOf(totals)) : undefined;
  const agencyScores =
    options.score === true && by.length === 1 && by[0] === 'agency' && period === 'all'
      ? scoreUnits(groups.map((group) => ({ unit: group.group.agency ?? '', inputs: scoringInputs({ records: group.stats }) })))
      : undefined;
  const asOfNote = options.asOf === undefined;

  if (context.format === 'sarif') return writeSarif(context, [{ file: files.join(', '), findings }], code);
  if (context.format !== 'text') {
    context.io.stdout(
      JSON.stringify(
        {
          files,
          asOf: options.asOf ?? null,
          openRecordsJudged: !asOfNote,
          latestDate: result.latestDate ?? null,
          rows: result.rows,
          valid: result.valid,
          invalid: result.invalid,
          totals: asOfNote ? { ...totals, openOverdue: null } : totals,
          groupBy: by,
          period,
          groups,
          ...(score === undefined ? {} : { score }),
          ...(agencyScores === undefined ? {} : { agencyScores }),
          findings,
        },
        null,
        2,
      ) + '\n',
    );
    return code;
  }

  const vi = context.lang === 'vi';
  const lang = context.lang;
  const days = (stats: RecordStats) => (stats.averageProcessingDays.value === undefined ? '—' : stats.averageProcessingDays.value.toFixed(1).replace('.', vi ? ',' : '.'));
  context.say(
    context.style.bold(files.join(', ')) +
      context.style.dim(
        vi
          ? ` (${String(result.rows)} dòng: ${String(result.valid)} hồ sơ hợp lệ, ${String(result.invalid.count)} không hợp lệ)`
          : ` (${String(result.rows)} rows: ${String(result.valid)} valid records, ${String(result.invalid.count)} invalid)`,
      ),
  );
  context.say(
    asOfNote
      ? vi
        ? `Không có --as-of: hồ sơ đang giải quyết không được xét quá hạn. Ngày muộn nhất trong dữ liệu: ${result.latestDate ?? '—'}.`
        : `No --as-of: open records are not judged overdue. Latest date in the data: ${result.latestDate ?? '—'}.`
      : `${vi ? 'Tính đến ngày' : 'As of'} ${options.asOf ?? ''}`,
  );
  context.say('');
  const header = [
    ...by.map((d) => ({ agency: vi ? 'Cơ quan' : 'Agency', procedure: vi ? 'Mã thủ tục' : 'Procedure', field: vi ? 'Lĩnh vực' : 'Field', tier: vi ? 'Cấp' : 'Tier', level: vi ? 'Mức độ' : 'Level', class: vi ? 'Loại' : 'Class' })[d as RecordDimension]),
    ...(period === 'all' ? [] : [vi ? 'Kỳ' : 'Period']),
    vi ? 'Tiếp nhận' : 'Received',
    vi ? 'Trực tuyến' : 'Online',
    vi ? 'Đúng hạn' : 'On time',
    vi ? 'Quá hạn' : 'Overdue',
    vi ? 'Đang giải quyết' : 'Open',
    vi ? 'TT trực tuyến' : 'Paid online',
    vi ? 'Số hóa' : 'Digitised',
    vi ? 'Ngày xử lý TB' : 'Avg days',
  ];
  const line = (stats: RecordStats) => [
    String(stats.received),
    ratioText(stats.onlineShare, lang),
    ratioText(stats.onTimeShare, lang),
    ratioText(stats.overdueShare, lang),
    String(stats.open),
    ratioText(stats.onlinePaymentShare, lang),
    ratioText(stats.digitisationShare, lang),
    days(stats),
  ];
  const rows = groups.map((group) => [...by.map((d) => (group.group[d as RecordDimension] ?? '').replace(/^$/, vi ? '(không rõ)' : '(unknown)')), ...(period === 'all' ? [] : [group.period]), ...line(group.stats)]);
  if (by.length > 0 || period !== 'all') rows.push([vi ? 'Tổng' : 'Total', ...Array<string>(by.length + (period === 'all' ? 0 : 1) - 1).fill(''), ...line(totals)]);
  // Nothing read (an unreadable file): the findings say why, an empty table would say nothing.
  if (result.rows > 0) context.say(formatTable(header, rows));
  if (score !== undefined) {
    context.say('');
    const points = (value: number) => (vi ? value.toFixed(2).replace('.', ',') : value.toFixed(2));
    context.say(
      context.style.bold(
        vi
          ? `Điểm theo Quyết định 766/QĐ-TTg: ${points(score.total)}/${String(score.maximum)} (ước tính, không phải điểm chính thức)`
          : `Decision 766/QĐ-TTg score: ${points(score.total)}/${String(score.maximum)} (estimate, not an official score)`,
      ),
    );
    context.say(formatTable([vi ? 'Nhóm' : 'Group', vi ? 'Điểm' : 'Score', vi ? 'Tối đa' : 'Maximum'], score.groups.map((group) => [group.name[lang], points(group.score), String(group.points)])));
    if (score.missing.length > 0) {
      context.say(context.style.dim(`${vi ? 'Thiếu số liệu (tính 0 điểm)' : 'No data (0 points)'}: ${[...new Set(score.missing)].join(', ')}`));
    }
    if (agencyScores !== undefined) {
      context.say('');
      context.say(formatTable([vi ? 'Hạng' : 'Rank', vi ? 'Cơ quan' : 'Agency', vi ? 'Điểm' : 'Score'], agencyScores.map((entry) => [String(entry.rank), entry.unit, points(entry.score.total)])));
    }
  }
  if (result.invalid.count > 0) {
    context.say('');
    const reasons = Object.entries(result.invalid.byReason).map(([reason, count]) => `${reason}: ${String(count)}`);
    context.say(`${vi ? 'Hồ sơ không hợp lệ' : 'Invalid records'}: ${String(result.invalid.count)} (${reasons.join(', ')})`);
  }
  const shown = context.quiet ? findings.filter((finding) => finding.severity === 'error') : findings;
  if (shown.length > 0) {
    context.say('');
    const byFile = [...new Set(shown.map((finding) => finding.location?.file ?? ''))];
    context.io.stdout(formatFindingsReport(byFile.map((file) => ({ file, findings: shown.filter((finding) => (finding.location?.file ?? '') === file) })), lang, context.style));
  }
  return code;
}
