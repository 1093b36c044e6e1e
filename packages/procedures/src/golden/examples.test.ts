import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogueFromRows } from '../rows/catalogue-from-rows';
import type { Row } from '../rows/row';
import { findDuplicates } from '../dedupe/find-duplicates';
import { combineClasses } from '../levels/combine-classes';
import { countProcedures, atLeastLevel } from '../stats/procedure-counts';
import { formatPercent } from '../stats/format-percent';
import { meetsPercent } from '../stats/meets-percent';
import type { OnlineLevel } from '../model/online-level';
import type { Procedure } from '../model/procedure';

/**
 * Golden tests on the procedure examples (examples/README.md), read from the files as a user keeps them.
 * Source 000: Lạng Sơn, Kế hoạch 200/KH-SKHĐT (28/9/2018), section 3.2 (procedure-levels.csv). The 2026
 * catalogue is CONSTRUCTED data with an answer key in its README (today-2026-catalogue/README.md).
 * @egov/io is not a dependency of this package, so the two small CSVs are split by the RFC 4180 reader
 * below (quoted fields with commas, doubled quotes).
 */
const exampleText = (file: string): string => readFileSync(fileURLToPath(new URL(`../../../../examples/${file}`, import.meta.url)), 'utf8');

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((cells) => cells.some((cell) => cell !== ''));
}

function csvRows(file: string): Row[] {
  const [headers = [], ...body] = parseCsv(exampleText(file));
  return body.map((cells) => Object.fromEntries(headers.map((header, index) => [header, cells[index] ?? null])));
}

describe('source 000 (Lạng Sơn 2018): procedure-levels.csv', () => {
  const rows = csvRows('langson-2019-it-plan/procedure-levels.csv');
  const levelRows = rows.filter((row) => row['Mức độ'] !== '');
  const statedTotal = Number(rows.find((row) => row['Mức độ'] === '')?.['Số TTHC']);
  // The table is a count per level; rebuild the 138 procedures it counts and let the package count them.
  const procedures: Procedure[] = levelRows.flatMap((row) =>
    Array.from({ length: Number(row['Số TTHC']) }, (_, i) => ({ name: `Mức ${String(row['Mức độ'])} số ${String(i + 1)}`, onlineLevel: Number(row['Mức độ']) as OnlineLevel })),
  );

  it('states 60 + 10 + 68 + 0 = 138 procedures, and the levels add up to the stated total', () => {
    expect(levelRows.map((row) => [row['Mức độ'], Number(row['Số TTHC'])])).toEqual([
      ['4', 60],
      ['3', 10],
      ['2', 68],
      ['1', 0],
    ]);
    expect(statedTotal).toBe(138);
    const counts = countProcedures(procedures);
    expect(counts.total).toBe(statedTotal);
    expect(counts.byLevel).toEqual({ 1: 0, 2: 68, 3: 10, 4: 60 });
    expect(counts.byClass).toEqual({ full: 60, partial: 10, none: 68 });
  });

  it('has 70/138 = 50,72% at level 3 or higher (met for a 50% target, exactly compared)', () => {
    const share = atLeastLevel(countProcedures(procedures), 3);
    expect(share).toEqual({ numerator: 70, denominator: 138 });
    expect(formatPercent(share)).toBe('50,72%');
    expect(formatPercent(share, { language: 'en' })).toBe('50.72%');
    expect(meetsPercent(share, 50.72)).toBe(true);
    expect(meetsPercent(share, 50.73)).toBe(false);
    expect(formatPercent(atLeastLevel(countProcedures(procedures), 4))).toBe('43,48%');
  });
});

describe('today-2026-catalogue (constructed, answer key in its README)', () => {
  const rows = csvRows('today-2026-catalogue/catalogue.csv');
  const { catalogue, findings } = catalogueFromRows(rows, { province: 'Tuyên Quang', asOf: '2026-01-01' }, { file: 'catalogue.csv' });
  const procedures = catalogue.procedures;
  // Line numbers of the README count the header as line 1: procedure i is on line i + 2 (no row is skipped).
  const line = (index: number): number => index + 2;

  it('loads all 41 rows with zero error findings', () => {
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(procedures).toHaveLength(41);
    expect(procedures.filter((p) => p.tier === 'commune')).toHaveLength(29);
    expect(procedures.filter((p) => p.tier === 'province')).toHaveLength(12);
    expect(procedures.some((p) => p.tier === 'district' || p.onlineLevel !== undefined)).toBe(false);
    const counts = countProcedures(procedures);
    expect([counts.byClass.full, counts.byClass.partial, counts.classUnknown + counts.byClass.none]).toEqual([19, 16, 6]);
  });

  it('finds exactly the four planted duplicates of the answer key', () => {
    const { clusters } = findDuplicates(procedures);
    expect(clusters.map((cluster) => cluster.members.map(line))).toEqual([
      [4, 41], // Đăng ký khai tử / Đăng kí khai tử (kí / ký)
      [13, 31], // Cấp giấy / giây phép xây dựng, both 1.013225
      [15, 24], // Hòa / Hoà giải tranh chấp đất đai (tone placement)
      [17, 36], // word order
    ]);
    const byLines = new Map(clusters.map((cluster) => [cluster.members.map(line).join('-'), cluster]));
    expect(byLines.get('13-31')?.reasons[0]).toBe('same-code');
    expect(byLines.get('15-24')?.reasons).toEqual(['same-name-and-agency']);
    for (const key of ['4-41', '17-36']) expect(byLines.get(key)?.kind).toBe('near');
    for (const cluster of clusters) expect(cluster.score).toBeGreaterThanOrEqual(0.85);
  });

  it('merges no look-alike pair the answer key lists as distinct', () => {
    const distinct = [
      ['Đăng ký khai sinh', 'Đăng ký lại khai sinh', 'Đăng ký khai sinh kết hợp nhận cha, mẹ, con'],
      ['Đăng ký kết hôn', 'Đăng ký kết hôn có yếu tố nước ngoài'],
      ['Cấp giấy phép xây dựng mới', 'Gia hạn giấy phép xây dựng', 'Cấp lại giấy phép xây dựng'],
      ['Thôi làm hòa giải viên', 'Công nhận tổ trưởng tổ hòa giải'],
    ];
    const { clusters } = findDuplicates(procedures);
    const clusterOf = new Map(clusters.flatMap((cluster, c) => cluster.members.map((member) => [member, c])));
    for (const names of distinct) {
      const indexes = names.map((name) => procedures.findIndex((p) => p.name === name || p.name.startsWith(`${name} `)));
      expect(indexes.every((index) => index >= 0), names.join(' / ')).toBe(true);
      const merged = indexes.map((index) => clusterOf.get(index)).filter((c) => c !== undefined);
      // Each look-alike is in no cluster, or in a cluster of its own planted duplicate only.
      expect(new Set(merged).size, names.join(' / ')).toBe(merged.length);
    }
    // Also across agencies: the catalogue scope finds no more clusters than the four planted ones.
    expect(findDuplicates(procedures, { scope: 'catalogue' }).clusters).toHaveLength(4);
  });

  it('keeps 37 procedures once duplicates are removed: 17/15/5, or 18/14/5 when 1.013225 counts as full', () => {
    const { clusters } = findDuplicates(procedures);
    const dropped = new Set(clusters.flatMap((cluster) => cluster.members.slice(1)));
    const kept = procedures.filter((_, index) => !dropped.has(index));
    expect(kept).toHaveLength(37);
    expect(kept.filter((p) => p.tier === 'commune')).toHaveLength(25);
    const counts = countProcedures(kept);
    expect([counts.byClass.full, counts.byClass.partial, counts.classUnknown + counts.byClass.none]).toEqual([17, 15, 5]);
    const permit = clusters.find((cluster) => procedures[cluster.members[0] ?? -1]?.code === '1.013225');
    const merged = combineClasses((permit?.members ?? []).flatMap((index) => procedures[index]?.onlineClass ?? []));
    expect(merged).toBe('full');
    const mergedCounts = countProcedures(kept.map((p) => (p.code === '1.013225' ? { ...p, onlineClass: merged } : p)));
    expect([mergedCounts.byClass.full, mergedCounts.byClass.partial]).toEqual([18, 14]);
  });
});
