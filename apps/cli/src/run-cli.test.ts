import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './output/cli-io';
import { runCli } from './run-cli';

const examples = fileURLToPath(new URL('../../../examples', import.meta.url));
const thaiBinh = `${examples}/thaibinh-2013-roadmap/roadmap.yaml`;
const haGiang = `${examples}/hagiang-2013-roadmap/roadmap.yaml`;

async function run(args: string[], env: Record<string, string> = {}, isTTY = false) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, isTTY };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

describe('egov roadmap validate', () => {
  it('prints the findings of Hà Giang in Vietnamese and exits 1 on the stated-total error', async () => {
    const { code, stdout } = await run(['roadmap', 'validate', haGiang]);
    expect(code).toBe(1);
    expect(stdout).toContain('/stated_totals/1/value');
    expect(stdout).toContain('Văn bản nêu 30 dịch vụ ở mức độ 3 trở lên đến 2020, nhưng các danh mục cộng lại được 26');
    // The same findings as @egov/roadmap's golden test on this document, counted by severity.
    expect(stdout).toMatch(/1 tệp: 6 lỗi, 4 cảnh báo, 5 thông tin\n$/);
  });
  it('speaks English with --lang en and emits JSON with --json', async () => {
    const english = await run(['roadmap', 'validate', haGiang, '--lang', 'en']);
    expect(english.stdout).toContain('The document states 30 services at level 3 or higher by 2020, but the lists add up to 26');
    const json = await run(['roadmap', 'validate', thaiBinh, '--json']);
    const parsed = JSON.parse(json.stdout) as { findings: { ruleId: string }[] };
    expect(parsed.findings.map((f) => f.ruleId).filter((id) => id === 'roadmap/level-four-without-three')).toHaveLength(2);
    expect(json.code).toBe(0);
  });
  it('emits SARIF 2.1.0 with one result per finding', async () => {
    const { stdout } = await run(['roadmap', 'validate', thaiBinh, '--format', 'sarif']);
    const sarif = JSON.parse(stdout) as { version: string; runs: { results: { ruleId: string; level: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results).toHaveLength(4);
    expect(sarif.runs[0]?.results[0]).toMatchObject({ level: 'warning' });
  });
  it('applies a rule configuration file', async () => {
    const config = fileURLToPath(new URL('./__fixtures__/rules-off.yaml', import.meta.url));
    const { code, stdout } = await run(['roadmap', 'validate', haGiang, '--config', config, '--json']);
    const parsed = JSON.parse(stdout) as { findings: { ruleId: string }[] };
    expect(parsed.findings.some((f) => f.ruleId === 'roadmap/stated-total-mismatch')).toBe(false);
    expect(code).toBe(1);
  });
});

describe('egov check', () => {
  it('checks a folder, groups findings by file and lists what it skipped', async () => {
    const { code, stdout } = await run(['check', examples, '--lang', 'en']);
    expect(code).toBe(1);
    expect(stdout).toContain('hagiang-2013-roadmap/roadmap.yaml (roadmap)');
    expect(stdout).toContain('thaibinh-2013-roadmap/roadmap.yaml (roadmap)');
    expect(stdout).toContain('hagiang-2013-roadmap/budget.csv (budget table)');
    expect(stdout).toContain('today-2026-catalogue/catalogue.csv (procedure catalogue)');
    // Tables a plan lists are named as such, not as unrecognised files.
    expect(stdout).toMatch(/Tables of .*langson-2019-it-plan\/plan\.yaml \(data, no check of their own\): .*infrastructure\.csv/);
    expect(stdout).not.toContain('Skipped (kind not recognised)');
  });
  it('prints errors only with --quiet', async () => {
    const { stdout } = await run(['check', thaiBinh, haGiang, '--quiet']);
    expect(stdout).not.toContain('thaibinh');
    expect(stdout).toContain('/stated_totals/1/value');
    expect(stdout).not.toContain('roadmap/service-name-variant');
  });
  it('exits 2 on a missing path, an unknown kind, an unknown option', async () => {
    expect((await run(['check', 'nope.yaml'])).code).toBe(2);
    expect((await run(['check', thaiBinh, '--kind', 'poem'])).stderr).toContain('unknown --kind "poem"');
    expect((await run(['check', '--bogus', thaiBinh])).code).toBe(2);
    const csv = `${examples}/langson-2019-it-plan/infrastructure.csv`;
    expect((await run(['check', csv])).stderr).toContain('cannot tell what');
  });
  it('colours only on a terminal without NO_COLOR', async () => {
    expect((await run(['check', haGiang], {}, true)).stdout).toContain('\u001b[31m');
    expect((await run(['check', haGiang], { NO_COLOR: '1' }, true)).stdout).not.toContain('\u001b[');
    expect((await run(['check', haGiang], {}, false)).stdout).not.toContain('\u001b[');
  });
});

describe('egov roadmap project and schema, help and version', () => {
  it('projects Thái Bình: 33 services at level 3+ by 2015, 13 at level 4 by 2020', async () => {
    const { stdout } = await run(['roadmap', 'project', thaiBinh, '--json']);
    const projection = JSON.parse(stdout) as { years: number[]; distribution: number[][]; atLeastLevelThree: number[] };
    const at = (year: number) => projection.years.indexOf(year);
    expect(projection.atLeastLevelThree[at(2015)]).toBe(33);
    expect(projection.distribution[at(2020)]?.[3]).toBe(13);
  });
  it('prints the JSON Schema', async () => {
    const schema = JSON.parse((await run(['roadmap', 'schema'])).stdout) as { required: string[] };
    expect(schema.required).toContain('entries');
  });
  it('has help with examples on every command, and a version', async () => {
    expect((await run(['check', '--help'])).stdout).toContain('egov check examples/');
    expect((await run(['roadmap', 'validate', '--help'])).stdout).toContain('Examples:');
    const version = await run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
