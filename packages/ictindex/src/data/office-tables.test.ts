import { describe, expect, it } from 'vitest';
import { ictIndex2016 } from '../frameworks/ict-index-2016';
import { fromRows, looksLikeIndexTable } from './from-rows';

const row = (unit: string, value: string) => ({ 'Tỉnh': unit, 'Chỉ tiêu': 'Ứng dụng phần mềm nguồn mở', 'Năm': 2017, 'Điểm': value });

describe('index tables as printed', () => {
  it('reads values printed with decimal points when the column shows it, with no notation given', () => {
    const { datasets, findings } = fromRows(ictIndex2016, [row('Lào Cai', '0.7531'), row('Đà Nẵng', '0.8654')]);
    expect(findings).toEqual([]);
    expect(datasets[0]?.values['Lào Cai']?.['open-source-use']).toBe(0.7531);
  });

  it('reads them with notation en, and Vietnamese ones with vi', () => {
    expect(fromRows(ictIndex2016, [row('Lào Cai', '1,234.5')], { notation: 'en' }).datasets[0]?.values['Lào Cai']?.['open-source-use']).toBe(1234.5);
    expect(fromRows(ictIndex2016, [row('Lào Cai', '5,61')], { notation: 'vi' }).datasets[0]?.values['Lào Cai']?.['open-source-use']).toBe(5.61);
  });

  it('reports an undecidable column once, not per cell', () => {
    const { findings } = fromRows(ictIndex2016, [row('Lào Cai', '1.234'), row('Đà Nẵng', '2.345')]);
    expect(findings.map((f) => f.ruleId)).toEqual(['ictindex/notation-ambiguous']);
  });

  it('skips a total row, takes a column mapping, and says how to map a missing column', () => {
    const rows = [
      { 'Địa bàn': 'Lào Cai', 'Chỉ tiêu': 'Ứng dụng phần mềm nguồn mở', 'Năm': 2017, 'Điểm': '5,61' },
      { 'Địa bàn': 'Tổng cộng', 'Chỉ tiêu': 'Ứng dụng phần mềm nguồn mở', 'Năm': 2017, 'Điểm': '5,61' },
    ];
    expect(looksLikeIndexTable(Object.keys(rows[0] ?? {}), ictIndex2016)).toBe(false);
    expect(looksLikeIndexTable(Object.keys(rows[0] ?? {}), ictIndex2016, { unit: 'Địa bàn' })).toBe(true);
    const missing = fromRows(ictIndex2016, rows);
    expect(missing.findings[0]?.message.en).toContain('--columns unit="…"');
    const mapped = fromRows(ictIndex2016, rows, { columns: { unit: 'dia ban' } });
    expect(mapped.findings).toEqual([]);
    expect(Object.keys(mapped.datasets[0]?.values ?? {})).toEqual(['Lào Cai']);
  });
});
