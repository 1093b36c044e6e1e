import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { publishedDecimalPairs, publishedPairs } from '../__fixtures__/number-words-pairs';

// The published pairs (with their README and sources) live in the package's `data/number-words/`; the
// fixture transcribes them for the tests. Tests may read files; package code may not.
const dataFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/number-words/pairs.tsv');

function readPairs(): (readonly [string, string, string])[] {
  const text = readFileSync(dataFile, 'utf8');
  expect(text.normalize('NFC')).toBe(text);
  const [header, ...lines] = text.split('\n').filter((line) => line !== '');
  expect(header).toBe('number\twords (formal style)\tsource');
  return lines.map((line) => {
    const cells = line.split('\t');
    expect(cells).toHaveLength(3);
    return [cells[0] ?? '', cells[1] ?? '', cells[2] ?? ''] as const;
  });
}

describe('published number/words pairs', () => {
  it('the fixture transcribes data/number-words/pairs.tsv row for row (whole numbers, then decimals)', () => {
    const rows = readPairs();
    expect(rows.length).toBeGreaterThanOrEqual(35);
    expect(publishedPairs).toEqual(rows.filter(([number]) => !number.includes('.')));
    expect(publishedDecimalPairs).toEqual(rows.filter(([number]) => number.includes('.')));
  });
});
