import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseJsonPointer, type Finding } from '@egov/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Roadmap } from '../model/roadmap-schema';
import { validateRoadmap, type ValidationConfig, type ValidationResult } from '../validate-roadmap';

/**
 * Golden tests on the two real roadmaps transcribed in examples/ (sources 002 and 003): Thái Bình
 * 818/QĐ-UBND (04/5/2013) and Hà Giang 1653/QĐ-UBND (12/8/2013). The numbers are the documents' own, and
 * the expected findings are the inconsistencies listed in each folder's README.md.
 */
function load(folder: string): unknown {
  const path = fileURLToPath(new URL(`../../../../examples/${folder}/roadmap.yaml`, import.meta.url));
  return parse(readFileSync(path, 'utf8')) as unknown;
}

function validate(input: unknown, config: ValidationConfig = {}): ValidationResult & { roadmap: Roadmap } {
  const result = validateRoadmap(input, config);
  if (result.roadmap === undefined) throw new Error(`the example does not pass the schema: ${JSON.stringify(result.findings)}`);
  return { ...result, roadmap: result.roadmap };
}

/** Rule id and path of every finding, in the validator's order. */
const brief = (findings: readonly Finding[]) => findings.map((finding) => [finding.ruleId, finding.path]);
const of = (result: ValidationResult, ruleId: string) => result.findings.filter((finding) => finding.ruleId === ruleId);
const budgetRules = [
  'roadmap/budget-total-mismatch',
  'roadmap/budget-words-mismatch',
  'roadmap/budget-services-mismatch',
  'roadmap/budget-before-schedule',
  'roadmap/budget-unknown-service',
];

/** The value a JSON pointer designates in the input, or undefined when the path does not exist. */
function at(input: unknown, pointer: string): unknown {
  let value: unknown = input;
  for (const segment of parseJsonPointer(pointer)) {
    if (typeof value !== 'object' || value === null || !(segment in value)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

const thaiBinhInput = load('thaibinh-2013-roadmap');
const haGiangInput = load('hagiang-2013-roadmap');

describe('the examples pass the schema', () => {
  it.each([
    ['thaibinh-2013-roadmap', thaiBinhInput],
    ['hagiang-2013-roadmap', haGiangInput],
  ])('%s: no roadmap/schema or roadmap/config finding, every finding points at an existing place', (_name, input) => {
    const result = validateRoadmap(input);
    expect(result.roadmap).toBeDefined();
    expect(of(result, 'roadmap/schema')).toEqual([]);
    expect(of(result, 'roadmap/config')).toEqual([]);
    for (const finding of result.findings) expect(at(input, finding.path), finding.path).toBeDefined();
  });

  it('reports a field the schema does not know (the old example format) as roadmap/schema', () => {
    const input = { ...(thaiBinhInput as Record<string, unknown>), amount_in_words: 'Sáu tỷ đồng' };
    expect(brief(of(validateRoadmap(input), 'roadmap/schema'))).toEqual([['roadmap/schema', '']]);
  });
});

describe('Thái Bình 818/QĐ-UBND (source 002)', () => {
  const result = validate(thaiBinhInput);
  const { roadmap } = result;
  const idAt = (pointer: string) => at(thaiBinhInput, `${pointer.replace(/\/target_level$/, '')}/id`);

  it('keeps the document as transcribed: 6 baseline services, 37 entries, stated totals, budget in words', () => {
    expect(roadmap.baseline?.services).toHaveLength(6);
    expect(roadmap.baseline?.procedures).toEqual({ total: 1409, provincial: 1005, district: 275, commune: 129 });
    expect(roadmap.baseline?.as_printed).toMatchObject({ 'procedures.total': '1.409', services: '06' });
    const perYear = new Map<number | string, number>();
    for (const entry of roadmap.entries) perYear.set(entry.due, (perYear.get(entry.due) ?? 0) + 1);
    expect([...perYear]).toEqual([
      [2013, 2],
      [2014, 13],
      [2015, 12],
      [2020, 10],
    ]);
    expect(roadmap.entries.filter((entry) => entry.from_level === 3).map((entry) => entry.id)).toEqual(
      Array.from({ length: 10 }, (_, index) => `2020.${String(index + 1)}`),
    );
    expect(roadmap.stated_totals).toContainEqual({
      kind: 'budget',
      what: 'Tổng kinh phí dự kiến cho việc thực hiện Lộ trình',
      value: '6',
      unit: 'tỷ đồng',
      in_words: 'Sáu tỷ đồng',
      source: 'III',
    });
    expect(roadmap.budgets?.map((line) => [line.amount, line.services_count])).toEqual([
      ['2.200.000.000', 15],
      ['1.800.000.000', 12],
      ['2.000.000.000', 10],
    ]);
  });

  it('roadmap/level-four-without-three (default scope "upgrades"): the upgrades "từ mức độ 3 lên mức độ 4" 2020.1 and 2020.2', () => {
    const found = of(result, 'roadmap/level-four-without-three');
    expect(brief(found)).toEqual([
      ['roadmap/level-four-without-three', '/entries/27/target_level'],
      ['roadmap/level-four-without-three', '/entries/28/target_level'],
    ]);
    expect(found.map((finding) => [idAt(finding.path), finding.data?.upgrade])).toEqual([
      ['2020.1', true],
      ['2020.2', true],
    ]);
    expect(found[0]?.data).toEqual({ service: 'Xác nhận hợp đồng văn bản về bất động sản', upgrade: true });
  });

  it('roadmap/level-four-without-three with scope "all": also the direct level-4 entries 2014.3, 2015.3, 2015.4', () => {
    const all = validate(thaiBinhInput, { rules: { 'roadmap/level-four-without-three': ['warn', { scope: 'all' }] } });
    expect(brief(of(all, 'roadmap/level-four-without-three'))).toEqual([
      ['roadmap/level-four-without-three', '/entries/4/target_level'],
      ['roadmap/level-four-without-three', '/entries/17/target_level'],
      ['roadmap/level-four-without-three', '/entries/18/target_level'],
      ['roadmap/level-four-without-three', '/entries/27/target_level'],
      ['roadmap/level-four-without-three', '/entries/28/target_level'],
    ]);
  });

  it('roadmap/step-mismatch: steps 2.1 and 2.3 list 15 and 12 services as stated, all found in the yearly lists', () => {
    expect(roadmap.steps?.map((step) => [step.id, step.stated_count, step.services?.length])).toEqual([
      ['2.1', 15, 15],
      ['2.2', undefined, 0],
      ['2.3', 12, 12],
    ]);
    expect(of(result, 'roadmap/step-mismatch')).toEqual([]);
  });

  it('links the step names to the table names despite "đầu từ" / "NSNN" and the trailing "."', () => {
    const services = result.services;
    expect(services?.resolve(roadmap.steps?.[2]?.services?.[7] ?? '')?.service.name).toBe(roadmap.entries[22]?.service);
    expect(services?.resolve(roadmap.steps?.[0]?.services?.[1] ?? '')?.service.name).toBe(roadmap.entries[1]?.service);
  });

  it('roadmap/stated-total-mismatch: none; 33 at level ≥ 3 by 2015 (6 baseline + 27), 13 at level 4 by 2020, 6 in 2012', () => {
    expect(of(result, 'roadmap/stated-total-mismatch')).toEqual([]);
    expect(
      roadmap.stated_totals?.flatMap((stated) => (stated.kind === 'services' ? [[stated.level, stated.by, stated.value]] : [])),
    ).toEqual([
      [3, 2015, 33],
      [4, 2020, 13],
      [3, 2012, 6],
    ]);
  });

  it('a wrong stated total is caught: 34 instead of 33', () => {
    const changed = structuredClone(thaiBinhInput) as { stated_totals: { value: unknown }[] };
    const total = changed.stated_totals[1];
    if (total !== undefined) total.value = 34;
    const found = of(validate(changed), 'roadmap/stated-total-mismatch');
    expect(brief(found)).toEqual([['roadmap/stated-total-mismatch', '/stated_totals/1/value']]);
    expect(found[0]?.data).toMatchObject({ stated: 34, computed: 33, difference: 1 });
  });

  // "Cấp Giấy chứng nhận đầu tư trong nước vốn dưới 300 tỷ đồng" (2015.5) and "… đầu tư nước ngoài …" (2014.8)
  // are two procedures: merging them would make a false 33/32 mismatch and a false step-after-due.
  it('keeps "đầu tư trong nước" (2015.5) and "đầu tư nước ngoài" (2014.8) apart: no service-name-variant', () => {
    expect(of(result, 'roadmap/service-name-variant')).toEqual([]);
    expect(result.services?.entries[19]?.service.name).toBe('Cấp Giấy chứng nhận đầu tư trong nước vốn dưới 300 tỷ đồng');
  });

  it('budget: 2.200.000.000 + 1.800.000.000 + 2.000.000.000 đồng = 6 tỷ = "Sáu tỷ đồng"; 15 / 12 / 10 services match the lists', () => {
    for (const rule of budgetRules) expect(of(result, rule), rule).toEqual([]);
  });

  it('a changed budget is caught: total 6,5 tỷ, words "Năm tỷ đồng", 14 services for 2013–2014', () => {
    const changed = structuredClone(thaiBinhInput) as {
      stated_totals: Record<string, unknown>[];
      budgets: Record<string, unknown>[];
    };
    const total = changed.stated_totals[4];
    const line = changed.budgets[0];
    if (total === undefined || line === undefined) throw new Error('the example changed');
    total.value = '6,5';
    total.in_words = 'Năm tỷ đồng';
    line.services_count = 14;
    const found = validate(changed).findings.filter((finding) => budgetRules.includes(finding.ruleId));
    expect(brief(found)).toEqual([
      ['roadmap/budget-services-mismatch', '/budgets/0/services_count'],
      ['roadmap/budget-words-mismatch', '/stated_totals/4/in_words'],
      ['roadmap/budget-total-mismatch', '/stated_totals/4/value'],
    ]);
    expect(found.map((finding) => finding.data)).toEqual([
      { stated: 14, computed: 15, difference: -1, from: 2013, to: 2014 },
      { stated: '6500000000', words: '5000000000', difference: '-1500000000', printed: '6,5 tỷ đồng' },
      { stated: '6500000000', computed: '6000000000', difference: '500000000', tolerance: '0', printed: '6,5 tỷ đồng', lines: 3 },
    ]);
  });

  it('reports exactly the document inconsistencies: 2 upgrades from a level 3 that never was, step 2.1 ending after the 2013 services are due', () => {
    expect(brief(result.findings)).toEqual([
      ['roadmap/level-four-without-three', '/entries/27/target_level'],
      ['roadmap/level-four-without-three', '/entries/28/target_level'],
      ['roadmap/step-after-due', '/steps/0/services/0'],
      ['roadmap/step-after-due', '/steps/0/services/1'],
    ]);
    expect(of(result, 'roadmap/step-after-due').map((finding) => finding.data)).toEqual([
      { stepEnd: '2014-06', due: 2013, entry: '/entries/0' },
      { stepEnd: '2014-06', due: 2013, entry: '/entries/1' },
    ]);
  });
});

describe('Hà Giang 1653/QĐ-UBND (source 003)', () => {
  const result = validate(haGiangInput);
  const { roadmap } = result;

  it('keeps the document as transcribed: 15 + 11 entries at level 3, 30 budget lines, budget in words', () => {
    expect(roadmap.entries.filter((entry) => entry.due === 2015)).toHaveLength(15);
    expect(roadmap.entries.filter((entry) => entry.due === 2020)).toHaveLength(11);
    expect(new Set(roadmap.entries.map((entry) => entry.target_level))).toEqual(new Set([3]));
    expect(roadmap.budgets).toHaveLength(30);
    expect(roadmap.stated_totals?.find((stated) => stated.kind === 'budget' && stated.in_words !== undefined)).toMatchObject({
      value: '15.2',
      unit: 'tỷ đồng',
      phase: '2013-2015',
      in_words: 'Mười lăm tỷ hai trăm triệu đồng',
    });
    expect(roadmap.targets).toEqual([
      expect.objectContaining({ kind: 'agency-minimum', scope: 'remaining', level: 3, value: 2, by: 2020 }),
    ]);
    expect(roadmap.tables?.map((table) => table.file)).toEqual(['budget.csv']);
  });

  it('the budget lines add up to the printed totals 8 (2014), 7.2 (2015) and 15.2, in the document’s dot decimals', () => {
    const tenths = (amount: string | number) => Math.round(Number(amount) * 10);
    const sum = (year: number) =>
      (roadmap.budgets ?? []).filter((line) => line.year === year).reduce((total, line) => total + tenths(line.amount), 0);
    expect([sum(2014), sum(2015), sum(2014) + sum(2015)]).toEqual([80, 72, 152]);
  });

  it('reports exactly: 30 groups stated by 2020 against 26 listed, step and budget names no list has, services 12–14 budgeted before their deployment, the unchecked per-agency minimum, and the names linked by near match', () => {
    expect(brief(result.findings)).toEqual([
      // "Cấp giấy phép hành nghề y, dược" (budget table STT 5: two yearly lines and the row total).
      ['roadmap/budget-unknown-service', '/budgets/8/service'],
      ['roadmap/budget-unknown-service', '/budgets/9/service'],
      ['roadmap/stated-total-mismatch', '/stated_totals/1/value'],
      ['roadmap/budget-unknown-service', '/stated_totals/11/service'],
      ['roadmap/step-mismatch', '/steps/3/services/3'],
      ['roadmap/step-mismatch', '/steps/5/services/3'],
      // Services 12, 13, 14: deployment budget in 2014, deployment (step c.1) in 2015.
      ['roadmap/budget-before-schedule', '/budgets/22/year'],
      ['roadmap/budget-before-schedule', '/budgets/24/year'],
      ['roadmap/budget-before-schedule', '/budgets/26/year'],
      ['roadmap/agency-minimum', '/targets/0'],
      // "Cấp giấy chứng chỉ hành nghề hoạt động xây dựng" (budget) and "cấp chứng chỉ hành nghề trong hoạt
      // động xây dựng" (step) for the list's "Cấp chứng chỉ hành nghề hoạt động xây dựng"; "Gấp phép" (budget).
      ['roadmap/service-name-variant', '/budgets/10/service'],
      ['roadmap/service-name-variant', '/budgets/11/service'],
      ['roadmap/service-name-variant', '/budgets/22/service'],
      ['roadmap/service-name-variant', '/budgets/23/service'],
      ['roadmap/service-name-variant', '/steps/3/services/5'],
    ]);
    expect(of(result, 'roadmap/service-name-variant').every((finding) => finding.severity === 'info')).toBe(true);
  });

  it('roadmap/stated-total-mismatch: 30 stated by 2020, 26 computed (15 + 11); 15 by 2015 matches', () => {
    const found = of(result, 'roadmap/stated-total-mismatch');
    expect(found[0]?.data).toEqual({ stated: 30, computed: 26, difference: 4, level: 3, by: 2020 });
    expect(at(haGiangInput, '/stated_totals/0/value')).toBe(15);
    expect(found.some((finding) => finding.path === '/stated_totals/0/value')).toBe(false);
  });

  it('roadmap/step-mismatch: "Cấp giấy phép hành nghề y, dược" and "cấp giấy phép thành lập văn phòng đại diện" match no list name', () => {
    expect(of(result, 'roadmap/step-mismatch').map((finding) => finding.data)).toEqual([
      { service: 'Cấp giấy phép hành nghề y, dược', closest: 'Cấp giấy phép đăng ký hành nghề y, dược', score: expect.closeTo(0.84, 2) as number },
      {
        service: 'cấp giấy phép thành lập văn phòng đại diện',
        closest: 'Cấp giấy phép thành lập chi nhánh, văn phòng đại diện',
        score: expect.closeTo(0.86, 2) as number,
      },
    ]);
  });

  it('roadmap/agency-minimum cannot check "mỗi sở, ban, ngành còn lại … ít nhất 02" without an agency list', () => {
    expect(of(result, 'roadmap/agency-minimum')[0]?.data).toEqual({ missing: 'agencies' });
  });

  it('service identity links "Gấp phép" (budget table) to "Cấp phép và khai thác nguồn nước" (list) by near match', () => {
    const match = result.services?.resolve('Gấp phép và khai thác nguồn nước');
    expect(match?.method).toBe('near');
    expect(match?.service.name).toBe('Cấp phép và khai thác nguồn nước');
    expect(match?.score).toBeGreaterThanOrEqual(0.9);
  });

  it('budget: columns 2014 = 8, 2015 = 7.2, rows, total 15.2 and "Mười lăm tỷ hai trăm triệu đồng" reconcile; no services_count', () => {
    for (const rule of ['roadmap/budget-total-mismatch', 'roadmap/budget-words-mismatch', 'roadmap/budget-services-mismatch']) {
      expect(of(result, rule), rule).toEqual([]);
    }
  });

  it('a changed budget is caught in dot decimals: column 2015 "7.3", row 12 "0.9", text total words "Mười lăm tỷ hai triệu đồng"', () => {
    const changed = structuredClone(haGiangInput) as { stated_totals: Record<string, unknown>[] };
    const [text, , column2015, , , , , , , , , row12] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 18].map((index) => changed.stated_totals[index]);
    if (text === undefined || column2015 === undefined || row12 === undefined) throw new Error('the example changed');
    expect([text.in_words, column2015.year, row12.service]).toEqual(['Mười lăm tỷ hai trăm triệu đồng', 2015, 'Gấp phép và khai thác nguồn nước']);
    column2015.value = '7.3';
    row12.value = '0.9';
    text.in_words = 'Mười lăm tỷ hai triệu đồng';
    const found = validate(changed).findings.filter((finding) =>
      ['roadmap/budget-total-mismatch', 'roadmap/budget-words-mismatch'].includes(finding.ruleId),
    );
    expect(brief(found)).toEqual([
      ['roadmap/budget-words-mismatch', '/stated_totals/3/in_words'],
      ['roadmap/budget-total-mismatch', '/stated_totals/5/value'],
      ['roadmap/budget-total-mismatch', '/stated_totals/18/value'],
    ]);
    expect(found.map((finding) => [finding.data?.stated, finding.data?.computed ?? finding.data?.words, finding.data?.difference])).toEqual([
      ['15200000000', '15002000000', '-198000000'],
      ['7300000000', '7200000000', '100000000'],
      ['900000000', '800000000', '100000000'],
    ]);
    expect(found[1]?.data?.tolerance).toBe('50000000');
  });

  it('roadmap/budget-unknown-service: "Cấp giấy phép hành nghề y, dược" (budget) for the list’s "Cấp giấy phép đăng ký hành nghề y, dược"', () => {
    expect(of(result, 'roadmap/budget-unknown-service').map((finding) => finding.data)).toEqual(
      Array.from({ length: 3 }, () => ({
        service: 'Cấp giấy phép hành nghề y, dược',
        closest: 'Cấp giấy phép đăng ký hành nghề y, dược',
        score: expect.closeTo(0.84, 2) as number,
        entry: '2015.6',
      })),
    );
  });

  it('roadmap/budget-before-schedule: 0.8 + 0.5 + 0.5 tỷ in 2014 for services approved in 2014 (b.2) and deployed in 2015 (c.1)', () => {
    const found = of(result, 'roadmap/budget-before-schedule');
    expect(found.map((finding) => [at(haGiangInput, finding.path.replace(/\/year$/, '/entry')), finding.data?.amount, finding.data?.step])).toEqual([
      ['2015.12', '800000000', '/steps/8'],
      ['2015.13', '500000000', '/steps/8'],
      ['2015.14', '500000000', '/steps/8'],
    ]);
    expect(at(haGiangInput, '/steps/8/refers_to_step')).toBe('2.3.b.2');
    expect(found.every((finding) => finding.severity === 'warning')).toBe(true);
  });

  it('resolves every budget line to the entry it belongs to, except "Cấp giấy phép hành nghề y, dược" (list: "… đăng ký hành nghề …")', () => {
    const unresolved = new Set<string>();
    for (const line of roadmap.budgets ?? []) {
      const entry = roadmap.entries.find((candidate) => candidate.id === line.entry);
      const match = result.services?.resolve(line.service ?? '');
      if (match === undefined) unresolved.add(line.service ?? '');
      else expect(match.service.name, line.service).toBe(entry?.service);
    }
    expect([...unresolved]).toEqual(['Cấp giấy phép hành nghề y, dược']);
  });
});
