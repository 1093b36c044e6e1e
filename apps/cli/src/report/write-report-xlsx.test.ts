import { readXlsx } from '@egov/io';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../files/check-files';
import { collectFiles } from '../files/collect-files';
import { buildReport } from './build-report';
import { gatherReportData } from './gather-report-data';
import { reportSheets } from './report-sheets';
import { writeReportXlsx } from './write-report-xlsx';

const folder = new URL('../../../../examples/hagiang-2013-roadmap', import.meta.url).pathname;

describe('writeReportXlsx', () => {
  it('writes one sheet per table that reads back with @egov/io with the same cells', async () => {
    const { files } = await collectFiles([folder]);
    const checked = await checkFiles(files);
    const report = buildReport(gatherReportData({ folder, checked: checked.checked, skipped: checked.skippedInputs }), 'vi');
    const sheets = reportSheets(report);
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'Văn bản',
      'Kết quả kiểm tra theo tệp',
      'Các vấn đề',
      'Số dịch vụ theo mức độ cuối mỗi',
      'Các dịch vụ trong lộ trình',
      'Kinh phí trong lộ trình',
      'Kinh phí theo năm',
      'Đối chiếu các tổng ghi trong vă',
    ]);
    const bytes = await writeReportXlsx(sheets);
    for (const sheet of sheets) {
      const read = await readXlsx(bytes, { sheet: sheet.name, headerRow: 1 });
      if (!read.ok) throw new Error(`cannot read ${sheet.name}`);
      expect(read.value.headers).toEqual(sheet.table.headers);
      const expected = sheet.table.rows.map((row) => row.map((value) => (value === null || value === '' ? undefined : value)));
      const actual = read.value.rows.map((row) => sheet.table.headers.map((_, index) => (row.values[index] === '' ? undefined : row.values[index])));
      expect(actual).toEqual(expected);
    }
    const budget = await readXlsx(bytes, { sheet: 'Kinh phí theo năm', headerRow: 1 });
    expect(budget.ok && budget.value.rows[0]?.values.slice(0, 3)).toEqual(['2014', 15, 8_000_000_000]);
  });

  it('protects text cells against formula injection and keeps sheet names valid and unique', async () => {
    const report = {
      lang: 'vi' as const,
      title: 't',
      subtitle: '',
      summary: '',
      sections: [
        {
          id: 's',
          title: 's',
          paragraphs: [],
          charts: [],
          tables: [
            { id: 'a', title: 'Kinh phí [2014]: nguồn/vốn', columns: [{ header: 'Tên', format: 'text' as const }], rows: [['=HYPERLINK("x","y")'], ['+1'], ['@SUM(A1)']] },
            { id: 'b', title: 'Kinh phí [2014]: nguồn/vốn', columns: [{ header: 'Tên', format: 'text' as const }], rows: [['-2']] },
          ],
        },
      ],
    };
    const sheets = reportSheets(report);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Kinh phí 2014 nguồn vốn', 'Kinh phí 2014 nguồn vốn (2)']);
    const bytes = await writeReportXlsx(sheets);
    const raw = await readXlsx(bytes, { sheet: sheets[0]?.name ?? '', headerRow: 1, unprotectFormulas: false });
    expect(raw.ok && raw.value.rows.map((row) => row.values[0])).toEqual([`'=HYPERLINK("x","y")`, "'+1", "'@SUM(A1)"]);
    const read = await readXlsx(bytes, { sheet: sheets[0]?.name ?? '', headerRow: 1 });
    expect(read.ok && read.value.rows.map((row) => row.values[0])).toEqual(['=HYPERLINK("x","y")', '+1', '@SUM(A1)']);
  });
});
