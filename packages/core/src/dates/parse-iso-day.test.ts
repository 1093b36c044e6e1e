import { describe, expect, it } from 'vitest';
import { parseIsoDay, plausibleYears } from './parse-iso-day';

describe('parseIsoDay', () => {
  it.each(['2015-12-31', '2016-02-29', '1945-09-02', '2100-12-31'])('reads %s', (text) => {
    expect(parseIsoDay(text)).toBe(text);
  });

  it.each(['2015-02-31', '2015-02-29', '2015-13-01', '2015-00-10', '2015-04-31', '0000-01-01', '1944-12-31', '2101-01-01', '99999-01-01', '2015-2-3', ' 2015-01-01', '31/12/2015', ''])(
    'refuses %j',
    (text) => {
      expect(parseIsoDay(text)).toBeUndefined();
    },
  );

  it('takes other plausible years', () => {
    expect(parseIsoDay('1900-01-01', { min: 1800, max: 2000 })).toBe('1900-01-01');
    expect(plausibleYears.document).toEqual({ min: 1945, max: 2100 });
  });
});
