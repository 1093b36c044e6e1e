import { describe, expect, it } from 'vitest';
import { isCatalogueHeaders, isLevelCountHeaders, levelCountsFromRows } from './level-counts-from-rows';
import { proceduresFromRows } from './procedures-from-rows';

describe('catalogue tables as offices write them', () => {
  it.each([
    [['STT', 'Tên thủ tục hành chính', 'Mức độ dịch vụ công']],
    [['STT', 'Tên TTHC', 'Mức độ DVCTT', 'Cấp thực hiện', 'Cơ quan thực hiện', 'Lĩnh vực', 'Mã TTHC']],
    [['TT', 'TÊN THỦ TỤC HÀNH CHÍNH (TTHC)', 'Mức độ DVC trực tuyến năm 2020']],
    [['Mã số', 'Tên DVC', 'Mức độ cung cấp DVCTT']],
  ])('recognises %j as a catalogue', (headers) => {
    expect(isCatalogueHeaders(headers)).toBe(true);
  });

  it('reads abbreviations and longer headers into the same fields', () => {
    const { procedures, findings } = proceduresFromRows([
      { STT: '1', 'Mã TTHC': '1.001193', 'Tên TTHC': 'Cấp phép hợp báo', 'Mức độ DVCTT': '4', 'Cấp thực hiện': 'Cấp tỉnh', 'Cơ quan thực hiện': 'Sở TT&TT' },
    ]);
    expect(procedures).toEqual([
      { code: '1.001193', name: 'Cấp phép hợp báo', onlineLevel: 4, tier: 'province', leadAgency: 'Sở TT&TT' },
    ]);
    expect(findings).toEqual([]);
  });

  it('needs a mapping for a header it does not know, and says which column and how', () => {
    const rows = [{ 'Tên TTHC': 'Cấp phép hợp báo', 'Cấp độ': '4' }];
    expect(isCatalogueHeaders(['Tên TTHC', 'Cấp độ'])).toBe(false);
    expect(isCatalogueHeaders(['Tên TTHC', 'Cấp độ'], { level: 'Cấp độ' })).toBe(true);
    expect(proceduresFromRows(rows, { columns: { level: 'cap do' } }).procedures[0]?.onlineLevel).toBe(4);
    const missing = proceduresFromRows([{ 'Thủ tục': 'Cấp phép hợp báo', 'Mức độ': '4' }]);
    expect(missing.procedures).toEqual([]);
    expect(missing.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual(['procedures/missing-column']);
    const error = missing.findings.find((f) => f.severity === 'error');
    expect(error?.message.en).toContain('Headers in the table: Thủ tục, Mức độ');
    expect(error?.message.en).toContain('--columns name="Thủ tục"');
    const bad = proceduresFromRows(rows, { columns: { levle: 'Cấp độ' } });
    expect(bad.findings.map((f) => f.ruleId)).toContain('procedures/column-mapping');
  });

  it('never counts a total row as a procedure, and checks the count it states', () => {
    const rows = [
      { STT: '1', 'Tên TTHC': 'Cấp phép hợp báo', 'Mức độ': '4' },
      { STT: '2', 'Tên TTHC': 'Cấp phép xuất bản bản tin', 'Mức độ': '3' },
      { STT: '', 'Tên TTHC': 'Cộng: 2 thủ tục', 'Mức độ': '' },
      { STT: '3', 'Tên TTHC': 'Đăng ký kinh doanh', 'Mức độ': '3' },
      { STT: '', 'Tên TTHC': 'Tổng cộng: 10 thủ tục', 'Mức độ': '' },
    ];
    const { procedures, totals, findings } = proceduresFromRows(rows);
    expect(procedures).toHaveLength(3);
    expect(totals).toEqual([
      { index: 2, kind: 'subtotal', count: 2, counted: 2 },
      { index: 4, kind: 'grand', count: 10, counted: 3 },
    ]);
    expect(findings.map((f) => [f.ruleId, f.location?.row])).toEqual([['procedures/total-mismatch', 6]]);
    expect(findings[0]?.message.vi).toBe('Dòng 6: "Tổng cộng: 10 thủ tục" ghi 10 thủ tục, nhưng bảng liệt kê 3');
  });
});

describe('level count tables', () => {
  it('recognises "Tổng số" and "Cộng" rows as the stated total, and abbreviated headers', () => {
    expect(isLevelCountHeaders(['Mức độ DVC', 'Số DVCTT'])).toBe(true);
    const counts = levelCountsFromRows([
      { 'Mức độ DVC': '4', 'Số DVCTT': '2' },
      { 'Mức độ DVC': '3', 'Số DVCTT': '1' },
      { 'Mức độ DVC': 'Tổng số', 'Số DVCTT': '4' },
    ]);
    expect(counts.statedTotal).toEqual({ value: 4, row: 4 });
    expect(counts.findings.map((f) => f.ruleId)).toEqual(['procedures/level-count-total-mismatch']);
  });
});
