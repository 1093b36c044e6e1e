import { readXlsx, writeXlsx } from '@egov/io';
import { describe, expect, it } from 'vitest';
import { importFile } from './import-file';

// Rows of Lạng Sơn's 2019 IT plan budget table (amounts in đồng, as printed).
const headers = ['TT', 'Tên dự án, nhiệm vụ', 'Dự kiến kinh phí năm 2019 (Đơn vị tính: Đồng)'];
const rows = [
  ['1', 'Trang bị máy chiếu tại phòng họp 401; 402', '35.000.000'],
  ['2', 'Bảo trì, bảo dưỡng hệ thống máy chủ, máy tính cơ quan', '15.000.000'],
];

describe('importFile', () => {
  it('keeps CSV text as it is', async () => {
    const text = `${headers.join(',')}\n1,"Trang bị máy chiếu tại phòng họp 401; 402",35.000.000\n`;
    expect(await importFile('budget.csv', new TextEncoder().encode(text))).toEqual({ ok: true, name: 'budget.csv', text });
  });

  it('reads the first sheet of a workbook into CSV text that reads back to the same table', async () => {
    const bytes = await writeXlsx({ headers, rows });
    const imported = await importFile('ke-hoach.xlsx', bytes);
    if (!imported.ok) throw new Error(imported.finding.message.en);
    expect(imported.name).toBe('ke-hoach.csv');
    expect(imported.text.split('\n').slice(0, 3)).toEqual([
      'TT,"Tên dự án, nhiệm vụ",Dự kiến kinh phí năm 2019 (Đơn vị tính: Đồng)',
      '1,"Trang bị máy chiếu tại phòng họp 401; 402",35.000.000',
      '2,"Bảo trì, bảo dưỡng hệ thống máy chủ, máy tính cơ quan",15.000.000',
    ]);
    const original = await readXlsx(bytes);
    expect(original.ok && original.value.rows.map((row) => row.values)).toEqual(rows);
  });

  it('refuses a file of another kind with a finding that names it', async () => {
    const result = await importFile('bao-cao.docx', new Uint8Array([80, 75]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.finding.ruleId).toBe('web/unsupported-file');
    expect(result.finding.message.vi).toBe('Không nhập được "bao-cao.docx": chỉ nhận tệp CSV, XLSX, YAML hoặc JSON');
  });
});
