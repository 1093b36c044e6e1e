import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { provinces34Rows, provinces63Rows } from './provinces-data';

// The reference CSVs (with their README and sources) live in the package's `data/admin-units/`; they are
// not shipped, the compiled rows are. Tests may read files; package code may not.
const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/admin-units');

function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(path.join(dataDir, file), 'utf8');
  expect(text.normalize('NFC')).toBe(text);
  expect(text).not.toContain('"'); // no quoted fields: a plain split is a correct parse
  const [header, ...lines] = text.split('\n').filter((line) => line !== '');
  const columns = (header ?? '').split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    expect(cells).toHaveLength(columns.length);
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
  });
}

describe('compiled province data', () => {
  it('equals provinces-63.csv row for row', () => {
    const rows = readCsv('provinces-63.csv');
    expect(rows).toHaveLength(63);
    expect(provinces63Rows).toEqual(rows);
  });
  it('equals provinces-34.csv row for row', () => {
    const rows = readCsv('provinces-34.csv');
    expect(rows).toHaveLength(34);
    expect(provinces34Rows).toEqual(rows);
  });
});
