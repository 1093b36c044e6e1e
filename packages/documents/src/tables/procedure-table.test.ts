import { readFileSync } from 'node:fs';
import { unwrap } from '@egov/core';
import { readCsv } from '@egov/io';
import { describe, expect, it } from 'vitest';
import { levelCountsFromTable } from './procedure-table';

const langSon = readFileSync(new URL('../../../../examples/langson-2019-it-plan/procedure-levels.csv', import.meta.url), 'utf8');
const wrongTotal = readFileSync(new URL('../__fixtures__/wrong-total-procedure-levels.csv', import.meta.url), 'utf8');

describe('levelCountsFromTable', () => {
  it("reads source 000's counts (60 + 10 + 68 + 0 = 138) with the package's share finding", () => {
    const counts = levelCountsFromTable(unwrap(readCsv(langSon, { file: 'procedure-levels.csv' })), 'procedure-levels.csv');
    expect(counts.byLevel).toEqual({ 1: 0, 2: 68, 3: 10, 4: 60 });
    expect(counts.statedTotal).toEqual({ value: 138, row: 6 });
    expect(counts.counts.total).toBe(138);
    expect(counts.findings.map((finding) => [finding.ruleId, finding.message.vi])).toEqual([
      ['procedures/level-share', '60 + 10 + 68 + 0 = 138, khớp tổng ghi 138; mức độ 3 trở lên: 70/138 = 50,72%'],
    ]);
  });

  it('points a wrong total at its column letter, and at its spreadsheet row after a blank line', () => {
    const withBlank = wrongTotal.replace('\n,Tổng số', '\n\n,Tổng số');
    const counts = levelCountsFromTable(unwrap(readCsv(withBlank, { file: 'wrong.csv' })), 'shown.csv');
    expect(counts.findings.map((finding) => [finding.ruleId, finding.location])).toEqual([
      ['procedures/level-count-total-mismatch', { file: 'shown.csv', row: 7, column: 'C' }],
    ]);
  });
});
