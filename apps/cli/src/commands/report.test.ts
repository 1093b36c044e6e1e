import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCaptured } from '../__fixtures__/run-captured';

const examples = new URL('../../../../examples/', import.meta.url).pathname;
const fixtures = new URL('../__fixtures__/', import.meta.url).pathname;

describe('egov report', () => {
  let out: string;
  beforeEach(async () => {
    out = await mkdtemp(join(tmpdir(), 'egov-report-'));
  });
  afterEach(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('writes report.md, report.html and report.xlsx for a province folder and prints their paths', async () => {
    const result = await runCaptured(['report', `${examples}hagiang-2013-roadmap`, '--out', out]);
    // The Hà Giang roadmap has errors (a service name that matches no catalogue entry): exit 1, like egov check.
    expect(result.code).toBe(1);
    expect((await readdir(out)).sort()).toEqual(['report.html', 'report.md', 'report.xlsx']);
    expect(result.stdout).toContain('Báo cáo: Hà Giang');
    expect(result.stdout).toContain(join(out, 'report.html'));
    expect(result.stdout).toContain('2 tệp được kiểm tra: 6 lỗi');
    const html = await readFile(join(out, 'report.html'), 'utf8');
    expect(html).not.toMatch(/http|<script/i);
    expect(html).toContain('Mười lăm tỷ hai trăm triệu đồng');
  });

  it('never overwrites without --force, and names the file that exists', async () => {
    await writeFile(join(out, 'report.md'), 'mine');
    const refused = await runCaptured(['report', `${examples}thaibinh-2013-roadmap`, '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${join(out, 'report.md')} exists; add --force`);
    expect(await readFile(join(out, 'report.md'), 'utf8')).toBe('mine');
    const forced = await runCaptured(['report', `${examples}thaibinh-2013-roadmap`, '--out', out, '--force', '--formats', 'md']);
    expect(forced.code).toBe(0);
    expect(await readdir(out)).toEqual(['report.md']);
    expect(await readFile(join(out, 'report.md'), 'utf8')).toContain('# Báo cáo: Thái Bình');
  });

  it('reports each province of a folder of folders into its own sub-folder, with a JSON summary', async () => {
    const result = await runCaptured(['report', examples, '--out', out, '--formats', 'md', '--json', '--lang', 'en']);
    const json = JSON.parse(result.stdout) as { out: string; reports: { folder: string; paths: string[]; counts: { error: number } }[] };
    expect(json.reports.map((report) => report.folder.slice(examples.length))).toEqual(
      expect.arrayContaining(['hagiang-2013-roadmap', 'langson-2019-it-plan', 'laocai-2018-ictindex-plan', 'thaibinh-2013-roadmap', 'today-2026-catalogue']),
    );
    expect(json.reports.find((report) => report.folder.endsWith('thaibinh-2013-roadmap'))?.paths).toEqual([join(out, 'thaibinh-2013-roadmap', 'report.md')]);
    expect(await readFile(join(out, 'laocai-2018-ictindex-plan', 'report.md'), 'utf8')).toContain('# Report: Lào Cai');
    expect(result.code).toBe(1);
  });

  it('refuses a file, a missing folder and unknown --formats with exit code 2', async () => {
    const file = await runCaptured(['report', `${examples}hagiang-2013-roadmap/budget.csv`, '--out', out]);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('is a file; egov report takes a folder');
    const missing = await runCaptured(['report', `${examples}nowhere`, '--out', out]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such folder');
    const formats = await runCaptured(['report', `${examples}hagiang-2013-roadmap`, '--out', out, '--formats', 'pdf']);
    expect(formats.code).toBe(2);
    expect(formats.stderr).toContain('--formats takes md, html and/or xlsx');
    expect(await readdir(out)).toEqual([]);
  });

  it('adds record statistics when the folder has a records table', async () => {
    const province = join(out, 'tinh');
    await mkdir(province);
    await copyFile(`${fixtures}synthetic-records.csv`, join(province, 'ho-so.csv'));
    const result = await runCaptured(['report', province, '--out', join(out, 'bao-cao')]);
    // HS011 (31/02/2024) and HS012 (settled before received) are invalid records: errors, exit 1.
    expect(result.code).toBe(1);
    const markdown = await readFile(join(out, 'bao-cao', 'report.md'), 'utf8');
    expect(markdown).toContain('## Hồ sơ thủ tục hành chính');
    expect(markdown).toContain('| Hồ sơ đã đọc | 13 |');
    expect(markdown).toContain('| Hồ sơ hợp lệ | 11 |');
    expect(markdown).toContain('# Báo cáo: tinh');
  });

  it('leaves a report written inside the folder out of the next report', async () => {
    const province = join(out, 'tinh');
    await mkdir(province);
    await copyFile(`${examples}thaibinh-2013-roadmap/roadmap.yaml`, join(province, 'roadmap.yaml'));
    const inside = join(province, 'egov-report');
    expect((await runCaptured(['report', province, '--out', inside])).code).toBe(0);
    const again = await runCaptured(['report', province, '--out', inside, '--force', '--json']);
    const json = JSON.parse(again.stdout) as { reports: { folder: string; summary: string }[] };
    expect(json.reports).toHaveLength(1);
    expect(json.reports[0]?.summary).toBe('1 tệp được kiểm tra: 0 lỗi, 4 cảnh báo, 0 thông tin');
    expect(await readFile(join(inside, 'report.md'), 'utf8')).not.toContain('egov-report/report.xlsx');
  });

  it('has help with examples', async () => {
    const help = await runCaptured(['report', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('egov report examples/hagiang-2013-roadmap');
    expect(help.stdout).toContain('--force');
  });
});
