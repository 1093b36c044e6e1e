import { describe, expect, it } from 'vitest';
import { indicatorIds } from '../__fixtures__/synthetic-provinces';
import { computeIndex } from '../engine/compute-index';
import { roundTo } from '../engine/round-to';
import { frameworkSchema } from '../framework/framework';
import type { FrameworkNode } from '../framework/framework-node';
import { treatAsInputs } from '../framework/treat-as-inputs';
import { ictIndex2016 } from './ict-index-2016';

const groups = ['technical-infrastructure', 'human-resources', 'it-application'];

function child(node: FrameworkNode, index: number): FrameworkNode {
  const found = node.children?.[index];
  if (found === undefined) throw new Error(`no child ${index} of ${node.id}`);
  return found;
}

describe('ictIndex2016', () => {
  it('is valid data, JSON round-trips, and never claims to be official', () => {
    expect(frameworkSchema.parse(ictIndex2016)).toEqual(ictIndex2016);
    expect(JSON.parse(JSON.stringify(ictIndex2016))).toEqual(ictIndex2016);
    expect(ictIndex2016.method.official).toBe(false);
    expect(ictIndex2016.method.note.vi).toMatch(/chưa được công bố/);
  });

  it('has 3 groups, 6 sub-groups and 8 + 4 + 4 + 5 + 5 + 4 = 30 indicators', () => {
    const root = ictIndex2016.root;
    expect(root.children?.map((group) => group.name.vi)).toEqual(['Hạ tầng kỹ thuật', 'Hạ tầng nhân lực CNTT', 'Ứng dụng CNTT']);
    const counts = (root.children ?? []).flatMap((group) => (group.children ?? []).map((sub) => sub.children?.length));
    expect(counts).toEqual([8, 4, 4, 5, 5, 4]);
    expect(indicatorIds(ictIndex2016)).toHaveLength(30);
    expect(new Set(indicatorIds(ictIndex2016)).size).toBe(30);
  });

  it('names indicators exactly as Plan 332/KH-UBND (Lào Cai) lists them', () => {
    const technical = child(child(ictIndex2016.root, 0), 0);
    expect(child(technical, 0).name.vi).toBe('Tỷ lệ điện thoại cố định/100 dân');
    expect(child(technical, 7).name.vi).toBe('Tỷ lệ doanh nghiệp có kết nối Internet băng rộng');
    const agencies = child(child(ictIndex2016.root, 0), 1);
    expect(child(agencies, 2).name.vi).toBe('Tỷ lệ CQNN của tỉnh có kết nối WAN của tỉnh hoặc mạng chuyên dùng của Chính phủ');
    const humanAgencies = child(child(ictIndex2016.root, 1), 1);
    expect(child(humanAgencies, 3).name.vi).toBe('Tỷ lệ công chức, viên chức được tập huấn về phần mềm nguồn mở (PMNM)');
    const application = child(child(ictIndex2016.root, 2), 0);
    expect(application.children?.map((node) => node.name.vi)).toEqual([
      'Sử dụng thư điện tử trong công việc',
      'Triển khai các ứng dụng cơ bản',
      'Xây dựng các CSDL chuyên ngành',
      'Sử dụng văn bản điện tử',
      'Ứng dụng phần mềm nguồn mở',
    ]);
    const online = child(child(ictIndex2016.root, 2), 1);
    expect(online.name.vi).toBe('Dịch vụ công trực tuyến');
    expect(online.children?.map((node) => node.id)).toEqual([
      'online-services-level-1',
      'online-services-level-2',
      'online-services-level-3',
      'online-services-level-4',
    ]);
  });

  it.each([
    // Published checks (DOMAIN.md): the overall index is the unweighted mean of the three groups.
    [2019, [0.7925, 0.9538, 0.85], 0.8654],
    [2023, [0.7908, 0.7892, 0.9655], 0.8485],
  ])('Đà Nẵng %i: groups %j → overall %d', (year, values, expected) => {
    const fromGroups = treatAsInputs(ictIndex2016, groups);
    const row = Object.fromEntries(groups.map((id, index) => [id, values[index] ?? null]));
    const result = computeIndex(fromGroups, { year, values: { 'da-nang': row } });
    expect(roundTo(result.score('ict-index', 'da-nang') ?? Number.NaN, 4)).toBe(expected);
    expect(result.findings).toEqual([]);
  });

  it('gives the group leader exactly 1 on each group (min–max rescaling default)', () => {
    const values: Record<string, Record<string, number>> = {};
    ['a', 'b', 'c'].forEach((unit, u) => {
      values[unit] = Object.fromEntries(indicatorIds(ictIndex2016).map((id, i) => [id, ((u + 1) * (i + 3)) % 7]));
    });
    const result = computeIndex(ictIndex2016, { year: 2017, values });
    for (const group of groups) {
      const scores = ['a', 'b', 'c'].map((unit) => result.score(group, unit) ?? Number.NaN);
      expect(Math.max(...scores)).toBe(1);
      expect(Math.min(...scores)).toBe(0);
    }
  });
});
