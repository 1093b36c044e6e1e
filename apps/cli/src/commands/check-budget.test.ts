import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCaptured as run } from '../__fixtures__/run-captured';

const examples = fileURLToPath(new URL('../../../../examples', import.meta.url));
const broken = fileURLToPath(new URL('../__fixtures__/broken-budget.csv', import.meta.url));

interface CheckJson {
  files: { file: string; kind?: string; findings: { ruleId: string; severity: string; location?: { file?: string; row?: number; column?: string } }[] }[];
  skipped: string[];
}

describe('egov check on budget tables', () => {
  it('checks the budget tables of the examples (Hà Giang, Lạng Sơn): both add up', async () => {
    const { code, stdout } = await run(['check', examples, '--json', '--lang', 'en']);
    const result = JSON.parse(stdout) as CheckJson;
    const budgets = result.files.filter((group) => group.kind === 'budget table');
    expect(budgets.map((group) => group.file.slice(examples.length + 1))).toEqual(['hagiang-2013-roadmap/budget.csv', 'langson-2019-it-plan/budget.csv']);
    expect(budgets.flatMap((group) => group.findings)).toEqual([]);
    // The roadmaps still have errors: the exit code stays 1.
    expect(code).toBe(1);
    expect(result.skipped.some((file) => file.endsWith('infrastructure.csv'))).toBe(true);
  });
  it('reports the row and column of a broken budget table with --unit, in text and SARIF', async () => {
    const text = await run(['check', broken, '--unit', 'tỷ']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('broken-budget.csv (bảng kinh phí)');
    expect(text.stdout).toMatch(/E3 +lỗi +Tổng của dòng 2 "Cổng dịch vụ công" ghi 1\.000\.000\.000 đồng/);
    const sarif = JSON.parse((await run(['check', broken, '--unit', 'tỷ', '--format', 'sarif'])).stdout) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { region?: { startLine: number } } }[] }[] }[];
    };
    expect(sarif.runs[0]?.results.map((r) => [r.ruleId, r.locations[0]?.physicalLocation.region?.startLine])).toEqual([
      ['budget/amount-invalid', 3],
      ['budget/total-mismatch', 3],
    ]);
  });
  it('reads a table without a unit in đồng, and says so through findings', async () => {
    // Without --unit and without a companion document, "1,5" is 1,5 đồng: not a whole amount.
    const { code, stdout } = await run(['check', broken, '--kind', 'budget', '--json']);
    const result = JSON.parse(stdout) as CheckJson;
    expect(code).toBe(1);
    expect(result.files[0]?.findings.some((f) => f.ruleId === 'budget/non-whole-dong')).toBe(true);
  });
  it('exits 2 on an unknown --unit', async () => {
    const { code, stderr } = await run(['check', broken, '--unit', 'yên']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown --unit "yên"');
  });
});
