import { createFinding, type Finding } from '@egov/core';
import { describe, expect, it } from 'vitest';
import { locateYamlFindings } from './locate-yaml-findings';

const finding = (path: string, location?: Finding['location']): Finding =>
  createFinding({ ruleId: 'roadmap/x', severity: 'error', message: { vi: 'x', en: 'x' }, path, ...(location === undefined ? {} : { location }) });

// Shaped like examples/thaibinh-2013-roadmap/roadmap.yaml, with a comment line that shifts everything.
const yaml = [
  '# Lộ trình Thái Bình',
  'province: "Thái Bình"',
  'entries:',
  '  - service: "Cấp giấy phép xây dựng"',
  '    target_level: 3',
  '    due: 2014',
  '  - service: "Đăng ký kinh doanh"',
  '    target_level: 4',
  '',
].join('\n');

describe('locateYamlFindings', () => {
  it('gives the line and column of the value a pointer names', () => {
    const [located] = locateYamlFindings([finding('/entries/1/target_level')], yaml, 'roadmap.yaml');
    expect(located?.location).toEqual({ file: 'roadmap.yaml', row: 8, column: '19' });
  });

  it('places a missing key at its nearest existing parent', () => {
    const [located] = locateYamlFindings([finding('/entries/1/due')], yaml, 'roadmap.yaml');
    expect(located?.location).toEqual({ file: 'roadmap.yaml', row: 7, column: '5' });
  });

  it('places the root pointer at the first node, and reads JSON too', () => {
    expect(locateYamlFindings([finding('')], yaml)[0]?.location).toEqual({ row: 2, column: '1' });
    const json = '{\n  "entries": [\n    { "target_level": 3 }\n  ]\n}\n';
    expect(locateYamlFindings([finding('/entries/0/target_level')], json, 'r.json')[0]?.location).toEqual({
      file: 'r.json',
      row: 3,
      column: '23',
    });
  });

  it('leaves located findings and other files alone, and unparsable text without lines', () => {
    const rowed = finding('/entries/0', { file: 'roadmap.yaml', row: 99 });
    const other = finding('/entries/0', { file: 'budget.csv' });
    expect(locateYamlFindings([rowed, other], yaml, 'roadmap.yaml')).toEqual([rowed, other]);
    const plain = finding('/entries/0');
    expect(locateYamlFindings([plain], 'a: [1, 2', 'bad.yaml')).toEqual([{ ...plain, location: { file: 'bad.yaml' } }]);
    expect(locateYamlFindings([plain], 'a: [1, 2')).toEqual([plain]);
  });

  it('keeps the order and the number of findings', () => {
    const input = [finding('/province'), finding('/nothing/here'), finding('/entries/0/service')];
    const rows = locateYamlFindings(input, yaml, 'roadmap.yaml').map((located) => located.location?.row);
    expect(rows).toEqual([2, 2, 4]);
  });
});
