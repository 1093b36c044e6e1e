import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCaptured as run } from '../__fixtures__/run-captured';

const examples = fileURLToPath(new URL('../../../../examples', import.meta.url));
// Source 000 (Lạng Sơn, KH 200/KH-SKHĐT, 2018): 60 + 10 + 68 + 0 = 138 procedures by level.
const levels = `${examples}/langson-2019-it-plan/procedure-levels.csv`;
// Constructed 2026 catalogue; its README lists four planted duplicates.
const catalogue = `${examples}/today-2026-catalogue/catalogue.csv`;
const records = fileURLToPath(new URL('../__fixtures__/synthetic-records.csv', import.meta.url));
const brokenBudget = fileURLToPath(new URL('../__fixtures__/broken-budget.csv', import.meta.url));

interface Counts {
  total: number;
  byLevel: Record<string, number>;
  atLeastLevel3: { numerator: number; denominator: number };
  byClass: Record<string, number>;
  classUnknown: number;
}

describe('egov procedures stats', () => {
  it('source 000: 60/10/68/0 of 138, 70/138 = 50,72% at level ≥ 3, the stated total adds up', async () => {
    const { code, stdout } = await run(['procedures', 'stats', levels]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/≥ mức độ 3 +70 +70\/138 = 50,72%/);
    expect(stdout).toMatch(/Mức độ 4 +60 +60\/138 = 43,48%/);
    expect(stdout).toContain('60 + 10 + 68 + 0 = 138, khớp tổng ghi 138');
    const en = await run(['procedures', 'stats', levels, '--lang', 'en']);
    expect(en.stdout).toMatch(/≥ level 3 +70 +70\/138 = 50\.72%/);
    const json = JSON.parse((await run(['procedures', 'stats', levels, '--json'])).stdout) as Counts & { kind: string };
    expect(json.kind).toBe('counts');
    expect(json.total).toBe(138);
    expect(json.byLevel).toEqual({ 1: 0, 2: 68, 3: 10, 4: 60 });
    expect(json.atLeastLevel3).toEqual({ numerator: 70, denominator: 138 });
  });
  it('the 2026 catalogue: 41 procedures, 19 full / 16 partial / 6 empty, by tier 29 commune / 12 province', async () => {
    const { code, stdout } = await run(['procedures', 'stats', catalogue, '--by', 'tier', '--json']);
    const json = JSON.parse(stdout) as Counts & { groups: (Counts & { key: string })[] };
    expect(code).toBe(0);
    expect(json.total).toBe(41);
    expect([json.byClass.full, json.byClass.partial, json.classUnknown]).toEqual([19, 16, 6]);
    expect(json.groups.map((group) => [group.key, group.total])).toEqual([
      ['commune', 29],
      ['province', 12],
    ]);
    const text = await run(['procedures', 'stats', catalogue, '--by', 'agency']);
    expect(text.stdout).toMatch(/Toàn trình +19 +19\/41 = 46,34%/);
    expect(text.stdout).toContain('Ủy ban nhân dân cấp xã');
    const tiers = await run(['procedures', 'stats', catalogue, '--by', 'tier', '--lang', 'en']);
    expect(tiers.stdout).toMatch(/Commune +29 +0 +0 +0 +0 +— +12 +11 +0/);
    expect(tiers.stdout).toContain('The catalogue states no level 1–4 (classes only).');
  });
  it('exits 1 when a stated total does not add up, pointing at its cell', async () => {
    const wrong = fileURLToPath(new URL('../__fixtures__/wrong-total-procedure-levels.csv', import.meta.url));
    const { code, stdout } = await run(['procedures', 'stats', wrong, '--lang', 'en']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/C6 +error +The stated total is 140 procedures, but levels 4\/3\/2\/1 add up to 60 \+ 10 \+ 68 \+ 0 = 138 +procedures\/level-count-total-mismatch/);
  });
  it('exits 2 on a table that is not a catalogue, an unknown --by, --by on a count table', async () => {
    const notCatalogue = await run(['procedures', 'stats', brokenBudget]);
    expect(notCatalogue.code).toBe(2);
    expect(notCatalogue.stderr).toContain('is not a procedure catalogue');
    expect((await run(['procedures', 'stats', catalogue, '--by', 'colour'])).stderr).toContain('--by must be agency, field or tier');
    expect((await run(['procedures', 'stats', levels, '--by', 'agency'])).code).toBe(2);
    expect((await run(['procedures', 'stats', `${examples}/nope.csv`])).code).toBe(2);
  });
});

describe('egov procedures dedupe', () => {
  interface Dedupe {
    clusters: { kind: string; reasons: string[]; score: number; members: { row: number; code: string | null; name: string }[] }[];
  }
  it('finds exactly the four planted duplicates of the 2026 catalogue, with rows, reasons and scores', async () => {
    const { code, stdout } = await run(['procedures', 'dedupe', catalogue, '--json']);
    expect(code).toBe(0);
    const { clusters } = JSON.parse(stdout) as Dedupe;
    expect(clusters.map((cluster) => cluster.members.map((member) => member.row))).toEqual([
      [4, 41],
      [13, 31],
      [15, 24],
      [17, 36],
    ]);
    expect(clusters.map((cluster) => cluster.reasons[0])).toEqual(['similar-name', 'same-code', 'same-name-and-agency', 'similar-name']);
    expect(clusters[1]?.members.map((member) => member.code)).toEqual(['1.013225', '1.013225']);
    // No look-alike pair of the answer key is merged, even across agencies.
    const wide = JSON.parse((await run(['procedures', 'dedupe', catalogue, '--scope', 'catalogue', '--json'])).stdout) as Dedupe;
    expect(wide.clusters).toHaveLength(4);
  });
  it('prints clusters in Vietnamese and English', async () => {
    const vi = await run(['procedures', 'dedupe', catalogue]);
    expect(vi.stdout).toContain('41 thủ tục, 4 nhóm trùng lặp');
    expect(vi.stdout).toMatch(/2\. trùng · cùng mã, cùng tên, cùng cơ quan · độ giống 1,00/);
    expect(vi.stdout).toMatch(/ +41 +— +Đăng kí khai tử/);
    const en = await run(['procedures', 'dedupe', catalogue, '--lang', 'en']);
    expect(en.stdout).toMatch(/1\. near-duplicate · similar name · similarity 0\.90/);
  });
  it('exits 2 on a count table, a bad --scope or --min-score, a missing name column', async () => {
    expect((await run(['procedures', 'dedupe', levels])).stderr).toContain('lists no procedures');
    expect((await run(['procedures', 'dedupe', catalogue, '--scope', 'world'])).code).toBe(2);
    expect((await run(['procedures', 'dedupe', catalogue, '--min-score', '2'])).code).toBe(2);
    expect((await run(['procedures', 'dedupe', records])).code).toBe(2);
  });
});

describe('egov procedures classify', () => {
  it('turns each Decree 43 level into a Decree 42 class with its caveat', async () => {
    const { code, stdout } = await run(['procedures', 'classify', catalogue, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { procedures: { row: number; class: string | null; caveat: string }[]; totals: Record<string, number> };
    expect(json.procedures).toHaveLength(41);
    expect(json.totals).toEqual({ full: 19, partial: 16, none: 0, unknown: 6 });
    expect(json.procedures[0]).toMatchObject({ row: 2, class: 'full', caveat: 'stated' });
    const text = await run(['procedures', 'classify', catalogue, '--lang', 'en']);
    expect(text.stdout).toContain('Full online: 19/41 = 46.34% · Partial online: 16/41 = 39.02% · Not online: 0/41 = 0.00% · Unknown: 6/41 = 14.63%');
  });
  it('says level 4 is full only by presumption, levels 1–2 are not online, and flags a contradiction', async () => {
    const csv = 'Tên thủ tục,Mức độ,Toàn trình/Một phần\nCấp phép hợp báo,4,\nĐăng ký khai sinh,2,\nCấp giấy phép xây dựng,3,Toàn trình\n';
    const { file } = await writeTemp(csv);
    const { code, stdout } = await run(['procedures', 'classify', file, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { procedures: { class: string; caveat: string }[] };
    expect(json.procedures.map((p) => [p.class, p.caveat])).toEqual([
      ['full', 'level-4-presumed-full'],
      ['none', 'not-online'],
      ['full', 'class-level-conflict'],
    ]);
    expect((await run(['procedures', 'classify', file])).stdout).toContain('mức độ 4 → toàn trình theo giả định');
  });
});

async function writeTemp(text: string): Promise<{ file: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'egov-cli-'));
  const file = join(folder, 'danh-muc.csv');
  await writeFile(file, text);
  return { file: file };
}
