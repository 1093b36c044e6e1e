import { readFileSync, readdirSync } from 'node:fs';
import { readCsv, tableRecords } from '@egov/io';
import { describe, expect, it } from 'vitest';
import { reconcilePlan } from '../calc/reconcile-plan';
import { fromRows } from '../plan/from-rows';

// The reading corpus of @egov/io: small budget tables as offices make them, with their expected reading.
const folder = new URL('../../../io/src/__fixtures__/reading-corpus/', import.meta.url);
const names = readdirSync(folder).filter((name) => name.startsWith('budget-') && name.endsWith('.csv'));

interface Expected {
  readonly budget: { unit: string; lines: string[][]; statedTotals: number; findings: string[]; reconcileErrors: string[] };
}

describe('reading corpus: budget tables', () => {
  it('has the budget shapes', () => {
    expect(names.length).toBeGreaterThanOrEqual(4);
  });

  it.each(names)('%s reads as expected, and its totals are checked', (name) => {
    const expected = (JSON.parse(readFileSync(new URL(name.replace('.csv', '.expected.json'), folder), 'utf8')) as Expected).budget;
    const table = readCsv(readFileSync(new URL(name, folder)), { file: name });
    if (!table.ok) throw new Error(name);
    const { plan, findings } = fromRows(tableRecords(table.value), { file: name, ...(table.value.preamble === undefined ? {} : { captions: table.value.preamble }) });
    expect(plan.unit).toBe(expected.unit);
    expect(plan.lines.map((line) => line.amounts.map((amount) => amount.dong))).toEqual(expected.lines);
    expect(plan.statedTotals).toHaveLength(expected.statedTotals);
    expect(findings.map((finding) => finding.ruleId)).toEqual(expected.findings);
    const errors = reconcilePlan(plan).filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => finding.ruleId)).toEqual(expected.reconcileErrors);
  });
});
