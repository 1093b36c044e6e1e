import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCaptured as run } from '../__fixtures__/run-captured';

const examples = fileURLToPath(new URL('../../../../examples', import.meta.url));
const brokenRanks = fileURLToPath(new URL('../__fixtures__/broken-ranks.csv', import.meta.url));

interface CheckJson {
  files: { file: string; kind?: string; findings: { ruleId: string; severity: string; location?: { row?: number; column?: string }; data?: unknown }[] }[];
  skipped: string[];
}

describe('egov check on tables of ranks: what the text says against the ranking table', () => {
  it('finds Lào Cai 332/KH-UBND\'s own contradiction, "Xếp thứ 15 (tăng 02 bậc)" against the table\'s 13, at its row', async () => {
    const { code, stdout } = await run(['check', `${examples}/laocai-2018-ictindex-plan`, '--json', '--lang', 'en']);
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as CheckJson;
    const ranks = result.files.find((group) => group.file.endsWith('ictindex-ranks.csv'));
    expect(ranks?.kind).toBe('ICT-Index ranks');
    expect(ranks?.findings.map((f) => [f.ruleId, f.severity, f.location?.row, f.data])).toEqual([
      ['ictindex/rank-statement-mismatch', 'error', 28, { node: 'Hạ tầng kỹ thuật xã hội', stated: 15, expected: 13 }],
      ['ictindex/rank-change-unchecked', 'info', 33, { unit: 'Lào Cai', node: 'Dịch vụ công trực tuyến', year: 2017, change: 'tăng 16 bậc so với năm 2016', missingYear: 2016 }],
    ]);
    expect(result.skipped.some((file) => file.endsWith('ictindex-ranks.csv'))).toBe(false);
  });

  it('reads Vietnamese headers, and names the rows it cannot read instead of guessing', async () => {
    const { code, stdout } = await run(['check', brokenRanks]);
    expect(code).toBe(1);
    expect(stdout).toContain('(bảng xếp hạng ICT-Index)');
    expect(stdout).toMatch(/E4 +lỗi +Văn bản ghi "Ứng dụng CNTT" thay đổi 5 bậc so với năm 2016 \("Tăng 05 bậc"\), nhưng từ thứ 10 đến thứ 6 là 4 bậc/);
    expect(stdout).toMatch(/B5 +cảnh báo +Năm không đọc được \("năm 2017"\) ở 1 dòng \(5\); dòng này không được kiểm tra/);
    expect(stdout).toMatch(/D6 +cảnh báo +Thứ hạng "mười bốn" không đọc được/);
    expect(stdout).toMatch(/A7 +cảnh báo +Tỉnh để trống; dòng này không được kiểm tra/);
  });

  it('a table with ranks but no year column is an error that names the columns it needs', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'egov-ranks-'));
    const file = join(folder, 'ranks.csv');
    await writeFile(file, 'Tỉnh,Chỉ số,Xếp hạng\nLào Cai,Ứng dụng CNTT,6\n');
    const { code, stdout } = await run(['check', file, '--json', '--lang', 'en']);
    expect(code).toBe(1);
    const findings = (JSON.parse(stdout) as CheckJson).files[0]?.findings ?? [];
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['ictindex/rank-table-columns', 'error']]);
  });
});
