import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { procedureColumnAliases, recordColumnAliases } from '@egov/procedures';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCaptured } from '../__fixtures__/run-captured';

let root = '';
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'egov-init-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const firstLine = (text: string) => text.split('\r\n')[0] ?? '';

describe('egov init', () => {
  it('creates a workspace that egov check passes: the headers are the ones the readers accept', async () => {
    const folder = join(root, 'ho-so-2026');
    const init = await runCaptured(['init', folder]);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain(`egov check ${folder}`);
    expect((await readdir(folder)).sort()).toEqual(['README.md', 'budget.csv', 'catalogue.csv', 'indicators.csv', 'records.csv', 'roadmap.yaml']);
    const check = await runCaptured(['check', folder, '--lang', 'en']);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('budget.csv (budget table)');
    expect(check.stdout).toContain('catalogue.csv (procedure catalogue)');
    expect(check.stdout).toContain('records.csv (application records)');
    expect(check.stdout).toContain('roadmap.yaml (roadmap)');
    expect(check.stdout).toContain('indicators.csv (ICT-Index indicator values)');
    expect(check.stdout).toContain('5 files: 0 errors, 0 warnings, 0 infos');
  });
  it('writes the roadmap schema comment, Vietnamese headers from the domain aliases, a BOM for Excel', async () => {
    const folder = join(root, 'ws');
    await runCaptured(['init', folder]);
    const roadmap = await readFile(join(folder, 'roadmap.yaml'), 'utf8');
    expect(roadmap.split('\n')[0]).toBe('# yaml-language-server: $schema=https://unpkg.com/@egov/roadmap/roadmap.schema.json');
    for (const section of ['phases', 'baseline', 'steps', 'budgets', 'stated_totals', 'targets', 'statements', 'funding_sources']) {
      expect(roadmap).toContain(`# ${section}:`);
    }
    const catalogue = await readFile(join(folder, 'catalogue.csv'), 'utf8');
    expect(catalogue.startsWith('\uFEFF')).toBe(true);
    expect(firstLine(catalogue.slice(1))).toBe('Mã thủ tục,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Cơ quan chủ trì,Cơ quan phối hợp,Mức độ,Toàn trình/Một phần,"Phí, lệ phí (đồng)",Thời hạn giải quyết (ngày)');
    expect(procedureColumnAliases.name[0]).toBe('Tên thủ tục');
    const records = await readFile(join(folder, 'records.csv'), 'utf8');
    expect(firstLine(records.slice(1)).split(',').slice(0, 7)).toEqual(['Mã hồ sơ', 'Mã thủ tục', 'Cơ quan', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày hoàn thành', 'Kênh nộp']);
    expect(recordColumnAliases.channel[0]).toBe('Kênh nộp');
    expect(await readFile(join(folder, 'README.md'), 'utf8')).toContain('## Các lệnh tiếp theo');
  });
  it('reads its indicators template with @egov/ictindex (long layout, the example row of Lào Cai 2017)', async () => {
    const folder = join(root, 'ws');
    await runCaptured(['init', folder]);
    const { stdout } = await runCaptured(['ictindex', 'compute', join(folder, 'indicators.csv'), '--json']);
    const result = JSON.parse(stdout) as { year: number; unitNames: Record<string, string>; findings: { ruleId: string }[] };
    expect(result.year).toBe(2017);
    expect(Object.values(result.unitNames)).toEqual(['Lào Cai']);
    // Only the other indicators are missing (the template has one row); no column is.
    expect(new Set(result.findings.map((finding) => finding.ruleId))).toEqual(new Set(['ictindex/missing-value']));
  });
  it('writes the README in English with --lang en', async () => {
    const folder = join(root, 'ws');
    expect((await runCaptured(['init', folder, '--lang', 'en'])).stdout).toContain(`Created ${folder}:`);
    expect(await readFile(join(folder, 'README.md'), 'utf8')).toContain('## Next commands');
  });
  it('refuses a folder that is not empty, exit 2', async () => {
    const folder = join(root, 'ws');
    await mkdir(folder);
    await writeFile(join(folder, 'notes.txt'), 'ghi chú');
    const { code, stderr } = await runCaptured(['init', folder]);
    expect(code).toBe(2);
    expect(stderr).toContain('is not empty (notes.txt); use --force');
    expect(await readdir(folder)).toEqual(['notes.txt']);
  });
  it('with --force adds the missing files and never overwrites one, listing what it skipped', async () => {
    const folder = join(root, 'ws');
    await mkdir(folder);
    await writeFile(join(folder, 'budget.csv'), 'STT,Tên nhiệm vụ,2026,Tổng kinh phí\r\n1,Của tôi,5,5\r\n');
    const { code, stdout } = await runCaptured(['init', folder, '--force', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('Skipped (already there, not overwritten): budget.csv');
    expect(await readFile(join(folder, 'budget.csv'), 'utf8')).toBe('STT,Tên nhiệm vụ,2026,Tổng kinh phí\r\n1,Của tôi,5,5\r\n');
    expect((await readdir(folder)).length).toBe(6);
    const json = JSON.parse((await runCaptured(['init', folder, '--force', '--json'])).stdout) as { created: string[]; skipped: string[] };
    expect(json.created).toEqual([]);
    expect(json.skipped).toHaveLength(6);
  });
  it('refuses --format sarif (no findings) and a path that is a file, exit 2', async () => {
    const sarif = await runCaptured(['init', join(root, 'ws'), '--format', 'sarif']);
    expect(sarif.code).toBe(2);
    expect(sarif.stderr).toContain('--format sarif is for findings about files; "egov init" reports none');
    await writeFile(join(root, 'file.txt'), '');
    expect((await runCaptured(['init', join(root, 'file.txt')])).stderr).toContain('is a file');
  });
});
