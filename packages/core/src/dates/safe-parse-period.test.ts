import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EgovError } from '../errors/egov-error';
import { formatPeriod } from './format-period';
import { parsePeriod } from './parse-period';
import {
  createDayPeriod,
  createMonthPeriod,
  createQuarterPeriod,
  createRangePeriod,
  createYearPeriod,
  type Period,
} from './period';
import { periodContains } from './period-contains';
import { quarterOf } from './quarter-of';
import { safeParsePeriod, type ParsePeriodOptions } from './safe-parse-period';

function ymd(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

function read(text: string, options: ParsePeriodOptions = {}): Period {
  const result = safeParsePeriod(text, options);
  if (!result.ok) throw new Error(`expected "${text}" to parse, got ${result.error.message.en}`);
  return result.value;
}

describe('safeParsePeriod: periods as the source documents write them', () => {
  // [text, year option, kind, start, end (inclusive), label]
  it.each([
    ['tháng 01/2013', undefined, 'month', '2013-1-1', '2013-1-31', 'tháng 01/2013'],
    ['tháng 6/2013', undefined, 'month', '2013-6-1', '2013-6-30', 'tháng 06/2013'],
    ['tháng 5 năm 2013', undefined, 'month', '2013-5-1', '2013-5-31', 'tháng 05/2013'],
    ['tháng 02 năm 2016', undefined, 'month', '2016-2-1', '2016-2-29', 'tháng 02/2016'],
    ['01/2014', undefined, 'month', '2014-1-1', '2014-1-31', 'tháng 01/2014'],
    ['2013-05', undefined, 'month', '2013-5-1', '2013-5-31', 'tháng 05/2013'],
    ['tháng 5', 2018, 'month', '2018-5-1', '2018-5-31', 'tháng 05/2018'],
    ['Quý I/2018', undefined, 'quarter', '2018-1-1', '2018-3-31', 'Quý I/2018'], // Lào Cai Plan 332
    ['Quý II/2018', undefined, 'quarter', '2018-4-1', '2018-6-30', 'Quý II/2018'],
    ['quý 2 năm 2018', undefined, 'quarter', '2018-4-1', '2018-6-30', 'Quý II/2018'],
    ['Qúy III/2018', undefined, 'quarter', '2018-7-1', '2018-9-30', 'Quý III/2018'], // misplaced accent
    ['Q4/2018', undefined, 'quarter', '2018-10-1', '2018-12-31', 'Quý IV/2018'],
    ['Quý I', 2018, 'quarter', '2018-1-1', '2018-3-31', 'Quý I/2018'],
    ['trong Quý II/2018', undefined, 'quarter', '2018-4-1', '2018-6-30', 'Quý II/2018'],
    ['năm 2019', undefined, 'year', '2019-1-1', '2019-12-31', 'năm 2019'],
    ['2019', undefined, 'year', '2019-1-1', '2019-12-31', 'năm 2019'],
    ['Trong năm 2015', undefined, 'year', '2015-1-1', '2015-12-31', 'năm 2015'], // Thái Bình budget
    ['ngày 04 tháng 5 năm 2013', undefined, 'day', '2013-5-4', '2013-5-4', 'ngày 04/05/2013'],
    ['12/08/2013', undefined, 'day', '2013-8-12', '2013-8-12', 'ngày 12/08/2013'],
    ['giai đoạn 2013 - 2015', undefined, 'range', '2013-1-1', '2015-12-31', 'giai đoạn 2013–2015'],
    ['GIAI ĐOẠN 2013-2015', undefined, 'range', '2013-1-1', '2015-12-31', 'giai đoạn 2013–2015'],
    ['Giai đoạn 2016 - 2020', undefined, 'range', '2016-1-1', '2020-12-31', 'giai đoạn 2016–2020'],
    ['2016-2020', undefined, 'range', '2016-1-1', '2020-12-31', 'giai đoạn 2016–2020'],
    ['2013–2015', undefined, 'range', '2013-1-1', '2015-12-31', 'giai đoạn 2013–2015'],
    ['2011 - 2015', undefined, 'range', '2011-1-1', '2015-12-31', 'giai đoạn 2011–2015'],
    ['năm 2013 - 2015', undefined, 'range', '2013-1-1', '2015-12-31', 'giai đoạn 2013–2015'],
    ['Quý I-Quý IV', 2018, 'range', '2018-1-1', '2018-12-31', 'Quý I–Quý IV/2018'],
    ['Quý I- Quý IV', 2018, 'range', '2018-1-1', '2018-12-31', 'Quý I–Quý IV/2018'],
    ['Quý I-IV', 2018, 'range', '2018-1-1', '2018-12-31', 'Quý I–Quý IV/2018'],
    ['Quý II-IV', 2018, 'range', '2018-4-1', '2018-12-31', 'Quý II–Quý IV/2018'],
    ['Quý III- Quý IV', 2018, 'range', '2018-7-1', '2018-12-31', 'Quý III–Quý IV/2018'],
    ['Quý I-Quý II', 2018, 'range', '2018-1-1', '2018-6-30', 'Quý I–Quý II/2018'],
    ['Quý I–Quý IV/2018', undefined, 'range', '2018-1-1', '2018-12-31', 'Quý I–Quý IV/2018'],
    ['Quý III/2018 - Quý II/2019', undefined, 'range', '2018-7-1', '2019-6-30', 'từ Quý III/2018 đến Quý II/2019'],
    ['từ tháng 6/2013 đến tháng 12/2013', undefined, 'range', '2013-6-1', '2013-12-31', 'từ tháng 06/2013 đến tháng 12/2013'],
    ['Từ tháng 01/2013 đến tháng 06/2014', undefined, 'range', '2013-1-1', '2014-6-30', 'từ tháng 01/2013 đến tháng 06/2014'],
    ['Từ tháng 07/2014 đến tháng 12/2014', undefined, 'range', '2014-7-1', '2014-12-31', 'từ tháng 07/2014 đến tháng 12/2014'],
    ['tháng 6-12/2013', undefined, 'range', '2013-6-1', '2013-12-31', 'từ tháng 06/2013 đến tháng 12/2013'],
    ['04/5/2013 - 12/08/2013', undefined, 'range', '2013-5-4', '2013-8-12', 'từ ngày 04/05/2013 đến ngày 12/08/2013'],
    ['4-5-2013 - 12-8-2013', undefined, 'range', '2013-5-4', '2013-8-12', 'từ ngày 04/05/2013 đến ngày 12/08/2013'],
    ['từ năm 2016 tới năm 2020', undefined, 'range', '2016-1-1', '2020-12-31', 'giai đoạn 2016–2020'],
  ] as const)('reads %j (year %s)', (text, year, kind, start, end, label) => {
    const period = read(text, year === undefined ? {} : { year });
    expect(period.kind).toBe(kind);
    expect(ymd(period.start)).toBe(start);
    expect(ymd(period.end)).toBe(end);
    expect(period.label).toBe(label);
    expect(formatPeriod(period)).toBe(label);
  });

  it('keeps both ends of a range', () => {
    const period = read('giai đoạn 2013 - 2015');
    expect(period.kind === 'range' && [period.from, period.to]).toMatchObject([
      { kind: 'year', year: 2013 },
      { kind: 'year', year: 2015 },
    ]);
  });

  it('prefers the year written in the text over options.year', () => {
    expect(read('Quý I/2018', { year: 2020 })).toMatchObject({ kind: 'quarter', year: 2018, quarter: 1 });
  });
});

describe('safeParsePeriod: bad input', () => {
  it.each([
    ['Quý I-Quý IV', {}, 'missing-year'],
    ['Quý I', {}, 'missing-year'],
    ['tháng 5', {}, 'missing-year'],
    ['từ Quý I/2018', {}, 'open-ended'],
    ['2016-2015', {}, 'reversed'],
    ['từ tháng 12/2013 đến tháng 6/2013', {}, 'reversed'],
    ['Quý V/2018', {}, 'quarter-out-of-range'],
    ['Quý 0/2018', {}, 'quarter-out-of-range'],
    ['tháng 13/2018', {}, 'month-out-of-range'],
    ['31/02/2013', {}, 'no-such-day'],
    ['', {}, 'empty'],
    ['abc', {}, 'not-a-period'],
    ['IV', { year: 2018 }, 'not-a-period'],
    ['2013 - abc', {}, 'not-a-period'],
    ['năm 0000', {}, 'not-a-period'],
    ['Quý I', { year: 0 }, 'invalid-year-option'],
    ['Quý I', { year: 2018.5 }, 'invalid-year-option'],
  ] as const)('rejects %j %j (%s)', (text, options, reason) => {
    const result = safeParsePeriod(text, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.ruleId).toBe('core/period-invalid');
    expect(result.error.data).toMatchObject({ input: text, reason });
    expect(result.error.message.vi).toContain(`"${text}"`);
    expect(result.error.message.en).toContain(`"${text}"`);
  });

  it('rejects a long text quickly instead of searching it', () => {
    const text = '1-'.repeat(50_000);
    const result = safeParsePeriod(text);
    expect(!result.ok && result.error.data).toMatchObject({ reason: 'too-long' });
    expect(!result.ok && result.error.message.en).toContain('100000 characters');
  });

  it('names both ends of a reversed range', () => {
    const result = safeParsePeriod('2016-2015');
    expect(!result.ok && result.error.message.en).toBe('"2016-2015": the end (năm 2015) comes before the start (năm 2016)');
  });

  it('returns a finding for a non-string at runtime', () => {
    const result = safeParsePeriod({} as unknown as string, { path: ['tasks', 0, 'period'] });
    expect(!result.ok && result.error).toMatchObject({ path: '/tasks/0/period', data: { reason: 'not-text' } });
  });

  it('never throws, whatever the text and year', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({
            unit: fc.constantFrom('0', '1', '2', '9', '/', '-', '–', ' ', 'I', 'V', 'quý ', 'tháng ', 'năm ', 'từ ', ' đến ', 'giai đoạn '),
          }),
        ),
        fc.option(fc.integer({ min: -5, max: 10_000 }), { nil: undefined }),
        (text, year) => {
          const result = safeParsePeriod(text, year === undefined ? {} : { year });
          if (!result.ok) expect(result.error.ruleId).toBe('core/period-invalid');
          else expect(result.value.start.getTime()).toBeLessThanOrEqual(result.value.end.getTime());
        },
      ),
    );
  });
});

describe('parsePeriod', () => {
  it('returns the period or throws an EgovError coded core/period-invalid', () => {
    expect(parsePeriod('2016-2020').label).toBe('giai đoạn 2016–2020');
    try {
      parsePeriod('Quý I-Quý IV');
      expect.unreachable();
    } catch (error) {
      expect(EgovError.isInstance(error) && error.code).toBe('core/period-invalid');
    }
  });
});

describe('period constructors and formatPeriod', () => {
  it('builds each kind with inclusive local-midnight bounds', () => {
    expect(createDayPeriod(new Date(2013, 4, 4, 15, 30))).toMatchObject({ kind: 'day', label: 'ngày 04/05/2013' });
    expect(createDayPeriod(new Date(2013, 4, 4, 15, 30)).start.getHours()).toBe(0);
    expect(ymd(createMonthPeriod(2013, 2).end)).toBe('2013-2-28');
    expect(ymd(createQuarterPeriod(2018, 4).start)).toBe('2018-10-1');
    expect(createYearPeriod(2019).label).toBe('năm 2019');
    const range = createRangePeriod(createMonthPeriod(2013, 6), createYearPeriod(2014));
    expect(range.label).toBe('từ tháng 06/2013 đến năm 2014');
    expect(ymd(range.end)).toBe('2014-12-31');
  });

  it.each([
    () => createMonthPeriod(2013, 13),
    () => createMonthPeriod(2013, 1.5),
    () => createQuarterPeriod(2018, 5),
    () => createYearPeriod(0),
    () => createDayPeriod(new Date(Number.NaN)),
    () => createRangePeriod(createYearPeriod(2016), createYearPeriod(2015)),
  ])('throws invalid-argument for a programmer error (%#)', (build) => {
    expect(build).toThrow(EgovError);
  });

  it('reads back every formatted period', () => {
    const simple = fc.oneof(
      fc.date({ min: new Date(1000, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }).map(createDayPeriod),
      fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => createMonthPeriod(y, m)),
      fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => createQuarterPeriod(y, q)),
      fc.integer({ min: 1000, max: 9999 }).map(createYearPeriod),
    );
    const period = fc.oneof(
      simple,
      fc.tuple(simple, simple).map(([a, b]) => (a.start <= b.start ? createRangePeriod(a, b) : createRangePeriod(b, a))),
    );
    fc.assert(
      fc.property(period, (original) => {
        const result = safeParsePeriod(formatPeriod(original));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.label).toBe(original.label);
        expect(result.value.start.getTime()).toBe(original.start.getTime());
        expect(result.value.end.getTime()).toBe(original.end.getTime());
      }),
    );
  });
});

describe('periodContains and quarterOf', () => {
  it('tests membership by calendar day, last day included', () => {
    const q1 = createQuarterPeriod(2018, 1);
    expect(periodContains(q1, new Date(2018, 0, 1))).toBe(true);
    expect(periodContains(q1, new Date(2018, 2, 31, 23, 59))).toBe(true);
    expect(periodContains(q1, new Date(2018, 3, 1))).toBe(false);
    expect(periodContains(q1, new Date(2017, 11, 31, 23, 59))).toBe(false);
    expect(periodContains(read('giai đoạn 2013 - 2015'), new Date(2014, 6, 1))).toBe(true);
    expect(periodContains(q1, new Date(Number.NaN))).toBe(false);
  });

  it('gives the quarter of a date', () => {
    expect([0, 2, 3, 5, 6, 8, 9, 11].map((month) => quarterOf(new Date(2018, month, 15)))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(() => quarterOf(new Date(Number.NaN))).toThrow(EgovError);
  });

  it('agrees with the quarter periods', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1000, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }), (date) => {
        expect(periodContains(createQuarterPeriod(date.getFullYear(), quarterOf(date)), date)).toBe(true);
      }),
    );
  });
});
