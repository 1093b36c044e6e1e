import { describe, expect, it } from 'vitest';
import catalogueCsv from '../../../../examples/today-2026-catalogue/catalogue.csv?raw';
import levelsCsv from '../../../../examples/langson-2019-it-plan/procedure-levels.csv?raw';
import { analyseProcedures, procedureTableKind } from './analyse-procedures';

describe('procedureTableKind', () => {
  it.each([
    [['Mã thủ tục', 'Tên thủ tục', 'Lĩnh vực', 'Cấp', 'Cơ quan chủ trì', 'Mức độ'], 'catalogue'],
    [['Tên DVCTT', 'Mức DVCTT', 'Cơ quan chủ trì xử lý'], 'catalogue'],
    [['Mức độ', 'Nội dung', 'Số TTHC', 'Ghi chú'], 'counts'],
    [['STT', 'Nội dung', 'Kinh phí'], undefined],
  ] as const)('%j → %s', (headers, kind) => {
    expect(procedureTableKind(headers)).toBe(kind);
  });
});

describe('analyseProcedures', () => {
  it('reads the 2026 catalogue: 41 procedures, classes 19/16/6, tiers 29/12, the 4 planted duplicates by row', () => {
    const analysis = analyseProcedures('catalogue.csv', catalogueCsv);
    expect(analysis?.kind).toBe('catalogue');
    expect(analysis?.rows).toHaveLength(41);
    expect(analysis?.counts.byClass).toEqual({ full: 19, partial: 16, none: 0 });
    expect(analysis?.counts.classUnknown).toBe(6);
    expect(analysis?.hasClasses).toBe(true);
    expect(analysis?.hasLevels).toBe(false);
    expect(Object.fromEntries(analysis?.byTier.map((group) => [group.label, group.counts.total]) ?? [])).toEqual({ commune: 29, province: 12 });
    const commune = analysis?.byAgency.find((group) => group.label === 'Ủy ban nhân dân cấp xã');
    expect(commune?.counts.total).toBe(27);
    expect(analysis?.duplicates.map((group) => group.rows).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))).toEqual([
      [4, 41],
      [13, 31],
      [15, 24],
      [17, 36],
    ]);
    const rows = analysis?.findings.filter((finding) => finding.ruleId.includes('duplicate')).map((finding) => finding.location?.row);
    expect(rows?.sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([4, 13, 15, 17]);
    expect(analysis?.rows[0]).toEqual({ row: 2, code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', tier: 'commune', agency: 'Ủy ban nhân dân cấp xã', onlineClass: 'full' });
  });

  it('locates a bad cell by row and column letter', () => {
    const text = 'Tên thủ tục,Cơ quan chủ trì,Mức độ\nCấp phép hợp báo,Sở Thông tin và Truyền thông,4\nĐăng ký khai sinh,UBND cấp xã,năm\n';
    const analysis = analyseProcedures('danh-muc.csv', text);
    const invalid = analysis?.findings.find((finding) => finding.ruleId === 'procedures/invalid-cell');
    expect(invalid?.location).toMatchObject({ file: 'danh-muc.csv', row: 3, column: 'C' });
    expect(analysis?.counts.byLevel[4]).toBe(1);
  });

  it("reads Lạng Sơn's counts by level: 60 + 10 + 68 + 0 = 138 as printed, 70/138 at level 3 or higher", () => {
    const analysis = analyseProcedures('procedure-levels.csv', levelsCsv);
    expect(analysis?.kind).toBe('counts');
    expect(analysis?.counts.byLevel).toEqual({ 1: 0, 2: 68, 3: 10, 4: 60 });
    expect(analysis?.statedTotal).toEqual({ value: 138, row: 6 });
    expect(analysis?.levelThreeOrMore).toEqual({ numerator: 70, denominator: 138 });
    expect(analysis?.findings).toEqual([]);
  });

  it('reports a printed total that does not match the levels at its row', () => {
    const analysis = analyseProcedures('levels.csv', levelsCsv.replace(',138,', ',139,'));
    const mismatch = analysis?.findings.find((finding) => finding.ruleId === 'procedures/level-count-total-mismatch');
    expect(mismatch?.location).toMatchObject({ row: 6, column: 'C' });
    expect(mismatch?.message.vi).toBe('Tổng ghi 139 thủ tục, nhưng các mức độ 4/3/2/1 cộng lại 60 + 10 + 68 + 0 = 138');
  });

  it('returns undefined for a table that is not about procedures', () => {
    expect(analyseProcedures('budget.csv', 'STT,Nội dung,Kinh phí\n1,Máy chủ,"35.000.000"\n')).toBeUndefined();
  });
});
