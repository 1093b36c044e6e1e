import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { source000Rows, source002Rows, source003Rows, source003UnitCaption } from '../__fixtures__/source-tables';
import { parseUnitHeader } from '../parse/parse-unit-header';
import { budgetPlanSchema } from './budget-plan';
import { columnRole } from './column-role';
import { fromRows } from './from-rows';
import { toRows } from './to-rows';

describe('columnRole', () => {
  it.each([
    ['TT', 'number'],
    ['STT', 'number'],
    ['Tên dự án, nhiệm vụ', 'name'],
    ['Tên dịch vụ công triển khai', 'name'],
    ['Mục tiêu, quy mô', 'objective'],
    ['Thời gian thực hiện', 'period'],
    ['Đơn vị chủ trì', 'lead'],
    ['Cơ quan chủ trì xử lý', 'lead'],
    ['Đơn vị phối hợp', 'partners'],
    ['Cơ quan đồng xử lý', 'partners'],
    ['Nội dung /hạng mục công việc năm 2019', 'content'],
    ['Nguồn vốn', 'source'],
    ['Loại chi', 'type'],
    ['Tổng kinh phí', 'total'],
    ['Ghi chú', 'note'],
    ['Năm', 'year'],
    ['Kinh phí (triệu đồng)', 'amount'],
    ['Lead agency', 'lead'],
    ['Funding source', 'source'],
    ['Xyz', 'unknown'],
  ] as const)('%j is %s', (header, kind) => {
    expect(columnRole(header).kind).toBe(kind);
  });

  it.each([
    ['Năm 2014', 2014, 2014],
    ['2015', 2015, 2015],
    ['Year 2016', 2016, 2016],
    ['Dự kiến kinh phí năm 2019 (Đơn vị tính: Đồng)', 2019, 2019],
    ['Giai đoạn 2016 - 2020', 2016, 2020],
    ['Kinh phí 2013-2014 (tỷ đồng)', 2013, 2014],
  ] as const)('%j is the amount column of %i–%i (pivoted layout)', (header, start, end) => {
    expect(columnRole(header)).toEqual({ kind: 'amount', period: { start, end } });
  });
});

describe('fromRows on the source tables', () => {
  it('reads source 000 (unit and phase from the header "Dự kiến kinh phí năm 2019 (Đơn vị tính: Đồng)")', () => {
    const { plan, findings } = fromRows(source000Rows);
    expect(findings).toEqual([]);
    expect(plan.unit).toBe('dong');
    expect(plan.phase).toBe('proposed');
    expect(plan.lines.map((l) => l.amounts.map((a) => a.dong))).toEqual([
      ['35000000'],
      ['15000000'],
      ['12000000'],
      ['150000000'],
    ]);
    expect(plan.lines[0]).toMatchObject({
      number: '1',
      name: 'Trang bị máy chiếu tại phòng họp 401; 402',
      period: '2019',
      leadAgency: 'Sở Kế hoạch và Đầu tư',
      partnerAgencies: ['Văn phòng Sở'],
      content: 'Lắp đặt máy chiếu tại phòng họp phục vụ công tác',
      row: 2,
    });
    expect(plan.lines[0]?.objective).toBeUndefined();
    expect(plan.lines[3]?.partnerAgencies).toEqual(['Các Sở, ban ngành, UBND huyện thành phố, Hiệp hội doanh nghiệp']);
    expect(plan.lines[1]?.amounts[0]?.period).toEqual({ start: 2019, end: 2019 });
    expect(budgetPlanSchema.safeParse(plan).success).toBe(true);
  });

  it('reads source 002 (amounts per phase period, total and words)', () => {
    const { plan, findings } = fromRows(source002Rows);
    expect(findings).toEqual([]);
    expect(plan.lines.map((l) => [l.amounts[0]?.period, l.amounts[0]?.dong])).toEqual([
      [{ start: 2013, end: 2014 }, '2200000000'],
      [{ start: 2015, end: 2015 }, '1800000000'],
      [{ start: 2016, end: 2020 }, '2000000000'],
    ]);
    expect(plan.statedTotals).toEqual([
      {
        kind: 'grand',
        amount: { dong: '6000000000', printed: '6 tỷ đồng', precision: '1000000000', words: 'Sáu tỷ đồng' },
        label: 'Tổng kinh phí dự kiến cho việc thực hiện Lộ trình',
        row: 5,
      },
    ]);
  });

  it('reads source 003 in the pivoted one-column-per-year layout, unit from the caption', () => {
    const unit = parseUnitHeader(source003UnitCaption);
    expect(unit).toBe('ty');
    const { plan, findings } = fromRows(source003Rows, unit === undefined ? {} : { unit });
    expect(findings).toEqual([]);
    expect(plan.lines).toHaveLength(15);
    expect(plan.lines[0]).toMatchObject({
      number: '1',
      name: 'Đăng ký kinh doanh',
      amounts: [
        { period: { start: 2014, end: 2014 }, dong: '1400000000', printed: '1.4', precision: '100000000' },
        { period: { start: 2015, end: 2015 }, dong: '0', printed: '0', precision: '1000000000' },
      ],
      statedTotal: { dong: '1400000000', printed: '1.4', precision: '100000000' },
    });
    expect(plan.statedTotals.map((t) => [t.kind, t.period, t.amount.dong, t.amount.printed])).toEqual([
      ['column', { start: 2014, end: 2014 }, '8000000000', '8'],
      ['column', { start: 2015, end: 2015 }, '7200000000', '7.2'],
      ['grand', undefined, '15200000000', '15.2'],
    ]);
  });
});

describe('fromRows layouts and problems', () => {
  it('reads the long layout (one row per line and year), English headers, sources and types', () => {
    const { plan, findings } = fromRows(
      [
        { No: '1', Name: 'Data centre', Year: '2024', 'Amount (million VND)': '1.500', Source: 'Provincial', Type: 'investment' },
        { No: '1', Name: 'Data centre', Year: '2025', 'Amount (million VND)': '2.000', Source: 'Ngân sách trung ương', Type: 'Chi đầu tư' },
        { No: '2', Name: 'Cloud rental', Year: '2025', 'Amount (million VND)': '300', Source: 'XHH', Type: 'Thuê dịch vụ' },
      ],
      { unit: 'trieu', notation: 'vi' },
    );
    expect(findings).toEqual([]);
    expect(plan.lines).toHaveLength(2);
    expect(plan.lines[0]?.amounts).toEqual([
      { period: { start: 2024, end: 2024 }, dong: '1500000000', printed: '1.500', precision: '1000000', source: 'provincial', spendingType: 'investment' },
      { period: { start: 2025, end: 2025 }, dong: '2000000000', printed: '2.000', precision: '1000000', source: 'central', spendingType: 'investment' },
    ]);
    expect(plan.lines[1]?.amounts[0]).toMatchObject({ source: 'enterprise', spendingType: 'service-rental' });
  });

  it('turns unreadable cells into findings with row and column, and reads the rest', () => {
    const { plan, findings } = fromRows(
      [
        { STT: '1', 'Tên nhiệm vụ': 'A', 'Năm 2014': '15.200', 'Năm 2015': '1,4', 'Nguồn vốn': 'Ngân sách tỉnh' },
        { STT: '2', 'Tên nhiệm vụ': 'B', 'Năm 2014': 'hai tỷ', 'Năm 2015': 2, 'Nguồn vốn': 'Quỹ ABC' },
        { STT: '3', 'Tên nhiệm vụ': 'C', 'Kinh phí': '5' },
      ],
      { unit: 'ty', file: 'ke-hoach.xlsx', sheet: 'Kinh phí', firstRow: 5 },
    );
    expect(findings.map((f) => [f.ruleId, f.location?.row, f.location?.column])).toEqual([
      ['budget/unknown-value', 6, 'Nguồn vốn'],
      ['budget/amount-invalid', 6, 'Năm 2014'],
      ['budget/amount-period-missing', 7, 'Kinh phí'],
      // Reported once for the column, after the rows.
      ['budget/notation-ambiguous', 5, 'Năm 2014'],
    ]);
    expect(findings[0]?.location).toMatchObject({ file: 'ke-hoach.xlsx', sheet: 'Kinh phí' });
    expect(plan.lines[0]?.amounts.map((a) => a.dong)).toEqual(['1400000000']);
    expect(plan.lines[0]?.source).toBe('provincial');
    expect(plan.lines[1]?.amounts.map((a) => a.dong)).toEqual(['2000000000']);
  });

  it('takes the unit from a caption row inside the sheet', () => {
    const { plan, findings } = fromRows([
      { TT: 'Đơn vị tính: triệu đồng', 'Tên nhiệm vụ': null, 'Năm 2020': null },
      { TT: '1', 'Tên nhiệm vụ': 'Máy chủ', 'Năm 2020': '1,5' },
      { TT: 'ĐVT: đồng', 'Tên nhiệm vụ': null, 'Năm 2020': null },
      { TT: '2', 'Tên nhiệm vụ': 'Mạng', 'Năm 2020': '250.000' },
    ]);
    expect(findings).toEqual([]);
    expect(plan.unit).toBe('trieu');
    expect(plan.lines.map((l) => [l.number, l.amounts[0]?.dong])).toEqual([
      ['1', '1500000'],
      ['2', '250000'],
    ]);
  });

  it('accepts positioned rows and nested numbering', () => {
    const { plan } = fromRows([
      { cells: { TT: 'I', 'Tên nhiệm vụ': 'Hạ tầng', 'Năm 2020': '300' }, position: { row: 10, sheet: 'S' } },
      { cells: { TT: '1', 'Tên nhiệm vụ': 'Máy chủ', 'Năm 2020': '200' }, position: { row: 11, sheet: 'S' } },
      { cells: { TT: '2', 'Tên nhiệm vụ': 'Mạng', 'Năm 2020': '100' }, position: { row: 12, sheet: 'S' } },
    ]);
    expect(plan.lines.map((l) => [l.number, l.row])).toEqual([
      ['I', 10],
      ['1', 11],
      ['2', 12],
    ]);
  });
});

describe('toRows', () => {
  it('round-trips source 003 through the pivoted layout', () => {
    const { plan } = fromRows(source003Rows, { unit: 'ty' });
    const rows = toRows(plan);
    expect(rows[0]).toMatchObject({ TT: '1', 'Tên nhiệm vụ': 'Đăng ký kinh doanh', 'Năm 2014 (tỷ đồng)': '1,4', 'Năm 2015 (tỷ đồng)': '0' });
    expect(rows.at(-1)).toMatchObject({ TT: null, 'Tên nhiệm vụ': 'Tổng kinh phí', 'Năm 2015 (tỷ đồng)': '7,2', 'Tổng kinh phí (tỷ đồng)': '15,2' });
    const again = fromRows(rows, { notation: 'vi' });
    expect(again.findings).toEqual([]);
    expect(again.plan.lines.map((l) => l.amounts.map((a) => a.dong))).toEqual(plan.lines.map((l) => l.amounts.map((a) => a.dong)));
    expect(again.plan.statedTotals.map((t) => t.amount.dong)).toEqual(plan.statedTotals.map((t) => t.amount.dong));
  });

  it('round-trips the long layout with English headers, keeping per-amount phase and source', () => {
    const { plan } = fromRows(source002Rows);
    const withSources = {
      ...plan,
      lines: plan.lines.map((line, i) => ({
        ...line,
        amounts: line.amounts.map((a) => ({ ...a, source: i === 0 ? ('central' as const) : ('provincial' as const) })),
      })),
    };
    const rows = toRows(withSources, { layout: 'long', language: 'en' });
    expect(Object.keys(rows[0] ?? {})).toContain('Year');
    const again = fromRows(rows, { notation: 'vi' });
    expect(again.findings).toEqual([]);
    expect(again.plan.lines.map((l) => l.amounts.map((a) => [a.dong, a.source, a.period]))).toEqual(
      withSources.lines.map((l) => l.amounts.map((a) => [a.dong, a.source, a.period])),
    );
    expect(again.plan.statedTotals[0]?.amount.words).toBe('Sáu tỷ đồng');
  });

  it('produces a plan whose JSON Schema can be published', () => {
    const schema = z.toJSONSchema(budgetPlanSchema, { io: 'input', unrepresentable: 'any' });
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties ?? {})).toEqual(expect.arrayContaining(['lines', 'statedTotals', 'unit', 'phase']));
  });
});
