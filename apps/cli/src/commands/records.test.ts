import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCaptured as run } from '../__fixtures__/run-captured';

// SYNTHETIC records (see __fixtures__/README.md): 13 rows, 2 invalid, one open past due at 2024-03-31.
const records = fileURLToPath(new URL('../__fixtures__/synthetic-records.csv', import.meta.url));
const missingChannel = fileURLToPath(new URL('../__fixtures__/missing-channel-records.csv', import.meta.url));
const catalogue = fileURLToPath(new URL('../../../../examples/today-2026-catalogue/catalogue.csv', import.meta.url));

interface Ratio {
  numerator: number;
  denominator: number;
}
interface StatsJson {
  asOf: string | null;
  openRecordsJudged: boolean;
  latestDate: string | null;
  rows: number;
  valid: number;
  invalid: { count: number; byReason: Record<string, number>; samples: { row: number; id?: string; reasons: string[] }[] };
  totals: { received: number; open: number; openOverdue: number | null; overdueShare: Ratio; onlineShare: Ratio; onTimeShare: Ratio; onlinePaymentShare: Ratio; digitisationShare: Ratio };
  groups: { group: Record<string, string>; period: string; stats: { received: number } }[];
  score?: { total: number; maximum: number; estimate: boolean; missing: string[] };
  agencyScores?: { unit: string; rank: number }[];
}

describe('egov records stats', () => {
  it('counts the synthetic records as of 2024-03-31: 11 valid, 8/11 online, 8/9 on time, 2/11 overdue', async () => {
    const { code, stdout } = await run(['records', 'stats', records, '--as-of', '2024-03-31', '--json']);
    const json = JSON.parse(stdout) as StatsJson;
    expect(json.rows).toBe(13);
    expect(json.valid).toBe(11);
    expect(json.totals.received).toBe(11);
    expect(json.totals.onlineShare).toEqual({ numerator: 8, denominator: 11 });
    expect(json.totals.onTimeShare).toEqual({ numerator: 8, denominator: 9 });
    expect(json.totals.overdueShare).toEqual({ numerator: 2, denominator: 11 });
    expect(json.totals.onlinePaymentShare).toEqual({ numerator: 2, denominator: 3 });
    expect(json.totals.digitisationShare).toEqual({ numerator: 3, denominator: 11 });
    expect(json.totals.open).toBe(2);
    expect(json.totals.openOverdue).toBe(1);
    // Invalid records are counted and sampled with their row and reasons, never thrown: exit 1.
    expect(json.invalid.count).toBe(2);
    expect(json.invalid.byReason).toEqual({ 'unreadable-row': 1, 'finished-before-received': 1 });
    expect(json.invalid.samples.map((s) => [s.row, s.reasons])).toEqual([
      [12, ['Ngày tiếp nhận: "31/02/2024"']],
      [13, ['finished-before-received']],
    ]);
    expect(code).toBe(1);
  });
  it('without --as-of, judges no open record overdue and reports the latest date seen', async () => {
    const json = JSON.parse((await run(['records', 'stats', records, '--json'])).stdout) as StatsJson;
    expect(json.asOf).toBeNull();
    expect(json.openRecordsJudged).toBe(false);
    expect(json.latestDate).toBe('2024-03-26');
    expect(json.totals.overdueShare).toEqual({ numerator: 1, denominator: 11 });
    expect(json.totals.openOverdue).toBeNull();
    const text = await run(['records', 'stats', records]);
    expect(text.stdout).toContain('Không có --as-of: hồ sơ đang giải quyết không được xét quá hạn. Ngày muộn nhất trong dữ liệu: 2024-03-26.');
  });
  it('groups by agency and period, in Vietnamese and English', async () => {
    const json = JSON.parse((await run(['records', 'stats', records, '--group-by', 'agency', '--period', 'quarter', '--as-of', '2024-03-31', '--json'])).stdout) as StatsJson;
    expect(json.groups.map((g) => [g.group.agency, g.period, g.stats.received])).toEqual([
      ['UBND phường Minh Xuân', '2024-Q1', 6],
      ['UBND xã Tân Trào', '2024-Q1', 5],
    ]);
    const vi = await run(['records', 'stats', records, '--group-by', 'agency', '--as-of', '2024-03-31']);
    expect(vi.stdout).toMatch(/UBND phường Minh Xuân +6 +5\/6 = 83,33% +4\/5 = 80,00% +1\/6 = 16,67%/);
    expect(vi.stdout).toMatch(/Tổng +11 +8\/11 = 72,73% +8\/9 = 88,89% +2\/11 = 18,18%/);
    expect(vi.stdout).toMatch(/13 +lỗi +Hồ sơ HS012 không hợp lệ, không được tính: hoàn thành trước ngày tiếp nhận +cli\/invalid-record/);
    const en = await run(['records', 'stats', records, '--period', 'month', '--as-of', '2024-03-31', '--lang', 'en']);
    expect(en.stdout).toMatch(/2024-01 +4 +3\/4 = 75\.00%/);
    expect(en.stdout).toContain('Invalid records: 2 (unreadable-row: 1, finished-before-received: 1)');
  });
  it('groups by field with a catalogue, and scores with Decision 766 (an estimate)', async () => {
    const json = JSON.parse((await run(['records', 'stats', records, '--group-by', 'field', '--catalogue', catalogue, '--as-of', '2024-03-31', '--json'])).stdout) as StatsJson;
    expect(json.groups.map((g) => [g.group.field, g.stats.received])).toEqual([
      ['Hoạt động xây dựng', 3],
      ['Hộ tịch', 8],
    ]);
    const scored = JSON.parse((await run(['records', 'stats', records, '--group-by', 'agency', '--score', '--as-of', '2024-03-31', '--json'])).stdout) as StatsJson;
    expect(scored.score?.maximum).toBe(100);
    expect(scored.score?.estimate).toBe(true);
    expect(scored.score?.missing).toContain('publicity');
    expect(scored.agencyScores?.map((a) => a.rank)).toEqual([1, 2]);
    const text = await run(['records', 'stats', records, '--score', '--as-of', '2024-03-31']);
    expect(text.stdout).toMatch(/Điểm theo Quyết định 766\/QĐ-TTg: [\d,]+\/100 \(ước tính, không phải điểm chính thức\)/);
  });
  it('reads stdin ("-") in chunks split anywhere, with the same result as the file', async () => {
    const text = await readFile(records, 'utf8');
    const cut = [17, 200, 555];
    const chunks = [text.slice(0, cut[0]), text.slice(cut[0], cut[1]), text.slice(cut[1], cut[2]), text.slice(cut[2])];
    const fromStdin = await run(['records', 'stats', '-', '--as-of', '2024-03-31', '--json'], {}, chunks);
    const fromFile = await run(['records', 'stats', records, '--as-of', '2024-03-31', '--json']);
    const pick = (out: string) => {
      const json = JSON.parse(out) as StatsJson;
      return [json.totals, json.invalid.count, json.invalid.samples.map((s) => s.row)];
    };
    expect(pick(fromStdin.stdout)).toEqual(pick(fromFile.stdout));
    expect(fromStdin.code).toBe(1);
  });
  it('draws no progress bar when stderr is not a terminal', async () => {
    const { stderr } = await run(['records', 'stats', records, '--as-of', '2024-03-31']);
    expect(stderr).toBe('');
  });
  it('exits 2 on a missing column, a bad option, a missing file, field without a catalogue', async () => {
    const missing = await run(['records', 'stats', missingChannel]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no column "Kênh nộp"');
    expect((await run(['records', 'stats', records, '--as-of', '31/03/2024'])).stderr).toContain('--as-of must be a day written YYYY-MM-DD');
    expect((await run(['records', 'stats', records, '--as-of', '2024-02-30'])).stderr).toContain('--as-of: 2024-02-30 is not a day (2024-02 has 29 days)');
    expect((await run(['records', 'stats', records, '--as-of', '0000-01-01'])).stderr).toContain('--as-of: 0000-01-01 is outside the years a document can date (1945–2100)');
    expect((await run(['records', 'stats', records, '--as-of', '2024-02-30'])).code).toBe(2);
    expect((await run(['records', 'stats', records, '--period', 'week'])).code).toBe(2);
    expect((await run(['records', 'stats', records, '--group-by', 'colour'])).code).toBe(2);
    expect((await run(['records', 'stats', records, '--group-by', 'field'])).stderr).toContain('needs --catalogue');
    const nope = await run(['records', 'stats', `${records}.nope`]);
    expect(nope.code).toBe(2);
    expect(nope.stdout).toContain('cli/unreadable-file');
  });
  it('exits 2 on a file in a legacy Vietnamese encoding (TCVN3), saying which', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'egov-records-'));
    const file = join(folder, 'tcvn3.csv');
    // "Mã thủ tục,Cơ quan,Ngày tiếp nhận,Kênh nộp" and a row, in TCVN3 (ABC) bytes.
    await writeFile(file, Buffer.from('M\xe3 th\xf4 t\xf4c,C\xa5 quan,Ng\xb5y ti\xd5p nh\xcbn,K\xaanh n\xe9p\n1,\xa9\xab,02/01/2024,Tr\xfcc tuy\xd5n\n', 'latin1'));
    const { code, stdout } = await run(['records', 'stats', file]);
    expect(code).toBe(2);
    expect(stdout).toContain('io/legacy-encoding');
    expect(stdout).not.toContain('Tiếp nhận');
  });
  it('exits 0 on valid records only', async () => {
    const text = await readFile(records, 'utf8');
    const valid = text.split('\n').filter((line) => !line.startsWith('HS011') && !line.startsWith('HS012')).join('\n');
    const { code, stdout } = await run(['records', 'stats', '-', '--as-of', '2024-03-31', '--json'], {}, [valid]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as StatsJson).invalid.count).toBe(0);
  });
});
