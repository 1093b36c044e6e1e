import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDayNumber, parseDateText } from './iso-day';

describe('isoDayNumber', () => {
  it('counts days like the calendar does', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const next = new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect(isoDayNumber(next) - isoDayNumber(iso)).toBe(1);
      }),
    );
    expect(isoDayNumber('2018-03-06') - isoDayNumber('2018-03-01')).toBe(5);
    expect(isoDayNumber('2021-01-01') - isoDayNumber('2020-01-01')).toBe(366);
  });

  it.each(['2018-02-29', '2100-02-29', '2018-13-01', '2018-00-10', '2018-04-31', '2018-4-1', '2018/04/01', 'abcd-ef-gh', '2018-03-0a', ''])(
    'rejects %j',
    (text) => {
      expect(isoDayNumber(text)).toBe(-1);
    },
  );

  it('accepts leap days', () => {
    expect(isoDayNumber('2000-02-29')).toBeGreaterThan(0);
    expect(isoDayNumber('2024-02-29')).toBeGreaterThan(0);
  });
});

describe('parseDateText', () => {
  it.each([
    ['04/5/2013', '2013-05-04'],
    ['28/9/2018', '2018-09-28'],
    ['1-7-2025', '2025-07-01'],
    ['2022-08-15', '2022-08-15'],
    ['31/6/2025', undefined],
    ['2013', undefined],
  ])('%s → %s', (text, expected) => {
    expect(parseDateText(text)).toBe(expected);
  });
});
