import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCaptured as run } from '../__fixtures__/run-captured';

const examples = fileURLToPath(new URL('../../../../examples', import.meta.url));
const ranks = `${examples}/laocai-2018-ictindex-plan/ictindex-ranks.csv`;
// Synthetic, illustrative sub-group indices (see __fixtures__/README.md): not published values.
const synthetic = fileURLToPath(new URL('../__fixtures__/synthetic-ictindex-subgroups.csv', import.meta.url));
const missingColumn = fileURLToPath(new URL('../__fixtures__/missing-unit-column.csv', import.meta.url));

describe('egov ictindex frameworks', () => {
  it('lists the built-in frameworks with indicator counts, none official', async () => {
    const { code, stdout } = await run(['ictindex', 'frameworks', '--json']);
    const list = JSON.parse(stdout) as { name: string; indicators: number; groups: number; official: boolean }[];
    expect(code).toBe(0);
    // ICT-Index 2016: 3 groups, 30 indicators (Plan 332/KH-UBND section II, "30 chỉ tiêu thành phần").
    expect(list.map((f) => [f.name, f.groups, f.indicators, f.official])).toEqual([
      ['ict-index-2016', 3, 30, false],
      ['egdi', 3, 9, false],
    ]);
    expect((await run(['ictindex', 'frameworks'])).stdout).toMatch(/ict-index-2016 .* 3 +30 +không/);
  });
});

describe('egov ictindex compare', () => {
  it('describes Lào Cai 2016 → 2017 from the published ranks in the words of source 004', async () => {
    const { code, stdout } = await run(['ictindex', 'compare', '2016', '2017', '--unit', 'Lào Cai', ranks]);
    // The plan's own contradiction is an error: exit 1, as for any data with errors.
    expect(code).toBe(1);
    expect(stdout).toMatch(/ {2}Hạ tầng kỹ thuật +12 +7 +Tăng 05 bậc, từ thứ 12 \(năm 2016\) lên thứ 7 \(năm 2017\)/);
    expect(stdout).toContain('Giảm 02 bậc, từ thứ 12 (năm 2016) xuống thứ 14 (năm 2017)');
    expect(stdout).toContain('Tăng 04 bậc, từ thứ 10 (năm 2016) lên thứ 6 (năm 2017)');
    expect(stdout).toContain('Giữ nguyên thứ 7 so với năm 2016');
    expect(stdout).toContain('Giảm 14 bậc, từ thứ 13 (năm 2016) xuống thứ 27 (năm 2017)');
    // "có 2/3 nhóm tăng, 01 nhóm giảm" (section III).
    expect(stdout).toContain('Trong 03 nhóm chỉ số, có 2/3 nhóm tăng, 01 nhóm giảm so với năm 2016');
    // The plan's own contradiction: table 13, text "Xếp thứ 15" for 2017; the table's rank is the one shown.
    expect(stdout).toMatch(/Hạ tầng kỹ thuật xã hội +15 +13 +Tăng 02 bậc/);
    expect(stdout).toMatch(/E28 +lỗi +Văn bản ghi "Hạ tầng kỹ thuật xã hội" xếp thứ 15 năm 2017 \("tăng 02 bậc so với năm 2016"\), nhưng bảng xếp hạng ghi thứ 13/);
    // Online services are only in the text for 2017.
    expect(stdout).toMatch(/Dịch vụ công trực tuyến .* 4 +Không có thứ hạng năm 2016/);
  });
  it('speaks English and emits JSON', async () => {
    const en = await run(['ictindex', 'compare', '2016', '2017', '--unit', 'lao cai', ranks, '--lang', 'en']);
    expect(en.stdout).toContain('Up 5 places, from 12th (2016) to 7th (2017)');
    const json = JSON.parse((await run(['ictindex', 'compare', '2016', '2017', '--unit', 'Lào Cai', ranks, '--json'])).stdout) as {
      changes: { node: string; places: number | null }[];
    };
    expect(json.changes.find((c) => c.node === 'Hạ tầng nhân lực các CQNN')?.places).toBe(9);
  });
  it('computes both years from indicator data and compares them (synthetic fixture)', async () => {
    const { code, stdout } = await run(['ictindex', 'compare', '2016', '2017', '--unit', 'Lào Cai', synthetic]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Xếp hạng chung +3 +2 +0,1459 +0,2972 +Tăng 01 bậc, từ thứ 3 \(năm 2016\) lên thứ 2 \(năm 2017\)/);
    expect(stdout).toContain('Trong 03 nhóm chỉ số, có 1/3 nhóm tăng, 02 nhóm giữ nguyên so với năm 2016');
  });
  it('exits 2 on an unknown unit, a bad year, a missing --unit', async () => {
    expect((await run(['ictindex', 'compare', '2016', '2017', '--unit', 'Atlantis', ranks])).stderr).toContain('unknown --unit "Atlantis"');
    expect((await run(['ictindex', 'compare', 'năm', '2017', '--unit', 'Lào Cai', ranks])).code).toBe(2);
    expect((await run(['ictindex', 'compare', '2016', '2017', ranks])).code).toBe(2);
  });
});

describe('egov ictindex compute and whatif', () => {
  it('ranks the four synthetic provinces in 2017', async () => {
    const { code, stdout } = await run(['ictindex', 'compute', synthetic, '--year', '2017', '--json']);
    const result = JSON.parse(stdout) as { year: number; ranks: Record<string, Record<string, number>>; inputs: string[] };
    expect(code).toBe(0);
    expect(result.year).toBe(2017);
    expect(result.inputs).toHaveLength(6);
    expect(result.ranks['ict-index']).toEqual({ 'Đà Nẵng': 1, 'Lào Cai': 2, 'Yên Bái': 3, 'Hà Giang': 4 });
    expect((await run(['ictindex', 'compute', synthetic])).stdout).toMatch(/ {3}2 {2}Lào Cai +0,2972/);
  });
  it('what if Yên Bái raised online services to 0,85: IT application 3 → 2, overall stays 3', async () => {
    const { code, stdout } = await run(['ictindex', 'whatif', synthetic, '--unit', 'Yên Bái', '--set', 'online-services=0.85', '--json']);
    const result = JSON.parse(stdout) as { changes: { nodeId: string; previousRank: number; currentRank: number }[] };
    expect(code).toBe(0);
    const moved = (id: string) => result.changes.find((c) => c.nodeId === id);
    expect(moved('it-application')).toMatchObject({ previousRank: 3, currentRank: 2 });
    expect(moved('ict-index')).toMatchObject({ previousRank: 3, currentRank: 3 });
  });
  it('exits 2 on an unknown framework, a missing column, an unreadable file, a rank table, a bad --set', async () => {
    const unknown = await run(['ictindex', 'compute', synthetic, '--framework', 'dti-2030']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown --framework "dti-2030"');
    const missing = await run(['ictindex', 'compute', missingColumn]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('ictindex/missing-column');
    const unreadable = await run(['ictindex', 'compute', `${examples}/nope.csv`]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stdout).toContain('cli/unreadable-file');
    expect((await run(['ictindex', 'compute', ranks])).stderr).toContain('lists ranks, not indicator values');
    expect((await run(['ictindex', 'whatif', synthetic, '--unit', 'Yên Bái', '--set', 'nope=1'])).code).toBe(2);
    expect((await run(['ictindex', 'compute', synthetic, '--framework', `${examples}/nope.json`])).code).toBe(2);
  });
  it('has help with examples on every command', async () => {
    for (const command of ['frameworks', 'compute', 'compare', 'whatif']) {
      expect((await run(['ictindex', command, '--help'])).stdout).toContain(`egov ictindex ${command}`);
    }
  });
});
