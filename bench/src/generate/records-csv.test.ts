import { createHash } from 'node:crypto';
import { createCsvParser } from '@egov/io';
import { createRecordRowReader, RecordAggregator } from '@egov/procedures';
import { describe, expect, it } from 'vitest';
import { recordsCsvChunks, recordsHeader } from './records-csv';

function text(rows: number, seed = 1, chunkRows?: number): string {
  const chunks = [...recordsCsvChunks({ rows, seed, ...(chunkRows === undefined ? {} : { chunkRows }) })];
  return new TextDecoder().decode(Buffer.concat(chunks));
}

describe('recordsCsvChunks', () => {
  it('is deterministic for a seed and independent of the chunk size', () => {
    const hash = (t: string): string => createHash('sha256').update(t).digest('hex');
    expect(hash(text(5_000))).toBe(hash(text(5_000)));
    expect(text(5_000, 1, 7)).toBe(text(5_000));
    expect(text(5_000, 2)).not.toBe(text(5_000, 1));
  });

  it('writes the Vietnamese headers of the CLI fixtures and one line per row', () => {
    const lines = text(1_000).split('\n');
    expect(lines[0]).toBe(recordsHeader);
    expect(lines[0]).toBe('Mã hồ sơ,Mã thủ tục,Cơ quan,Ngày tiếp nhận,Ngày hẹn trả,Ngày hoàn thành,Kênh nộp,Thanh toán trực tuyến,Số hóa,"Phản ánh, kiến nghị"');
    expect(lines).toHaveLength(1_002); // header, rows, final empty string
    expect(lines[1]).toMatch(/^HS000000000,1\.\d{6},/);
  });

  it('makes rows the records reader accepts, with realistic shares, and the planned invalid rows', () => {
    const rows = 20_000;
    const parser = createCsvParser({ file: 'records.csv' });
    const csv = [...parser.push(text(rows)), ...parser.end()];
    expect(parser.findings).toEqual([]);
    const [header, ...data] = csv;
    const reader = createRecordRowReader(header?.fields ?? [], { file: 'records.csv' });
    const findings: unknown[] = [];
    const aggregator = new RecordAggregator({ asOf: '2025-12-31' });
    let rejected = 0;
    data.forEach((record, index) => {
      expect(record.fields).toHaveLength(10);
      const outcome = reader.read(record.fields, index, record.row, (finding) => findings.push(finding));
      if (outcome.kind === 'record') expect(aggregator.push(outcome.record)).toBe(true);
      else rejected += 1;
    });
    // One row in 100 000 has "30/02/2024": none in 20 000 rows.
    expect(rejected).toBe(0);
    expect(findings).toEqual([]);
    const totals = aggregator.totals();
    expect(totals.received).toBe(rows);
    expect(totals.online / rows).toBeGreaterThan(0.4);
    expect(totals.online / rows).toBeLessThan(0.5);
    expect(totals.post / rows).toBeGreaterThan(0.03);
    expect(totals.post / rows).toBeLessThan(0.07);
    expect(totals.finished / rows).toBeGreaterThan(0.9);
    expect(totals.onTime / totals.finished).toBeGreaterThan(0.85);
    expect(totals.onTime / totals.finished).toBeLessThan(0.92);
    expect(totals.digitised / rows).toBeGreaterThan(0.7);
    expect(totals.withFee).toBeGreaterThan(0);
    expect(totals.paidOnline).toBeLessThan(totals.withFee);
  });

  it('puts an impossible date received in one row of every `invalidEvery`', () => {
    const lines = text(30, 1).split('\n');
    expect(lines.filter((line) => line.includes(',30/02/2024,'))).toHaveLength(0);
    const parser = createCsvParser();
    const csv = [...parser.push(new TextDecoder().decode(Buffer.concat([...recordsCsvChunks({ rows: 30, invalidEvery: 10 })]))), ...parser.end()];
    expect(csv.filter((record) => record.fields[3] === '30/02/2024').map((record) => record.row)).toEqual([11, 21, 31]);
  });
});
