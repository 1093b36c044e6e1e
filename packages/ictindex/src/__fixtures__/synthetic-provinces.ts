import type { Framework } from '../framework/framework';
import type { FrameworkNode } from '../framework/framework-node';
import type { IndexData } from '../data/index-data';
import { createPrng } from '../analysis/prng';

/** Ids of the indicators (leaves) of a framework, in document order. */
export function indicatorIds(framework: Framework): string[] {
  const ids: string[] = [];
  const visit = (node: FrameworkNode): void => {
    if (node.children === undefined) ids.push(node.id);
    else node.children.forEach(visit);
  };
  visit(framework.root);
  return ids;
}

/**
 * Synthetic raw values for `unitCount` units ("p01" …), seeded: not real data, only for engine tests
 * and the benchmark.
 */
export function syntheticData(framework: Framework, unitCount: number, seed: number, year = 2017): IndexData {
  const random = createPrng(seed);
  const ids = indicatorIds(framework);
  const values: Record<string, Record<string, number>> = {};
  for (let u = 1; u <= unitCount; u++) {
    const row: Record<string, number> = {};
    for (const id of ids) row[id] = Math.round(random() * 10_000) / 100;
    values[`p${String(u).padStart(2, '0')}`] = row;
  }
  return { year, values };
}
