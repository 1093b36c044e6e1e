import { describe, expect, it } from 'vitest';
import type { Agency } from '../model/agency';
import { RecordAggregator } from '../records/record-aggregator';
import { agenciesFromRows } from './agencies-from-rows';
import { agenciesToRows } from './agencies-to-rows';
import { recordsFromRows } from './records-from-rows';

describe('agenciesFromRows / agenciesToRows', () => {
  it('reads agencies of source 003 with kinds and tiers', () => {
    const { agencies, findings } = agenciesFromRows([
      { 'Tên cơ quan': 'Sở Kế hoạch và Đầu tư', 'Loại': 'Sở', 'Cấp': 'Cấp tỉnh' },
      { 'Tên cơ quan': 'Ban Quản lý các Khu Công nghiệp', 'Loại': 'Ban' },
      { 'Tên cơ quan': 'UBND huyện Vị Xuyên', 'Loại': 'Ủy ban nhân dân', 'Cấp': 'Cấp huyện' },
      { 'Tên cơ quan': 'Công an tỉnh', 'Loại': 'Khác' },
      { 'Tên cơ quan': '', 'Loại': 'Sở' },
      { 'Tên cơ quan': 'Thanh tra tỉnh', 'Loại': 'Thanh tra' },
    ]);
    expect(agencies.map((a) => [a.name, a.kind, a.tier])).toEqual([
      ['Sở Kế hoạch và Đầu tư', 'department', 'province'],
      ['Ban Quản lý các Khu Công nghiệp', 'board', undefined],
      ['UBND huyện Vị Xuyên', 'people-committee', 'district'],
      ['Công an tỉnh', 'other', undefined],
      ['Thanh tra tỉnh', undefined, undefined],
    ]);
    expect(findings.map((f) => [f.ruleId, f.location?.row])).toEqual([
      ['procedures/row-missing-name', 6],
      ['procedures/invalid-cell', 7],
    ]);
  });

  it('round-trips in both languages', () => {
    const agencies: Agency[] = [
      { name: 'Sở Y tế', code: 'SYT', kind: 'department', tier: 'province' },
      { name: 'UBND xã Tân Lập', kind: 'people-committee', tier: 'commune' },
      { name: 'Bộ Công an', kind: 'other', tier: 'central' },
    ];
    for (const language of ['vi', 'en'] as const) {
      const back = agenciesFromRows(agenciesToRows(agencies, language));
      expect(back.findings).toEqual([]);
      expect(back.agencies).toEqual(agencies);
    }
  });
});

describe('recordsFromRows', () => {
  it('reads Vietnamese record tables and feeds the aggregator', () => {
    const { records, findings, findingsLeftOut } = recordsFromRows(
      [
        {
          'Mã hồ sơ': 'HS-001',
          'Mã thủ tục': '1.001193',
          'Cơ quan': 'Sở Kế hoạch và Đầu tư',
          'Ngày tiếp nhận': '01/3/2018',
          'Ngày hẹn trả': '06/3/2018',
          'Ngày hoàn thành': '05/3/2018',
          'Kênh nộp': 'Trực tuyến',
          'Thanh toán trực tuyến': 'Có',
          'Số hóa': 'x',
        },
        { 'Mã thủ tục': '1.001193', 'Cơ quan': 'Sở Kế hoạch và Đầu tư', 'Ngày tiếp nhận': '2018-03-02', 'Kênh nộp': 'Bưu chính công ích' },
        { 'Mã thủ tục': '1.001193', 'Cơ quan': 'Sở Kế hoạch và Đầu tư', 'Ngày tiếp nhận': '2018-03-02', 'Kênh nộp': 'Trực tiếp', 'Số hóa': 'có lẽ' },
        { 'Mã thủ tục': '1.001193', 'Cơ quan': 'Sở Kế hoạch và Đầu tư', 'Ngày tiếp nhận': '31/2/2018', 'Kênh nộp': 'Fax' },
        { 'Mã thủ tục': '', 'Cơ quan': 'Sở Y tế', 'Ngày tiếp nhận': '2018-03-02', 'Kênh nộp': 'Trực tiếp' },
      ],
      { file: 'ho-so.csv' },
    );
    expect(records.map((r) => r.channel)).toEqual(['online', 'post', 'counter']);
    expect(records[0]).toEqual({
      id: 'HS-001',
      procedureCode: '1.001193',
      agency: 'Sở Kế hoạch và Đầu tư',
      received: '2018-03-01',
      due: '2018-03-06',
      finished: '2018-03-05',
      channel: 'online',
      paidOnline: true,
      digitised: true,
    });
    expect(findings.map((f) => [f.ruleId, f.location?.row])).toEqual([
      ['procedures/invalid-cell', 4],
      ['procedures/invalid-record', 5],
      ['procedures/invalid-record', 6],
    ]);
    expect(findings[1]?.message.vi).toContain('Ngày tiếp nhận: "31/2/2018"');
    expect(findings[1]?.message.vi).toContain('Kênh nộp: "Fax"');
    expect(findings[2]?.message.en).toContain('Mã thủ tục: ∅');
    expect(findingsLeftOut).toBe(0);
    const aggregator = new RecordAggregator({ asOf: '2018-12-31' });
    expect(aggregator.pushAll(records)).toBe(3);
    expect(aggregator.totals().onlineShare).toEqual({ numerator: 1, denominator: 3 });
  });

  it('reads English headers and caps the findings kept', () => {
    const rows = Array.from({ length: 5 }, () => ({ 'Procedure code': 'x', Agency: 'y', Received: 'bad', Channel: 'online' }));
    const { records, findings, findingsLeftOut } = recordsFromRows(rows, { maxFindings: 2 });
    expect(records).toEqual([]);
    expect(findings).toHaveLength(2);
    expect(findingsLeftOut).toBe(3);
  });
});
