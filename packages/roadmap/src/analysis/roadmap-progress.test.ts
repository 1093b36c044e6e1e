import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EgovError } from '@egov/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { minimalRoadmap } from '../__fixtures__/minimal-roadmap';
import { thaiBinhCatalogue2015 } from '../__fixtures__/thaibinh-catalogue-2015';
import { safeParseRoadmap } from '../model/parse-roadmap';
import type { Roadmap, Target } from '../model/roadmap-schema';
import { roadmapProgress, type ProgressCatalogueItem } from './roadmap-progress';

const statusOf = (roadmap: Roadmap, catalogue: readonly ProgressCatalogueItem[], asOf: string) =>
  roadmapProgress(roadmap, catalogue, asOf).entries.map((entry) => entry.status);

describe('roadmapProgress: entries', () => {
  const building = { service: 'Cấp giấy phép xây dựng', target_level: 3, due: 2013 };

  it('done when the catalogue has the service at the target level or higher, whatever the date', () => {
    const roadmap = minimalRoadmap([building, { ...building, service: 'Gia hạn giấy phép xây dựng', due: 2014 }]);
    const catalogue = [
      { name: 'Cấp giấy phép xây dựng', level: 4 },
      { name: 'Gia hạn giấy phép xây dựng', level: 3 },
    ];
    expect(statusOf(roadmap, catalogue, '2013-06-01')).toEqual(['done', 'done']);
    expect(statusOf(roadmap, catalogue, '2030-01-01')).toEqual(['done', 'done']);
  });

  it('on-track up to the last day of the due time, missed from the next day', () => {
    const roadmap = minimalRoadmap([
      { ...building, due: 2015 },
      { ...building, service: 'Gia hạn giấy phép xây dựng', due: '2014-06' },
      { ...building, service: 'Điều chỉnh giấy phép xây dựng', due: '2014-02-28' },
    ]);
    const catalogue = [{ name: 'Cấp giấy phép xây dựng', level: 2 }];
    expect(statusOf(roadmap, catalogue, '2014-02-28')).toEqual(['on-track', 'on-track', 'on-track']);
    expect(statusOf(roadmap, catalogue, '2014-03-01')).toEqual(['on-track', 'on-track', 'missed']);
    expect(statusOf(roadmap, catalogue, '2014-06-30')).toEqual(['on-track', 'on-track', 'missed']);
    expect(statusOf(roadmap, catalogue, '2014-07-01')).toEqual(['on-track', 'missed', 'missed']);
    expect(statusOf(roadmap, catalogue, '2015-12-31')).toEqual(['on-track', 'missed', 'missed']);
    expect(statusOf(roadmap, catalogue, '2016-01-01')).toEqual(['missed', 'missed', 'missed']);
  });

  it.each([
    // [entry target, catalogue level/class, done]
    [{ target_level: 3 }, { level: 2 }, false],
    [{ target_level: 3 }, { class: 'partial' as const }, true],
    [{ target_level: 4 }, { class: 'partial' as const }, false],
    [{ target_level: 4 }, { class: 'full' as const }, true],
    [{ target_class: 'full' as const }, { level: 4 }, true],
    [{ target_class: 'full' as const }, { level: 3 }, false],
    [{ target_class: 'partial' as const }, { level: 3 }, true],
    [{ target_class: 'partial' as const }, { class: 'full' as const }, true],
    [{ target_level: 3 }, {}, false],
    [{}, {}, true],
  ])('target %j against catalogue %j: done = %s', (target, reached, done) => {
    const roadmap = minimalRoadmap([{ service: 'Cấp giấy phép xây dựng', due: 2013, ...target }]);
    const [status] = statusOf(roadmap, [{ name: 'Cấp giấy phép xây dựng', ...reached }], '2014-01-01');
    expect(status).toBe(done ? 'done' : 'missed');
  });

  it('matches by code first, then by folded name, then by near match with its score; else not found with the closest name', () => {
    const roadmap = minimalRoadmap([
      { service: 'Tên khác hẳn', code: '1.001234', target_level: 3, due: 2013 },
      { service: 'Cấp giấy phép xây dựng.', code: '9.999999', target_level: 3, due: 2013 },
      { service: 'Gấp phép và khai thác nguồn nước', target_level: 3, due: 2013 },
      { service: 'Cấp Giấy chứng nhận đầu tư trong nước vốn dưới 300 tỷ đồng', target_level: 3, due: 2013 },
    ]);
    const catalogue: ProgressCatalogueItem[] = [
      { code: '1.001234', name: 'Cấp chứng chỉ hành nghề dược', level: 3 },
      { name: 'CẤP GIẤY PHÉP XÂY DỰNG', level: 3 },
      { name: 'Cấp phép và khai thác nguồn nước', level: 3 },
      { name: 'Cấp Giấy chứng nhận đầu tư nước ngoài vốn dưới 300 tỷ đồng', level: 3 },
    ];
    const [byCode, byName, near, none] = roadmapProgress(roadmap, catalogue, '2013-06-01').entries;
    expect(byCode?.match).toEqual({ method: 'code', score: 1, index: 0, name: 'Cấp chứng chỉ hành nghề dược' });
    expect(byName?.match).toEqual({ method: 'name', score: 1, index: 1, name: 'CẤP GIẤY PHÉP XÂY DỰNG' });
    expect(near?.match.method).toBe('near');
    expect(near?.match).toMatchObject({ index: 2, name: 'Cấp phép và khai thác nguồn nước' });
    const nearScore = near?.match.method === 'near' ? near.match.score : 0;
    expect(nearScore).toBeGreaterThanOrEqual(0.9);
    expect(nearScore).toBeLessThan(1);
    // "trong nước" is not "nước ngoài": a different procedure, not a typo, however similar.
    expect(none?.match.method).toBe('none');
    expect(none?.match).toMatchObject({ closest: { index: 3, name: 'Cấp Giấy chứng nhận đầu tư nước ngoài vốn dưới 300 tỷ đồng' } });
    expect([byCode, byName, near, none].map((entry) => entry?.status)).toEqual(['done', 'done', 'done', 'on-track']);
  });

  it('when several procedures share a name, the highest level counts', () => {
    const roadmap = minimalRoadmap([building]);
    const progress = roadmapProgress(roadmap, [{ name: 'Cấp giấy phép xây dựng', level: 2 }, { name: 'Cấp giấy phép xây dựng', level: 3 }], '2014-01-01');
    expect(progress.entries[0]).toMatchObject({ status: 'done', reachedLevel: 3, match: { method: 'name', index: 1 } });
  });

  it('throws EgovError invalid-argument on a date that is not an ISO day or a bad threshold', () => {
    const roadmap = minimalRoadmap([building]);
    for (const asOf of ['2015', '2015-02-30', '30/06/2015', '']) {
      expect(() => roadmapProgress(roadmap, [], asOf)).toThrow(EgovError);
    }
    expect(() => roadmapProgress(roadmap, [], '2015-01-01', { nearMatchThreshold: 1.5 })).toThrow(/nearMatchThreshold/);
  });
});

describe('roadmapProgress: targets', () => {
  const levels = (...values: (number | undefined)[]): ProgressCatalogueItem[] =>
    values.map((level, index) => ({ name: `Thủ tục số ${String(index)}`, ...(level === undefined ? {} : { level }) }));
  const withTargets = (...targets: Target[]) => minimalRoadmap([], { targets });

  it('a share target is compared exactly: 30% of 10 procedures needs 3 (0.3 × 10 is 3.0000000000000004 in floating point)', () => {
    const progress = roadmapProgress(withTargets({ kind: 'share', level: 3, value: 0.3, by: 2015 }), levels(3, 4, 3, 2, 1, 1, 2, 2, undefined, 1), '2016-01-01');
    expect(progress.targets[0]).toEqual({
      index: 0,
      path: '/targets/0',
      kind: 'share',
      level: 3,
      byEnd: '2015-12-31',
      status: 'met',
      numerator: 3,
      denominator: 10,
      needed: 3,
    });
  });

  it('a share target not met: before its date not-yet-due, after it not-met; 50% of 7 needs 4', () => {
    const roadmap = withTargets({ kind: 'share', level: 3, value: 0.5, by: 2017 });
    const catalogue = levels(3, 3, 4, 2, 2, 1, 1);
    expect(roadmapProgress(roadmap, catalogue, '2017-12-31').targets[0]).toMatchObject({ status: 'not-yet-due', numerator: 3, denominator: 7, needed: 4 });
    expect(roadmapProgress(roadmap, catalogue, '2018-01-01').targets[0]).toMatchObject({ status: 'not-met', numerator: 3, denominator: 7, needed: 4 });
    expect(roadmapProgress(roadmap, [...catalogue, { name: 'Cấp giấy phép xây dựng', class: 'partial' }], '2018-01-01').targets[0]).toMatchObject({
      status: 'met',
      numerator: 4,
      denominator: 8,
      needed: 4,
    });
  });

  it('count targets, per-agency minimums (not checked: no agencies in the catalogue) and shares of an empty catalogue', () => {
    const roadmap = withTargets(
      { kind: 'count', level: 4, value: 2, by: 2020 },
      { kind: 'count', level: 3, value: 2, by: 2015 },
      { kind: 'agency-minimum', scope: 'remaining', level: 3, value: 2, by: 2020 },
      { kind: 'share', level: 3, value: 0.75, by: 2015 },
    );
    const progress = roadmapProgress(roadmap, levels(4, 3, 2), '2016-06-30');
    expect(progress.targets.map((target) => [target.status, target.numerator, target.denominator, target.needed])).toEqual([
      ['not-yet-due', 1, undefined, 2],
      ['met', 2, undefined, 2],
      ['not-checked', undefined, undefined, undefined],
      ['not-met', 2, 3, 3],
    ]);
    expect(progress.targetCounts).toEqual({ met: 1, 'not-met': 1, 'not-yet-due': 1, 'not-checked': 1 });
    expect(roadmapProgress(roadmap, [], '2016-06-30').targets[3]).toMatchObject({ status: 'not-checked', reason: 'the catalogue is empty' });
  });
});

describe('roadmapProgress: Thái Bình 818/QĐ-UBND (source 002) against a constructed catalogue of 2015-06-30', () => {
  const path = fileURLToPath(new URL('../../../../examples/thaibinh-2013-roadmap/roadmap.yaml', import.meta.url));
  const parsed = safeParseRoadmap(parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error('the Thái Bình example does not pass the schema');
  const roadmap = parsed.value;
  const progress = roadmapProgress(roadmap, thaiBinhCatalogue2015, '2015-06-30');
  const idOf = (index: number) => roadmap.entries[index]?.id;

  it('37 entries: 4 done, 12 missed (the 2013 and 2014 lists not online at level 3), 21 on track (2015 and 2020 lists)', () => {
    expect(progress.entries).toHaveLength(37);
    expect(progress.entryCounts).toEqual({ done: 4, 'on-track': 21, missed: 12 });
    expect(progress.entries.filter((entry) => entry.status === 'done').map((entry) => idOf(entry.index))).toEqual(['2013.1', '2014.3', '2014.8', '2015.2']);
    expect(progress.entries.filter((entry) => entry.status === 'missed').map((entry) => idOf(entry.index))).toEqual([
      '2013.2',
      ...['2014.1', '2014.2', '2014.4', '2014.5', '2014.6', '2014.7', '2014.9', '2014.10', '2014.11', '2014.12', '2014.13'],
    ]);
  });

  it('2013.2 is found by name (comma and final dot aside) but only at level 2: missed', () => {
    expect(progress.entries[1]).toMatchObject({ status: 'missed', requiredLevel: 3, reachedLevel: 2, match: { method: 'name', index: 1 } });
  });

  it('2014.3 "Cấp phép hợp báo" (level 4) is done by the catalogue\'s class full; 2015.4 at level 3 of 4 is on track', () => {
    expect(progress.entries[4]).toMatchObject({ status: 'done', requiredLevel: 4, reachedLevel: 4, match: { method: 'name', index: 2 } });
    expect(progress.entries[18]).toMatchObject({ status: 'on-track', requiredLevel: 4, reachedLevel: 3, dueEnd: '2015-12-31' });
  });

  it('2015.2 "khai thác" is matched to the portal\'s typo "khai thát" by near match; its 2020 upgrade to level 4 is on track', () => {
    expect(progress.entries[16]?.match).toMatchObject({ method: 'near', index: 4, name: 'Gia hạn giấy phép khai thát thủy sản' });
    expect(progress.entries[16]?.status).toBe('done');
    expect(progress.entries[32]).toMatchObject({ status: 'on-track', requiredLevel: 4, reachedLevel: 3, dueEnd: '2020-12-31' });
  });

  it('the domestic-investment certificate 2015.5 is not taken for the foreign one (2014.8) the catalogue has', () => {
    expect(idOf(19)).toBe('2015.5');
    expect(progress.entries[19]?.match.method).toBe('none');
    expect(progress.entries[19]?.status).toBe('on-track');
  });

  it('share targets added to the roadmap: 7 of the 10 procedures at level 3+ (class full counts) meet 50%, not yet 75%', () => {
    const withTarget: Roadmap = {
      ...roadmap,
      targets: [
        { kind: 'share', level: 3, value: 0.5, by: 2015 },
        { kind: 'share', level: 3, value: 0.75, by: 2015 },
      ],
    };
    const { targets } = roadmapProgress(withTarget, thaiBinhCatalogue2015, '2015-06-30');
    expect(targets.map((target) => [target.status, target.numerator, target.denominator, target.needed])).toEqual([
      ['met', 7, 10, 5],
      ['not-yet-due', 7, 10, 8],
    ]);
  });
});
