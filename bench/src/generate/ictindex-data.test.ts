import { ictIndex2016, indicatorNodes } from '@egov/ictindex';
import { describe, expect, it } from 'vitest';
import { ictIndexYears } from './ictindex-data';

describe('ictIndexYears', () => {
  it('gives 63 provinces × 30 indicators × 5 years, deterministically', () => {
    const ids = indicatorNodes(ictIndex2016.root).map((node) => node.id);
    expect(ids).toHaveLength(30);
    const years = ictIndexYears(ids);
    expect(years.map((y) => y.year)).toEqual([2016, 2017, 2018, 2019, 2020]);
    for (const year of years) {
      expect(Object.keys(year.values)).toHaveLength(63);
      for (const values of Object.values(year.values)) expect(Object.keys(values)).toEqual(ids);
    }
    expect(ictIndexYears(ids)).toEqual(years);
  });
});
