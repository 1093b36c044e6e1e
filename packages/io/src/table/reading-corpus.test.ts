import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../csv/read-csv';

const folder = new URL('../__fixtures__/reading-corpus/', import.meta.url);
const names = readdirSync(folder).filter((name) => name.endsWith('.csv'));

interface Expected {
  readonly table: { headerRow: number; preamble?: string[]; headers: string[]; rows: (string | number)[][]; findings: string[] };
}

describe('reading corpus: tables as offices make them', () => {
  it('has every shape', () => {
    expect(names.length).toBeGreaterThanOrEqual(9);
  });

  it.each(names)('%s reads as expected', (name) => {
    const expected = JSON.parse(readFileSync(new URL(name.replace('.csv', '.expected.json'), folder), 'utf8')) as Expected;
    const result = readCsv(readFileSync(new URL(name, folder)), { file: name });
    if (!result.ok) throw new Error(`${name}: ${result.error.message.en}`);
    const table = result.value;
    expect(table.headerRow).toBe(expected.table.headerRow);
    expect(table.preamble).toEqual(expected.table.preamble);
    expect(table.headers).toEqual(expected.table.headers);
    expect(table.rows.map((row) => [row.row, ...row.values])).toEqual(expected.table.rows);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(expected.table.findings);
  });
});
