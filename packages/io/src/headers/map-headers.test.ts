import { describe, expect, it } from 'vitest';
import { readCsv } from '../csv/read-csv';
import { defineColumns } from './define-columns';
import { mapHeaders } from './map-headers';
import { mapRows } from './map-rows';

const procedureColumns = defineColumns([
  { key: 'number', aliases: ['STT', 'TT', 'No.'] },
  { key: 'name', aliases: ['Tên thủ tục hành chính', 'Tên DVCTT', 'Procedure name'], required: true },
  { key: 'leadAgency', aliases: ['Cơ quan chủ trì', 'Cơ quan chủ trì xử lý', 'Lead agency'], required: true },
  { key: 'budget', aliases: ['Kinh phí (triệu đồng)', 'Budget (million VND)'] },
  { key: 'year2014', aliases: ['Năm 2014', '2014'] },
]);

describe('mapHeaders', () => {
  it.each([
    ['Tên thủ tục hành chính', 'name'],
    ['TÊN THỦ TỤC HÀNH CHÍNH', 'name'],
    ['ten thu tuc hanh chinh', 'name'],
    ['  Tên  thủ tục\nhành chính ', 'name'],
    ['Tên thủ tục hành chính'.normalize('NFD'), 'name'],
    ['CƠ QUAN CHỦ TRÌ XỬ LÝ', 'leadAgency'],
    ['Lead Agency', 'leadAgency'],
    ['kinh phi (trieu dong)', 'budget'],
    ['Kinh phí (Triệu Đồng)', 'budget'],
    ['NĂM 2014', 'year2014'],
    ['tt', 'number'],
  ])('matches %j to %s', (header, key) => {
    const mapping = mapHeaders([header], procedureColumns, { unknownColumns: 'ignore' });
    expect(Object.keys(mapping.columns)).toEqual([key]);
  });

  it('reports missing required columns as errors naming the accepted headers, optional ones as info', () => {
    const mapping = mapHeaders(['STT', 'Tên DVCTT'], procedureColumns, { file: 'dvc.csv', headerRow: 3 });
    const missing = mapping.findings.filter((f) => f.ruleId === 'io/missing-column');
    expect(missing.map((f) => [f.severity, f.data?.key])).toEqual([
      ['error', 'leadAgency'],
      ['info', 'budget'],
      ['info', 'year2014'],
    ]);
    expect(missing[0]?.message.vi).toBe(
      'Thiếu cột bắt buộc "Cơ quan chủ trì" (leadAgency; tên cột được chấp nhận: Cơ quan chủ trì, Cơ quan chủ trì xử lý, Lead agency). ' +
        'Các tiêu đề trong bảng: A "STT", B "Tên DVCTT". Nếu một cột trong đó là cột này, hãy chỉ rõ, ví dụ --columns leadAgency="…"',
    );
    expect(missing[0]?.location).toEqual({ file: 'dvc.csv', row: 3 });
  });

  it('matches abbreviations, parenthesised notes and longer headers that begin with an alias', () => {
    const mapping = mapHeaders(['STT', 'Tên TTHC', 'Cơ quan chủ trì giải quyết', 'Kinh phí (tỷ đồng)'], procedureColumns);
    expect(Object.fromEntries(Object.entries(mapping.columns).map(([key, column]) => [key, (column as { letter: string }).letter]))).toEqual({
      number: 'A',
      name: 'B',
      leadAgency: 'C',
      budget: 'D',
    });
  });

  it('names the headers found and how to map one when a required column is missing, and applies the mapping', () => {
    const headers = ['STT', 'Tên DVCTT', 'Đơn vị xử lý'];
    const missing = mapHeaders(headers, procedureColumns).findings.find((f) => f.severity === 'error');
    expect(missing?.message.en).toContain('Headers in the table: A "STT", B "Tên DVCTT", C "Đơn vị xử lý"');
    expect(missing?.message.en).toContain('--columns leadAgency="Đơn vị xử lý"');
    const mapped = mapHeaders(headers, procedureColumns, { columns: { 'lead agency': 'don vi xu ly' } });
    expect(mapped.columns.leadAgency?.letter).toBe('C');
    expect(mapped.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // A mapping wins over an alias: the aliased column is then unknown.
    const over = mapHeaders(['Tên DVCTT', 'Tên thủ tục hành chính', 'Cơ quan chủ trì'], procedureColumns, { columns: { name: 'Tên thủ tục hành chính' } });
    expect(over.columns.name?.letter).toBe('B');
    const bad = mapHeaders(headers, procedureColumns, { columns: { levelx: 'STT', name: 'Không có' } }).findings;
    expect(bad.filter((f) => f.ruleId === 'io/column-mapping').map((f) => f.data?.column)).toEqual(['levelx', 'name']);
  });

  it('reports unknown and duplicate columns with their letters', () => {
    const mapping = mapHeaders(['Tên DVCTT', 'Mức DVCTT', 'Cơ quan chủ trì', 'Tên thủ tục hành chính', ''], procedureColumns);
    expect(mapping.columns.name?.letter).toBe('A');
    expect(mapping.unknown.map((c) => c.letter)).toEqual(['B']);
    const rules = mapping.findings.map((f) => [f.ruleId, f.severity, f.location?.column]);
    expect(rules).toContainEqual(['io/unknown-column', 'warning', 'B']);
    expect(rules).toContainEqual(['io/duplicate-column', 'warning', 'D']);
    expect(mapHeaders(['Mức DVCTT'], procedureColumns, { unknownColumns: 'info' }).findings[0]?.severity).toBe('info');
  });

  it('refuses a schema whose aliases collide', () => {
    expect(() =>
      defineColumns([
        { key: 'a', aliases: ['Cơ quan chủ trì'] },
        { key: 'b', aliases: ['CO QUAN CHU TRI'] },
      ]),
    ).toThrow('already names column "a"');
    expect(() => defineColumns([{ key: 'a', aliases: [] }, { key: 'a', aliases: [] }])).toThrow('duplicate column key');
  });
});

describe('mapRows', () => {
  const csv =
    'KẾ HOẠCH,,,\nSTT,Tên thủ tục hành chính,Cơ quan chủ trì,Năm 2014\n1,Cấp phép hợp báo,Sở Thông tin và Truyền thông,8\n,,,\n2,Đăng ký kinh doanh,Sở Kế hoạch và Đầu tư,\n';

  it('maps rows to keyed values that can point back at the cell', () => {
    const table = readCsv(csv, { file: 'dvc.csv' });
    if (!table.ok) throw new Error('fixture');
    const result = mapRows(table.value, procedureColumns);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rows).toEqual([
      { row: 3, values: { number: '1', name: 'Cấp phép hợp báo', leadAgency: 'Sở Thông tin và Truyền thông', year2014: '8' } },
      { row: 5, values: { number: '2', name: 'Đăng ký kinh doanh', leadAgency: 'Sở Kế hoạch và Đầu tư', year2014: '' } },
    ]);
    const second = result.value.rows[1];
    expect(second && result.value.locate(second, 'year2014')).toEqual({ file: 'dvc.csv', row: 5, column: 'D' });
    expect(result.value.locate(3, 'budget')).toEqual({ file: 'dvc.csv', row: 3 });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['io/missing-column']);
  });

  it('keeps empty rows on request and fails without a required column', () => {
    const table = readCsv(csv);
    if (!table.ok) throw new Error('fixture');
    const kept = mapRows(table.value, procedureColumns, { skipEmptyRows: false });
    expect(kept.ok && kept.value.rows.map((r) => r.row)).toEqual([3, 4, 5]);
    const strict = defineColumns([{ key: 'code', aliases: ['Mã thủ tục'], required: true }]);
    const failed = mapRows(table.value, strict, { unknownColumns: 'ignore' });
    expect(failed.ok).toBe(false);
    expect(!failed.ok && failed.error.ruleId).toBe('io/missing-column');
  });
});
