import { readFileSync, readdirSync } from 'node:fs';
import { readCsv, tableRecords } from '@egov/io';
import { describe, expect, it } from 'vitest';
import { fromRows } from '../data/from-rows';
import { ictIndex2016 } from '../frameworks/ict-index-2016';

// The reading corpus of @egov/io: index tables in both decimal notations, with their expected reading.
const folder = new URL('../../../io/src/__fixtures__/reading-corpus/', import.meta.url);
const names = readdirSync(folder).filter((name) => name.startsWith('index-') && name.endsWith('.csv'));

interface Expected {
  readonly ictindex: { values: Record<string, number>; findings: string[] };
}

describe('reading corpus: index tables', () => {
  it.each(names)('%s reads as expected with no notation given', (name) => {
    const expected = (JSON.parse(readFileSync(new URL(name.replace('.csv', '.expected.json'), folder), 'utf8')) as Expected).ictindex;
    const table = readCsv(readFileSync(new URL(name, folder)), { file: name });
    if (!table.ok) throw new Error(name);
    const { datasets, findings } = fromRows(ictIndex2016, tableRecords(table.value).map((record) => record.cells));
    const values = Object.fromEntries(Object.entries(datasets[0]?.values ?? {}).map(([unit, byIndicator]) => [unit, byIndicator['open-source-use']]));
    expect(values).toEqual(expected.values);
    expect(findings.map((finding) => finding.ruleId)).toEqual(expected.findings);
  });
});
