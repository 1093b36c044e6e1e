import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCsv } from './read-csv';

// The reading corpus: small CSV files of each shape offices produce (every line-end style, ragged rows,
// quotes that never close or swallow lines, a header with an unquoted delimiter), each beside its expected
// reading. Every one must read exactly so, and every line must be a row or a set-aside row named by an error.
const folder = fileURLToPath(new URL('../__fixtures__/csv-shapes/', import.meta.url));

interface Expected {
  readonly headers: string[];
  readonly rows: { row: number; values: string[] }[];
  readonly setAside: { row: number; reason: string }[];
  readonly errors: string[];
}

describe('the reading corpus', () => {
  const names = readdirSync(folder).filter((name) => name.endsWith('.csv'));
  it('has a file for each shape', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
  });
  for (const name of names) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(join(folder, name.replace(/\.csv$/, '.expected.json')), 'utf8')) as Expected;
      const result = readCsv(readFileSync(join(folder, name)), { file: name });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.headers).toEqual(expected.headers);
      expect(result.value.rows).toEqual(expected.rows);
      expect((result.value.setAsideRows ?? []).map(({ row, reason }) => ({ row, reason }))).toEqual(expected.setAside);
      const errors = result.findings.filter((finding) => finding.severity === 'error');
      expect(errors.map((finding) => finding.ruleId)).toEqual(expected.errors);
      for (const { row } of expected.setAside) expect(errors.some((finding) => (finding.data?.rows as number[]).includes(row))).toBe(true);
    });
  }
});
