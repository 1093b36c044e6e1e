import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EgovError } from '../errors/egov-error';
import { formatVietnameseDate } from './format-vietnamese-date';
import { parseVietnameseDate } from './parse-vietnamese-date';
import { safeParseVietnameseDate } from './safe-parse-vietnamese-date';

function ymd(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

describe('safeParseVietnameseDate', () => {
  // Dates as the five source documents write them.
  it.each([
    ['ngày 04 tháng 5 năm 2013', '2013-5-4'], // Thái Bình Decision 818
    ['ngày 12 tháng 08 năm 2013', '2013-8-12'], // Hà Giang Decision 1653
    ['ngày 28 tháng 9 năm 2018', '2018-9-28'], // Lạng Sơn Plan 200
    ['ngày 15 tháng 12 năm 2015', '2015-12-15'], // Bắc Giang Plan 3701
    ['ngày 01 tháng 01 năm 2016', '2016-1-1'],
    ['Ngày 26 tháng 11 năm 2003', '2003-11-26'],
    ['NGÀY 22 THÁNG 02 NĂM 2013', '2013-2-22'],
    ['04 tháng 5 năm 2013', '2013-5-4'],
    ['04/5/2013', '2013-5-4'],
    ['12/08/2013', '2013-8-12'],
    ['24/12/2017', '2017-12-24'], // Lào Cai Plan 332
    ['28/9/2018', '2018-9-28'],
    ['31/07/2009', '2009-7-31'],
    ['ngày 04/5/2013', '2013-5-4'],
    ['4-5-2013', '2013-5-4'],
    ['04.05.2013', '2013-5-4'],
    ['2013-05-04', '2013-5-4'],
    ['  ngày  04   tháng 5 năm 2013 ', '2013-5-4'],
    ['ngày 29 tháng 02 năm 2016', '2016-2-29'], // leap year
    ['ngày 04 tháng 5 năm 2013'.normalize('NFD'), '2013-5-4'], // decomposed diacritics (PDF/Word)
  ])('reads %j', (text, expected) => {
    const result = safeParseVietnameseDate(text);
    expect(result.ok && ymd(result.value)).toBe(expected);
    if (result.ok) {
      expect(result.value.getHours()).toBe(0);
      expect(result.value.getMinutes()).toBe(0);
    }
  });

  it.each([
    ['31/02/2013', 'no-such-day'],
    ['29/02/2013', 'no-such-day'],
    ['ngày 31 tháng 4 năm 2018', 'no-such-day'],
    ['00/01/2013', 'no-such-day'],
    ['01/13/2013', 'no-such-day'],
    ['01/01/0000', 'no-such-day'],
    ['2013-02-30', 'no-such-day'],
    ['', 'empty'],
    ['abc', 'not-a-date'],
    ['04/5/13', 'not-a-date'], // two-digit year: century unknown
    ['04/5-2013', 'not-a-date'], // mixed separators
    ['tháng 5 năm 2013', 'not-a-date'], // a month, not a day
    ['2013-5-4', 'not-a-date'],
    ['Lạng Sơn, ngày 28 tháng 9 năm 2018', 'not-a-date'],
  ])('rejects %j (%s)', (text, reason) => {
    const result = safeParseVietnameseDate(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.ruleId).toBe('core/date-invalid');
    expect(result.error.data).toMatchObject({ input: text, reason });
    expect(result.error.message.vi).toContain(`"${text}"`);
    expect(result.error.message.en).toContain(`"${text}"`);
  });

  it('returns a finding for a non-string at runtime and keeps path and location', () => {
    const result = safeParseVietnameseDate(undefined as unknown as string, { path: '/issuedOn', location: { row: 2 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ ruleId: 'core/date-invalid', path: '/issuedOn', location: { row: 2 } });
    expect(result.error.data).toMatchObject({ reason: 'not-text' });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '/', '-', '.', ' ', 'ngày ', 'tháng ', 'năm ') })),
        (text) => {
          const result = safeParseVietnameseDate(text);
          if (!result.ok) expect(result.error.ruleId).toBe('core/date-invalid');
          else expect(Number.isNaN(result.value.getTime())).toBe(false);
        },
      ),
    );
  });
});

describe('parseVietnameseDate', () => {
  it('returns the date or throws an EgovError coded core/date-invalid', () => {
    expect(parseVietnameseDate('12/08/2013').getMonth()).toBe(7);
    expect(() => parseVietnameseDate('31/02/2013')).toThrow(/does not exist/);
    try {
      parseVietnameseDate('abc');
      expect.unreachable();
    } catch (error) {
      expect(EgovError.isInstance(error) && error.code).toBe('core/date-invalid');
    }
  });
});

describe('formatVietnameseDate', () => {
  it.each([
    [new Date(2013, 4, 4), '04/05/2013', 'ngày 04 tháng 5 năm 2013'],
    [new Date(2013, 7, 12), '12/08/2013', 'ngày 12 tháng 8 năm 2013'],
    [new Date(2016, 0, 1), '01/01/2016', 'ngày 01 tháng 01 năm 2016'],
    [new Date(2013, 1, 22), '22/02/2013', 'ngày 22 tháng 02 năm 2013'],
    [new Date(2015, 11, 15, 17, 45), '15/12/2015', 'ngày 15 tháng 12 năm 2015'],
  ])('formats %s', (date, numeric, long) => {
    expect(formatVietnameseDate(date)).toBe(numeric);
    expect(formatVietnameseDate(date, 'numeric')).toBe(numeric);
    expect(formatVietnameseDate(date, 'long')).toBe(long);
  });

  it('throws invalid-argument for an invalid Date', () => {
    expect(() => formatVietnameseDate(new Date(Number.NaN))).toThrow(/invalid Date/);
  });

  it('reads back every formatted date, in both styles', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1000, 0, 1), max: new Date(9999, 11, 31, 23, 59), noInvalidDate: true }),
        fc.constantFrom('numeric', 'long'),
        (date, style) => {
          const result = safeParseVietnameseDate(formatVietnameseDate(date, style));
          expect(result.ok && ymd(result.value)).toBe(ymd(date));
        },
      ),
    );
  });
});
