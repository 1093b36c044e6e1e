import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { levelCountsFromRows } from '../rows/level-counts-from-rows';
import { proceduresFromRows } from '../rows/procedures-from-rows';
import type { Row } from '../rows/row';

// The reading corpus of @egov/io: each table as @egov/io reads it (tested there), then as this package does.
const folder = new URL('../../../io/src/__fixtures__/reading-corpus/', import.meta.url);

interface Expected {
  readonly table: { headers: string[]; rows: (string | number)[][] };
  readonly procedures?: { count: number; levels: number[]; totals: unknown[]; errors: string[] };
  readonly levelCounts?: { byLevel: Record<string, number>; statedTotal: number; errors: string[] };
}

const corpus = readdirSync(folder)
  .filter((name) => name.endsWith('.expected.json'))
  .map((name) => [name, JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as Expected] as const);

function rowsOf(expected: Expected): { rows: Row[]; firstRow: number } {
  const rows = expected.table.rows.map(([, ...values]) => Object.fromEntries(expected.table.headers.map((header, index) => [header, values[index] ?? null])));
  return { rows, firstRow: Number(expected.table.rows[0]?.[0] ?? 2) };
}

describe('reading corpus: procedure tables', () => {
  it.each(corpus.filter(([, expected]) => expected.procedures !== undefined))('%s reads as expected', (_name, expected) => {
    const want = expected.procedures;
    const { rows, firstRow } = rowsOf(expected);
    const result = proceduresFromRows(rows, { firstRow });
    expect(result.procedures).toHaveLength(want?.count ?? -1);
    expect(result.procedures.map((procedure) => procedure.onlineLevel)).toEqual(want?.levels);
    expect(result.totals).toEqual(want?.totals);
    expect(result.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId)).toEqual(want?.errors);
  });

  it.each(corpus.filter(([, expected]) => expected.levelCounts !== undefined))('%s counts as expected', (_name, expected) => {
    const want = expected.levelCounts;
    const { rows, firstRow } = rowsOf(expected);
    const result = levelCountsFromRows(rows, { firstRow });
    expect(result.byLevel).toEqual(want?.byLevel);
    expect(result.statedTotal?.value).toBe(want?.statedTotal);
    expect(result.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId)).toEqual(want?.errors);
  });
});
