import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultLimits, readXlsx, writeXlsx } from '@egov/io';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sarifProblems } from '../src/__fixtures__/sarif-shape';
import { encodeTcvn3, windows1258Records } from './legacy-bytes';
import { runBin } from './run-bin';

let dir = '';
const at = (name: string) => join(dir, name);
const fixture = (name: string) => `apps/cli/src/__fixtures__/${name}`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'egov-e2e-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('broken inputs (built binary, files generated in a temp dir)', () => {
  it('missing required columns: records stats exits 2 naming the file and the column', async () => {
    const { code, stderr } = await runBin(['records', 'stats', fixture('missing-channel-records.csv')]);
    expect(code).toBe(2);
    expect(stderr).toContain('missing-channel-records.csv: not a table of records: no column "Kênh nộp"');
    const index = await runBin(['ictindex', 'compute', fixture('missing-unit-column.csv'), '--lang', 'en']);
    expect(index.code).toBe(2);
    expect(index.stdout).toContain('missing-unit-column.csv');
    expect(index.stdout).toContain('ictindex/missing-column');
  });
  it('Windows-1258 bytes are reported as such (exit 2), never read as mojibake', async () => {
    await writeFile(at('ho-so-1258.csv'), windows1258Records);
    for (const args of [['check', at('ho-so-1258.csv')], ['records', 'stats', at('ho-so-1258.csv')]]) {
      const { code, stdout } = await runBin([...args, '--lang', 'en']);
      expect(code).toBe(2);
      expect(stdout).toContain(at('ho-so-1258.csv'));
      expect(stdout).toContain('looks like Vietnamese in Windows-1258');
      expect(stdout).toContain('io/legacy-encoding');
      // Nothing decoded the Latin-1 way ("MaÞ hôÌ sõ") reaches the output.
      expect(stdout).not.toMatch(/[ÞÌÒõý]/);
    }
  });
  it('TCVN3 bytes are reported as such (exit 2)', async () => {
    const text = 'Mã thủ tục,Tên thủ tục,Mức độ\r\n1.001193,đăng ký khai sinh,4\r\n1.000894,đăng ký kết hôn,3\r\n1.000656,đăng ký khai tử cho người dân tộc thiểu số,3\r\n';
    await writeFile(at('danh-muc-tcvn3.csv'), encodeTcvn3(text));
    const { code, stdout } = await runBin(['check', at('danh-muc-tcvn3.csv'), '--lang', 'en']);
    expect(code).toBe(2);
    expect(stdout).toContain('danh-muc-tcvn3.csv');
    expect(stdout).toMatch(/looks like Vietnamese in TCVN3/);
  });
  it('a truncated XLSX (written with @egov/io, then cut) exits 2 naming the file', async () => {
    const bytes = await writeXlsx({ headers: ['Mã thủ tục', 'Tên thủ tục', 'Mức độ'], rows: [['1.001193', 'Đăng ký khai sinh', 4]] });
    await writeFile(at('whole.xlsx'), bytes);
    await writeFile(at('cut.xlsx'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect((await runBin(['check', at('whole.xlsx')])).code).toBe(0);
    const { code, stdout } = await runBin(['check', at('cut.xlsx'), '--lang', 'en']);
    expect(code).toBe(2);
    expect(stdout).toContain(at('cut.xlsx'));
    expect(stdout).toMatch(/io\/(xlsx-invalid|zip-bomb)/);
  });
  it('a cell over the io limit is an error at its cell (exit 2), and SARIF says where', async () => {
    const long = 'A'.repeat(defaultLimits.maxCellLength + 1);
    await writeFile(at('huge.csv'), `Mã thủ tục,Tên thủ tục,Mức độ\n1.1,${long},3\n`);
    const text = await runBin(['check', at('huge.csv'), '--lang', 'en']);
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(new RegExp(`B2 +error +.*${String(defaultLimits.maxCellLength + 1)}.*io/cell-too-long`));
    expect(text.stdout.length).toBeLessThan(2000);
    const sarif = await runBin(['check', at('huge.csv'), '--format', 'sarif']);
    expect(sarif.code).toBe(2);
    const log = JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    expect(sarifProblems(log)).toEqual([]);
    expect(log.runs[0]?.results[0]?.ruleId).toBe('io/cell-too-long');
    expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation.region.startLine).toBe(2);
  });
  it('formula injection and terminal escapes in cells: printed as data, never obeyed', async () => {
    const names = ['=HYPERLINK("http://evil.example","Bấm")', '+1', '@SUM(A1:A2)', 'Tên \u001b]8;;http://evil.example\u0007đỏ\u001b[2J'];
    const rows = names.map((name, i) => `1.${String(i)},"${name.replaceAll('"', '""')}",Sở A,3`);
    await writeFile(at('formula.csv'), ['Mã thủ tục,Tên thủ tục,Cơ quan chủ trì,Mức độ', ...rows, ''].join('\n'));
    const text = await runBin(['procedures', 'classify', at('formula.csv')]);
    expect(text.code).toBe(0);
    for (const name of names.slice(0, 3)) expect(text.stdout).toContain(name);
    // Not a terminal and no colours: no escape byte at all; the cell's escapes are shown as ␛ and ␇.
    expect(text.stdout).not.toContain('\u001b');
    expect(text.stdout).toContain('Tên ␛]8;;http://evil.example␇đỏ␛[2J');
    // With colours forced, only the CLI's own colour sequences are written.
    const coloured = await runBin(['procedures', 'classify', at('formula.csv')], { env: { FORCE_COLOR: '1' } });
    // eslint-disable-next-line no-control-regex -- removing the CLI's own colour sequences
    expect(coloured.stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toContain('\u001b');
    // JSON keeps the values exactly (JSON escapes the control characters itself).
    const json = JSON.parse((await runBin(['procedures', 'classify', at('formula.csv'), '--json'])).stdout) as { procedures: { name: string }[] };
    expect(json.procedures.map((procedure) => procedure.name)).toEqual(names);
  });
  it('formula-like names reach the report workbook protected (egov report, XLSX read back raw)', async () => {
    const folder = at('tinh');
    await mkdir(folder);
    const names = ['=HYPERLINK("http://evil.example","Bấm")', '+1', '@SUM(A1:A2)'];
    const entries = names.map((name, i) => `  - { id: "${String(i + 1)}", service: '${name}', target_level: 3, due: 2026, lead_agency: "Sở A", co_agencies: [] }`);
    await writeFile(join(folder, 'roadmap.yaml'), ['decision: { number: "123/QĐ-UBND", date: "2026-01-15" }', 'province: "Tên tỉnh"', 'period: { start: 2026, end: 2030 }', 'entries:', ...entries, ''].join('\n'));
    const { code } = await runBin(['report', folder, '--out', at('bao-cao'), '--formats', 'xlsx']);
    expect(code).toBe(0);
    const bytes = await readFile(at('bao-cao/report.xlsx'));
    const cells: string[] = [];
    for (let sheet = 1; sheet <= 50; sheet++) {
      const result = await readXlsx(bytes, { sheet, headerRow: 1, unprotectFormulas: false });
      if (!result.ok) break;
      for (const row of result.value.rows) cells.push(...row.values.filter((value): value is string => typeof value === 'string'));
    }
    for (const name of names) expect(cells).toContain(`'${name}`);
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });
  it('a nonexistent file: exit 2 and its name, for check and for a command reading one file', async () => {
    const check = await runBin(['check', 'khong-co.csv']);
    expect(check.code).toBe(2);
    expect(check.stderr).toBe('egov: no such file or folder: khong-co.csv\n');
    const summary = await runBin(['budget', 'summary', 'khong-co.csv', '--lang', 'en']);
    expect(summary.code).toBe(2);
    expect(summary.stdout).toContain('khong-co.csv');
    expect(summary.stdout).toContain('cli/unreadable-file');
  });
  it('an unknown --kind exits 2 and lists the known kinds', async () => {
    const { code, stderr } = await runBin(['check', 'examples/hagiang-2013-roadmap/budget.csv', '--kind', 'poem']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^egov: unknown --kind "poem"; known kinds: roadmap, .*budget, .*catalogue, indicators, ranks\n$/);
  });
  it('records stats reads stdin ("-")', async () => {
    const input = await readFile(new URL('../src/__fixtures__/synthetic-records.csv', import.meta.url));
    const { code, stdout } = await runBin(['records', 'stats', '-', '--as-of', '2024-03-31', '--json'], { input });
    // HS011 and HS012 are invalid on purpose: exit 1, the other 11 counted.
    expect(code).toBe(1);
    const stats = JSON.parse(stdout) as { valid: number; files: string[] };
    expect(stats.valid).toBe(11);
    expect(stats.files).toEqual(['-']);
  });
});
