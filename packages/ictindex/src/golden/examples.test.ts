import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { foldKey, unwrap } from '@egov/core';
import { readCsv, readYaml, tableRecords, type CellValue } from '@egov/io';
import { describe, expect, it } from 'vitest';
import { laoCaiRanks } from '../__fixtures__/lao-cai-2016-2017';
import { checkRankRows } from '../analysis/check-rank-rows';
import { checkRankStatement, type RankStatement } from '../analysis/check-rank-statement';
import type { NodeChange } from '../analysis/compare-years';
import { describeNodeChange } from '../analysis/describe-node-change';
import { describeRankChange, type RankMove } from '../analysis/describe-rank-change';
import { parseRankChange } from '../analysis/parse-rank-change';
import { summariseRankChanges } from '../analysis/summarise-rank-changes';
import { fromRows } from '../data/from-rows';
import { readRankRows } from '../data/read-rank-rows';
import { competitionRanks } from '../engine/competition-ranks';
import { computeIndex } from '../engine/compute-index';
import { roundTo } from '../engine/round-to';
import type { FrameworkNode } from '../framework/framework-node';
import { ictIndex2016 } from '../frameworks/ict-index-2016';

/**
 * Golden tests on examples/laocai-2018-ictindex-plan (source 004: Lào Cai, Plan 332/KH-UBND, 24/12/2017):
 * the files are read through @egov/io as a user would, and every count, rank and sentence the document
 * states is recomputed from the transcribed parts and compared with what it says (folder README.md,
 * "Facts for golden tests" and "Inconsistencies").
 */
const folder = 'laocai-2018-ictindex-plan';
const exampleText = (file: string): string =>
  readFileSync(fileURLToPath(new URL(`../../../../examples/${folder}/${file}`, import.meta.url)), 'utf8');

type Row = Record<string, string>;

const text = (value: CellValue | undefined): string => (value === undefined ? '' : typeof value === 'string' ? value : String(value));

/** A CSV of the example as @egov/io reads it, each row keyed by header (the shape fromRows reads). */
function csv(file: string): Row[] {
  const result = readCsv(exampleText(file), { file });
  if (!result.ok) throw new Error(`${file} does not read: ${JSON.stringify(result.findings)}`);
  expect(result.findings).toEqual([]);
  const { headers, rows } = result.value;
  return rows.map((row) => Object.fromEntries(headers.map((header, index) => [header, text(row.values[index])])));
}

const cellOf = (row: Row, key: string): string => row[key] ?? '';

/** A stated figure of plan.yaml (the plan model of @egov/roadmap; only the fields these tests read). */
interface PlanFigure {
  id?: string;
  text?: string;
  printed?: string;
  value?: number;
  parts?: { id?: string; label?: string; printed?: string; value?: number }[];
}
const planFigures = (unwrap(readYaml(exampleText('plan.yaml'), { file: 'plan.yaml' })) as { figures: PlanFigure[] }).figures;
function planFigure(id: string): PlanFigure {
  const figure = planFigures.find((candidate) => candidate.id === id);
  if (figure === undefined) throw new Error(`plan.yaml has no figure "${id}"`);
  return figure;
}
const indicatorsFigure = planFigure('framework.indicators');
const planYaml = {
  framework: {
    groups_stated: planFigure('framework.groups').value ?? Number.NaN,
    indicators_stated: indicatorsFigure.value,
    // "gồm NN chỉ tiêu thành phần" per sub-group, as printed; 3.2 prints no count.
    subgroup_counts_as_printed: Object.fromEntries((indicatorsFigure.parts ?? []).map((part) => [part.id ?? '', part.printed ?? null])),
  },
  ranks: {
    summary_as_printed: planFigure('ranks.groups_changed').text ?? '',
    groups_up: planFigure('ranks.groups_changed').parts?.find((part) => part.label === 'nhóm tăng')?.value,
    groups_down: planFigure('ranks.groups_changed').parts?.find((part) => part.label === 'nhóm giảm')?.value,
  },
};

const { root } = ictIndex2016;
const groups = root.children ?? [];
const subgroups = groups.flatMap((group) => group.children ?? []);
const indicators = subgroups.flatMap((subgroup) => subgroup.children ?? []);
const allNodes: FrameworkNode[] = [root, ...groups, ...subgroups];

/**
 * Section II prints sub-group 1.2 as "Hạ tầng kỹ thuật của các cơ quan nhà nước (CQNN)": the parentheses
 * introduce the abbreviation used in the rest of the document; the framework's name is without them.
 */
const withoutAbbreviation = (name: string): string => name.replace(/\s*\(CQNN\)$/u, '');

/** The framework node (index, group or sub-group) a printed name designates. */
function nodeNamed(name: string): FrameworkNode {
  const node = allNodes.find((candidate) => foldKey(candidate.name.vi) === foldKey(withoutAbbreviation(name)));
  if (node === undefined) throw new Error(`no node named "${name}"`);
  return node;
}

describe('framework-indicators.csv: the 30 indicators of ictIndex2016', () => {
  const rows = csv('framework-indicators.csv');

  it('has exactly the 30 indicators of the built-in framework, in order, with equal names after folding', () => {
    expect(rows).toHaveLength(30);
    expect(indicators).toHaveLength(30);
    expect(rows.map((row) => foldKey(cellOf(row, 'indicator')))).toEqual(indicators.map((indicator) => foldKey(indicator.name.vi)));
    // Exactly as printed, not only after folding.
    expect(rows.map((row) => cellOf(row, 'indicator'))).toEqual(indicators.map((indicator) => indicator.name.vi));
  });

  it('puts each indicator under the same group and sub-group as the framework, numbered by position', () => {
    const expected = groups.flatMap((group, g) =>
      (group.children ?? []).flatMap((subgroup, s) =>
        (subgroup.children ?? []).map((indicator, i) => [
          `${String(g + 1)}.${String(s + 1)}.${String(i + 1)}`,
          foldKey(group.name.vi),
          foldKey(subgroup.name.vi),
          foldKey(indicator.name.vi),
        ]),
      ),
    );
    expect(
      rows.map((row) => [
        cellOf(row, 'id'),
        foldKey(cellOf(row, 'group')),
        foldKey(withoutAbbreviation(cellOf(row, 'subgroup'))),
        foldKey(cellOf(row, 'indicator')),
      ]),
    ).toEqual(expected);
    expect(rows.every((row) => cellOf(row, 'id') === `${cellOf(row, 'subgroup_id')}.${cellOf(row, 'id').split('.')[2] ?? ''}`)).toBe(true);
  });

  it('sub-group 1.2 differs only by the abbreviation "(CQNN)" the heading introduces; all other names match as printed', () => {
    const printed = [...new Set(rows.map((row) => cellOf(row, 'subgroup')))];
    expect(printed.filter((name, index) => name !== subgroups[index]?.name.vi)).toEqual(['Hạ tầng kỹ thuật của các cơ quan nhà nước (CQNN)']);
    expect(subgroups[1]?.name.vi).toBe('Hạ tầng kỹ thuật của các cơ quan nhà nước');
    expect([...new Set(rows.map((row) => cellOf(row, 'group')))]).toEqual(groups.map((group) => group.name.vi));
  });

  it('8 + 4 + 4 + 5 + 5 = 26 indicators listed by name, + 4 online-service levels = 30 = "30 chỉ tiêu thành phần" in 3 groups', () => {
    const counts = planYaml.framework.subgroup_counts_as_printed;
    expect(subgroups.map((subgroup, index) => [rows.find((row) => foldKey(withoutAbbreviation(cellOf(row, 'subgroup'))) === foldKey(subgroup.name.vi))?.subgroup_id, subgroup.children?.length, index])).toEqual([
      ['1.1', 8, 0],
      ['1.2', 4, 1],
      ['2.1', 4, 2],
      ['2.2', 5, 3],
      ['3.1', 5, 4],
      ['3.2', 4, 5],
    ]);
    for (const [id, printed] of Object.entries(counts)) {
      const inFile = rows.filter((row) => cellOf(row, 'subgroup_id') === id);
      if (printed === null) expect(inFile.every((row) => cellOf(row, 'subgroup_count_as_printed') === '' && cellOf(row, 'listed') === 'no'), id).toBe(true);
      else expect([inFile.length, inFile.every((row) => cellOf(row, 'subgroup_count_as_printed') === printed)], id).toEqual([Number(printed), true]);
    }
    const listed = rows.filter((row) => cellOf(row, 'listed') === 'yes').length;
    expect([listed, rows.length - listed]).toEqual([26, 4]);
    expect(rows.length).toBe(planYaml.framework.indicators_stated);
    expect(groups).toHaveLength(planYaml.framework.groups_stated);
  });
});

describe('ictindex-ranks.csv: Lào Cai 2016 → 2017', () => {
  const rows = csv('ictindex-ranks.csv');
  const rankOf = (origin: string, year: number) =>
    new Map(rows.filter((row) => cellOf(row, 'origin') === origin && cellOf(row, 'year') === String(year)).map((row) => [nodeNamed(cellOf(row, 'node')).id, Number(cellOf(row, 'rank'))]));
  const table2016 = rankOf('table', 2016);
  const table2017 = rankOf('table', 2017);
  const move = (nodeId: string): RankMove => ({
    previousYear: 2016,
    currentYear: 2017,
    previousRank: table2016.get(nodeId) ?? Number.NaN,
    currentRank: table2017.get(nodeId) ?? Number.NaN,
  });
  /** The sentence a text row quotes from the document: the last "…" of its source. */
  const quoted = (row: Row): string => /"([^"]*)"$/.exec(cellOf(row, 'source'))?.[1] ?? '';
  const textRows2017 = rows.filter((row) => cellOf(row, 'origin') === 'text' && cellOf(row, 'year') === '2017');

  it('names only nodes of the framework, each under its framework parent; the table covers 9 nodes a year', () => {
    for (const row of rows) {
      const node = nodeNamed(cellOf(row, 'node'));
      const parent = allNodes.find((candidate) => candidate.children?.includes(node));
      expect(cellOf(row, 'parent') === '' ? undefined : nodeNamed(cellOf(row, 'parent')).id, cellOf(row, 'node')).toBe(parent?.id);
      expect(Number.isInteger(Number(cellOf(row, 'rank'))) && cellOf(row, 'score') === '').toBe(true);
    }
    expect([table2016.size, table2017.size]).toEqual([9, 9]);
    // Inconsistency 2: the online-services column is lost from the table; its only rank is the text's 2017 one.
    expect(table2017.has('online-services')).toBe(false);
    expect(rows.filter((row) => nodeNamed(cellOf(row, 'node')).id === 'online-services').map((row) => [row.year, row.rank, row.origin])).toEqual([['2017', '4', 'text']]);
  });

  it('agrees with the package fixture read from the same document (the fixture derives online services 20 → 4)', () => {
    const withoutOnline = (ranks: Readonly<Record<string, number>>) => Object.fromEntries(Object.entries(ranks).filter(([id]) => id !== 'online-services'));
    expect(Object.fromEntries(table2016)).toEqual(withoutOnline(laoCaiRanks[2016]));
    expect(Object.fromEntries(table2017)).toEqual(withoutOnline(laoCaiRanks[2017]));
    const stated = textRows2017.find((row) => cellOf(row, 'node') === 'Dịch vụ công trực tuyến');
    expect(Number(cellOf(stated ?? {}, 'rank')) + 16).toBe(laoCaiRanks[2016]['online-services']);
  });

  it('groups 12 → 7, 12 → 14, 10 → 6 render as the document writes them; overall 7 → 7 as unchanged', () => {
    const rendered = groups.map((group) => describeRankChange(move(group.id)));
    const printed = groups.map((group) => {
      const row = textRows2017.find((candidate) => nodeNamed(cellOf(candidate, 'node')).id === group.id && cellOf(candidate, 'parent') === 'Xếp hạng chung');
      return quoted(row ?? {});
    });
    expect(printed).toEqual([
      'Tăng 05 bậc, từ thứ 12 (năm 2016) lên thứ 7 (năm 2017)',
      'Giảm 02 bậc, từ thứ 12 (năm 2016) xuống thứ 14 (năm 2017)',
      'Tăng 04 bậc, từ thứ 10 (năm 2016) lên thứ 6 (năm 2017)',
    ]);
    expect(rendered).toEqual(printed);
    // The document prints no sentence for the overall rank (the table only): the package's wording.
    expect(describeRankChange(move('ict-index'))).toBe('Giữ nguyên thứ 7 so với năm 2016');
    expect(describeRankChange(move('ict-index'), { style: 'ranked' })).toBe('Xếp thứ 7 (giữ nguyên so với năm 2016)');
  });

  it('describeNodeChange gives the document\'s bullet lines ("Hạ tầng kỹ thuật: Tăng 05 bậc, …")', () => {
    const change = (node: FrameworkNode, depth: number): NodeChange => {
      const { previousRank, currentRank } = move(node.id);
      return {
        nodeId: node.id,
        name: node.name,
        depth,
        isIndicator: false,
        ...{ previousYear: 2016, currentYear: 2017, previousScore: null, currentScore: null, scoreChange: null },
        previousRank,
        currentRank,
        places: previousRank - currentRank,
        trend: previousRank > currentRank ? 'up' : previousRank < currentRank ? 'down' : 'unchanged',
      };
    };
    expect([root, ...groups].map((node) => describeNodeChange(change(node, node === root ? 0 : 1)))).toEqual([
      'Xếp hạng chung: Giữ nguyên thứ 7 so với năm 2016',
      'Hạ tầng kỹ thuật: Tăng 05 bậc, từ thứ 12 (năm 2016) lên thứ 7 (năm 2017)',
      'Hạ tầng nhân lực CNTT: Giảm 02 bậc, từ thứ 12 (năm 2016) xuống thứ 14 (năm 2017)',
      'Ứng dụng CNTT: Tăng 04 bậc, từ thứ 10 (năm 2016) lên thứ 6 (năm 2017)',
    ]);
  });

  it('"có 2/3 nhóm tăng, 01 nhóm giảm": the summary sentence from the group ranks', () => {
    const places = groups.map((group) => move(group.id).previousRank - move(group.id).currentRank);
    expect(places).toEqual([5, -2, 4]);
    const counts = { previousYear: 2016, up: places.filter((p) => p > 0).length, down: places.filter((p) => p < 0).length, unchanged: places.filter((p) => p === 0).length };
    expect([counts.up, counts.down]).toEqual([planYaml.ranks.groups_up, planYaml.ranks.groups_down]);
    // The document's sentence has "nhóm chỉ số trên" ("the groups above"); the package's has no "trên".
    expect(summariseRankChanges(counts)).toBe(planYaml.ranks.summary_as_printed.replace('nhóm chỉ số trên,', 'nhóm chỉ số,'));
  });

  it('sub-group sentences "Xếp thứ N (tăng/giảm K bậc so với năm 2016)" rendered from the table: all equal but "Hạ tầng kỹ thuật xã hội"', () => {
    const subgroupRows = textRows2017.filter((row) => cellOf(row, 'change_as_printed').includes('so với năm 2016'));
    const compared = subgroupRows.flatMap((row) => {
      const node = nodeNamed(cellOf(row, 'node'));
      if (!table2017.has(node.id)) return []; // online services: no table rank to render from
      const change = cellOf(row, 'change_as_printed');
      const printed = `Xếp thứ ${cellOf(row, 'rank')} (${change})`;
      // The document pads some counts ("02", "06") and not others ("9", "7"): follow the printed count.
      const rendered = describeRankChange(move(node.id), { style: 'ranked', pad: /\b0\d/.test(change) });
      return [[node.id, printed, rendered.toLocaleLowerCase('vi') === printed.toLocaleLowerCase('vi') ? 'equal' : rendered]];
    });
    expect(compared).toEqual([
      ['technical-society', 'Xếp thứ 15 (tăng 02 bậc so với năm 2016)', 'Xếp thứ 13 (tăng 02 bậc so với năm 2016)'],
      ['technical-agencies', 'Xếp thứ 4 (tăng 06 bậc so với năm 2016)', 'equal'],
      ['human-society', 'Xếp thứ 27 (Giảm 14 bậc so với năm 2016)', 'equal'],
      ['human-agencies', 'Xếp thứ 9 (tăng 9 bậc so với năm 2016)', 'equal'],
      ['application-agencies', 'Xếp thứ 10 (giảm 7 bậc so với năm 2016)', 'equal'],
    ]);
  });

  it('checkRankStatement flags the document\'s own contradiction, "Xếp thứ 15 (tăng 02 bậc)" against the table\'s 13, and nothing else', () => {
    const statements: RankStatement[] = textRows2017.map((row) => {
      const change = parseRankChange(cellOf(row, 'change_as_printed'));
      return {
        nodeId: nodeNamed(cellOf(row, 'node')).id,
        previousYear: 2016,
        currentYear: 2017,
        statedRank: Number(cellOf(row, 'rank')),
        statedPlaces: change?.places,
        text: quoted(row),
      };
    });
    expect(statements).toHaveLength(10);
    const findings = statements
      .filter((statement) => table2016.has(statement.nodeId) && table2017.has(statement.nodeId))
      .flatMap((statement) => checkRankStatement(statement, table2016.get(statement.nodeId) ?? 0, table2017.get(statement.nodeId) ?? 0));
    expect(findings.map((finding) => [finding.ruleId, finding.severity, finding.data])).toEqual([
      ['ictindex/rank-statement-mismatch', 'error', { node: 'technical-society', stated: 15, expected: 13 }],
    ]);
    expect(findings[0]?.message.vi).toContain('Về Hạ tầng kỹ thuật của xã hội: Xếp thứ 15 (tăng 02 bậc so với năm 2016)');
    // The +2 it claims agrees with the table (15 → 13): the rank printed is the 2016 one.
    expect(statements.find((statement) => statement.nodeId === 'technical-society')?.statedPlaces).toBe(2);
  });

  it('readRankRows and checkRankRows over the whole rank table find the same contradiction, and say which change they could not check', () => {
    const table = unwrap(readCsv(exampleText('ictindex-ranks.csv'), { file: 'ictindex-ranks.csv' }));
    const read = readRankRows(tableRecords(table));
    expect(read.findings).toEqual([]);
    expect(read.rows).toHaveLength(rows.length);
    expect(read.rows.filter((row) => row.origin === 'text')).toHaveLength(rows.filter((row) => cellOf(row, 'origin') === 'text').length);
    const findings = checkRankRows(read.rows);
    // Each at its cell: the rank printed, the change printed.
    expect(findings.map((finding) => finding.location?.column)).toEqual(['rank', 'change_as_printed']);
    expect(findings.map((finding) => [finding.ruleId, finding.severity, finding.location?.row, finding.data])).toEqual([
      ['ictindex/rank-statement-mismatch', 'error', 28, { node: 'Hạ tầng kỹ thuật xã hội', stated: 15, expected: 13 }],
      // "Dịch vụ công trực tuyến: Xếp thứ 4 (tăng 16 bậc so với năm 2016)": the table has no 2016 rank for it.
      ['ictindex/rank-change-unchecked', 'info', 33, { unit: 'Lào Cai', node: 'Dịch vụ công trực tuyến', year: 2017, change: 'tăng 16 bậc so với năm 2016', missingYear: 2016 }],
    ]);
  });

  it('every 2016 rank the text states equals the table; "giảm sâu tới 14 bậc" is the largest fall (next −7)', () => {
    const text2016 = rankOf('text', 2016);
    expect([...text2016].filter(([id, rank]) => table2016.get(id) !== rank)).toEqual([]);
    expect(text2016.size).toBe(4);
    const falls = subgroups
      .filter((subgroup) => table2017.has(subgroup.id))
      .map((subgroup) => [subgroup.id, move(subgroup.id).previousRank - move(subgroup.id).currentRank] as const)
      .filter(([, places]) => places < 0)
      .sort((a, b) => a[1] - b[1]);
    expect(falls).toEqual([
      ['human-society', -14],
      ['application-agencies', -7],
    ]);
  });
});

describe('indicators.csv: indicator points quoted in the text', () => {
  const rows = csv('indicators.csv');
  const { datasets, findings } = fromRows(ictIndex2016, rows);
  const [data2016, data2017] = datasets;

  it('loads with zero findings: every indicator name is the framework\'s, every value parses', () => {
    expect(findings).toEqual([]);
    expect(datasets.map((dataset) => dataset.year)).toEqual([2016, 2017]);
    const stored = datasets.reduce((count, dataset) => count + Object.values(dataset.values).reduce((n, values) => n + Object.keys(values).length, 0), 0);
    expect(stored).toBe(rows.length);
  });

  it('fixed telephones fell from 5,63 to 5,52 points ("giảm từ 5,63 điểm xuống 5,52 điểm")', () => {
    const before = data2016?.values['Lào Cai']?.['fixed-telephones'];
    const after = data2017?.values['Lào Cai']?.['fixed-telephones'];
    expect([before, after]).toEqual([5.63, 5.52]);
    expect(roundTo((after ?? 0) - (before ?? 0), 2)).toBe(-0.11);
  });

  it('open source 2017: 5,61 against 39,47 / 28,2 / 27,45 / 28,2; ranks 1, 2, 2, 4 with the 28,2 tie, Lào Cai 5th, 33,86 behind', () => {
    const units = ['Thành phố Hồ Chí Minh', 'Đà Nẵng', 'Hà Nội', 'Cần Thơ', 'Lào Cai'];
    const values = units.map((unit) => data2017?.values[unit]?.['open-source-use'] ?? null);
    expect(values).toEqual([39.47, 28.2, 27.45, 28.2, 5.61]);
    const ranks = competitionRanks(values);
    expect(ranks).toEqual([1, 2, 4, 2, 5]);
    expect([...ranks].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([1, 2, 2, 4, 5]);
    // The engine ranks the indicator the same way inside a full computation.
    const computed = data2017 === undefined ? undefined : computeIndex(ictIndex2016, data2017);
    expect(units.map((unit) => computed?.rank('open-source-use', unit))).toEqual([1, 2, 4, 2, 5]);
    expect(roundTo((values[0] ?? 0) - (values[4] ?? 0), 2)).toBe(33.86);
  });

  it('the human-resources values 84,1 %, 93 %, 95 % against 100 % elsewhere; provinces resolve, the collective "các tỉnh miền xuôi …" does not', () => {
    expect(data2017?.values['Lào Cai']).toMatchObject({ 'schools-teaching-it': 84.1, 'adult-literacy': 93, 'school-enrolment': 95 });
    expect(data2017?.values['các tỉnh miền xuôi và các tỉnh, thành lớn']).toEqual({ 'schools-teaching-it': 100, 'adult-literacy': 100, 'school-enrolment': 100 });
    const asProvinces = fromRows(ictIndex2016, rows, { units: { kind: 'provinces' } });
    expect(Object.keys(asProvinces.datasets[1]?.values ?? {})).toEqual(['lao-cai@2008', 'ho-chi-minh@2008', 'da-nang@2008', 'ha-noi@2008', 'can-tho@2008']);
    expect(asProvinces.findings.map((finding) => [finding.ruleId, finding.severity, finding.location?.row])).toEqual([['core/province-unknown-name', 'error', 12]]);
  });
});
