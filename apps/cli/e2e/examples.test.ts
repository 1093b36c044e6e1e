import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sarifProblems } from '../src/__fixtures__/sarif-shape';
import { repoRoot, runBin } from './run-bin';

const exampleFolders = (await readdir(join(repoRoot, 'examples'), { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

interface CheckJson {
  files: { file: string; kind?: string; findings: { ruleId: string; severity: string }[] }[];
  skipped: string[];
}
interface SarifLog {
  runs: { results: { ruleId: string; level: string; locations: { physicalLocation?: { artifactLocation: { uri: string }; region?: { startLine: number } } }[] }[] }[];
}

// What `egov check` says about the examples whose content is known (transcribed from the sources); an
// example folder added later is still checked below for exit code, JSON and SARIF.
const known: Readonly<Record<string, { code: number; lines: readonly string[] }>> = {
  'bacgiang-2015-action-plan': { code: 0, lines: ['examples/bacgiang-2015-action-plan/plan.yaml (', 'plan/due-before-received'] },
  'hagiang-2013-roadmap': {
    code: 1,
    lines: ['examples/hagiang-2013-roadmap/budget.csv (budget table)', 'examples/hagiang-2013-roadmap/roadmap.yaml (roadmap)', '/stated_totals/1/value', '2 files: 6 errors, 4 warnings, 5 infos'],
  },
  // The text ranks "Hạ tầng kỹ thuật xã hội" 15th in 2017 where its own table says 13th; the other tables are the plan's.
  'laocai-2018-ictindex-plan': {
    code: 1,
    lines: ['examples/laocai-2018-ictindex-plan/ictindex-ranks.csv (ICT-Index ranks)', 'E28', 'ictindex/rank-statement-mismatch', 'Tables of examples/laocai-2018-ictindex-plan/plan.yaml (data, no check of their own)', '3 files: 1 error, 0 warnings, 1 info'],
  },
  // plan.yaml states 55 computers on the Internet out of 43 in all: an error in the document itself.
  'langson-2019-it-plan': { code: 1, lines: ['level 3 or higher: 70/138 = 50.72%', 'plan/subset-exceeds-total'] },
  'thaibinh-2013-roadmap': { code: 0, lines: ['examples/thaibinh-2013-roadmap/roadmap.yaml (roadmap)', '1 file: 0 errors, 4 warnings, 0 infos'] },
  'today-2026-catalogue': { code: 0, lines: ['examples/today-2026-catalogue/catalogue.csv (procedure catalogue)', 'procedures/near-duplicate-procedure'] },
};

describe('egov check on every example folder (built binary)', () => {
  it('finds the example folders', () => {
    expect(exampleFolders).toEqual(expect.arrayContaining(Object.keys(known)));
  });
  it.each(exampleFolders)('examples/%s: exit 0/1, a summary line, --json and --format sarif parse', async (folder) => {
    const path = `examples/${folder}`;
    const text = await runBin(['check', path, '--lang', 'en']);
    expect(text.stderr).toBe('');
    expect([0, 1]).toContain(text.code);
    const expected = known[folder];
    if (expected !== undefined) {
      expect(text.code).toBe(expected.code);
      for (const line of expected.lines) expect(text.stdout).toContain(line);
    }
    const json = await runBin(['check', path, '--json']);
    expect(json.code).toBe(text.code);
    const parsed = JSON.parse(json.stdout) as CheckJson;
    expect(parsed.files.length + parsed.skipped.length).toBeGreaterThan(0);
    expect(parsed.files.some((file) => file.findings.some((finding) => finding.severity === 'error'))).toBe(text.code === 1);
    const sarif = await runBin(['check', path, '--format', 'sarif']);
    expect(sarif.code).toBe(text.code);
    const log = JSON.parse(sarif.stdout) as SarifLog;
    expect(sarifProblems(log)).toEqual([]);
    expect(log.runs[0]?.results).toHaveLength(parsed.files.reduce((sum, file) => sum + file.findings.length, 0));
    for (const result of log.runs[0]?.results ?? []) {
      const uri = result.locations[0]?.physicalLocation?.artifactLocation.uri ?? '';
      expect(uri.startsWith(`examples/${folder}/`)).toBe(true);
    }
  });
});

describe('the main command of each example (built binary)', () => {
  it('roadmap validate / project on Hà Giang: the stated total error, exit 1; the projection, exit 0', async () => {
    const validate = await runBin(['roadmap', 'validate', 'examples/hagiang-2013-roadmap/roadmap.yaml']);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain('Văn bản nêu 30 dịch vụ ở mức độ 3 trở lên đến 2020, nhưng các danh mục cộng lại được 26');
    const project = await runBin(['roadmap', 'project', 'examples/thaibinh-2013-roadmap/roadmap.yaml', '--json']);
    expect(project.code).toBe(0);
    const projection = JSON.parse(project.stdout) as { years: number[]; atLeastLevelThree: number[] };
    expect(projection.atLeastLevelThree[projection.years.indexOf(2015)]).toBe(33);
  });
  it('budget reconcile on Hà Giang: 15,2 tỷ đồng adds up, exit 0', async () => {
    const { code, stdout } = await runBin(['budget', 'reconcile', 'examples/hagiang-2013-roadmap/budget.csv']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/17 +Tổng kinh phí +toàn bộ +15,2 tỷ đồng +15,2 tỷ đồng/);
  });
  it('procedures stats on Lạng Sơn: 70/138 = 50,72% at level 3 or higher', async () => {
    const { code, stdout } = await runBin(['procedures', 'stats', 'examples/langson-2019-it-plan/procedure-levels.csv']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/≥ mức độ 3 +70 +70\/138 = 50,72%/);
  });
  it('ictindex compare on Lào Cai: the sentences of Plan 332/KH-UBND, and the text that contradicts its table as an error', async () => {
    const { code, stdout } = await runBin(['ictindex', 'compare', '2016', '2017', '--unit', 'Lào Cai', 'examples/laocai-2018-ictindex-plan/ictindex-ranks.csv']);
    expect(code).toBe(1);
    expect(stdout).toContain('Tăng 05 bậc, từ thứ 12 (năm 2016) lên thứ 7 (năm 2017)');
    expect(stdout).toContain('ictindex/rank-statement-mismatch');
  });
  it('procedures dedupe on the 2026 catalogue, as SARIF: duplicates located at their rows', async () => {
    const { code, stdout } = await runBin(['procedures', 'dedupe', 'examples/today-2026-catalogue/catalogue.csv', '--format', 'sarif']);
    expect(code).toBe(0);
    const log = JSON.parse(stdout) as SarifLog;
    expect(sarifProblems(log)).toEqual([]);
    const near = log.runs[0]?.results.find((result) => result.ruleId === 'procedures/near-duplicate-procedure');
    expect(near?.level).toBe('note');
    expect(near?.locations[0]?.physicalLocation?.artifactLocation.uri).toBe('examples/today-2026-catalogue/catalogue.csv');
    expect(near?.locations[0]?.physicalLocation?.region?.startLine).toBeGreaterThan(1);
  });
});

describe('version and help (built binary)', () => {
  it('prints the version, exit 0, with and without commander', async () => {
    const fast = await runBin(['--version']);
    expect(fast.code).toBe(0);
    expect(fast.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    // Through commander (a global option before the flag): the same output.
    expect((await runBin(['--lang', 'en', '--version'])).stdout).toBe(fast.stdout);
    expect((await runBin(['-v'])).stdout).toBe(fast.stdout);
  });
  it('has help with examples, exit 0; an unknown command exits 2', async () => {
    const help = await runBin(['init', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('egov init ho-so-2026');
    const unknown = await runBin(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
  });
});
