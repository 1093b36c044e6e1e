import { describe, expect, it } from 'vitest';
import { UsageError } from '../context';
import { dayOption } from './day-option';

describe('dayOption', () => {
  it.each(['2015-12-31', '2016-02-29', '2000-02-29', '1945-01-01', '2100-12-31'])('accepts %s', (day) => {
    expect(dayOption(day, '--as-of')).toBe(day);
  });
  it.each(['2015-02-31', '2015-02-29', '1900-02-29', '2015-13-01', '2015-00-10', '2015-04-31', '2015-01-00', '31/12/2015', '2015-1-1', '', '0001-01-01', '1944-12-31', '2101-01-01'])('refuses %j as a usage error', (day) => {
    expect(() => dayOption(day, '--as-of')).toThrow(UsageError);
  });
});
