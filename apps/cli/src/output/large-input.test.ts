import { createFinding } from '@egov/core';
import { describe, expect, it } from 'vitest';
import { formatTable } from './format-table';
import { formatFindingsReport } from './print-findings';
import { createStyle } from './style';

const plain = createStyle({ stdout: () => undefined, stderr: () => undefined, env: {}, isTTY: false });

// Issue 23: widths were taken with Math.max(...lengths), which overflows the stack at about 150 000 items.
describe('printing data-sized lists', () => {
  it('formats a table of 200 000 rows', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [String(i), 'x']);
    const lines = formatTable(['n', 'v'], rows).split('\n');
    expect(lines).toHaveLength(200_002);
    expect(lines.at(-1)).toBe('199999  x');
  });

  it('formats a report of 200 000 findings', () => {
    const finding = createFinding({ ruleId: 'io/ragged-row', severity: 'warning', message: { vi: 'Dòng lệch', en: 'Ragged row' }, location: { row: 2, column: 'A' } });
    const text = formatFindingsReport([{ file: 'big.csv', findings: Array.from({ length: 200_000 }, () => finding) }], 'en', plain);
    expect(text.split('\n').filter((line) => line.includes('Ragged row'))).toHaveLength(200_000);
  });
});
