import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticRoadmap } from '../../bench/synthetic';
import { roadmapInputArbitrary } from '../__fixtures__/roadmap-arbitrary';
import { fastParseEntry, fastParseRoadmap, fastParseStep } from './fast-parse-roadmap';
import { entrySchema, roadmapSchema, stepSchema } from './roadmap-schema';

// Differential tests: the fast path must give exactly zod's value (same keys in the same order, same
// trimmed strings, `undefined` kept) whenever it accepts, and never accept what zod rejects.

const entryKeys = [
  'id',
  'service',
  'code',
  'target_level',
  'target_class',
  'from_level',
  'due',
  'phase',
  'lead_agency',
  'co_agencies',
  'budget',
  'list',
  'merged_cell_from',
  'source',
  'as_printed',
  'note',
] as const;

/** Values valid for some field and invalid for others: wrong types, untrimmed or blank strings, edge numbers. */
const edgeValues: readonly unknown[] = [
    undefined,
    null,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    0,
    -0,
    1,
    2,
    3,
    4,
    5,
    1.5,
    1899,
    1900,
    2015,
    2200,
    2201,
    2015.5,
    '',
    ' ',
    '\t\n',
    '  a ',
    'Cấp giấy phép xây dựng',
    ' Cấp giấy phép xây dựng ',
    '\u00a0Đăng ký\u3000',
    '2015',
    ' 2015',
    '2015 ',
    '2015-13',
    '2014-06',
    '2013-05-04',
    '2013-05-32',
    'full',
    'partial',
    'Full',
    ' full',
    '1.4',
    true,
    false,
    [],
    [' Sở Y tế '],
    ['Sở Y tế', ''],
    ['Sở Y tế', 1],
    [undefined],
    {},
    { due: 'Đến năm 2013' },
    { due: 2013 },
    { a: null },
  Object.create(null) as unknown,
  -1,
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
];
const tricky = fc.oneof(
  fc.constantFrom(...edgeValues),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -3, max: 2300 }),
  fc.double(),
  fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), { maxLength: 3 }),
);

const validEntry = fc.record(
  {
    id: fc.constantFrom('1', ' e2 '),
    service: fc.constantFrom('Cấp giấy phép xây dựng', ' Cấp phép họp báo. ', 'CẤP GIẤY PHÉP'),
    code: fc.constant('1.001234'),
    target_level: fc.integer({ min: 1, max: 4 }),
    target_class: fc.constantFrom('full', 'partial'),
    from_level: fc.integer({ min: 1, max: 4 }),
    due: fc.constantFrom(2013, 2020, '2014-06', '2013-05-04'),
    phase: fc.constantFrom('2013-2015', ' p1'),
    lead_agency: fc.constantFrom('Sở Y tế', 'Sở 12 '),
    co_agencies: fc.array(fc.constantFrom('Sở Y tế', ' Sở Xây dựng'), { maxLength: 2 }),
    budget: fc.constantFrom('0.8', ' 2.200.000.000 ', 1.4, 500),
    list: fc.constant('Phụ lục I'),
    merged_cell_from: fc.constant('3'),
    source: fc.constant('Mục II.1'),
    as_printed: fc.constantFrom({ due: 'Đến năm 2013' }, { due: 2013 }),
    note: fc.constantFrom('', ' ghi chú '),
  },
  { requiredKeys: ['service', 'due'] },
);

const stepKeys = ['id', 'from', 'from_inferred', 'to', 'action', 'kind', 'refers_to_step', 'services', 'stated_count', 'source', 'as_printed', 'note'] as const;

const validStep = fc.record(
  {
    id: fc.constantFrom('s1', ' s2 '),
    from: fc.constantFrom(2013, '2014-01', '2013-05-04'),
    from_inferred: fc.boolean(),
    to: fc.constantFrom(2015, '2014-12'),
    action: fc.constantFrom('Triển khai xây dựng dịch vụ công', ' Rà soát, chuẩn hóa thủ tục '),
    kind: fc.constantFrom('deploy_projects', ' approve_projects'),
    refers_to_step: fc.constant('s1'),
    services: fc.array(fc.constantFrom('Cấp giấy phép xây dựng', ' Cấp phép họp báo. '), { maxLength: 3 }),
    stated_count: fc.nat(40),
    source: fc.constant('Mục III'),
    as_printed: fc.constantFrom({ to: 'Đến hết năm 2015' }),
    note: fc.constantFrom('', ' ghi chú '),
  },
  { requiredKeys: ['from', 'to', 'action'] },
);

/** A valid object with some fields replaced by tricky values, removed, or joined by an unknown key. */
function mutated(valid: fc.Arbitrary<Record<string, unknown>>, keys: readonly string[]): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      valid,
      fc.dictionary(fc.constantFrom(...keys), tricky, { maxKeys: 3 }),
      fc.subarray([...keys], { maxLength: 2 }),
      fc.option(fc.constantFrom('colour', 'Service', 'due ', '__proto__', 'constructor'), { nil: undefined }),
      fc.constantFrom('plain', 'plain', 'plain', 'null-prototype', 'class'),
    )
    .map(([object, changes, removed, extra, kind]) => {
      const record: Record<string, unknown> = { ...object, ...changes };
      for (const key of removed) Reflect.deleteProperty(record, key);
      if (extra !== undefined) Object.defineProperty(record, extra, { value: 'x', enumerable: true, writable: true, configurable: true });
      if (kind === 'null-prototype') return Object.assign(Object.create(null) as object, record);
      if (kind === 'class') return Object.assign(new (class Item {
          describe(): string {
            return 'item';
          }
        })(), record);
      return record;
    });
}

const mutatedEntry = mutated(validEntry, entryKeys);
const anyStep = fc.oneof(mutated(validStep, stepKeys), validStep, tricky);
const anyEntry = fc.oneof(mutatedEntry, validEntry, tricky);

/** zod's value, or `undefined` when zod rejects the input. */
function zodEntry(input: unknown): unknown {
  const parsed = entrySchema.safeParse(input);
  return parsed.success ? parsed.data : undefined;
}

function expectSame(fast: unknown, zod: unknown): void {
  expect(fast).toStrictEqual(zod);
  // toStrictEqual ignores key order; zod's output has the schema's order, and findings paths follow it.
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod));
}

describe('fastParseEntry', () => {
  it('builds the value zod builds: trimmed text, schema key order, undefined kept', () => {
    const input = { note: ' n ', due: '2014-06', code: undefined, service: ' Cấp phép họp báo. ', co_agencies: [' Sở Y tế'], budget: ' 1,4 ' };
    const fast = fastParseEntry(input);
    expect(fast).toStrictEqual({ service: 'Cấp phép họp báo.', code: undefined, due: '2014-06', co_agencies: ['Sở Y tế'], budget: '1,4', note: ' n ' });
    expectSame(fast, zodEntry(input));
    expect(Object.keys(fast ?? {})).toEqual(['service', 'code', 'due', 'co_agencies', 'budget', 'note']);
  });

  it('leaves to zod what it does not handle', () => {
    expect(fastParseEntry({ service: 'Cấp phép', due: 2015, as_printed: { due: 'Đến năm 2015' } })).toBeUndefined();
    expect(fastParseEntry({ service: 'Cấp phép', due: 2015, colour: 'red' })).toBeUndefined();
    expect(fastParseEntry({ service: '  ', due: 2015 })).toBeUndefined();
    expect(fastParseEntry({ service: 'Cấp phép', due: 1899 })).toBeUndefined();
    expect(fastParseEntry({ service: 'Cấp phép', due: 2015, budget: Number.NaN })).toBeUndefined();
    expect(fastParseEntry([])).toBeUndefined();
  });

  it('agrees with zod on every edge value in every field', () => {
    for (const key of entryKeys) {
      for (const [index, value] of edgeValues.entries()) {
        const input = { service: 'Cấp phép', due: 2015, [key]: value };
        const fast = fastParseEntry(input);
        const zod = zodEntry(input);
        if (zod === undefined) expect(fast, `${key}, edge value #${String(index)}`).toBeUndefined();
        if (fast !== undefined) expectSame(fast, zod);
      }
    }
  });

  it('gives zod’s value whenever it accepts, and never accepts what zod rejects', () => {
    fc.assert(
      fc.property(anyEntry, (input) => {
        const fast = fastParseEntry(input);
        const zod = zodEntry(input);
        if (zod === undefined) expect(fast).toBeUndefined();
        if (fast !== undefined) expectSame(fast, zod);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with zod on symbol keys and inherited fields', () => {
    const withSymbol = { service: 'Cấp phép', due: 2015, [Symbol('x')]: 1 };
    const inherited = Object.assign(Object.create({ code: '1.001234' }) as object, { service: 'Cấp phép', due: 2015 });
    for (const input of [withSymbol, inherited]) {
      const fast = fastParseEntry(input);
      if (fast !== undefined) expectSame(fast, zodEntry(input));
    }
    expect(fastParseEntry(inherited)).toBeUndefined();
  });

  it('accepts the plain entries and steps of the benchmark roadmaps', () => {
    const { entries, steps } = syntheticRoadmap(300) as { entries: unknown[]; steps: unknown[] };
    for (const entry of entries) expect(fastParseEntry(entry)).toBeDefined();
    for (const step of steps) expect(fastParseStep(step)).toBeDefined();
  });
});

describe('fastParseStep', () => {
  const zodStep = (input: unknown): unknown => {
    const parsed = stepSchema.safeParse(input);
    return parsed.success ? parsed.data : undefined;
  };

  it('builds the value zod builds', () => {
    const input = { services: [' Cấp phép '], action: ' Triển khai ', to: '2014-12', from: '2014-01', from_inferred: false };
    const fast = fastParseStep(input);
    expect(fast).toStrictEqual({ from: '2014-01', from_inferred: false, to: '2014-12', action: 'Triển khai', services: ['Cấp phép'] });
    expectSame(fast, zodStep(input));
  });

  it('agrees with zod on every edge value in every field', () => {
    for (const key of stepKeys) {
      for (const [index, value] of edgeValues.entries()) {
        const input = { from: 2013, to: 2014, action: 'Triển khai', [key]: value };
        const fast = fastParseStep(input);
        const zod = zodStep(input);
        if (zod === undefined) expect(fast, `${key}, edge value #${String(index)}`).toBeUndefined();
        if (fast !== undefined) expectSame(fast, zod);
      }
    }
  });

  it('gives zod’s value whenever it accepts, and never accepts what zod rejects', () => {
    fc.assert(
      fc.property(anyStep, (input) => {
        const fast = fastParseStep(input);
        const zod = zodStep(input);
        if (zod === undefined) expect(fast).toBeUndefined();
        if (fast !== undefined) expectSame(fast, zod);
      }),
      { numRuns: 3000 },
    );
  });
});

/** A roadmap from the fixture arbitrary, its entries and steps partly mutated, sometimes with a mutated top level. */
const mutatedRoadmap: fc.Arbitrary<unknown> = fc
  .tuple(
    roadmapInputArbitrary,
    fc.array(fc.oneof({ weight: 3, arbitrary: validEntry }, { weight: 1, arbitrary: anyEntry }), { maxLength: 6 }),
    fc.option(fc.array(fc.oneof({ weight: 3, arbitrary: validStep }, { weight: 1, arbitrary: anyStep }), { maxLength: 4 }), { nil: undefined }),
    fc.boolean(),
    fc.constantFrom('none', 'none', 'none', 'extra-key', 'no-province', 'blank-province', 'entries-object', 'entries-missing', 'null-prototype', 'bad-step', 'steps-undefined', 'steps-object'),
  )
  .map(([roadmap, more, steps, append, top]) => {
    const entries = append ? [...(roadmap.entries as unknown[]), ...more] : (roadmap.entries as unknown[]);
    const result: Record<string, unknown> = { ...roadmap, entries };
    if (steps !== undefined) result.steps = steps;
    switch (top) {
      case 'extra-key':
        result.colour = 'red';
        break;
      case 'no-province':
        Reflect.deleteProperty(result, 'province');
        break;
      case 'blank-province':
        result.province = ' ';
        break;
      case 'entries-object':
        result.entries = { 0: entries[0] };
        break;
      case 'entries-missing':
        Reflect.deleteProperty(result, 'entries');
        break;
      case 'null-prototype':
        return Object.assign(Object.create(null) as object, result);
      case 'bad-step':
        result.steps = [{ from: 2013, to: 2014, action: '' }];
        break;
      case 'steps-undefined':
        result.steps = undefined;
        break;
      case 'steps-object':
        result.steps = { from: 2013 };
        break;
      case 'none':
        break;
    }
    return result;
  });

describe('fastParseRoadmap', () => {
  it('gives zod’s value whenever it accepts, and never accepts what zod rejects', () => {
    fc.assert(
      fc.property(fc.oneof(roadmapInputArbitrary, mutatedRoadmap), (input) => {
        const fast = fastParseRoadmap(input);
        const parsed = roadmapSchema.safeParse(input);
        if (!parsed.success) expect(fast).toBeUndefined();
        if (fast !== undefined) expectSame(fast, parsed.data);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts every valid roadmap of the fixture arbitrary', () => {
    fc.assert(
      fc.property(roadmapInputArbitrary, (input) => {
        expect(fastParseRoadmap(input)).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });

  it('gives the benchmark roadmap exactly as zod does', () => {
    const input = syntheticRoadmap(2000);
    expectSame(fastParseRoadmap(input), roadmapSchema.parse(input));
  });
});
