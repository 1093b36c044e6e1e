import { keySimilarity } from '@egov/core';
import { describe, expect, it } from 'vitest';
import { minimalRoadmap } from '../__fixtures__/minimal-roadmap';
import { serviceTimelines, sharedServiceTimelines } from '../analysis/service-timeline';
import { buildServiceIndex } from './service-index';
import { serviceKey } from './service-key';

// Names from sources 002 and 003 (as in the core test of keySimilarityUpperBound), and a printed variant ("Gấp" for "Cấp").
const roadmap = minimalRoadmap([
  { service: 'Cấp phép và khai thác nguồn nước', target_level: 3, due: 2014 },
  { service: 'Cấp giấy phép đăng ký hành nghề y, dược', target_level: 3, due: 2014 },
  { service: 'Cấp Giấy chứng nhận đầu tư nước ngoài vốn dưới 300 tỷ đồng', target_level: 3, due: 2015 },
  { service: 'Gấp phép và khai thác nguồn nước', target_level: 4, from_level: 3, due: 2016 },
]);

describe('buildServiceIndex', () => {
  const index = buildServiceIndex(roadmap);

  it('links a one-letter variant by near match, and resolves it the same way later', () => {
    expect(index.services).toHaveLength(3);
    expect(index.entries[3]).toMatchObject({ method: 'near', service: { id: 0 } });
    expect(index.resolve('Gấp phép và khai thác nguồn nước')).toMatchObject({ method: 'near', service: { id: 0 } });
    expect(index.resolve('cấp giấy phép đăng ký hành nghề y dược')).toMatchObject({ method: 'name', score: 1, service: { id: 1 } });
    expect(index.resolve('Cấp Giấy chứng nhận đầu tư trong nước vốn dưới 300 tỷ đồng')).toBeUndefined();
  });

  it('answers a name resolved again with the same match object (steps and budget lines repeat names)', () => {
    const first = index.resolve('Gấp phép và khai thác nguồn nước');
    expect(index.resolve('Gấp phép và khai thác nguồn nước')).toBe(first);
    expect(index.resolve('Gấp phép và khai thác nguồn nước', '1.001')).not.toBe(first);
    expect(index.resolve('Gấp phép và khai thác nguồn nước', '1.001')).toEqual(first);
  });

  it('gives the same closest service as a scan of every service (repeated calls included)', () => {
    for (const name of ['Cấp giấy phép hành nghề y, dược', 'Cấp Giấy chứng nhận đầu tư trong nước', 'Đăng kí nội quy lao động']) {
      const key = serviceKey(name);
      const scores = index.services.map((service) => keySimilarity(key, service.key));
      const best = Math.max(...scores);
      const expected = index.services[scores.indexOf(best)];
      expect(index.closest(name)).toEqual({ service: expected, score: best });
      expect(index.closest(name)).toEqual({ service: expected, score: best });
    }
    expect(index.closest('Cấp giấy phép hành nghề y, dược')?.service.name).toBe('Cấp giấy phép đăng ký hành nghề y, dược');
  });
});

describe('sharedServiceTimelines', () => {
  it('equals serviceTimelines and is computed once per roadmap and index', () => {
    const index = buildServiceIndex(roadmap);
    const shared = sharedServiceTimelines(roadmap, index);
    expect(shared).toEqual(serviceTimelines(roadmap, index));
    expect(sharedServiceTimelines(roadmap, index)).toBe(shared);
    expect(sharedServiceTimelines({ ...roadmap }, index)).not.toBe(shared);
    expect(shared.get(0)?.map((event) => event.level)).toEqual([3, 4]);
  });
});
