import { describe, expect, it } from 'vitest';
import ranksCsv from '../../../../examples/laocai-2018-ictindex-plan/ictindex-ranks.csv?raw';
import { analyseFolder } from './analyse-folder';

describe('analyseFolder: tables of ICT-Index ranks', () => {
  it("checks Lào Cai 332/KH-UBND's text against its own rank table, at their cells", () => {
    const analysis = analyseFolder([{ name: 'ictindex-ranks.csv', text: ranksCsv }]);
    expect(analysis.files.map((file) => file.kind)).toEqual(['ranks']);
    expect(analysis.findings.map((finding) => [finding.ruleId, finding.severity, finding.location])).toEqual([
      ['ictindex/rank-statement-mismatch', 'error', { file: 'ictindex-ranks.csv', row: 28, column: 'E' }],
      ['ictindex/rank-change-unchecked', 'info', { file: 'ictindex-ranks.csv', row: 33, column: 'G' }],
    ]);
  });

  it('names an unreadable rank at its cell (the column letter)', () => {
    const analysis = analyseFolder([{ name: 'xep-hang.csv', text: 'Tỉnh,Năm,Chỉ số,Xếp hạng\nLào Cai,2017,Ứng dụng CNTT,sáu\n' }]);
    expect(analysis.files[0]?.kind).toBe('ranks');
    expect(analysis.findings.map((finding) => [finding.ruleId, finding.location])).toEqual([['ictindex/rank-table-value', { file: 'xep-hang.csv', row: 2, column: 'D' }]]);
  });
});
