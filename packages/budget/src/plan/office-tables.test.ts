import { describe, expect, it } from 'vitest';
import { reconcilePlan } from '../calc/reconcile-plan';
import { fromRows } from './from-rows';

describe('budget tables as offices make them', () => {
  it('never reads a table without a unit as đồng silently: one finding per amount column', () => {
    const { plan, findings } = fromRows([
      { STT: '1', 'Tên nhiệm vụ': 'Máy chủ', 'Năm 2020': '1.500', 'Năm 2021': '200' },
      { STT: '2', 'Tên nhiệm vụ': 'Mạng', 'Năm 2020': '2.000', 'Năm 2021': '300' },
    ], { notation: 'vi' });
    expect(findings.map((f) => [f.ruleId, f.data?.column, f.data?.count])).toEqual([
      ['budget/unit-missing', 'Năm 2020', 2],
      ['budget/unit-missing', 'Năm 2021', 2],
    ]);
    expect(plan.unit).toBe('dong');
  });

  it('takes the unit from the lines above the table, the header, or a unit in every cell', () => {
    const rows = [{ STT: '1', 'Tên nhiệm vụ': 'Máy chủ', 'Năm 2020': '1,5' }];
    const captioned = fromRows(rows, { captions: ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2020', 'Đơn vị tính: triệu đồng'] });
    expect(captioned.findings).toEqual([]);
    expect(captioned.plan.lines[0]?.amounts[0]?.dong).toBe('1500000');
    expect(fromRows([{ STT: '1', 'Tên nhiệm vụ': 'Máy chủ', 'Năm 2020 (tỷ đồng)': '1,5' }]).findings).toEqual([]);
    expect(fromRows([{ STT: '1', 'Tên nhiệm vụ': 'Máy chủ', 'Năm 2020': '1,5 tỷ đồng' }]).findings).toEqual([]);
  });

  it('catches a wrong grand total in a table keyed by "Nội dung"', () => {
    const { plan, findings } = fromRows(
      [
        { STT: '1', 'Nội dung': 'Trang bị máy chủ', 'Kinh phí năm 2019': '35.000.000' },
        { STT: '2', 'Nội dung': 'Phần mềm một cửa', 'Kinh phí năm 2019': '15.000.000' },
        { STT: '', 'Nội dung': 'Tổng cộng', 'Kinh phí năm 2019': '60.000.000' },
      ],
      { unit: 'dong' },
    );
    expect(findings).toEqual([]);
    expect(plan.lines.map((line) => line.name)).toEqual(['Trang bị máy chủ', 'Phần mềm một cửa']);
    expect(plan.statedTotals).toHaveLength(1);
    const problems = reconcilePlan(plan);
    expect(problems.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual(['budget/total-mismatch']);
  });

  it('reads a row with amounts and no number nor label as a total, and "Tổng hợp …" as a line', () => {
    const { plan } = fromRows(
      [
        { STT: '1', 'Tên nhiệm vụ': 'Tổng hợp số liệu', 'Năm 2020': '5' },
        { STT: '', 'Tên nhiệm vụ': '', 'Năm 2020': '5' },
      ],
      { unit: 'ty' },
    );
    expect(plan.lines.map((line) => line.name)).toEqual(['Tổng hợp số liệu']);
    expect(plan.statedTotals.map((total) => total.amount.dong)).toEqual(['5000000000']);
  });

  it('detects the notation once per column and reports an undecidable column once', () => {
    const en = fromRows([
      { STT: '1', 'Tên nhiệm vụ': 'A', 'Năm 2014': '1.4' },
      { STT: '2', 'Tên nhiệm vụ': 'B', 'Năm 2014': '15.200' },
    ], { unit: 'ty' });
    expect(en.findings).toEqual([]);
    expect(en.plan.lines.map((line) => line.amounts[0]?.dong)).toEqual(['1400000000', '15200000000']);
    const ambiguous = fromRows([
      { STT: '1', 'Tên nhiệm vụ': 'A', 'Năm 2014': '1.200' },
      { STT: '2', 'Tên nhiệm vụ': 'B', 'Năm 2014': '15.200' },
    ], { unit: 'trieu' });
    expect(ambiguous.findings.map((f) => [f.ruleId, f.data?.count])).toEqual([['budget/notation-ambiguous', 2]]);
    const stated = fromRows([{ STT: '1', 'Tên nhiệm vụ': 'A', 'Năm 2014': '1.200' }], { unit: 'trieu', notation: 'vi' });
    expect(stated.plan.lines[0]?.amounts[0]?.dong).toBe('1200000000');
  });

  it('accepts a column mapping, and says when it names nothing', () => {
    const rows = [
      { 'Số': '1', 'Hạng mục đầu tư': 'Máy chủ', 'Năm 2020': '2' },
      { 'Số': '', 'Hạng mục đầu tư': 'Tổng', 'Năm 2020': '3' },
    ];
    const { plan } = fromRows(rows, { unit: 'ty', columns: { number: 'Số', name: 'hang muc dau tu' } });
    expect(plan.lines.map((line) => [line.number, line.name])).toEqual([['1', 'Máy chủ']]);
    expect(plan.statedTotals).toHaveLength(1);
    const bad = fromRows(rows, { unit: 'ty', columns: { nme: 'Số', name: 'Không có' } });
    expect(bad.findings.filter((f) => f.ruleId === 'budget/column-mapping').map((f) => f.data?.column)).toEqual(['nme', 'name']);
  });
});
