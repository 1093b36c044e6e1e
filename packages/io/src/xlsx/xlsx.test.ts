import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headers as headerArbitrary, trickyText, withoutTrailingEmptyRows } from '../__fixtures__/arbitraries';
import { haGiangBudgetWithTitle, langSonBudget } from '../__fixtures__/tables';
import type { CellValue } from '../cell-value';
import { readXlsx } from './read-xlsx';
import { dongFormat, writeXlsx, writeXlsxWorkbook } from './write-xlsx';

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const output: unknown = await workbook.xlsx.writeBuffer();
  return output as Uint8Array;
}

describe('writeXlsx', () => {
  it('writes a bold frozen header, numbers with the đồng format, and protects formula-like text', async () => {
    const bytes = await writeXlsx(
      { headers: [...langSonBudget.headers], rows: [...langSonBudget.rows.map((row) => [...row]), ['=1+1', null, null, null, null, null]] },
      { sheetName: 'Kinh phí 2019', columns: { 'Dự kiến kinh phí năm 2019 (Đơn vị tính: Đồng)': { numFmt: dongFormat } } },
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const sheet = workbook.getWorksheet('Kinh phí 2019');
    expect(sheet?.getCell('A1').font.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getCell('F2').value).toBe(35_000_000);
    expect(sheet?.getCell('F2').numFmt).toBe('#,##0');
    expect(sheet?.getCell('A6').value).toBe("'=1+1");
    expect(sheet?.getCell('A6').type).toBe(ExcelJS.ValueType.String);
  });
});

describe('writeXlsxWorkbook', () => {
  it('writes one sheet per table, each read back by name with its cells and formats', async () => {
    const bytes = await writeXlsxWorkbook([
      {
        name: 'Kinh phí',
        table: { headers: ['Năm', 'Kinh phí (đồng)'], rows: [[2014, 8_000_000_000], [2015, 7_200_000_000]] },
        columns: [undefined, { numFmt: dongFormat }],
      },
      { name: 'Phát hiện', table: { headers: ['Mức', 'Nội dung'], rows: [['lỗi', '+Tổng không khớp']] } },
    ]);
    const budget = await readXlsx(bytes, { sheet: 'Kinh phí', headerRow: 1 });
    const findings = await readXlsx(bytes, { sheet: 2, headerRow: 1 });
    expect(budget.ok && budget.value.rows.map((row) => row.values)).toEqual([[2014, 8_000_000_000], [2015, 7_200_000_000]]);
    expect(findings.ok && findings.value.rows.map((row) => row.values)).toEqual([['lỗi', '+Tổng không khớp']]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Kinh phí', 'Phát hiện']);
    expect(workbook.getWorksheet('Kinh phí')?.getCell('B2').numFmt).toBe('#,##0');
    expect(workbook.getWorksheet('Phát hiện')?.getCell('B2').value).toBe("'+Tổng không khớp");
  });
});

describe('readXlsx', () => {
  it('skips a title block, keeps numbers and text apart, and reports merged cells after propagating them', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Khái toán');
      haGiangBudgetWithTitle.forEach((row, r) => {
        sheet.getRow(r + 1).values = row.map((value, c) => (r >= 3 && c !== 1 ? Number(value) : value));
      });
      sheet.mergeCells('A1:E1');
      sheet.getCell('B7').value = 'Cấp giấy phép xây dựng';
      sheet.getCell('A7').value = 4;
      sheet.getCell('E7').value = { formula: 'C7+D7', result: 0.8 };
      sheet.getCell('C7').value = 0.8;
      sheet.getCell('D7').value = { error: '#N/A' };
      sheet.getCell('B8').value = { richText: [{ text: 'Cấp giấy phép ' }, { text: 'hành nghề y, dược', font: { bold: true } }] };
      sheet.getCell('C8').value = '001';
      sheet.mergeCells('A8:A9');
      sheet.getCell('A8').value = 5;
    });
    const result = await readXlsx(bytes, { file: 'ha-giang.xlsx' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const table = result.value;
    expect(table.sheet).toBe('Khái toán');
    expect(table.headerRow).toBe(3);
    expect(table.headers).toEqual(['STT', 'Tên dịch vụ công triển khai', 'Năm 2014', 'Năm 2015', 'Tổng kinh phí']);
    expect(table.rows.map((row) => [row.row, ...row.values])).toEqual([
      [4, 1, 'Đăng ký kinh doanh', 1.4, 0, 1.4],
      [5, 2, 'Cấp giấy phép đầu tư', 1.2, 0, 1.2],
      [6, 3, 'Cấp giấy phép thành lập chi nhánh, văn phòng đại diện', 0, 1, 1],
      [7, 4, 'Cấp giấy phép xây dựng', 0.8, '#N/A', 0.8],
      [8, 5, 'Cấp giấy phép hành nghề y, dược', '001', '', ''],
      [9, 5, '', '', '', ''],
    ]);
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.location])).toEqual([
      ['io/cell-error', 'warning', { file: 'ha-giang.xlsx', sheet: 'Khái toán', row: 7, column: 'D' }],
      ['io/merged-cells', 'info', { file: 'ha-giang.xlsx', sheet: 'Khái toán', row: 8, column: 'A' }],
    ]);
  });

  it('picks a sheet by name (accent-insensitive) or position and reports a missing one', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('Ghi chú').getCell('A1').value = 'x';
      const sheet = workbook.addWorksheet('Dịch vụ công');
      sheet.addRow(['TT', 'Tên DVCTT']);
      sheet.addRow([1, 'Cấp phép hợp báo']);
    });
    const byName = await readXlsx(bytes, { sheet: 'dich vu cong' });
    expect(byName.ok && byName.value.rows[0]?.values).toEqual([1, 'Cấp phép hợp báo']);
    const byIndex = await readXlsx(bytes, { sheet: 2 });
    expect(byIndex.ok && byIndex.value.sheet).toBe('Dịch vụ công');
    const first = await readXlsx(bytes);
    expect(first.ok && first.value.sheet).toBe('Ghi chú');
    const missing = await readXlsx(bytes, { sheet: 'Kinh phí' });
    expect(!missing.ok && missing.error).toMatchObject({ ruleId: 'io/sheet-not-found', data: { sheets: ['Ghi chú', 'Dịch vụ công'] } });
  });

  it('enforces size and row limits and reports empty sheets', async () => {
    const bytes = await writeXlsx({ headers: ['STT'], rows: [[1], [2], [3]] });
    expect(await readXlsx(bytes, { limits: { maxBytes: 100 } })).toMatchObject({ ok: false, error: { ruleId: 'io/too-large' } });
    expect(await readXlsx(bytes, { limits: { maxRows: 2 } })).toMatchObject({ ok: false, error: { ruleId: 'io/too-many-rows' } });
    const empty = await workbookBytes((workbook) => workbook.addWorksheet('Trống'));
    expect(await readXlsx(empty)).toMatchObject({ ok: false, error: { ruleId: 'io/empty' } });
  });

  it('round-trips any table of text, numbers, booleans and dates', async () => {
    const cell = fc.oneof(
      trickyText,
      fc.constant(''),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
      fc.integer({ min: -1e12, max: 1e12 }),
      fc.boolean(),
      fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2050, 0, 1) }).map((ms) => new Date(Math.floor(ms / 1000) * 1000)),
    );
    const tables = headerArbitrary.chain((headers) =>
      fc.record({
        headers: fc.constant(headers),
        rows: fc.array(fc.array(cell, { minLength: headers.length, maxLength: headers.length }), { maxLength: 6 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(tables, async (table) => {
        const result = await readXlsx(await writeXlsx(table), { headerRow: 1 });
        expect(result.findings).toEqual([]);
        if (!result.ok) return;
        expect(result.value.headers).toEqual(table.headers);
        const expected = withoutTrailingEmptyRows(table.rows, (value: CellValue) => value === '');
        expect(result.value.rows.map((row) => row.values)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it('never throws on random, truncated or damaged bytes', async () => {
    const valid = await writeXlsx({ headers: ['STT', 'Tên thủ tục hành chính'], rows: [[1, 'Cấp phép hợp báo']] });
    const inputs = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.nat(valid.length).map((n) => valid.slice(0, n)),
      fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })).map(([at, byte]) => {
        const copy = valid.slice();
        copy[at] = byte;
        return copy;
      }),
    );
    await fc.assert(
      fc.asyncProperty(inputs, async (bytes) => {
        const result = await readXlsx(bytes);
        expect(result.ok || result.error.severity === 'error').toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
