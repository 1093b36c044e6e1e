import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCaptured as run } from '../__fixtures__/run-captured';

const examples = fileURLToPath(new URL('../../../../examples', import.meta.url));
const haGiang = `${examples}/hagiang-2013-roadmap/budget.csv`;
const langSon = `${examples}/langson-2019-it-plan/budget.csv`;
const broken = fileURLToPath(new URL('../__fixtures__/broken-budget.csv', import.meta.url));

describe('egov budget words', () => {
  it.each([
    // Source 002 (Thái Bình): "6.000.000.000 đồng (Sáu tỷ đồng)"; source 003 (Hà Giang): 15,2 tỷ.
    [['6.000.000.000'], 'Sáu tỷ đồng'],
    [['6000000000'], 'Sáu tỷ đồng'],
    [['15.200.000.000'], 'Mười lăm tỷ hai trăm triệu đồng'],
    [['15200000000'], 'Mười lăm tỷ hai trăm triệu đồng'],
    [['15,2 tỷ'], 'Mười lăm tỷ hai trăm triệu đồng'],
    [['15,2', 'tỷ'], 'Mười lăm tỷ hai trăm triệu đồng'],
    [['1.4', '--unit', 'tỷ'], 'Một tỷ bốn trăm triệu đồng'],
    // Source 000 (Lạng Sơn): 212.000.000 đồng, the computed sum of its budget table.
    [['212.000.000'], 'Hai trăm mười hai triệu đồng'],
  ])('%j → %s', async (args, words) => {
    const { code, stdout } = await run(['budget', 'words', ...args]);
    expect(stdout).toBe(`${words}\n`);
    expect(code).toBe(0);
  });
  it('spells the regional variants the library supports', async () => {
    expect((await run(['budget', 'words', '1005024', '--le', '--ngan', '--bon'])).stdout).toBe('Một triệu không trăm lẻ năm ngàn không trăm hai mươi bốn đồng\n');
    expect((await run(['budget', 'words', '6000000000', '--ti', '--chan'])).stdout).toBe('Sáu tỉ đồng chẵn\n');
    expect((await run(['budget', 'words', '6000000000', '--no-dong'])).stdout).toBe('Sáu tỷ\n');
  });
  it('reads words back to the amount, and JSON', async () => {
    expect((await run(['budget', 'words', 'Mười lăm tỷ hai trăm triệu đồng'])).stdout).toBe('15.200.000.000 đồng\n');
    const json = JSON.parse((await run(['budget', 'words', '15,2 tỷ', '--json'])).stdout) as { dong: string; words: string };
    expect(json).toMatchObject({ dong: '15200000000', words: 'Mười lăm tỷ hai trăm triệu đồng' });
  });
  it('exits 1 with the finding on unreadable words or amounts', async () => {
    const words = await run(['budget', 'words', 'mười mười']);
    expect(words.code).toBe(1);
    expect(words.stdout).toContain('budget/words-invalid');
    expect((await run(['budget', 'words', '15.200', '--unit', 'tỷ'])).code).toBe(1);
  });
});

describe('egov budget parse', () => {
  it('prints the exact đồng, the unit and the printed precision', async () => {
    const { code, stdout } = await run(['budget', 'parse', '15,2 tỷ']);
    expect(code).toBe(0);
    expect(stdout).toContain('15.200.000.000 đồng');
    expect(stdout).toContain('tỷ đồng (ghi trong số)');
    expect(stdout).toContain('100.000.000 đồng');
    const json = JSON.parse((await run(['budget', 'parse', '1.4', '--unit', 'tỷ', '--json'])).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ dong: '1400000000', unit: 'ty', unitSource: 'context', precision: '100000000' });
  });
  it('reports an ambiguous figure as a finding with exit 1, and reads it with --notation', async () => {
    const ambiguous = await run(['budget', 'parse', '15.200', '--unit', 'tỷ', '--lang', 'en']);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stdout).toContain('budget/amount-ambiguous');
    const vi = JSON.parse((await run(['budget', 'parse', '15.200', '--unit', 'tỷ', '--notation', 'vi', '--json'])).stdout) as { dong: string };
    expect(vi.dong).toBe('15200000000000');
  });
  it('exits 2 on an unknown unit or notation', async () => {
    expect((await run(['budget', 'parse', '15', '--unit', 'yên'])).code).toBe(2);
    expect((await run(['budget', 'parse', '15', '--notation', 'fr'])).stderr).toContain('--notation must be');
  });
});

describe('egov budget reconcile', () => {
  it('Hà Giang (source 003): 2014 = 8, 2015 = 7,2, total 15,2 tỷ, all stated totals add up', async () => {
    // The unit (tỷ đồng) is not in the CSV; roadmap.yaml beside it lists the table with unit "tỷ đồng".
    const { code, stdout } = await run(['budget', 'reconcile', haGiang, '--json']);
    const result = JSON.parse(stdout) as { unit: string; total: string; statedTotals: { column: string; stated: string; computed: string; row: number }[]; findings: unknown[] };
    expect(code).toBe(0);
    expect(result.unit).toBe('ty');
    expect(result.total).toBe('15200000000');
    expect(result.statedTotals.map((t) => [t.column, t.stated, t.computed, t.row])).toEqual([
      ['2014', '8000000000', '8000000000', 17],
      ['2015', '7200000000', '7200000000', 17],
      ['', '15200000000', '15200000000', 17],
    ]);
    expect(result.findings).toEqual([]);
    const text = await run(['budget', 'reconcile', haGiang]);
    expect(text.stdout).toMatch(/Tổng kinh phí +2015 +7,2 tỷ đồng +7,2 tỷ đồng/);
  });
  it('Lạng Sơn (source 000): 212.000.000 đồng and no printed total', async () => {
    const { code, stdout } = await run(['budget', 'reconcile', langSon]);
    expect(code).toBe(0);
    expect(stdout).toContain('Bảng không ghi tổng; cộng các khoản được 212.000.000 đồng.');
    const en = await run(['budget', 'reconcile', langSon, '--lang', 'en']);
    expect(en.stdout).toContain('The table states no total; its amounts add up to 212.000.000 đồng.');
  });
  it('points at the user cells of a broken table and exits 1', async () => {
    const { code, stdout } = await run(['budget', 'reconcile', broken, '--unit', 'tỷ', '--json']);
    const { findings } = JSON.parse(stdout) as { findings: { ruleId: string; location: { row: number; column: string; file: string } }[] };
    expect(code).toBe(1);
    expect(findings.map((f) => [f.ruleId, `${f.location.column}${String(f.location.row)}`])).toEqual([
      ['budget/amount-invalid', 'D3'],
      ['budget/total-mismatch', 'E3'],
    ]);
    expect(findings[0]?.location.file).toBe(broken);
  });
  it('exits 2 on an unreadable file or a table that is not a budget', async () => {
    const missing = await run(['budget', 'reconcile', `${examples}/nope.csv`]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('cli/unreadable-file');
    const notBudget = await run(['budget', 'reconcile', `${examples}/today-2026-catalogue/catalogue.csv`]);
    expect(notBudget.code).toBe(2);
    expect(notBudget.stderr).toContain('is not a budget table');
  });
});

describe('egov budget summary', () => {
  it('totals Hà Giang by year', async () => {
    const { code, stdout } = await run(['budget', 'summary', haGiang, '--json']);
    const summary = JSON.parse(stdout) as { total: string; lines: number; byYear: { key: string; dong: string }[] };
    expect(code).toBe(0);
    expect(summary.lines).toBe(15);
    expect(summary.total).toBe('15200000000');
    expect(summary.byYear.map((y) => [y.key, y.dong])).toEqual([
      ['2014', '8000000000'],
      ['2015', '7200000000'],
    ]);
    expect((await run(['budget', 'summary', haGiang])).stdout).toContain('Tổng cộng: 15.200.000.000 đồng (15,2 tỷ đồng), 15 dòng');
  });
  it('has help with examples', async () => {
    for (const command of ['words', 'parse', 'summary', 'reconcile']) {
      expect((await run(['budget', command, '--help'])).stdout).toContain(`egov budget ${command}`);
    }
  });
});
