import { describe, expect, it } from 'vitest';
import hagiangCsv from '../../../../examples/hagiang-2013-roadmap/budget.csv?raw';
import langsonCsv from '../../../../examples/langson-2019-it-plan/budget.csv?raw';
import { analyseBudget } from './analyse-budget';

describe('analyseBudget', () => {
  it("totals Lạng Sơn's 2019 IT plan (amounts in đồng, unit in the header)", () => {
    const { totals, findings, plan } = analyseBudget('budget.csv', langsonCsv);
    expect(findings).toEqual([]);
    expect(plan?.unit).toBe('dong');
    expect(totals).toEqual([
      { key: '2019', inUnit: '212.000.000', full: '212.000.000 đồng', inUnitValue: 212_000_000, dongValue: 212_000_000, words: 'Hai trăm mười hai triệu đồng' },
      { key: '', inUnit: '212.000.000', full: '212.000.000 đồng', inUnitValue: 212_000_000, dongValue: 212_000_000, words: 'Hai trăm mười hai triệu đồng' },
    ]);
  });

  it('locates reconciliation findings by row and column letter', () => {
    // STT 2's printed total changed from 1.2 to 1.5 tỷ: its row (3) and the "Tổng kinh phí" column (E).
    const changed = hagiangCsv.replace('2,Cấp giấy phép đầu tư,1.2,0,1.2', '2,Cấp giấy phép đầu tư,1.2,0,1.5');
    const { findings } = analyseBudget('budget.csv', changed, 'ty');
    expect(findings.map((finding) => [finding.ruleId, finding.location?.row, finding.location?.column])).toEqual([
      ['budget/total-mismatch', 3, 'E'],
    ]);
    expect(findings[0]?.message.vi).toContain('Tổng của dòng 2 "Cấp giấy phép đầu tư" ghi 1.500.000.000 đồng');
  });

  it('points the printed column total at its year column', () => {
    const changed = hagiangCsv.replace(',Tổng kinh phí,8,7.2,15.2', ',Tổng kinh phí,8.5,7.2,15.2');
    const { findings } = analyseBudget('budget.csv', changed, 'ty');
    expect(findings.map((finding) => [finding.location?.row, finding.location?.column])).toEqual([[17, 'C']]);
  });
});
