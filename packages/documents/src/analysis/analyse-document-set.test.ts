import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseDocumentSet } from './analyse-document-set';

const example = (path: string): { path: string; bytes: Uint8Array } => ({
  path,
  bytes: readFileSync(new URL(`../../../../examples/${path}`, import.meta.url)),
});

describe('analyseDocumentSet', () => {
  it('detects each kind of the Lạng Sơn plan folder and takes the budget unit its plan declares', async () => {
    const analysis = await analyseDocumentSet(
      ['langson-2019-it-plan/budget.csv', 'langson-2019-it-plan/infrastructure.csv', 'langson-2019-it-plan/plan.yaml', 'langson-2019-it-plan/procedure-levels.csv'].map(example),
    );
    expect(analysis.files.map((file) => [file.path, file.kind?.id, file.listedBy])).toEqual([
      ['langson-2019-it-plan/budget.csv', 'budget', undefined],
      ['langson-2019-it-plan/infrastructure.csv', undefined, 'langson-2019-it-plan/plan.yaml'],
      ['langson-2019-it-plan/plan.yaml', 'plan', undefined],
      ['langson-2019-it-plan/procedure-levels.csv', 'procedure-levels', 'langson-2019-it-plan/plan.yaml'],
    ]);
    expect(analysis.files[0]?.unit).toEqual({ unit: 'dong', source: 'declared', document: 'langson-2019-it-plan/plan.yaml' });
    expect(analysis.links).toContainEqual({ from: 'langson-2019-it-plan/plan.yaml', to: 'langson-2019-it-plan/budget.csv', relation: 'unit', source: 'declared' });
    expect(analysis.links).toContainEqual({ from: 'langson-2019-it-plan/plan.yaml', to: 'langson-2019-it-plan/infrastructure.csv', relation: 'tables', source: 'declared' });
  });

  it('says why no kind matched a table, kind by kind', async () => {
    const analysis = await analyseDocumentSet([{ path: 'x.csv', text: 'a,b\n1,2\n' }]);
    const file = analysis.files[0];
    expect(file?.kind).toBeUndefined();
    expect(file?.mismatches?.map((mismatch) => mismatch.kind)).toEqual(['budget', 'procedure-levels', 'records', 'catalogue', 'indicators', 'ranks']);
    expect(file?.mismatches?.find((mismatch) => mismatch.kind === 'records')?.reason.en).toMatch(/^lacks record columns: /);
  });

  it('locates a roadmap finding at its YAML line and column', async () => {
    const text = 'decision: { number: "1/QĐ-UBND", date: "2013-05-04" }\nprovince: Thái Bình\nperiod: { start: 2013, end: 2020 }\nentries:\n  - { service: "Cấp phép", target_level: 3, due: 2014 }\n  - { service: "Cấp phép", target_level: 2, due: 2015 }\n';
    const analysis = await analyseDocumentSet([{ path: 'r.yaml', text }]);
    const down = analysis.files[0]?.findings.find((finding) => finding.ruleId === 'roadmap/level-down');
    expect(down?.location).toMatchObject({ file: 'r.yaml', row: 6 });
  });

  it('gives plain data that survives structured cloning (a Web Worker can post it)', async () => {
    const analysis = await analyseDocumentSet(['hagiang-2013-roadmap/budget.csv', 'hagiang-2013-roadmap/roadmap.yaml'].map(example));
    expect(structuredClone(analysis)).toEqual(analysis);
    expect(analysis.files[0]?.summary).toMatchObject({ unit: 'ty' });
  });

  it('reads an unreadable input as a finding, never an exception', async () => {
    const analysis = await analyseDocumentSet([{ path: 'broken.yaml', text: 'a: [1, 2\n' }, { path: 'empty.csv' }]);
    expect(analysis.files.map((file) => [file.format, file.findings[0]?.severity])).toEqual([
      ['unreadable', 'error'],
      ['unreadable', 'error'],
    ]);
  });

  it('rejects an unknown forced kind as a programmer error', async () => {
    await expect(analyseDocumentSet([], { kind: 'nope' })).rejects.toThrow(/unknown kind "nope"/);
  });
});
