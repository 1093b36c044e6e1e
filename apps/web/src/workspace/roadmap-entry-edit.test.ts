import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import hagiangYaml from '../../../../examples/hagiang-2013-roadmap/roadmap.yaml?raw';
import thaibinhYaml from '../../../../examples/thaibinh-2013-roadmap/roadmap.yaml?raw';
import { checkEntryValue } from './entry-value';
import { editRoadmapEntry } from './roadmap-entry-edit';

const changedLines = (before: string, after: string): string[] => {
  const a = before.split('\n');
  return after.split('\n').filter((line, index) => line !== a[index]);
};

describe('checkEntryValue', () => {
  it.each([
    ['target_level', '3', true],
    ['target_level', ' 4 ', true],
    ['target_level', '5', false],
    ['target_level', '2.5', false],
    ['target_class', 'full', true],
    ['target_class', 'toàn trình', false],
    ['due', '2015', true],
    ['due', '1999', false],
    ['due', '20155', false],
    ['service', 'Cấp phép hợp báo', true],
    ['lead_agency', '   ', false],
  ] as const)('%s "%s" → %s', (field, input, ok) => {
    expect(checkEntryValue(field, input).ok).toBe(ok);
  });
});

describe('editRoadmapEntry', () => {
  it('changes only the value in Thái Bình entry 4 (Cấp phép hợp báo, level 4 → 3), keeping comments and flow style', () => {
    const edited = editRoadmapEntry(thaibinhYaml, 4, 'target_level', 3);
    if (edited === undefined) throw new Error('not edited');
    const changed = changedLines(thaibinhYaml, edited);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain('{ id: "2014.3", service: "Cấp phép hợp báo", target_level: 3, due: 2014,');
    expect(edited).toContain('    districts: 8              # printed "08"');
    expect((parse(edited) as { entries: { target_level: number }[] }).entries[4]?.target_level).toBe(3);
  });

  it('keeps double quotes when the lead agency of Hà Giang entry 0 changes', () => {
    const edited = editRoadmapEntry(hagiangYaml, 0, 'lead_agency', 'Sở Kế hoạch và Đầu tư');
    if (edited === undefined) throw new Error('not edited');
    const changed = changedLines(hagiangYaml, edited);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain('lead_agency: "Sở Kế hoạch và Đầu tư"');
    const before = (parse(hagiangYaml) as { entries: { lead_agency: string }[] }).entries[0]?.lead_agency ?? '';
    expect(edited.length - hagiangYaml.length).toBe('Sở Kế hoạch và Đầu tư'.length - before.length);
  });

  it('keeps the month of a due time written as a month', () => {
    expect(editRoadmapEntry('entries:\n  - service: A\n    due: "2015-06" # tháng 6\n', 0, 'due', 2016)).toBe('entries:\n  - service: A\n    due: "2016-06" # tháng 6\n');
  });

  it('adds a field the entry lacks and keeps comments', () => {
    const edited = editRoadmapEntry('# Lộ trình\nentries:\n  - service: A # tên\n    due: 2015\n', 0, 'lead_agency', 'Sở Y tế');
    expect(edited).toContain('# Lộ trình');
    expect(edited).toContain('# tên');
    expect((parse(edited ?? '') as { entries: { lead_agency: string }[] }).entries[0]?.lead_agency).toBe('Sở Y tế');
  });

  it('keeps JSON valid', () => {
    const edited = editRoadmapEntry('{"entries": [{"service": "A", "lead_agency": "B", "due": 2015}]}', 0, 'service', 'Cấp phép');
    expect(JSON.parse(edited ?? '')).toEqual({ entries: [{ service: 'Cấp phép', lead_agency: 'B', due: 2015 }] });
  });

  it('refuses an entry that does not exist or a text that does not parse', () => {
    expect(editRoadmapEntry(thaibinhYaml, 999, 'target_level', 3)).toBeUndefined();
    expect(editRoadmapEntry('entries: [', 0, 'target_level', 3)).toBeUndefined();
  });
});
