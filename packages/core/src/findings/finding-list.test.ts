import { describe, expect, it } from 'vitest';
import { createFinding } from './create-finding';
import { countFindings, filterFindings, hasErrors, sortFindings } from './finding-list';
import { formatFinding, formatFindingCounts, formatLocation } from './format-findings';
import { parseJsonPointer, toJsonPointer } from './json-pointer';

const message = { vi: 'Tổng không khớp', en: 'Total does not match' };
const warning = createFinding({ ruleId: 'b/rule', severity: 'warning', message, path: ['entries', 10] });
const error = createFinding({ ruleId: 'a/rule', severity: 'error', message, path: ['entries', 2, 'level'] });
const info = createFinding({ ruleId: 'c/rule', severity: 'info', message, path: '/entries/2' });
const errorEarlier = createFinding({ ruleId: 'a/rule', severity: 'error', message, path: ['entries', 9] });

describe('json pointers', () => {
  it('escapes ~ and / and round-trips', () => {
    expect(toJsonPointer(['a/b', 'm~n', 0])).toBe('/a~1b/m~0n/0');
    expect(parseJsonPointer('/a~1b/m~0n/0')).toEqual(['a/b', 'm~n', '0']);
    expect(toJsonPointer([])).toBe('');
    expect(parseJsonPointer('')).toEqual([]);
  });
  it('rejects a pointer without a leading slash', () => {
    expect(() => parseJsonPointer('entries/1')).toThrow(/must be empty or start with "\/"/);
  });
});

describe('finding lists', () => {
  it('sorts by severity, then numerically by path', () => {
    const sorted = sortFindings([info, warning, errorEarlier, error]);
    expect(sorted.map((f) => f.path)).toEqual(['/entries/2/level', '/entries/9', '/entries/10', '/entries/2']);
  });
  it('filters by minimum severity, rule and path prefix', () => {
    const all = [info, warning, error];
    expect(filterFindings(all, { minSeverity: 'warning' })).toEqual([warning, error]);
    expect(filterFindings(all, { ruleIds: ['c/rule'] })).toEqual([info]);
    expect(filterFindings(all, { pathPrefix: '/entries/2' })).toEqual([info, error]);
  });
  it('counts and detects errors', () => {
    expect(countFindings([info, warning, error, errorEarlier])).toEqual({ error: 2, warning: 1, info: 1, total: 4 });
    expect(hasErrors([info, warning])).toBe(false);
    expect(hasErrors([info, error])).toBe(true);
  });
  it('omits absent optional fields', () => {
    expect(Object.keys(info)).toEqual(['ruleId', 'severity', 'message', 'path']);
  });
});

describe('formatting', () => {
  it('prints a finding in both languages', () => {
    expect(formatFinding(error, 'en')).toBe('error  /entries/2/level  Total does not match  [a/rule]');
    expect(formatFinding(error)).toBe('lỗi  /entries/2/level  Tổng không khớp  [a/rule]');
  });
  it('prefers the user cell over the pointer', () => {
    expect(formatLocation({ file: 'kp.xlsx', sheet: 'KP', row: 12, column: 'C' }, '/rows/10')).toBe('kp.xlsx › KP!C12');
    expect(formatLocation({ file: 'roadmap.yaml' }, '/entries/3')).toBe('roadmap.yaml › /entries/3');
  });
  it('summarises counts', () => {
    expect(formatFindingCounts({ error: 1, warning: 2, info: 0, total: 3 }, 'en')).toBe('1 error, 2 warnings, 0 infos');
    expect(formatFindingCounts({ error: 1, warning: 2, info: 0, total: 3 })).toBe('1 lỗi, 2 cảnh báo, 0 thông tin');
  });
});
