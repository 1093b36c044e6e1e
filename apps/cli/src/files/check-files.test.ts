import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFiles, skippedLines } from './check-files';
import { collectFiles } from './collect-files';

const laoCai = fileURLToPath(new URL('../../../../examples/laocai-2018-ictindex-plan', import.meta.url));

describe('checkFiles: the tables a plan lists', () => {
  it("names the tables Lào Cai's plan.yaml lists as attached to it, and checks its rank table", async () => {
    const { files } = await collectFiles([laoCai]);
    const result = await checkFiles(files);
    expect(result.checked.map((entry) => [entry.file.split('/').pop(), entry.kind?.id])).toEqual([
      ['ictindex-ranks.csv', 'ranks'],
      ['indicators.csv', 'indicators'],
      ['plan.yaml', 'plan'],
    ]);
    expect(result.attached.map((entry) => [entry.file.split('/').pop(), entry.plan.split('/').pop()])).toEqual([
      ['framework-indicators.csv', 'plan.yaml'],
      ['targets.csv', 'plan.yaml'],
      ['tasks.csv', 'plan.yaml'],
    ]);
    expect(result.skipped).toHaveLength(3);
  });

  it('a file no plan lists stays unrecognised', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'egov-check-files-'));
    await writeFile(join(folder, 'plan.yaml'), 'document: { kind: "Kế hoạch", title: "Kế hoạch thử" }\nplan_year: 2026\ntables:\n  - file: "listed.csv"\n');
    await writeFile(join(folder, 'listed.csv'), 'a,b\n1,2\n');
    await writeFile(join(folder, 'other.csv'), 'a,b\n1,2\n');
    const { files } = await collectFiles([folder]);
    const result = await checkFiles(files);
    expect(result.attached.map((entry) => entry.file)).toEqual([join(folder, 'listed.csv')]);
    expect(skippedLines(result.skipped, result.attached, 'en')).toEqual([
      `Tables of ${join(folder, 'plan.yaml')} (data, no check of their own): ${join(folder, 'listed.csv')}`,
      `Skipped (kind not recognised): ${join(folder, 'other.csv')}`,
    ]);
  });
});

describe('skippedLines', () => {
  it('groups listed tables by plan, then the rest, in Vietnamese', () => {
    expect(
      skippedLines(['a/x.csv', 'b/y.csv', 'a/z.csv', 'c/w.csv'], [
        { file: 'a/x.csv', plan: 'a/plan.yaml' },
        { file: 'a/z.csv', plan: 'a/plan.yaml' },
        { file: 'b/y.csv', plan: 'b/plan.yaml' },
      ], 'vi'),
    ).toEqual([
      'Bảng kèm theo a/plan.yaml (số liệu, không có kiểm tra riêng): a/x.csv, a/z.csv',
      'Bảng kèm theo b/plan.yaml (số liệu, không có kiểm tra riêng): b/y.csv',
      'Bỏ qua (chưa nhận ra loại tệp): c/w.csv',
    ]);
    expect(skippedLines([], [], 'vi')).toEqual([]);
  });
});
