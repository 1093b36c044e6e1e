import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../model/procedure';
import { formatPercent } from '../stats/format-percent';
import { meetsPercent } from '../stats/meets-percent';
import type { ApplicationRecord } from './application-record';
import { procedureLookup } from './procedure-lookup';
import { RecordAggregator, type RecordGroupResult } from './record-aggregator';

const asOf = '2018-12-31';
const kh = 'Sở Kế hoạch và Đầu tư';
const yt = 'Sở Y tế';

function rec(partial: Partial<ApplicationRecord>): ApplicationRecord {
  return { procedureCode: '1.001', agency: kh, received: '2018-03-01', channel: 'online', ...partial };
}

describe('RecordAggregator: counting', () => {
  const records: ApplicationRecord[] = [
    // on time, online, fee paid online, digitised, electronic result: 4 days
    rec({ due: '2018-03-06', finished: '2018-03-05', paidOnline: true, digitised: true, electronicResult: true }),
    // late by 2 days, counter, fee paid at the counter: 7 days
    rec({ channel: 'counter', due: '2018-03-06', finished: '2018-03-08', paidOnline: false }),
    // open and past due at the as-of date, post, with a complaint
    rec({ channel: 'post', received: '2018-11-20', due: '2018-12-05', complaint: true }),
    // open, not yet due
    rec({ received: '2018-12-28', due: '2019-01-05', digitised: true }),
    // settled on the spot without a due date: 0 days, on time
    rec({ agency: yt, procedureCode: '2.002', received: '2018-07-02', finished: '2018-07-02', channel: 'counter' }),
  ];

  const aggregator = new RecordAggregator({ asOf });
  aggregator.pushAll(records);

  it('counts received, finished, on time, overdue and the channels', () => {
    const totals = aggregator.totals();
    expect(totals).toMatchObject({
      received: 5,
      finished: 3,
      open: 2,
      onTime: 2,
      finishedLate: 1,
      openOverdue: 1,
      overdue: 2,
      online: 2,
      counter: 2,
      post: 1,
      withFee: 2,
      paidOnline: 1,
      digitised: 2,
      electronicResult: 1,
      complaints: 1,
      processingDays: 4 + 7 + 0,
    });
    expect(totals.onlineShare).toEqual({ numerator: 2, denominator: 5 });
    expect(totals.onlinePaymentShare).toEqual({ numerator: 1, denominator: 2 });
    expect(totals.digitisationShare).toEqual({ numerator: 2, denominator: 5 });
    expect(totals.onTimeShare).toEqual({ numerator: 2, denominator: 3 });
    expect(totals.overdueShare).toEqual({ numerator: 2, denominator: 5 });
    expect(totals.averageProcessingDays).toEqual({ numerator: 11, denominator: 3, value: 11 / 3 });
  });

  it('groups by agency and period of the date received', () => {
    const byAgencyQuarter = aggregator.results({ by: ['agency'], period: 'quarter' });
    expect(byAgencyQuarter.map((r) => [r.group.agency, r.period, r.stats.received])).toEqual([
      [kh, '2018-Q1', 2],
      [kh, '2018-Q4', 2],
      [yt, '2018-Q3', 1],
    ]);
    expect(aggregator.results({ period: 'month' }).map((r) => r.period)).toEqual(['2018-03', '2018-07', '2018-11', '2018-12']);
    expect(aggregator.results({ by: ['procedure'], period: 'year' }).map((r) => [r.group.procedure, r.period])).toEqual([
      ['1.001', '2018'],
      ['2.002', '2018'],
    ]);
    expect(aggregator.groupCount).toBe(4);
  });

  it('reads an empty aggregator', () => {
    const empty = new RecordAggregator({ asOf });
    expect(empty.totals().received).toBe(0);
    expect(empty.totals().averageProcessingDays.value).toBeUndefined();
    expect(formatPercent(empty.totals().onlineShare)).toBe('—');
  });
});

describe('RecordAggregator: invalid records', () => {
  it('counts and samples invalid records with reasons, never throws', () => {
    const aggregator = new RecordAggregator({ asOf, sampleSize: 3 });
    const bad: unknown[] = [
      null,
      42,
      rec({ id: 'HS-1', received: '2018-02-30' }),
      rec({ id: 'HS-2', agency: '', procedureCode: '' }),
      rec({ due: '2018-02-01' }),
      rec({ finished: '2018-02-01' }),
      rec({ received: '2019-01-02' }),
      rec({ finished: '2019-01-02' }),
      { ...rec({}), channel: 'fax' },
      { ...rec({}), digitised: 'yes' },
      { ...rec({}), due: 20180301 },
    ];
    for (const record of bad) expect(aggregator.push(record as ApplicationRecord)).toBe(false);
    expect(aggregator.push(rec({}))).toBe(true);
    const invalid = aggregator.invalid();
    expect(invalid.count).toBe(bad.length);
    expect(invalid.byReason).toEqual({
      'due-before-received': 1,
      'finished-after-as-of': 1,
      'finished-before-received': 1,
      'invalid-channel': 1,
      'invalid-due': 1,
      'invalid-flag': 1,
      'invalid-received': 1,
      'missing-agency': 1,
      'missing-procedure-code': 1,
      'not-an-object': 2,
      'received-after-as-of': 1,
    });
    expect(invalid.samples).toEqual([
      { index: 0, reasons: ['not-an-object'] },
      { index: 1, reasons: ['not-an-object'] },
      { index: 2, id: 'HS-1', reasons: ['invalid-received'] },
    ]);
    expect(aggregator.totals().received).toBe(1);
    expect(aggregator.pushed).toBe(bad.length + 1);
  });

  it('rejects a bad as-of date as a programmer error', () => {
    expect(() => new RecordAggregator({ asOf: '31/12/2018' })).toThrow(/ISO date/);
  });
});

describe('RecordAggregator: grouping through the catalogue (source 004, Lào Cai 2018)', () => {
  // Target of Plan 332/KH-UBND: at least 60% of the records of level-3 services and 40% of those of
  // level-4 services processed online.
  const procedures: Procedure[] = [
    { code: 'L3-A', name: 'Thủ tục A', field: 'Tư pháp', tier: 'province', onlineLevel: 3 },
    { code: 'L3-B', name: 'Thủ tục B', field: 'Tư pháp', tier: 'district', onlineLevel: 3 },
    { code: 'L4-C', name: 'Thủ tục C', field: 'Y tế', tier: 'province', onlineLevel: 4 },
  ];
  const aggregator = new RecordAggregator({ asOf });
  const push = (code: string, online: number, counter: number): void => {
    for (let i = 0; i < online; i += 1) aggregator.push(rec({ procedureCode: code, channel: 'online' }));
    for (let i = 0; i < counter; i += 1) aggregator.push(rec({ procedureCode: code, channel: 'counter' }));
  };
  push('L3-A', 40, 20);
  push('L3-B', 17, 23);
  push('L4-C', 39, 61);
  push('UNKNOWN', 1, 0);
  const lookup = procedureLookup(procedures);

  it('groups records by the level of their procedure and checks the 60% / 40% targets', () => {
    const byLevel = aggregator.results({ by: ['level'], lookup });
    const share = (level: string): RecordGroupResult | undefined => byLevel.find((r) => r.group.level === level);
    expect(share('3')?.stats.onlineShare).toEqual({ numerator: 57, denominator: 100 });
    expect(share('4')?.stats.onlineShare).toEqual({ numerator: 39, denominator: 100 });
    expect(share('')?.stats.received).toBe(1);
    expect(meetsPercent({ numerator: 57, denominator: 100 }, 60)).toBe(false);
    expect(meetsPercent({ numerator: 39, denominator: 100 }, 40)).toBe(false);
  });

  it('groups by field, tier and class', () => {
    expect(aggregator.results({ by: ['field'], lookup }).map((r) => [r.group.field, r.stats.received])).toEqual([
      ['', 1],
      ['Tư pháp', 100],
      ['Y tế', 100],
    ]);
    expect(aggregator.results({ by: ['tier', 'class'], lookup }).map((r) => [r.group.tier, r.group.class, r.stats.received])).toEqual([
      ['', '', 1],
      ['district', 'partial', 40],
      ['province', 'full', 100],
      ['province', 'partial', 60],
    ]);
  });

  it('refuses to group by a key it did not keep', () => {
    const slim = new RecordAggregator({ asOf, keepProcedure: false });
    slim.push(rec({}));
    expect(slim.results({ by: ['agency'] })).toHaveLength(1);
    expect(() => slim.results({ by: ['field'], lookup })).toThrow(/without keeping procedures/);
  });
});

// Property tests: merging is associative and order-independent.
const recordArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 9, arbitrary: fc.record(
    {
      id: fc.constantFrom('a', 'b'),
      procedureCode: fc.constantFrom('1.001', '1.002', '2.003'),
      agency: fc.constantFrom(kh, yt),
      received: fc.constantFrom('2018-01-15', '2018-02-28', '2018-06-30', '2018-11-01'),
      due: fc.constantFrom('2018-03-01', '2018-07-10', '2018-12-01', '2019-01-10'),
      finished: fc.constantFrom('2018-02-28', '2018-07-01', '2018-12-30'),
      channel: fc.constantFrom('online', 'counter', 'post'),
      paidOnline: fc.boolean(),
      digitised: fc.boolean(),
      electronicResult: fc.boolean(),
      complaint: fc.boolean(),
    },
    { requiredKeys: ['procedureCode', 'agency', 'received', 'channel'] },
  ) },
  { weight: 1, arbitrary: fc.constantFrom(null, { agency: kh }, { ...rec({}), received: 'x' }) },
);

function aggregate(records: readonly unknown[]): RecordAggregator {
  const aggregator = new RecordAggregator({ asOf, sampleSize: 5 });
  for (const record of records) aggregator.push(record as ApplicationRecord);
  return aggregator;
}

function view(aggregator: RecordAggregator): unknown {
  const invalid = aggregator.invalid();
  return {
    results: aggregator.results({ by: ['agency', 'procedure'], period: 'month' }),
    pushed: aggregator.pushed,
    invalidCount: invalid.count,
    byReason: invalid.byReason,
  };
}

describe('RecordAggregator: merging', () => {
  it('merge of chunks equals one pass, in any order (order-independent)', () => {
    fc.assert(
      fc.property(fc.array(recordArbitrary, { maxLength: 60 }), fc.nat(60), fc.nat(60), (records, i, j) => {
        const [cut1, cut2] = [Math.min(i, j) % (records.length + 1), Math.max(i, j) % (records.length + 1)].sort((a, b) => a - b) as [number, number];
        const chunks = [records.slice(0, cut1), records.slice(cut1, cut2), records.slice(cut2)];
        const whole = aggregate(records);
        const forward = aggregate(chunks[0] ?? []).merge(aggregate(chunks[1] ?? [])).merge(aggregate(chunks[2] ?? []));
        const backward = aggregate(chunks[2] ?? []).merge(aggregate(chunks[1] ?? [])).merge(aggregate(chunks[0] ?? []));
        expect(view(forward)).toEqual(view(whole));
        expect(view(backward)).toEqual(view(whole));
        expect(view(aggregate([...records].reverse()))).toEqual(view(whole));
      }),
    );
  });

  it('is associative, samples included: (a + b) + c = a + (b + c)', () => {
    fc.assert(
      fc.property(
        fc.array(recordArbitrary, { maxLength: 20 }),
        fc.array(recordArbitrary, { maxLength: 20 }),
        fc.array(recordArbitrary, { maxLength: 20 }),
        (a, b, c) => {
          const left = aggregate(a).merge(aggregate(b)).merge(aggregate(c));
          const right = aggregate(a).merge(aggregate(b).merge(aggregate(c)));
          expect(left.snapshot().invalid).toEqual(right.snapshot().invalid);
          expect(view(left)).toEqual(view(right));
        },
      ),
    );
  });

  it('round-trips through a JSON snapshot and leaves the merged-in aggregator unchanged', () => {
    const a = aggregate([rec({}), rec({ channel: 'counter' })]);
    const b = aggregate([rec({ agency: yt }), null]);
    const before = JSON.stringify(b.snapshot());
    const merged = a.clone().merge(JSON.parse(JSON.stringify(b.snapshot())) as ReturnType<RecordAggregator['snapshot']>);
    expect(JSON.stringify(b.snapshot())).toBe(before);
    expect(merged.totals().received).toBe(3);
    expect(merged.invalid().count).toBe(1);
    expect(a.totals().received).toBe(2);
    expect(() => a.merge(new RecordAggregator({ asOf: '2019-12-31' }))).toThrow(/different as-of/);
  });

  it('keeps memory proportional to groups, not records', () => {
    const aggregator = new RecordAggregator({ asOf });
    for (let i = 0; i < 50_000; i += 1) {
      const month = String((Math.floor(i / 6) % 12) + 1).padStart(2, '0');
      const procedureCode = `P${String(Math.floor(i / 2) % 3)}`;
      aggregator.push(rec({ agency: i % 2 === 0 ? kh : yt, procedureCode, received: `2018-${month}-01` }));
    }
    expect(aggregator.totals().received).toBe(50_000);
    expect(aggregator.groupCount).toBe(2 * 3 * 12);
  });
});
