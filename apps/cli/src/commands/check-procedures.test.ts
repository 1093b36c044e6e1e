import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCaptured as run } from '../__fixtures__/run-captured';

const examples = fileURLToPath(new URL('../../../../examples', import.meta.url));
const records = fileURLToPath(new URL('../__fixtures__/synthetic-records.csv', import.meta.url));
const wrongTotal = fileURLToPath(new URL('../__fixtures__/wrong-total-procedure-levels.csv', import.meta.url));

interface CheckJson {
  files: { file: string; kind?: string; findings: { ruleId: string; severity: string; location?: { row?: number; column?: string } }[] }[];
  skipped: string[];
}

describe('egov check on catalogues, count tables and records', () => {
  it('checks the 2026 catalogue and source 000 counts among the examples', async () => {
    const { stdout } = await run(['check', examples, '--json', '--lang', 'en']);
    const result = JSON.parse(stdout) as CheckJson;
    const byName = (name: string) => result.files.find((group) => group.file.endsWith(name));
    const catalogue = byName('today-2026-catalogue/catalogue.csv');
    expect(catalogue?.kind).toBe('procedure catalogue');
    expect(catalogue?.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // The four planted duplicates of its README, at the row of each cluster's first member (exact ones are
    // warnings, listed before the near ones, information to review).
    expect(catalogue?.findings.map((f) => [f.ruleId, f.location?.row])).toEqual([
      ['procedures/duplicate-procedure', 13],
      ['procedures/duplicate-procedure', 15],
      ['procedures/near-duplicate-procedure', 4],
      ['procedures/near-duplicate-procedure', 17],
    ]);
    const levels = byName('langson-2019-it-plan/procedure-levels.csv');
    expect(levels?.kind).toBe('procedure counts by level');
    expect(levels?.findings.map((f) => f.ruleId)).toEqual(['procedures/level-share']);
  });
  it('reports a stated total that does not add up as an error at its cell', async () => {
    const { code, stdout } = await run(['check', wrongTotal]);
    expect(code).toBe(1);
    expect(stdout).toContain('(bảng số thủ tục theo mức độ)');
    expect(stdout).toMatch(/C6 +lỗi +Tổng ghi 140 thủ tục, nhưng các mức độ 4\/3\/2\/1 cộng lại 60 \+ 10 \+ 68 \+ 0 = 138/);
  });
  it('detects a records table by its headers and reports invalid records at their rows', async () => {
    const { code, stdout } = await run(['check', records, '--json']);
    const result = JSON.parse(stdout) as CheckJson;
    expect(code).toBe(1);
    expect(result.files[0]?.kind).toBe('hồ sơ');
    expect(result.files[0]?.findings.map((f) => [f.ruleId, f.location?.row])).toEqual([
      ['procedures/invalid-record', 12],
      ['cli/invalid-record', 13],
    ]);
  });
  it('takes --kind catalogue, and refuses an unknown kind', async () => {
    expect((await run(['check', `${examples}/today-2026-catalogue/catalogue.csv`, '--kind', 'catalogue'])).code).toBe(0);
    expect((await run(['check', records, '--kind', 'poem'])).stderr).toContain('procedure-levels, records, catalogue');
  });
});
