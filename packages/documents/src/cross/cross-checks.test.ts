import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseDocumentSet } from '../analysis/analyse-document-set';

const fixture = (path: string): { path: string; bytes: Uint8Array } => ({ path, bytes: readFileSync(new URL(`../__fixtures__/${path}`, import.meta.url)) });

describe('cross-document checks on planted folders', () => {
  it("a roadmap's budget lines against the budget table it names: the 2015 total and the grand total differ", async () => {
    const analysis = await analyseDocumentSet([fixture('cross-budget/budget.csv'), fixture('cross-budget/roadmap.yaml')]);
    expect(analysis.links).toContainEqual({ from: 'cross-budget/roadmap.yaml', to: 'cross-budget/budget.csv', relation: 'budget', source: 'declared' });
    expect(analysis.crossDocument.map((finding) => [finding.ruleId, finding.data?.period, finding.data?.inDocument, finding.data?.inTable, finding.location?.file])).toEqual([
      ['documents/budget-total-mismatch', '2015', '2500000000', '2000000000', 'cross-budget/roadmap.yaml'],
      ['documents/budget-total-mismatch', '', '3500000000', '3000000000', 'cross-budget/roadmap.yaml'],
    ]);
    expect(analysis.crossDocument[0]?.location?.row).toBeGreaterThan(1);
    // Listed under the roadmap's own findings too.
    expect(analysis.files.find((file) => file.path === 'cross-budget/roadmap.yaml')?.findings.filter((finding) => finding.ruleId === 'documents/budget-total-mismatch')).toHaveLength(2);
  });

  it('a roadmap against the catalogue beside it: unknown service, level already reached, target above the catalogue', async () => {
    const analysis = await analyseDocumentSet([fixture('cross-catalogue/catalogue.csv'), fixture('cross-catalogue/roadmap.yaml')]);
    expect(analysis.links).toContainEqual({ from: 'cross-catalogue/roadmap.yaml', to: 'cross-catalogue/catalogue.csv', relation: 'catalogue', source: 'inferred' });
    expect(analysis.crossDocument.map((finding) => [finding.ruleId, finding.path, finding.location?.row])).toEqual([
      ['documents/target-exceeds-catalogue', '/stated_totals/0/value', 11],
      ['documents/service-not-in-catalogue', '/entries/2/service', 9],
      ['documents/level-already-reached', '/entries/1/target_level', 8],
    ]);
  });

  it('links nothing when two catalogues sit beside a roadmap that names neither (never guesses)', async () => {
    const catalogue = fixture('cross-catalogue/catalogue.csv');
    const analysis = await analyseDocumentSet([catalogue, { ...catalogue, path: 'cross-catalogue/catalogue-2.csv' }, fixture('cross-catalogue/roadmap.yaml')]);
    expect(analysis.crossDocument).toEqual([]);
  });
});

describe('a plan against the tables it lists', () => {
  it('its stated count of procedures and one level differ from the table of counts by level', async () => {
    const analysis = await analyseDocumentSet([fixture('cross-counts/plan.yaml'), fixture('cross-counts/procedure-levels.csv')]);
    expect(analysis.links).toContainEqual({ from: 'cross-counts/plan.yaml', to: 'cross-counts/procedure-levels.csv', relation: 'tables', source: 'declared' });
    expect(analysis.crossDocument.map((finding) => [finding.ruleId, finding.path, finding.data?.inDocument, finding.data?.inTable, finding.location?.row])).toEqual([
      ['documents/stated-count-mismatch', '/current_state/figures/0/value', 140, 138, 10],
      ['documents/stated-count-mismatch', '/current_state/figures/0/parts/2/value', 70, 68, 14],
    ]);
  });
});
