import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFinding } from '@egov/core';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../__fixtures__/run-captured';
import { sarifProblems } from '../__fixtures__/sarif-shape';
import { sarifUri, toSarif } from './sarif';

const examples = fileURLToPath(new URL('../../../../examples', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../__fixtures__/${name}`, import.meta.url));

interface Sarif {
  runs: {
    tool: { driver: { rules: { id: string; defaultConfiguration: { level: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation?: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn?: number; properties?: { cell: string } } } }[];
    }[];
  }[];
}

describe('sarifUri', () => {
  it('is relative to the working directory, with forward slashes and percent-encoded segments', () => {
    expect(sarifUri('/repo/kế hoạch/budget.csv', '/repo')).toBe('k%E1%BA%BF%20ho%E1%BA%A1ch/budget.csv');
    expect(sarifUri('examples/x.csv', '/repo')).toBe('examples/x.csv');
    expect(sarifUri('/elsewhere/x.csv', '/repo')).toBe('file:///elsewhere/x.csv');
  });
});

describe('toSarif', () => {
  const findings = [
    createFinding({ ruleId: 'budget/total-mismatch', severity: 'error', message: { vi: 'Tổng sai', en: 'Wrong total' }, location: { file: 'b.csv', row: 17, column: 'E' } }),
    createFinding({ ruleId: 'roadmap/service-name-variant', severity: 'info', message: { vi: 'Tên khác', en: 'Other name' }, path: '/entries/3', location: { row: 12, column: '7' } }),
    createFinding({ ruleId: 'budget/total-mismatch', severity: 'warning', message: { vi: 'Lệch ít', en: 'Small gap' } }),
  ];
  const log = toSarif([{ file: 'roadmap.yaml', findings }], 'en', '1.2.3', '/repo') as unknown as Sarif;
  it('is valid SARIF 2.1.0 with each rule described once, at the most serious level reported', () => {
    expect(sarifProblems(log)).toEqual([]);
    expect(log.runs[0]?.tool.driver.rules).toMatchObject([
      { id: 'budget/total-mismatch', defaultConfiguration: { level: 'error' } },
      { id: 'roadmap/service-name-variant', defaultConfiguration: { level: 'note' } },
    ]);
  });
  it('places each finding in its own file, with startLine, startColumn for a character column, the cell otherwise', () => {
    const [cell, line, whole] = log.runs[0]?.results ?? [];
    expect(cell).toMatchObject({ ruleId: 'budget/total-mismatch', ruleIndex: 0, level: 'error', message: { text: 'Wrong total' } });
    expect(cell?.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: 'b.csv' }, region: { startLine: 17, properties: { cell: 'E17' } } });
    expect(line?.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: 'roadmap.yaml' }, region: { startLine: 12, startColumn: 7 } });
    expect(line?.level).toBe('note');
    expect(whole?.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: 'roadmap.yaml' } });
  });
  it('has no physical location for stdin', () => {
    const stdin = toSarif([{ file: '-', findings: [createFinding({ ruleId: 'x/y', severity: 'error', message: { vi: 'a', en: 'b' } })] }], 'vi', '0', '/') as unknown as Sarif;
    expect(stdin.runs[0]?.results[0]?.locations[0]?.physicalLocation).toBeUndefined();
    expect(sarifProblems(stdin)).toEqual([]);
  });
});

describe('--format sarif on every command that reports findings', () => {
  const cases: [string, string[], number][] = [
    ['check', ['check', examples], 1],
    ['roadmap validate', ['roadmap', 'validate', `${examples}/hagiang-2013-roadmap/roadmap.yaml`], 1],
    ['roadmap project', ['roadmap', 'project', `${examples}/thaibinh-2013-roadmap/roadmap.yaml`], 0],
    ['budget summary', ['budget', 'summary', fixture('broken-budget.csv'), '--unit', 'tỷ'], 1],
    ['budget reconcile', ['budget', 'reconcile', fixture('broken-budget.csv'), '--unit', 'tỷ'], 1],
    ['procedures stats', ['procedures', 'stats', fixture('wrong-total-procedure-levels.csv')], 1],
    ['procedures dedupe', ['procedures', 'dedupe', `${examples}/today-2026-catalogue/catalogue.csv`], 0],
    ['procedures classify', ['procedures', 'classify', `${examples}/today-2026-catalogue/catalogue.csv`], 0],
    ['ictindex compute', ['ictindex', 'compute', fixture('synthetic-ictindex-subgroups.csv')], 0],
    ['ictindex whatif', ['ictindex', 'whatif', fixture('synthetic-ictindex-subgroups.csv'), '--unit', 'Yên Bái', '--set', 'online-services=0.85'], 0],
    // The plan's own contradiction between its text and its rank table is an error.
    ['ictindex compare', ['ictindex', 'compare', '2016', '2017', '--unit', 'Lào Cai', `${examples}/laocai-2018-ictindex-plan/ictindex-ranks.csv`], 1],
    ['records stats', ['records', 'stats', fixture('synthetic-records.csv'), '--as-of', '2024-03-31'], 1],
  ];
  it.each(cases)('%s: valid SARIF 2.1.0, the same exit code as text', async (_name, args, expected) => {
    const { code, stdout } = await runCaptured([...args, '--format', 'sarif']);
    expect(code).toBe(expected);
    const log = JSON.parse(stdout) as Sarif;
    expect(sarifProblems(log)).toEqual([]);
    expect((await runCaptured(args)).code).toBe(code);
  });
  it('points at the user file relative to the working directory, with the row of the cell', async () => {
    const { stdout } = await runCaptured(['budget', 'reconcile', fixture('broken-budget.csv'), '--unit', 'tỷ', '--format', 'sarif']);
    const results = (JSON.parse(stdout) as Sarif).runs[0]?.results ?? [];
    const mismatch = results.find((result) => result.ruleId === 'budget/total-mismatch');
    expect(mismatch?.locations[0]?.physicalLocation?.artifactLocation.uri).toBe(relative(process.cwd(), fixture('broken-budget.csv')));
    expect(mismatch?.locations[0]?.physicalLocation?.region).toEqual({ startLine: 3, properties: { cell: 'E3' } });
  });
  it('places roadmap findings at their YAML line and column (roadmap validate and check)', async () => {
    const roadmap = `${examples}/thaibinh-2013-roadmap/roadmap.yaml`;
    for (const args of [['roadmap', 'validate', roadmap], ['check', roadmap]]) {
      const results = (JSON.parse((await runCaptured([...args, '--format', 'sarif'])).stdout) as Sarif).runs[0]?.results ?? [];
      expect(results).toHaveLength(4);
      // "/steps/0/services/0": "Cấp giấy phép xây dựng", first service of step 2.1, line 105 column 9.
      const step = results.find((result) => result.ruleId === 'roadmap/step-after-due');
      expect(step?.locations[0]?.physicalLocation?.region).toEqual({ startLine: 105, startColumn: 9 });
      expect(results.every((result) => (result.locations[0]?.physicalLocation?.region?.startLine ?? 0) > 0)).toBe(true);
    }
  });
  it('lists records findings under each record file, dedupe clusters as warnings/notes', async () => {
    const records = JSON.parse((await runCaptured(['records', 'stats', fixture('synthetic-records.csv'), '--format', 'sarif'])).stdout) as Sarif;
    const invalid = records.runs[0]?.results.filter((result) => result.ruleId === 'cli/invalid-record') ?? [];
    expect(invalid.length).toBeGreaterThan(0);
    expect(invalid.every((result) => result.locations[0]?.physicalLocation?.artifactLocation.uri.endsWith('synthetic-records.csv'))).toBe(true);
    const dedupe = JSON.parse((await runCaptured(['procedures', 'dedupe', `${examples}/today-2026-catalogue/catalogue.csv`, '--format', 'sarif'])).stdout) as Sarif;
    expect(dedupe.runs[0]?.results.some((result) => result.ruleId.includes('duplicate-procedure'))).toBe(true);
  });
  it('report: the findings of every file reported, the same exit code as text; the report is still written', async () => {
    const out = await mkdtemp(join(tmpdir(), 'egov-sarif-report-'));
    try {
      const args = ['report', `${examples}/hagiang-2013-roadmap`, '--out', out, '--formats', 'md', '--force'];
      const sarif = await runCaptured([...args, '--format', 'sarif']);
      const check = JSON.parse((await runCaptured(['check', `${examples}/hagiang-2013-roadmap`, '--json'])).stdout) as { files: { findings: unknown[] }[] };
      const log = JSON.parse(sarif.stdout) as Sarif;
      expect(sarifProblems(log)).toEqual([]);
      expect(log.runs[0]?.results).toHaveLength(check.files.reduce((sum, file) => sum + file.findings.length, 0));
      expect(sarif.code).toBe(1);
      expect((await runCaptured(args)).code).toBe(1);
      expect(await readdir(out)).toEqual(['report.md']);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
  it('gives SARIF for a file that cannot be read too (exit 2)', async () => {
    const { code, stdout } = await runCaptured(['procedures', 'stats', 'no-such-catalogue.csv', '--format', 'sarif']);
    expect(code).toBe(2);
    const log = JSON.parse(stdout) as Sarif;
    expect(sarifProblems(log)).toEqual([]);
    expect(log.runs[0]?.results[0]?.ruleId).toBe('cli/unreadable-file');
  });
});

describe('--format sarif on commands without findings about files', () => {
  it.each([
    [['roadmap', 'schema']],
    [['ictindex', 'frameworks']],
    [['budget', 'words', '6000000000']],
    [['budget', 'parse', '15,2 tỷ']],
  ])('%j is refused with exit 2 and says why', async (args) => {
    const { code, stdout, stderr } = await runCaptured([...args, '--format', 'sarif']);
    expect(code).toBe(2);
    expect(stderr).toContain(`"egov ${args.slice(0, 2).join(' ')}" reports none (use --json or text)`);
    // Still one SARIF log on stdout: no results, an unsuccessful run that says why.
    const log = JSON.parse(stdout) as Sarif & { runs: { invocations?: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[] }[] };
    expect(sarifProblems(log)).toEqual([]);
    expect(log.runs[0]?.results).toEqual([]);
    expect(log.runs[0]?.invocations?.[0]?.executionSuccessful).toBe(false);
    expect(log.runs[0]?.invocations?.[0]?.toolExecutionNotifications[0]?.message.text).toContain('reports none');
  });
  it('says so in their help', async () => {
    expect((await runCaptured(['roadmap', 'schema', '--help'])).stdout).toContain('--format sarif: không áp dụng');
  });
});
