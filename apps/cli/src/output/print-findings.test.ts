import { createFinding } from '@egov/core';
import { describe, expect, it } from 'vitest';
import { formatFindingsReport } from './print-findings';
import { createStyle } from './style';

const plain = createStyle({ stdout: () => undefined, stderr: () => undefined, env: {}, isTTY: false });

describe('formatFindingsReport', () => {
  it('places a finding at its cell, its line:column (keeping the pointer), or its JSON pointer', () => {
    const findings = [
      createFinding({ ruleId: 'budget/total-mismatch', severity: 'error', message: { vi: 'Tổng sai', en: 'Wrong total' }, location: { row: 17, column: 'E' } }),
      createFinding({ ruleId: 'roadmap/step-after-due', severity: 'warning', message: { vi: 'Bước muộn', en: 'Late step' }, path: '/steps/0/services/0', location: { row: 105, column: '9' } }),
      createFinding({ ruleId: 'roadmap/stated-total-mismatch', severity: 'info', message: { vi: 'Tổng nêu', en: 'Stated' }, path: '/stated_totals/1/value' }),
    ];
    expect(formatFindingsReport([{ file: 'f', findings }], 'en', plain).split('\n')).toEqual([
      'f',
      '  E17                     error   Wrong total  budget/total-mismatch',
      '  105:9                   warning Late step  roadmap/step-after-due /steps/0/services/0',
      '  /stated_totals/1/value  info    Stated  roadmap/stated-total-mismatch',
      '',
      '1 file: 1 error, 1 warning, 1 info',
      '',
    ]);
  });
});
