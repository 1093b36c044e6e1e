import { Amount, amountToWords, amountUnitNames, formatAmount } from '@egov/budget';
import { countFindings, formatFindingCounts, severityLabel, type Finding, type Language } from '@egov/core';
import { describeRankChange } from '@egov/ictindex';
import { atLeastLevel, type ProcedureCounts } from '@egov/procedures';
import { skippedLines } from '../files/check-files';
import { ratioText } from '../files/procedure-table';
import { budgetKeyNames } from '../output/budget-key-names';
import { findingPlace, isLinePlace } from '../output/finding-place';
import type { ReportBudget, ReportData, ReportProcedures, ReportRanks, ReportRecords, ReportRoadmap } from './report-data';
import type { Report, ReportChart, ReportColumn, ReportColumnFormat, ReportFindingLine, ReportSection, ReportTable } from './report-model';

const classNames = {
  full: { vi: 'Toàn trình', en: 'Full online' },
  partial: { vi: 'Một phần', en: 'Partial online' },
  none: { vi: 'Không phải DVCTT', en: 'Not online' },
} as const;

/** Builds tables, charts and sections in one language; ids stay unique when a folder has two of a kind. */
class Builder {
  private readonly ids = new Set<string>();

  constructor(readonly lang: Language) {}

  t(vi: string, en: string): string {
    return this.lang === 'vi' ? vi : en;
  }

  id(base: string): string {
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${String(n)}`;
    this.ids.add(id);
    return id;
  }

  table(id: string, title: string, columns: readonly (readonly [string, ReportColumnFormat])[], rows: ReportTable['rows']): ReportTable {
    return { id: this.id(id), title, columns: columns.map(([header, format]): ReportColumn => ({ header, format })), rows };
  }
}

/** The last segment of a folder path, whatever the separator. */
function folderName(folder: string): string {
  return folder.split(/[\\/]/).filter((part) => part !== '').at(-1) ?? folder;
}

function findingLine(finding: Finding, lang: Language): ReportFindingLine {
  return { severity: finding.severity, place: isLinePlace(finding) && finding.path !== '' ? `${findingPlace(finding)} ${finding.path}` : findingPlace(finding), message: finding.message[lang], ruleId: finding.ruleId };
}

function overviewSection(b: Builder, data: ReportData): ReportSection | undefined {
  if (data.documents.length === 0) return undefined;
  const rows = data.documents.map((document) => [
    [document.kind, document.number].filter((part) => part !== undefined).join(' '),
    document.date ?? null,
    document.issuer ?? null,
    document.title ?? null,
    document.file,
  ]);
  return {
    id: 'documents',
    title: b.t('Văn bản', 'Documents'),
    paragraphs: data.province === undefined ? [] : [`${b.t('Tỉnh', 'Province')}: ${data.province}`],
    charts: [],
    tables: [
      b.table(
        'documents',
        b.t('Văn bản', 'Documents'),
        [
          [b.t('Văn bản', 'Document'), 'text'],
          [b.t('Ngày', 'Date'), 'text'],
          [b.t('Cơ quan ban hành', 'Issuer'), 'text'],
          [b.t('Trích yếu', 'Title'), 'text'],
          [b.t('Tệp', 'File'), 'text'],
        ],
        rows,
      ),
    ],
  };
}

function findingsSection(b: Builder, data: ReportData): ReportSection {
  const lang = b.lang;
  const byFile = data.files.map((file) => {
    const counts = countFindings(file.findings);
    return [file.file, file.kind?.[lang] ?? b.t('không đọc được', 'unreadable'), counts.error, counts.warning, counts.info];
  });
  const lines = data.files.flatMap((file) => file.findings.map((finding) => ({ file: file.file, line: findingLine(finding, lang) })));
  const tables: ReportTable[] = [];
  if (byFile.length > 0) {
    tables.push(
      b.table(
        'findings-by-file',
        b.t('Kết quả kiểm tra theo tệp', 'Findings by file'),
        [
          [b.t('Tệp', 'File'), 'text'],
          [b.t('Loại', 'Kind'), 'text'],
          [b.t('Lỗi', 'Errors'), 'integer'],
          [b.t('Cảnh báo', 'Warnings'), 'integer'],
          [b.t('Thông tin', 'Info'), 'integer'],
        ],
        byFile,
      ),
    );
  }
  if (lines.length > 0) {
    tables.push(
      b.table(
        'findings',
        b.t('Các vấn đề', 'Findings'),
        [
          [b.t('Tệp', 'File'), 'text'],
          [b.t('Vị trí', 'Place'), 'text'],
          [b.t('Mức', 'Severity'), 'text'],
          [b.t('Nội dung', 'Message'), 'text'],
          [b.t('Luật', 'Rule'), 'text'],
        ],
        lines.map(({ file, line }) => [file, line.place, severityLabel(line.severity, lang), line.message, line.ruleId]),
      ),
    );
  }
  const paragraphs = [summaryOf(data, lang)];
  paragraphs.push(...skippedLines(data.skipped, data.attached, lang));
  return { id: 'findings', title: b.t('Kiểm tra', 'Checks'), paragraphs, charts: [], tables };
}

function summaryOf(data: ReportData, lang: Language): string {
  const counts = countFindings(data.files.flatMap((file) => file.findings));
  const files = data.files.length;
  if (files === 0) {
    // Only files of no known kind (tables kept beside a plan): nothing was validated, which "0 files: 0 errors" would hide.
    const read = data.skipped.length;
    return lang === 'vi'
      ? `Không có tệp thuộc loại egov kiểm tra được (lộ trình, kinh phí, danh mục thủ tục, hồ sơ); đã đọc ${String(read)} tệp khác`
      : `No file of a kind egov checks (roadmap, budget, procedure catalogue, records); ${String(read)} other file${read === 1 ? '' : 's'} read`;
  }
  return lang === 'vi'
    ? `${String(files)} tệp được kiểm tra: ${formatFindingCounts(counts, 'vi')}`
    : `${String(files)} file${files === 1 ? '' : 's'} checked: ${formatFindingCounts(counts, 'en')}`;
}

function roadmapSection(b: Builder, roadmap: ReportRoadmap): ReportSection {
  const { projection } = roadmap;
  const level = (n: number) => `${b.t('Mức', 'Level')} ${String(n)}`;
  const projectionTable = b.table(
    'roadmap-projection',
    b.t('Số dịch vụ theo mức độ cuối mỗi năm', 'Services per level at the end of each year'),
    [
      [b.t('Năm', 'Year'), 'text'],
      [level(1), 'integer'],
      [level(2), 'integer'],
      [level(3), 'integer'],
      [level(4), 'integer'],
      [b.t('Mức ≥ 3', 'Level ≥ 3'), 'integer'],
    ],
    projection.years.map((year, index) => {
      const counts = projection.distribution[index] ?? [0, 0, 0, 0];
      return [String(year), ...counts, projection.atLeastLevelThree[index] ?? 0];
    }),
  );
  const chart: ReportChart = {
    id: b.id('chart-roadmap'),
    title: b.t('Dịch vụ theo mức độ, từng năm', 'Services per level, year by year'),
    categories: projection.years.map(String),
    series: [1, 2, 3, 4].map((n, index) => ({ name: level(n), values: projection.distribution.map((counts) => counts[index] ?? 0) })),
    unit: b.t('dịch vụ', 'services'),
    tableId: projectionTable.id,
  };
  const lastIndex = projection.years.length - 1;
  const last = projection.years[lastIndex];
  const paragraphs = [
    `${b.t('Quyết định', 'Decision')} ${roadmap.decision} — ${roadmap.province} (${roadmap.file}): ${String(roadmap.entries.length)} ${b.t('mục trong lộ trình', 'roadmap entries')}.`,
  ];
  if (last !== undefined) {
    paragraphs.push(
      b.t(
        `Đến hết năm ${String(last)}: ${String(projection.atLeastLevelThree[lastIndex] ?? 0)} dịch vụ ở mức độ 3 trở lên.`,
        `By the end of ${String(last)}: ${String(projection.atLeastLevelThree[lastIndex] ?? 0)} services at level 3 or higher.`,
      ),
    );
  }
  const entries = b.table(
    'roadmap-entries',
    b.t('Các dịch vụ trong lộ trình', 'Roadmap entries'),
    [
      ['TT', 'text'],
      [b.t('Dịch vụ', 'Service'), 'text'],
      [b.t('Mức độ', 'Level'), 'text'],
      [b.t('Thời hạn', 'Due'), 'text'],
      [b.t('Giai đoạn', 'Phase'), 'text'],
      [b.t('Cơ quan chủ trì', 'Lead agency'), 'text'],
    ],
    roadmap.entries.map((entry) => [
      entry.id ?? null,
      entry.service,
      entry.targetLevel === undefined
        ? (entry.targetClass ?? null)
        : entry.fromLevel === undefined
          ? String(entry.targetLevel)
          : `${String(entry.fromLevel)} → ${String(entry.targetLevel)}`,
      entry.due,
      entry.phase ?? null,
      entry.leadAgency ?? null,
    ]),
  );
  const tables = [projectionTable, entries];
  const { budget } = roadmap;
  if (budget !== undefined) {
    const total = Amount.fromDong(BigInt(budget.total));
    paragraphs.push(
      b.t(
        `Kinh phí ghi trong lộ trình (${String(budget.lines)} khoản): ${formatAmount(total)} (${formatAmount(total, { style: 'compact' })}) — bằng chữ: ${amountToWords(total)}.`,
        `Budget stated in the roadmap (${String(budget.lines)} lines): ${formatAmount(total)} (${formatAmount(total, { style: 'compact' })}) — in words: ${amountToWords(total)}.`,
      ),
    );
    if (budget.unreadable > 0) {
      paragraphs.push(
        b.t(
          `${String(budget.unreadable)} khoản không đọc được số tiền nên không được cộng (xem phần Kiểm tra).`,
          `${String(budget.unreadable)} amounts could not be read and are not added (see Checks).`,
        ),
      );
    }
    tables.push(
      b.table(
        'roadmap-budget',
        b.t('Kinh phí trong lộ trình', 'Budget in the roadmap'),
        [
          [b.t('Khoản', 'Line'), 'text'],
          [b.t('Số dòng', 'Lines'), 'integer'],
          [b.t('Số dịch vụ', 'Services'), 'integer'],
          [b.t('Kinh phí (đồng)', 'Amount (đồng)'), 'dong'],
          [b.t('Rút gọn', 'Compact'), 'text'],
          [b.t('Bằng chữ', 'In words'), 'text'],
        ],
        budget.groups.map((group) => {
          const amount = Amount.fromDong(BigInt(group.dong));
          return [
            group.label === '' ? b.t('(không ghi)', '(not stated)') : group.label,
            group.lines,
            group.servicesCount ?? null,
            Number(group.dong),
            formatAmount(amount, { style: 'compact' }),
            amountToWords(amount),
          ];
        }),
      ),
    );
  }
  return { id: b.id('roadmap'), title: `${b.t('Lộ trình', 'Roadmap')} ${roadmap.decision}`, paragraphs, charts: [chart], tables };
}

function sourceLabel(b: Builder, key: string): string {
  if (key === '') return b.t('(không ghi nguồn)', '(source not stated)');
  return budgetKeyNames[key]?.[b.lang] ?? key;
}

function budgetSection(b: Builder, budget: ReportBudget): ReportSection {
  const total = Amount.fromDong(BigInt(budget.total));
  const compact = (dong: string) => formatAmount(Amount.fromDong(BigInt(dong)), { style: 'compact' });
  const dong = (text: string) => Number(text);
  const paragraphs = [
    b.t(
      `${budget.file} (đơn vị của bảng: ${amountUnitNames[budget.unit]}), ${String(budget.lines)} dòng.`,
      `${budget.file} (table unit: ${amountUnitNames[budget.unit]}), ${String(budget.lines)} lines.`,
    ),
    `${b.t('Tổng cộng', 'Total')}: ${formatAmount(total)} (${formatAmount(total, { style: 'compact' })}) — ${b.t('bằng chữ', 'in words')}: ${amountToWords(total)}.`,
  ];
  const byYear = b.table(
    'budget-by-year',
    b.t('Kinh phí theo năm', 'Budget by year'),
    [
      [b.t('Năm', 'Year'), 'text'],
      [b.t('Số khoản', 'Amounts'), 'integer'],
      [b.t('Kinh phí (đồng)', 'Amount (đồng)'), 'dong'],
      [b.t('Rút gọn', 'Compact'), 'text'],
      [b.t('Bằng chữ', 'In words'), 'text'],
    ],
    budget.byYear.map((group) => [group.key === '' ? b.t('(không ghi)', '(not stated)') : group.key, group.count, dong(group.dong), compact(group.dong), amountToWords(BigInt(group.dong))]),
  );
  const tables = [byYear];
  if (budget.bySource.some((group) => group.key !== '')) {
    tables.push(
      b.table(
        'budget-by-source',
        b.t('Kinh phí theo nguồn vốn', 'Budget by funding source'),
        [
          [b.t('Nguồn vốn', 'Funding source'), 'text'],
          [b.t('Số khoản', 'Amounts'), 'integer'],
          [b.t('Kinh phí (đồng)', 'Amount (đồng)'), 'dong'],
          [b.t('Rút gọn', 'Compact'), 'text'],
        ],
        budget.bySource.map((group) => [sourceLabel(b, group.key), group.count, dong(group.dong), compact(group.dong)]),
      ),
    );
  }
  if (budget.statedTotals.length > 0) {
    const withWords = budget.statedTotals.some((stated) => stated.words !== undefined);
    tables.push(
      b.table(
        'budget-stated-totals',
        b.t('Đối chiếu các tổng ghi trong văn bản', 'Stated totals reconciled'),
        [
          [b.t('Tổng', 'Total'), 'text'],
          [b.t('Cột', 'Column'), 'text'],
          [b.t('Ghi (đồng)', 'Stated (đồng)'), 'dong'],
          // Words only when the table prints some: an empty column would suggest they are missing.
          ...(withWords ? [[b.t('Ghi bằng chữ', 'Stated in words'), 'text'] as const] : []),
          [b.t('Cộng lại (đồng)', 'Computed (đồng)'), 'dong'],
          [b.t('Khớp', 'Matches'), 'text'],
        ],
        budget.statedTotals.map((stated) => [
          stated.label,
          stated.column === '' ? b.t('toàn bộ', 'all') : stated.column,
          stated.stated === undefined ? null : dong(stated.stated),
          ...(withWords ? [stated.words ?? null] : []),
          dong(stated.computed),
          stated.stated === undefined ? '—' : stated.stated === stated.computed ? b.t('có', 'yes') : b.t('không', 'no'),
        ]),
      ),
    );
  }
  const errors = budget.findings.filter((finding) => finding.severity !== 'info');
  paragraphs.push(
    budget.statedTotals.length === 0
      ? b.t('Bảng không ghi tổng nào để đối chiếu.', 'The table states no total to check.')
      : errors.length === 0
        ? b.t('Các tổng ghi trong bảng khớp với các khoản.', 'The totals the table states add up.')
        : b.t(`Đối chiếu: ${String(errors.length)} vấn đề (xem phần Kiểm tra).`, `Reconciliation: ${String(errors.length)} problems (see Checks).`),
  );
  const max = budget.byYear.reduce((largest, group) => Math.max(largest, Number(group.dong)), 0);
  const [scale, unit] = max >= 1e9 ? [1e9, b.t('tỷ đồng', 'billion đồng')] : [1e6, b.t('triệu đồng', 'million đồng')];
  const years = budget.byYear.map((group) => group.key);
  // A table that states no source has one series, named for what it is rather than "(source not stated)".
  const sources = [...new Set(budget.byYearAndSource.map((cell) => cell.source))].filter((source, _, all) => source !== '' || all.length > 1);
  const series =
    sources.length > 0
      ? sources.map((source) => ({
          name: sourceLabel(b, source),
          values: years.map((year) => Number(budget.byYearAndSource.find((cell) => cell.year === year && cell.source === source)?.dong ?? '0') / scale),
        }))
      : [{ name: b.t('Kinh phí', 'Budget'), values: budget.byYear.map((group) => Number(group.dong) / scale) }];
  const chart: ReportChart = {
    id: b.id('chart-budget'),
    title: sources.length > 0 ? b.t('Kinh phí theo năm và nguồn vốn', 'Budget by year and funding source') : b.t('Kinh phí theo năm', 'Budget by year'),
    categories: years,
    series,
    unit,
    tableId: byYear.id,
  };
  return { id: b.id('budget'), title: b.t('Kinh phí', 'Budget'), paragraphs, charts: [chart], tables };
}

function levelRows(b: Builder, counts: ProcedureCounts): (string | number)[][] {
  const share = (n: number) => ratioText({ numerator: n, denominator: counts.total }, b.lang);
  const rows: (string | number)[][] = ([4, 3, 2, 1] as const).map((level) => [`${b.t('Mức độ', 'Level')} ${String(level)}`, counts.byLevel[level], share(counts.byLevel[level])]);
  if (counts.levelUnknown > 0) rows.push([b.t('Không ghi mức độ', 'No level'), counts.levelUnknown, share(counts.levelUnknown)]);
  const atLeast = atLeastLevel(counts, 3).numerator;
  rows.push([b.t('Mức độ ≥ 3', 'Level ≥ 3'), atLeast, share(atLeast)]);
  return rows;
}

function proceduresSection(b: Builder, procedures: ReportProcedures): ReportSection {
  const { counts } = procedures;
  const lang = b.lang;
  const share = (n: number) => ratioText({ numerator: n, denominator: counts.total }, lang);
  // A catalogue of today states classes (Decree 42/2022), not levels: a table of zero levels says nothing.
  const withLevels = counts.levelUnknown < counts.total;
  const tables: ReportTable[] = [];
  if (withLevels) {
    tables.push(
      b.table(
        'procedures-levels',
        b.t('Thủ tục theo mức độ (NĐ 43/2011)', 'Procedures by level (Decree 43/2011)'),
        [
          [b.t('Mức độ', 'Level'), 'text'],
          [b.t('Số TTHC', 'Procedures'), 'integer'],
          [b.t('Tỷ lệ', 'Share'), 'text'],
        ],
        levelRows(b, counts),
      ),
    );
  }
  if (procedures.kind === 'catalogue') {
    const classRows: (string | number)[][] = (['full', 'partial', 'none'] as const).map((key) => [classNames[key][lang], counts.byClass[key], share(counts.byClass[key])]);
    if (counts.classUnknown > 0) classRows.push([b.t('Không rõ', 'Unknown'), counts.classUnknown, share(counts.classUnknown)]);
    tables.push(
      b.table(
        'procedures-classes',
        b.t('Thủ tục theo loại (NĐ 42/2022)', 'Procedures by class (Decree 42/2022)'),
        [
          [b.t('Loại', 'Class'), 'text'],
          [b.t('Số TTHC', 'Procedures'), 'integer'],
          [b.t('Tỷ lệ', 'Share'), 'text'],
        ],
        classRows,
      ),
    );
  }
  const charts: ReportChart[] = [];
  if (procedures.agencies.length > 0) {
    const agencyName = (agency: string | undefined) => agency ?? b.t('(không ghi)', '(not stated)');
    const byAgency = b.table(
      'procedures-by-agency',
      b.t('Thủ tục theo cơ quan chủ trì', 'Procedures by lead agency'),
      [
        [b.t('Cơ quan chủ trì', 'Lead agency'), 'text'],
        [b.t('Tổng', 'Total'), 'integer'],
        [b.t('MĐ4', 'L4'), 'integer'],
        [b.t('MĐ3', 'L3'), 'integer'],
        [b.t('MĐ2', 'L2'), 'integer'],
        [b.t('MĐ1', 'L1'), 'integer'],
        [b.t('Toàn trình', 'Full'), 'integer'],
        [b.t('Một phần', 'Partial'), 'integer'],
        [b.t('Không', 'None'), 'integer'],
      ],
      procedures.agencies.map(({ agency, counts: group }) => [
        agencyName(agency),
        group.total,
        group.byLevel[4],
        group.byLevel[3],
        group.byLevel[2],
        group.byLevel[1],
        group.byClass.full,
        group.byClass.partial,
        group.byClass.none,
      ]),
    );
    tables.push(byAgency);
    // Chart what the catalogue states: levels, or classes when it states none.
    const unknown = { name: b.t('Không rõ', 'Unknown'), values: procedures.agencies.map(({ counts: group }) => (withLevels ? group.levelUnknown : group.classUnknown)) };
    charts.push({
      id: b.id('chart-agencies'),
      title: withLevels ? b.t('Mức độ theo cơ quan chủ trì', 'Levels by lead agency') : b.t('Loại dịch vụ theo cơ quan chủ trì', 'Classes by lead agency'),
      categories: procedures.agencies.map(({ agency }) => agencyName(agency)),
      series: withLevels
        ? [
            ...([4, 3, 2, 1] as const).map((level) => ({ name: `${b.t('Mức độ', 'Level')} ${String(level)}`, values: procedures.agencies.map(({ counts: group }) => group.byLevel[level]) })),
            unknown,
          ]
        : [...(['full', 'partial', 'none'] as const).map((key) => ({ name: classNames[key][lang], values: procedures.agencies.map(({ counts: group }) => group.byClass[key]) })), unknown],
      unit: b.t('thủ tục', 'procedures'),
      tableId: byAgency.id,
    });
  }
  const atLeast = atLeastLevel(counts, 3);
  const paragraphs = [
    `${procedures.file}: ${String(counts.total)} ${b.t('thủ tục', 'procedures')}` +
      (withLevels
        ? `; ${b.t('mức độ 3 trở lên', 'level 3 or higher')}: ${ratioText(atLeast, lang)}.`
        : `; ${b.t('danh mục không ghi mức độ 1–4, chỉ ghi loại toàn trình/một phần', 'the catalogue states no level 1–4, only classes')}.`),
  ];
  return { id: b.id('procedures'), title: b.t('Thủ tục hành chính', 'Administrative procedures'), paragraphs, charts, tables };
}

function ranksSection(b: Builder, ranks: ReportRanks): ReportSection {
  const [a, c] = ranks.years;
  const sentence = (previous: number | null, current: number | null) =>
    previous === null || current === null
      ? b.t(`Không có thứ hạng năm ${String(previous === null ? a : c)}`, `No rank for ${String(previous === null ? a : c)}`)
      : describeRankChange({ previousYear: a, currentYear: c, previousRank: previous, currentRank: current }, { language: b.lang });
  const table = b.table(
    'ictindex-ranks',
    b.t(`Xếp hạng ICT-Index ${String(a)}–${String(c)}`, `ICT-Index ranks ${String(a)}–${String(c)}`),
    [
      [b.t('Chỉ số', 'Index'), 'text'],
      [`${b.t('Hạng', 'Rank')} ${String(a)}`, 'integer'],
      [`${b.t('Hạng', 'Rank')} ${String(c)}`, 'integer'],
      [b.t('Thay đổi', 'Change'), 'text'],
    ],
    ranks.changes.map((change) => [`${'  '.repeat(change.depth)}${change.node}`, change.previousRank, change.currentRank, sentence(change.previousRank, change.currentRank)]),
  );
  const overall = ranks.changes[0];
  const paragraphs = [`${ranks.unit} (${ranks.file})`];
  if (overall !== undefined) paragraphs.push(`${overall.node}: ${sentence(overall.previousRank, overall.currentRank)}.`);
  return { id: b.id('ictindex'), title: 'ICT-Index', paragraphs, charts: [], tables: [table] };
}

function recordsSection(b: Builder, records: ReportRecords): ReportSection {
  const { stats } = records;
  const lang = b.lang;
  const rows: [string, number | string][] = [
    [b.t('Hồ sơ đã đọc', 'Records read'), records.rows],
    [b.t('Hồ sơ hợp lệ', 'Valid records'), records.valid],
    [b.t('Hồ sơ không hợp lệ', 'Invalid records'), records.invalid],
    [b.t('Đã tiếp nhận', 'Received'), stats.received],
    [b.t('Đã giải quyết', 'Finished'), stats.finished],
    [b.t('Đang giải quyết', 'Open'), stats.open],
    [b.t('Đúng hạn', 'On time'), ratioText(stats.onTimeShare, lang)],
    [b.t('Quá hạn', 'Overdue'), ratioText(stats.overdueShare, lang)],
    [b.t('Nộp trực tuyến', 'Submitted online'), ratioText(stats.onlineShare, lang)],
    [b.t('Thanh toán trực tuyến', 'Paid online'), ratioText(stats.onlinePaymentShare, lang)],
    [b.t('Số hóa', 'Digitised'), ratioText(stats.digitisationShare, lang)],
  ];
  return {
    id: b.id('records'),
    title: b.t('Hồ sơ thủ tục hành chính', 'Application records'),
    paragraphs: [
      `${records.files.join(', ')}${records.latestDate === undefined ? '' : b.t(` (ngày mới nhất: ${records.latestDate})`, ` (latest date: ${records.latestDate})`)}`,
    ],
    charts: [],
    tables: [
      b.table(
        'records',
        b.t('Thống kê hồ sơ', 'Record statistics'),
        [
          [b.t('Chỉ tiêu', 'Measure'), 'text'],
          [b.t('Giá trị', 'Value'), 'integer'],
        ],
        rows,
      ),
    ],
  };
}

/**
 * Puts a folder's report data into words in one language: sections (documents, checks, roadmap,
 * budget, procedures, ICT-Index, records) that exist only when their data does, each with paragraphs,
 * tables and charts. Pure: the renderers turn the result into Markdown, HTML and XLSX sheets.
 *
 * @param data - What {@link gatherReportData} gathered.
 * @param lang - The report language.
 * @returns The report.
 * @example
 * ```ts
 * const report = buildReport(data, 'vi');
 * report.sections.map((section) => section.id); // ["documents", "findings", "roadmap", "budget"]
 * ```
 */
export function buildReport(data: ReportData, lang: Language): Report {
  const b = new Builder(lang);
  const documentNames = data.documents.map((document) => document.number);
  const sections = [
    overviewSection(b, data),
    findingsSection(b, data),
    ...data.roadmaps.map((roadmap) => roadmapSection(b, roadmap)),
    ...data.budgets.map((budget) => budgetSection(b, budget)),
    ...data.procedures.map((procedures) => proceduresSection(b, procedures)),
    ...data.ranks.map((ranks) => ranksSection(b, ranks)),
    ...(data.records === undefined ? [] : [recordsSection(b, data.records)]),
  ].filter((section) => section !== undefined);
  return {
    lang,
    title: `${b.t('Báo cáo', 'Report')}: ${data.province ?? folderName(data.folder)}`,
    subtitle: [data.folder, ...documentNames].join(' · '),
    summary: summaryOf(data, lang),
    sections,
  };
}
