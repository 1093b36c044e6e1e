import { describe, expect, it } from 'vitest';
import { formatReportCell } from './format-report-cell';

describe('formatReportCell', () => {
  it.each([
    [15_200_000_000, 'dong', 'vi', '15.200.000.000'],
    [15_200_000_000, 'dong', 'en', '15,200,000,000'],
    [212_000_000, 'dong', 'vi', '212.000.000'],
    [35_000_000, 'dong', 'vi', '35.000.000'],
    [5.63, 'decimal', 'vi', '5,63'],
    [5.63, 'decimal', 'en', '5.63'],
    [-1400, 'decimal', 'vi', '-1.400'],
    [138, 'integer', 'vi', '138'],
    [null, 'dong', 'vi', ''],
    ['70/138 = 50,72%', 'text', 'vi', '70/138 = 50,72%'],
  ] as const)('%s as %s (%s) → %s', (value, format, lang, expected) => {
    expect(formatReportCell(value, format, lang)).toBe(expected);
  });
});
