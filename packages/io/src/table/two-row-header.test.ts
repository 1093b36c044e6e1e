import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../csv/read-csv';
import { readXlsx } from '../xlsx/read-xlsx';
import { continuesHeader, isColumnNumbering, mergeHeaderRows } from './header-continuation';

describe('two-row headers', () => {
  it('joins a merged XLSX header (a span over the years, the key columns merged down)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Kinh phí');
    sheet.getRow(1).values = ['KHÁI TOÁN KINH PHÍ'];
    sheet.getRow(2).values = ['STT', 'Tên dịch vụ công', 'Kinh phí triển khai (tỷ đồng)', null];
    sheet.getRow(3).values = [null, null, 2014, 2015];
    sheet.getRow(4).values = [1, 'Đăng ký kinh doanh', 1.4, 0];
    sheet.mergeCells('A1:D1');
    sheet.mergeCells('A2:A3');
    sheet.mergeCells('B2:B3');
    sheet.mergeCells('C2:D2');
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await readXlsx(bytes, { file: 'kinh-phi.xlsx' });
    if (!result.ok) throw new Error(result.error.message.en);
    expect(result.value.headerRow).toBe(2);
    expect(result.value.preamble).toEqual(['KHÁI TOÁN KINH PHÍ']);
    expect(result.value.headers).toEqual(['STT', 'Tên dịch vụ công', 'Kinh phí triển khai 2014 (tỷ đồng)', 'Kinh phí triển khai 2015 (tỷ đồng)']);
    expect(result.value.rows.map((row) => row.row)).toEqual([4]);
    expect(result.findings.map((finding) => finding.ruleId)).toContain('io/two-row-header');
  });

  it('does not take the first data row for a header row', () => {
    expect(continuesHeader(['STT', 'Tên', 'Kinh phí', ''], ['1', 'Đăng ký', '8', '2'])).toBe(false);
    expect(continuesHeader(['STT', 'Tên', 'Năm 2014'], ['', 'Tổng cộng', '8'])).toBe(false);
    expect(continuesHeader(['Tỉnh', 'Điểm'], ['Lào Cai', '0,41'])).toBe(false);
    expect(continuesHeader(['STT', 'Kinh phí', ''], ['', '2014', '2015'])).toBe(true);
    expect(isColumnNumbering(['1', '2', '3', '4'])).toBe(true);
    expect(isColumnNumbering(['1', 'Cấp phép', '4'])).toBe(false);
    expect(mergeHeaderRows(['STT', 'Kinh phí (tỷ đồng)', ''], ['', '2014', '2015'])).toEqual(['STT', 'Kinh phí 2014 (tỷ đồng)', 'Kinh phí 2015 (tỷ đồng)']);
  });

  it('reads a plain table unchanged', () => {
    const table = readCsv('STT,Tên,Năm 2014\n1,Đăng ký,8\n');
    expect(table.ok && [table.value.headers, table.value.rows.length, table.findings]).toEqual([['STT', 'Tên', 'Năm 2014'], 1, []]);
  });
});
