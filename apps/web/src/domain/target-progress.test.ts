import { describe, expect, it } from 'vitest';
import hagiangYaml from '../../../../examples/hagiang-2013-roadmap/roadmap.yaml?raw';
import thaibinhYaml from '../../../../examples/thaibinh-2013-roadmap/roadmap.yaml?raw';
import { editRoadmapEntry } from '../workspace/roadmap-entry-edit';
import { analyseRoadmap } from './analyse-roadmap';
import { defaultProgressDate, targetProgress } from './target-progress';

const roadmapOf = (text: string) => {
  const roadmap = analyseRoadmap('roadmap.yaml', text).roadmap;
  if (roadmap === undefined) throw new Error('no roadmap');
  return roadmap;
};
const summary = (text: string, asOf: string) =>
  targetProgress(roadmapOf(text), asOf).rows.map((row) => [row.path, row.status, row.needed, row.byDue, row.byDate]);

describe('targetProgress', () => {
  it('defaults to the last day of the period (Thái Bình 2013–2020)', () => {
    expect(defaultProgressDate(roadmapOf(thaibinhYaml))).toBe('2020-12-31');
  });

  it('Thái Bình at the end of 2020: 33 services at level 3 by 2015, 13 at level 4 by 2020, the 06 of 2012 — all met', () => {
    expect(summary(thaibinhYaml, '2020-12-31')).toEqual([
      ['/stated_totals/1', 'met', 33, 33, 35],
      ['/stated_totals/2', 'met', 13, 13, 13],
      ['/stated_totals/3', 'met', 6, 6, 35],
    ]);
  });

  it('Thái Bình in mid-2014: the 2015 and 2020 totals are on track, 8 services at level 3 so far', () => {
    expect(summary(thaibinhYaml, '2014-06-30')).toEqual([
      ['/stated_totals/1', 'on-track', 33, 33, 8],
      ['/stated_totals/2', 'on-track', 13, 13, 0],
      ['/stated_totals/3', 'met', 6, 6, 8],
    ]);
  });

  it('Thái Bình with "Cấp phép hợp báo" lowered to level 3: 13 at level 4 by 2020 is missed (12)', () => {
    const edited = editRoadmapEntry(thaibinhYaml, 4, 'target_level', 3) ?? '';
    const report = targetProgress(roadmapOf(edited), '2020-12-31');
    expect(report.rows.find((row) => row.path === '/stated_totals/2')).toMatchObject({ status: 'missed', needed: 13, byDue: 12 });
    expect(report.counts).toMatchObject({ met: 2, missed: 1 });
  });

  it('Thái Bình with the 2015 entries moved to 2016: 33 by 2015 becomes late', () => {
    let text = thaibinhYaml;
    for (let index = 15; index <= 26; index++) text = editRoadmapEntry(text, index, 'due', 2016) ?? text;
    expect(targetProgress(roadmapOf(text), '2020-12-31').rows[0]).toMatchObject({ status: 'late', needed: 33, byDue: 21 });
  });

  it('Hà Giang: 15 by 2015 met; 30 by 2020 unreachable (26 services named); the per-agency minimum not checked', () => {
    const report = targetProgress(roadmapOf(hagiangYaml), '2020-12-31');
    expect(report.rows.map((row) => [row.path, row.status, row.needed, row.byDue])).toEqual([
      ['/stated_totals/0', 'met', 15, 15],
      ['/stated_totals/1', 'unreachable', 30, 26],
      ['/targets/0', 'not-checked', undefined, undefined],
    ]);
    expect(report.counts).toEqual({ met: 1, 'on-track': 0, late: 0, missed: 0, unreachable: 1, 'not-checked': 1 });
  });

  it('counts a share target over all the baseline procedures, exactly (roadmapProgress)', () => {
    const roadmap = roadmapOf(thaibinhYaml);
    // 1% of Thái Bình's 1 409 procedures is 14.09 → 15 services at level 3 or higher.
    const report = targetProgress({ ...roadmap, targets: [{ kind: 'share', level: 3, value: 0.01, by: 2014 }] }, '2020-12-31');
    expect(report.rows.at(-1)).toMatchObject({ path: '/targets/0', needed: 15, byDue: 21, status: 'met' });
  });

  it('gives every entry its status against an actual catalogue (roadmapProgress)', () => {
    const report = targetProgress(roadmapOf(thaibinhYaml), '2015-12-31', [
      { name: 'Cấp giấy phép xây dựng', level: 3 },
      { name: 'Cấp phép hợp báo', level: 3 },
    ]);
    expect(report.entries?.statuses[0]).toMatchObject({ status: 'done', matched: 'Cấp giấy phép xây dựng' });
    expect(report.entries?.statuses[4]).toMatchObject({ status: 'missed', service: 'Cấp phép hợp báo' });
    expect(report.entries?.counts).toEqual({ done: 1, 'on-track': 22, missed: 14 }); // 2 due 2013 + 13 due 2014 are past; 12 due 2015 + 10 due 2020 are not
  });
});
