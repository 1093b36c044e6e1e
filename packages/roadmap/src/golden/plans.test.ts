import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseJsonPointer, parseVietnameseNumber, type Finding } from '@egov/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parsePlan, safeParsePlan } from '../plan/parse-plan';
import { planFigures } from '../plan/plan-figures';
import type { Plan } from '../plan/plan-schema';
import type { StatedFigure } from '../plan/stated-figure-schema';
import { validatePlan } from '../plan/validate-plan';

/**
 * Golden tests on the three plans transcribed in examples/: Lạng Sơn 200/KH-SKHĐT (28/9/2018, source
 * 000), Bắc Giang 3701/KH-UBND (15/12/2015, source 001) and Lào Cai 332/KH-UBND (24/12/2017, source 004).
 * The numbers are the documents' own; the expected findings are inconsistencies of the documents listed in
 * each folder's README.md (they are not fixed in the data).
 */
function read(folder: string, file: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../../examples/${folder}/${file}`, import.meta.url)), 'utf8');
}

const folders = ['langson-2019-it-plan', 'bacgiang-2015-action-plan', 'laocai-2018-ictindex-plan'] as const;
const inputs = new Map(folders.map((folder) => [folder, parse(read(folder, 'plan.yaml')) as unknown]));
const input = (folder: (typeof folders)[number]): unknown => inputs.get(folder);
const langSon = parsePlan(input('langson-2019-it-plan'));
const bacGiang = parsePlan(input('bacgiang-2015-action-plan'));
const laoCai = parsePlan(input('laocai-2018-ictindex-plan'));

/** The value a JSON pointer designates in the input, or undefined when the path does not exist. */
function at(value: unknown, pointer: string): unknown {
  let current = value;
  for (const segment of parseJsonPointer(pointer)) {
    if (typeof current !== 'object' || current === null || !(segment in current)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function figure(plan: Plan, id: string): StatedFigure {
  const found = planFigures(plan).find((placed) => placed.figure.id === id)?.figure;
  if (found === undefined) throw new Error(`no figure ${id}`);
  return found;
}

/** The sum of the parts' values (all parts must have one). */
function sumOfParts(stated: StatedFigure): number {
  return (stated.parts ?? []).reduce((sum, part) => {
    if (part.value === undefined) throw new Error(`a part of ${stated.id ?? '?'} has no value`);
    return sum + part.value;
  }, 0);
}

/** The printed figure read with the Vietnamese notation of @egov/core. */
function printedNumber(stated: StatedFigure): number {
  if (stated.printed === undefined) throw new Error(`${stated.id ?? '?'} has no printed figure`);
  const read = parseVietnameseNumber(stated.printed);
  return read.kind === 'ratio' ? read.numerator : read.value;
}

const brief = (findings: readonly Finding[]) => findings.map((finding) => [finding.ruleId, finding.severity, finding.path]);

describe('the plan examples pass the schema', () => {
  it.each(folders)('%s: zero plan/schema findings; every finding points at an existing place', (folder) => {
    const parsed = safeParsePlan(input(folder));
    expect(parsed.ok ? [] : parsed.error).toEqual([]);
    const result = validatePlan(input(folder));
    expect(result.plan).toBeDefined();
    expect(result.findings.filter((finding) => finding.ruleId === 'plan/schema' || finding.ruleId === 'plan/config')).toEqual([]);
    for (const finding of result.findings) expect(at(input(folder), finding.path), finding.path).toBeDefined();
  });

  it.each(folders)('%s names the shipped plan.schema.json on its first line', (folder) => {
    expect(read(folder, 'plan.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=../../packages/roadmap/plan.schema.json');
  });

  it.each(folders)('%s: every printed figure reads as the value transcribed beside it', (folder) => {
    const plan = parsePlan(input(folder));
    const checked = planFigures(plan).flatMap(({ figure: stated }) => [stated, ...(stated.parts ?? [])]);
    for (const stated of checked) {
      if (stated.printed === undefined || stated.value === undefined) continue;
      const read = parseVietnameseNumber(stated.printed);
      if (read.kind === 'ratio') expect([read.numerator, read.denominator], stated.printed).toEqual([stated.value, stated.of]);
      else expect(read.value, stated.printed).toBe(stated.value);
    }
  });
});

describe('Lạng Sơn 200/KH-SKHĐT: numbers recomputed from the transcribed parts', () => {
  it('eOffice accounts: 41 + 05 + 01 + 11 = 58 = "Tổng số tài khoản đã cấp 58"; 46 used regularly', () => {
    const accounts = figure(langSon, 'eoffice.accounts_issued');
    expect(accounts.parts?.map((part) => part.printed)).toEqual(['41', '05', '01', '11']);
    expect(sumOfParts(accounts)).toBe(58);
    expect(printedNumber(accounts)).toBe(58);
    expect(accounts.text).toContain('Tổng số tài khoản đã cấp 58');
    expect(printedNumber(figure(langSon, 'eoffice.accounts_regularly_used'))).toBe(46);
  });

  it('procedures: 60 + 10 + 68 + 0 = 138 = "gồm 138 TTHC"; 70 of them (50,72 %) at level 3 or 4', () => {
    const procedures = figure(langSon, 'procedures.by_level');
    expect(procedures.parts?.map((part) => [part.level, part.value])).toEqual([
      [4, 60],
      [3, 10],
      [2, 68],
      [1, 0],
    ]);
    expect(sumOfParts(procedures)).toBe(138);
    expect(printedNumber(procedures)).toBe(138);
    const online = (procedures.parts ?? []).filter((part) => (part.level ?? 0) >= 3).reduce((sum, part) => sum + (part.value ?? 0), 0);
    expect(online).toBe(70);
    expect(((online / 138) * 100).toFixed(2)).toBe('50.72');
  });

  it('documents: "2.576" outgoing and "11.718" incoming in the first 9 months of 2018', () => {
    expect(printedNumber(figure(langSon, 'eoffice.outgoing_documents'))).toBe(2576);
    expect(printedNumber(figure(langSon, 'eoffice.incoming_documents'))).toBe(11718);
    expect(figure(langSon, 'eoffice.incoming_documents').period).toBe('9 tháng đầu năm 2018');
  });

  it('ratios 43/56 (computers/staff) and 37/38 (mailboxes); 5 % mail use against the 70 % target', () => {
    expect(parseVietnameseNumber('43/56')).toMatchObject({ kind: 'ratio', numerator: 43, denominator: 56 });
    expect([figure(langSon, 'infrastructure.computers_per_staff').value, figure(langSon, 'infrastructure.computers_per_staff').of]).toEqual([43, 56]);
    expect([figure(langSon, 'official_email.mailboxes_issued').value, figure(langSon, 'official_email.mailboxes_issued').of]).toEqual([37, 38]);
    expect(figure(langSon, 'official_email.regular_use_share').value).toBe(5);
    expect(langSon.targets?.find((target) => target.kind === 'share_of_staff_using_email')?.value).toBe('70%');
  });

  it('budget: budget.csv in đồng, and no stated total (null: the document prints no total row and no words)', () => {
    expect(langSon.budget).toMatchObject({ file: 'budget.csv', unit: 'đồng', stated_total: null });
    expect(read('langson-2019-it-plan', 'budget.csv').split('\n')[0]).toContain(langSon.budget?.column ?? '?');
  });

  it('pins the findings: 55 computers connected to the Internet, but 43 computers', () => {
    const { findings } = validatePlan(input('langson-2019-it-plan'));
    expect(brief(findings)).toEqual([['plan/subset-exceeds-total', 'error', '/current_state/figures/1/value']]);
    expect(findings[0]?.data).toEqual({ value: 55, whole: 43, subset_of: 'infrastructure.computers_per_staff' });
    expect(findings[0]?.message.vi).toBe(
      '"Số lượng máy tính được kết nối mạng Internet" là 55, lớn hơn tổng thể "Số lượng máy tính/ Số lượng cán bộ, công chức, viên chức, người lao động." là 43',
    );
  });
});

describe('Bắc Giang 3701/KH-UBND: numbers recomputed from the transcribed parts', () => {
  it('units: 24 + 10 + 230 = 264, a sum the document does not print', () => {
    const units = figure(bacGiang, 'units');
    expect(units.parts?.map((part) => part.value)).toEqual([24, 10, 230]);
    expect(sumOfParts(units)).toBe(264);
    expect(units.value).toBeUndefined();
    for (const part of units.parts ?? []) expect(units.text).toContain(`${part.printed ?? ''} ${part.label ?? ''}`);
  });

  it('phases 2016–2017 and 2018–2020 cover the period 2016–2020 without gap', () => {
    expect(bacGiang.period).toEqual({ start: 2016, end: 2020 });
    expect(bacGiang.phases?.map((phase) => [phase.start, phase.end])).toEqual([
      [2016, 2017],
      [2018, 2020],
    ]);
  });

  it('shares of services per level: 50 % + 10 % by 2017, 100 % + 20 % by 2020', () => {
    const shares = (bacGiang.targets ?? [])
      .filter((target) => target.kind === 'share_of_services_at_level')
      .map((target) => [target.by, target.level, target.value]);
    expect(shares).toEqual([
      [2017, 3, '50%'],
      [2017, 4, '10%'],
      [2020, 3, '100%'],
      [2020, 4, '20%'],
    ]);
  });

  it('pins the findings: 100 % + 20 % = 120 % by 2020, and a deadline before the plan was received', () => {
    const { findings } = validatePlan(input('bacgiang-2015-action-plan'));
    expect(brief(findings)).toEqual([
      ['plan/level-shares-exceed-whole', 'warning', '/targets/3/value'],
      ['plan/due-before-received', 'warning', '/tasks/0/due'],
    ]);
    expect(findings.map((finding) => finding.message.en)).toEqual([
      'Targets due 2020: 100% at level 3 + 20% at level 4 = 120%, more than 100% if read as shares at exactly each level',
      'Task IV.1.a is due 2016-01-01, before the plan was received (2016-01-13)',
    ]);
  });
});

describe('Lào Cai 332/KH-UBND: numbers recomputed from the transcribed parts', () => {
  const frameworkRows = read('laocai-2018-ictindex-plan', 'framework-indicators.csv')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));

  it('framework: 08 + 04 + 04 + 05 + 5 = 26 listed, + the 4 online levels of 3.2 = 30 = "30 chỉ tiêu thành phần"', () => {
    const indicators = figure(laoCai, 'framework.indicators');
    const counted = (indicators.parts ?? []).reduce((sum, part) => sum + (part.value ?? 0), 0);
    expect(counted).toBe(26);
    const unlisted = (indicators.parts ?? []).filter((part) => part.value === undefined);
    expect(unlisted.map((part) => part.text)).toEqual(['Đánh giá dựa trên tỷ lệ cung cấp 4 mức độ của dịch vụ công trực tuyến.']);
    expect(counted + 4).toBe(printedNumber(indicators));
    expect(frameworkRows).toHaveLength(30);
    expect(new Set(frameworkRows.map((row) => row[1])).size).toBe(printedNumber(figure(laoCai, 'framework.groups')));
  });

  it('sub-group counts as printed agree with the indicators listed in framework-indicators.csv', () => {
    for (const part of figure(laoCai, 'framework.indicators').parts ?? []) {
      const rows = frameworkRows.filter((row) => row[3] === part.id);
      expect(rows.length, part.id).toBe(part.value ?? 4);
    }
  });

  it('changes: 2 + 1 = 3 groups; 07 + 1 = 08 and 3 + 01 = 4 component indicators', () => {
    expect(sumOfParts(figure(laoCai, 'ranks.groups_changed'))).toBe(3);
    expect(sumOfParts(figure(laoCai, 'changes.III.1.1'))).toBe(figure(laoCai, 'changes.III.1.1').of);
    expect(sumOfParts(figure(laoCai, 'changes.III.1.2'))).toBe(figure(laoCai, 'changes.III.1.2').of);
    expect(figure(laoCai, 'changes.III.1.1').of).toBe(8);
    expect(figure(laoCai, 'changes.III.1.2').of).toBe(4);
  });

  it('pins the findings: none (the inconsistencies of this document are in its CSV tables)', () => {
    expect(validatePlan(input('laocai-2018-ictindex-plan')).findings).toEqual([]);
  });
});
