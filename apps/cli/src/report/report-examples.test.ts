import { countFindings } from '@egov/core';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../__fixtures__/run-captured';
import { checkFiles } from '../files/check-files';
import { collectFiles } from '../files/collect-files';
import { buildReport } from './build-report';
import { gatherReportData } from './gather-report-data';
import type { ReportData } from './report-data';
import type { Report, ReportTable } from './report-model';
import { renderMarkdown } from './render-markdown';

const examples = new URL('../../../../examples/', import.meta.url).pathname;
const folder = (name: string) => `${examples}${name}`;

async function dataFor(name: string): Promise<ReportData> {
  const { files } = await collectFiles([folder(name)]);
  const checked = await checkFiles(files);
  return gatherReportData({ folder: folder(name), checked: checked.checked, skipped: checked.skippedInputs });
}

function table(report: Report, id: string): ReportTable {
  const found = report.sections.flatMap((section) => section.tables).find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no table ${id}`);
  return found;
}

describe('report on the bundled examples', () => {
  it('Hà Giang: budget 15,2 tỷ with its words, by year 8 and 7,2 tỷ, and the roadmap decision', async () => {
    const data = await dataFor('hagiang-2013-roadmap');
    expect(data.province).toBe('Hà Giang');
    expect(data.budgets[0]?.total).toBe('15200000000');
    const report = buildReport(data, 'vi');
    expect(report.sections.map((section) => section.id)).toEqual(['documents', 'findings', 'roadmap', 'budget']);
    expect(table(report, 'budget-by-year').rows.map((row) => row.slice(0, 3))).toEqual([
      // 15 services, each with an amount in both year columns (0 where none is planned).
      ['2014', 15, 8_000_000_000],
      ['2015', 15, 7_200_000_000],
    ]);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('Tổng cộng: 15.200.000.000 đồng (15,2 tỷ đồng) — bằng chữ: Mười lăm tỷ hai trăm triệu đồng.');
    expect(markdown).toContain('| 2015 | 15 | 7.200.000.000 | 7,2 tỷ đồng | Bảy tỷ hai trăm triệu đồng |');
    expect(markdown).toContain('Quyết định 1653/QĐ-UBND');
    // The roadmap's own budget lines (its section III table in long form) add up to the same 15,2 tỷ.
    expect(table(report, 'roadmap-budget').rows.map((row) => row.slice(0, 4))).toEqual([
      ['2014', 15, null, 8_000_000_000],
      ['2015', 15, null, 7_200_000_000],
    ]);
    expect(markdown).toContain('Các tổng ghi trong bảng khớp với các khoản.');
    // The table states its grand total 15.2 and the year totals 8 and 7.2: all match.
    expect(table(report, 'budget-stated-totals').rows).toEqual([
      ['Tổng kinh phí', '2014', 8_000_000_000, 8_000_000_000, 'có'],
      ['Tổng kinh phí', '2015', 7_200_000_000, 7_200_000_000, 'có'],
      ['Tổng kinh phí', 'toàn bộ', 15_200_000_000, 15_200_000_000, 'có'],
    ]);
  });

  it('Thái Bình: 33 services at level 3 or higher by the end of 2015; its section III budget (6 tỷ) in the roadmap section, no budget table section', async () => {
    const report = buildReport(await dataFor('thaibinh-2013-roadmap'), 'vi');
    const row2015 = table(report, 'roadmap-projection').rows.find((row) => row[0] === '2015');
    expect(row2015?.[5]).toBe(33);
    expect(report.sections.some((section) => section.id.startsWith('budget'))).toBe(false);
    // 818/QĐ-UBND III.1–III.3: 2,2 tỷ for 15 services (2013–2014), 1,8 tỷ for 12 (2015), 2 tỷ to upgrade 10 (2016–2020).
    expect(table(report, 'roadmap-budget').rows.map((row) => row.slice(0, 4))).toEqual([
      ['Giai đoạn 2013 - 2014', 1, 15, 2_200_000_000],
      ['Trong năm 2015', 1, 12, 1_800_000_000],
      ['Giai đoạn 2016 - 2020', 1, 10, 2_000_000_000],
    ]);
    expect(renderMarkdown(report)).toContain('Kinh phí ghi trong lộ trình (3 khoản): 6.000.000.000 đồng (6 tỷ đồng) — bằng chữ: Sáu tỷ đồng.');
    expect(report.sections.find((section) => section.id === 'roadmap')?.charts[0]?.categories).toContain('2015');
  });

  it('Lạng Sơn: 70/138 = 50,72% at level 3 or higher, budget 212.000.000 đồng without a stated total', async () => {
    const report = buildReport(await dataFor('langson-2019-it-plan'), 'vi');
    expect(table(report, 'procedures-levels').rows.at(-1)).toEqual(['Mức độ ≥ 3', 70, '70/138 = 50,72%']);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('Tổng cộng: 212.000.000 đồng');
    expect(markdown).toContain('Hai trăm mười hai triệu đồng');
    expect(markdown).toContain('Bảng không ghi tổng nào để đối chiếu.');
    expect(markdown).not.toContain('khớp với các khoản');
    expect(report.sections.find((section) => section.id === 'budget')?.tables.map((candidate) => candidate.id)).toEqual(['budget-by-year']);
    expect(report.title).toBe('Báo cáo: Lạng Sơn');
    // A plan names its kind at the top level (`kind: "Kế hoạch"`), not inside `document`.
    expect(table(report, 'documents').rows[0]?.[0]).toBe('Kế hoạch 200/KH-SKHĐT');
  });

  it('Lào Cai: ICT-Index ranks 2016 → 2017 with the plan’s sentences', async () => {
    const report = buildReport(await dataFor('laocai-2018-ictindex-plan'), 'vi');
    const ranks = table(report, 'ictindex-ranks');
    expect(ranks.columns.map((column) => column.header)).toEqual(['Chỉ số', 'Hạng 2016', 'Hạng 2017', 'Thay đổi']);
    const infrastructure = ranks.rows.find((row) => row[0] === '  Hạ tầng kỹ thuật');
    expect(infrastructure?.slice(1, 3)).toEqual([12, 7]);
    expect(infrastructure?.[3]).toMatch(/^Tăng 05 bậc/);
    expect(ranks.rows[0]?.slice(0, 3)).toEqual(['Xếp hạng chung', 7, 7]);
  });

  it('today-2026: catalogue by class and agency, chart of classes (the catalogue states no level)', async () => {
    const report = buildReport(await dataFor('today-2026-catalogue'), 'en');
    const section = report.sections.find((candidate) => candidate.id === 'procedures');
    expect(section?.charts[0]?.title).toBe('Classes by lead agency');
    expect(section?.charts[0]?.series.map((series) => series.name)).toEqual(['Full online', 'Partial online', 'Not online', 'Unknown']);
    // Every procedure is in the chart: 19 full, 16 partial, 6 of no stated class = 41.
    expect(section?.charts[0]?.series.flatMap((series) => series.values).reduce((sum, value) => sum + value, 0)).toBe(41);
    expect(section?.tables.map((candidate) => candidate.id)).toEqual(['procedures-classes', 'procedures-by-agency']);
    expect(section?.paragraphs[0]).toContain('41 procedures; the catalogue states no level 1–4');
    expect(report.title).toBe('Report: today-2026-catalogue');
    const byAgency = table(report, 'procedures-by-agency');
    const total = byAgency.rows.reduce((sum, row) => sum + Number(row[1]), 0);
    expect(total).toBe(table(report, 'procedures-classes').rows.reduce((sum, row) => sum + Number(row[1]), 0));
    expect(report.sections.map((candidate) => candidate.id)).toEqual(['findings', 'procedures']);
  });

  it('gives the same findings per file as `egov check`', async () => {
    for (const name of ['hagiang-2013-roadmap', 'today-2026-catalogue']) {
      const data = await dataFor(name);
      const checked = await runCaptured(['check', folder(name), '--json']);
      const json = JSON.parse(checked.stdout) as { files: { file: string; findings: { ruleId: string; severity: 'error' | 'warning' | 'info' }[] }[] };
      expect(data.files.map((file) => file.file)).toEqual(json.files.map((file) => file.file));
      expect(data.files.map((file) => countFindings(file.findings))).toEqual(json.files.map((file) => countFindings(file.findings as never)));
      expect(data.files.map((file) => file.findings.map((finding) => finding.ruleId))).toEqual(json.files.map((file) => file.findings.map((finding) => finding.ruleId)));
    }
  });

  it('speaks English with --lang en', async () => {
    const report = buildReport(await dataFor('hagiang-2013-roadmap'), 'en');
    expect(report.title).toBe('Report: Hà Giang');
    expect(renderMarkdown(report)).toContain('Total: 15.200.000.000 đồng (15,2 tỷ đồng) — in words: Mười lăm tỷ hai trăm triệu đồng.');
    expect(table(report, 'budget-by-year').columns[2]).toEqual({ header: 'Amount (đồng)', format: 'dong' });
  });
});
