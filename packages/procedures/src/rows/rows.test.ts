import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { source002By2014, source002Level3In2012 } from '../__fixtures__/source-002';
import type { Procedure } from '../model/procedure';
import { countProcedures } from '../stats/procedure-counts';
import { catalogueFromRows } from './catalogue-from-rows';
import { proceduresFromRows } from './procedures-from-rows';
import { proceduresToRows } from './procedures-to-rows';

describe('proceduresFromRows', () => {
  it('reads the tables of source 002 with their own headers', () => {
    const { procedures, findings } = proceduresFromRows([...source002Level3In2012, ...source002By2014]);
    expect(findings).toEqual([]);
    expect(procedures).toHaveLength(6 + 15);
    const counts = countProcedures(procedures);
    expect(counts.byLevel).toEqual({ 1: 0, 2: 0, 3: 20, 4: 1 });
    const hopBao = procedures.find((p) => p.name === 'Cấp phép hợp báo');
    expect(hopBao?.leadAgency).toBe('Sở Thông tin và Truyền thông');
    const fdi = procedures.find((p) => p.name === 'Chuyển nhượng dự án đầu tư nước ngoài');
    // Commas inside one agency name are kept: only ";" separates partners.
    expect(fdi?.partnerAgencies).toEqual(['Sở, ngành, địa phương']);
  });

  it('reads English headers and values', () => {
    const { procedures, findings } = proceduresFromRows([
      {
        Code: '1.001193',
        'Procedure name': 'Business registration',
        Tier: 'district',
        'Online class': 'full',
        Fee: 100000,
        'Time limit': '3 days',
        'Eligible for full online': 'yes',
        'Valid from': '2022-08-15',
      },
    ]);
    expect(findings).toEqual([]);
    expect(procedures[0]).toEqual({
      code: '1.001193',
      name: 'Business registration',
      tier: 'district',
      onlineClass: 'full',
      fee: 100000,
      timeLimitDays: 3,
      fullOnlineEligible: true,
      validFrom: '2022-08-15',
    });
  });

  it('reads Vietnamese values: tiers, "Mức độ 4", "50.000 đồng", "Không", dd/mm/yyyy, classes in the level column', () => {
    const { procedures } = proceduresFromRows([
      { 'Tên thủ tục': 'A', 'Cấp thực hiện': 'Cấp huyện', 'Mức độ': 'Mức độ 4', 'Phí, lệ phí': '50.000 đồng', 'Hiệu lực từ': '15/8/2022' },
      { 'Tên thủ tục': 'B', 'Cấp thực hiện': 'Cấp xã', 'Mức độ': 'Toàn trình', 'Phí, lệ phí': 'Không' },
      { 'Tên thủ tục': 'C', 'Cấp thực hiện': 'Cấp tỉnh', 'Mức độ': 2, 'Thời hạn giải quyết': '15 ngày làm việc' },
    ]);
    expect(procedures.map((p) => [p.tier, p.onlineLevel, p.onlineClass, p.fee])).toEqual([
      ['district', 4, undefined, 50000],
      ['commune', undefined, 'full', 0],
      ['province', 2, undefined, undefined],
    ]);
    expect(procedures[0]?.validFrom).toBe('2022-08-15');
    expect(procedures[2]?.timeLimitDays).toBe(15);
  });

  it('reports unreadable cells, missing names and unknown columns with row and column', () => {
    const { procedures, findings } = proceduresFromRows(
      [
        { 'Tên thủ tục': 'Cấp phép hợp báo', 'Mức độ': '5', 'Ghi chú': 'x' },
        { 'Tên thủ tục': '', 'Mức độ': '3' },
        { 'Tên thủ tục': null, 'Mức độ': null },
      ],
      { file: 'danh-muc.xlsx', sheet: 'TTHC', firstRow: 4 },
    );
    expect(procedures).toHaveLength(1);
    expect(procedures[0]?.onlineLevel).toBeUndefined();
    expect(findings.map((f) => [f.ruleId, f.severity, f.path, f.location?.row, f.location?.column])).toEqual([
      ['procedures/unknown-column', 'info', '', undefined, 'Ghi chú'],
      ['procedures/invalid-cell', 'warning', '/0/Mức độ', 4, 'Mức độ'],
      ['procedures/row-missing-name', 'error', '/1/Tên thủ tục', 5, 'Tên thủ tục'],
    ]);
    expect(findings[1]?.message.vi).toBe('Dòng 4, cột "Mức độ": cần mức độ 1, 2, 3 hoặc 4, gặp "5"; bỏ qua ô này.');
    expect(findings[1]?.location?.file).toBe('danh-muc.xlsx');
  });

  it('warns about two columns with the same meaning', () => {
    const { findings } = proceduresFromRows([{ 'Tên thủ tục': 'A', 'Tên TTHC': 'B' }]);
    expect(findings.map((f) => f.ruleId)).toEqual(['procedures/repeated-column']);
  });

  it('builds a catalogue', () => {
    const { catalogue } = catalogueFromRows(source002Level3In2012, { province: 'Thái Bình', asOf: '2013-05-04', source: 'QĐ 818/QĐ-UBND' });
    expect(catalogue.procedures).toHaveLength(6);
    expect(catalogue.source).toBe('QĐ 818/QĐ-UBND');
  });
});

describe('proceduresToRows', () => {
  const procedureArbitrary: fc.Arbitrary<Procedure> = fc.record(
    {
      code: fc.stringMatching(/^[0-9]\.[0-9]{6}$/),
      name: fc.constantFrom('Cấp phép hợp báo', 'Đăng ký kinh doanh', 'Gia hạn giấy phép xây dựng'),
      field: fc.constantFrom('Xây dựng', 'Đầu tư'),
      tier: fc.constantFrom('central' as const, 'province' as const, 'district' as const, 'commune' as const),
      leadAgency: fc.constantFrom('Sở Y tế', 'Ban Quản lý các Khu Công nghiệp'),
      partnerAgencies: fc.constantFrom(['Sở, ngành, địa phương'], ['Sở Tài chính', 'Sở Xây dựng']),
      onlineLevel: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
      onlineClass: fc.constantFrom('full' as const, 'partial' as const, 'none' as const),
      fee: fc.nat(10_000_000),
      timeLimitDays: fc.nat(90),
      fullOnlineEligible: fc.boolean(),
      validFrom: fc.constantFrom('2022-08-15', '2013-05-04'),
      validTo: fc.constantFrom('2025-06-30'),
    },
    { requiredKeys: ['name'] },
  );

  it('round-trips through proceduresFromRows in both languages', () => {
    fc.assert(
      fc.property(fc.array(procedureArbitrary, { maxLength: 5 }), fc.constantFrom('vi' as const, 'en' as const), (procedures, language) => {
        const { procedures: back, findings } = proceduresFromRows(proceduresToRows(procedures, language));
        expect(findings).toEqual([]);
        expect(back).toEqual(procedures);
      }),
    );
  });

  it('writes Vietnamese headers and values', () => {
    const [row] = proceduresToRows([{ name: 'Cấp phép hợp báo', onlineLevel: 4, tier: 'province', fullOnlineEligible: false }]);
    expect(row).toMatchObject({ 'Tên thủ tục': 'Cấp phép hợp báo', 'Mức độ': 4, 'Cấp thực hiện': 'Cấp tỉnh', 'Đủ điều kiện toàn trình': 'Không', 'Mã thủ tục': null });
  });
});
