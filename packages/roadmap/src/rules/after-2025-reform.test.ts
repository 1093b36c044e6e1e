import { describe, expect, it } from 'vitest';
import { minimalRoadmap } from '../__fixtures__/minimal-roadmap';
import type { Roadmap } from '../model/roadmap-schema';
import { validateRoadmap } from '../validate-roadmap';

const findingsOf = (roadmap: Roadmap) => validateRoadmap(roadmap).findings.filter((f) => f.ruleId === 'roadmap/after-2025-reform');

describe('roadmap/after-2025-reform', () => {
  const entries = [
    { service: 'Cấp giấy phép xây dựng', target_class: 'full' as const, due: 2026, lead_agency: 'UBND huyện Vị Xuyên' },
    { service: 'Đăng ký khai sinh', target_class: 'full' as const, due: 2026, lead_agency: 'UBND cấp xã', co_agencies: ['Phòng Tư pháp cấp huyện'] },
    { service: 'Cấp giấy phép kinh doanh', target_class: 'partial' as const, due: 2026, lead_agency: 'Sở Công Thương', co_agencies: ['Bà Nguyễn Thị Huyền'] },
  ];
  const dated = (date: string, province = 'Hà Giang') =>
    minimalRoadmap(entries, { decision: { number: '1/QĐ-UBND', date }, province, period: { start: 2025, end: 2026 } });

  it('names the successor of a merged province and the tiers that replace the district, from 1/7/2025', () => {
    const found = findingsOf(dated('2025-07-01'));
    expect(found.map((f) => f.path).sort()).toEqual(['/entries/0/lead_agency', '/entries/1/co_agencies/0', '/province']);
    const province = found.find((f) => f.path === '/province');
    expect(province?.data).toMatchObject({ province: 'Hà Giang', successor: 'Tuyên Quang' });
    expect(province?.message.en).toContain('its successor is Tuyên Quang');
    expect(found.find((f) => f.path === '/entries/0/lead_agency')?.message.vi).toContain('nhiệm vụ chuyển cho cấp xã (UBND cấp xã) hoặc cấp tỉnh');
  });

  it('leaves documents dated before the reform and provinces that still exist alone', () => {
    expect(findingsOf(dated('2025-06-30'))).toEqual([]);
    expect(findingsOf(dated('2026-01-01', 'Tuyên Quang')).map((f) => f.path).sort()).toEqual(['/entries/0/lead_agency', '/entries/1/co_agencies/0']);
  });
});
