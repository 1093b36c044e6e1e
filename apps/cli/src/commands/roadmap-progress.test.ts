import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCaptured as run } from '../__fixtures__/run-captured';

const roadmap = fileURLToPath(new URL('../../../../examples/thaibinh-2013-roadmap/roadmap.yaml', import.meta.url));
const catalogue = fileURLToPath(new URL('../__fixtures__/thaibinh-catalogue-2015.csv', import.meta.url));

interface Progress {
  asOf: string;
  entryCounts: Record<string, number>;
  entries: { service: string; status: string; reachedLevel?: number; match: { method: string } }[];
  targets: { status: string }[];
}

describe('egov roadmap progress', () => {
  it('Thái Bình 818 against a constructed catalogue of 2015-06-30: done, missed and on-track entries', async () => {
    const { code, stdout } = await run(['roadmap', 'progress', roadmap, '--catalogue', catalogue, '--as-of', '2015-06-30', '--json']);
    expect(code).toBe(0);
    const progress = JSON.parse(stdout) as Progress;
    expect(progress.asOf).toBe('2015-06-30');
    const counts = progress.entryCounts;
    expect((counts.done ?? 0) + (counts['on-track'] ?? 0) + (counts.missed ?? 0)).toBe(progress.entries.length);
    // 2013.1 is at its level 3; "CẤP PHÉP HỢP BÁO" is full online (class), which counts as level 4.
    expect(progress.entries.find((entry) => entry.service === 'Cấp giấy phép xây dựng')?.status).toBe('done');
    const press = progress.entries.find((entry) => entry.service === 'Cấp phép hợp báo');
    expect(press).toMatchObject({ status: 'done', reachedLevel: 4 });
    // 2013.2 is found by name but only at level 2, after its 2013 due year: missed.
    const amend = progress.entries.find((entry) => entry.service.startsWith('Điều chỉnh Giấy chứng nhận'));
    expect(amend?.status).toBe('missed');
    expect(counts.missed).toBeGreaterThan(0);
    expect(counts['on-track']).toBeGreaterThan(0);
  });

  it('prints a table in Vietnamese with the statuses and a count line', async () => {
    const { code, stdout } = await run(['roadmap', 'progress', roadmap, '--catalogue', catalogue, '--as-of', '2015-06-30']);
    expect(code).toBe(0);
    expect(stdout).toContain('818/QĐ-UBND — Thái Bình — tiến độ tại 2015-06-30');
    expect(stdout).toMatch(/Cấp giấy phép xây dựng +2013-12-31 +3 +3 +đã đạt/);
    expect(stdout).toMatch(/Dịch vụ: \d+ đã đạt, \d+ chưa đến hạn, \d+ trễ hạn/);
  });

  it('exits 2 on a day that is not YYYY-MM-DD, a missing catalogue option or SARIF', async () => {
    expect((await run(['roadmap', 'progress', roadmap, '--catalogue', catalogue, '--as-of', '30/06/2015'])).code).toBe(2);
    expect((await run(['roadmap', 'progress', roadmap, '--as-of', '2015-06-30'])).code).toBe(2);
    expect((await run(['roadmap', 'progress', roadmap, '--catalogue', catalogue, '--as-of', '2015-06-30', '--format', 'sarif'])).code).toBe(2);
  });

  it.each([
    ['2015-02-31', '--as-of: 2015-02-31 is not a day (2015-02 has 28 days)'],
    ['2015-13-01', '--as-of: 2015-13-01 is not a day (no month 13)'],
    ['0000-06-30', '--as-of: 0000-06-30 is outside the years a document can date (1945–2100)'],
    ['9999-06-30', '--as-of: 9999-06-30 is outside the years a document can date (1945–2100)'],
  ])('exits 2 on --as-of %s, a day that does not exist or is implausible (2015-02-31 crashed)', async (day, message) => {
    const { code, stderr } = await run(['roadmap', 'progress', roadmap, '--catalogue', catalogue, '--as-of', day]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
