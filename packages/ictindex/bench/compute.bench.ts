// Benchmark (not a test): `pnpm bench`. Full computation of the ICT-Index for 63 provinces × 30
// indicators, then a what-if for every indicator of every province (1 890 recomputations).
import { bench, describe } from 'vitest';
import { indicatorIds, syntheticData } from '../src/__fixtures__/synthetic-provinces';
import { bestMoves } from '../src/analysis/best-moves';
import { computeIndex } from '../src/engine/compute-index';
import { whatIf } from '../src/engine/what-if';
import { ictIndex2016 } from '../src/frameworks/ict-index-2016';

const data = syntheticData(ictIndex2016, 63, 2017);
const ids = indicatorIds(ictIndex2016);
const units = Object.keys(data.values);

describe('ICT-Index, 63 provinces × 30 indicators', () => {
  bench('computeIndex (full)', () => {
    computeIndex(ictIndex2016, data);
  });

  bench('computeIndex + whatIf for every indicator of every province (1 890)', () => {
    const base = computeIndex(ictIndex2016, data);
    let sink = 0;
    for (const unitId of units) {
      for (const indicatorId of ids) {
        const value = (base.raw(indicatorId, unitId) ?? 0) + 10;
        sink += whatIf(base, [{ unitId, indicatorId, value }]).rank('ict-index', unitId) ?? 0;
      }
    }
    if (sink === 0) throw new Error('no ranks');
  });

  bench('bestMoves for one province', () => {
    bestMoves(computeIndex(ictIndex2016, data), 'p07');
  });
});
