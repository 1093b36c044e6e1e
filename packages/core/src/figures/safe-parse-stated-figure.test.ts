import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { EgovError } from '../errors/egov-error';
import { parseStatedFigure } from './parse-stated-figure';
import { safeParseStatedFigure } from './safe-parse-stated-figure';
import type { FigureReading, StatedFigure } from './stated-figure';

function read(text: string | number, notation: 'vi' | 'en' | 'auto' = 'vi'): StatedFigure {
  const result = safeParseStatedFigure(text, { notation });
  if (!result.ok) throw new Error(`expected "${String(text)}" to read, got ${result.error.message.en}`);
  return result.value;
}

function failure(text: string) {
  const result = safeParseStatedFigure(text);
  if (result.ok) throw new Error(`expected "${text}" not to read, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('safeParseStatedFigure: phrases printed in real documents', () => {
  // [printed, reading, strict, value, to, unit]. Sources: the five bundled documents (000–004) and the
  // phrasing of plans and news reports of other provinces quoted in issue 16.
  const table: readonly (readonly [string, FigureReading, boolean, string, string | undefined, string | undefined])[] = [
    ['88-90%', 'range', false, '88', '90', '%'], // 004, share of records processed on time
    ['88 – 90 %', 'range', false, '88', '90', '%'],
    ['từ 1 - 3', 'range', false, '1', '3', undefined], // 001: "từ 1 - 3 phòng máy tính"
    ['từ 50 đến 60 dịch vụ', 'range', false, '50', '60', 'dịch vụ'],
    ['dưới 300 tỷ đồng', 'at-most', true, '300', undefined, 'tỷ đồng'], // 003, investment certificate services
    ['trên 300 tỷ đồng', 'at-least', true, '300', undefined, 'tỷ đồng'], // 003
    ['trên 60%', 'at-least', true, '60', undefined, '%'], // 004
    ['tối thiểu 60%', 'at-least', false, '60', undefined, '%'], // 004, records at level 3 processed online
    ['tối thiểu 40%', 'at-least', false, '40', undefined, '%'], // 004
    ['ít nhất 02 dịch vụ', 'at-least', false, '2', undefined, 'dịch vụ'], // 002, every other department
    ['ít nhất 01 cán bộ', 'at-least', false, '1', undefined, 'cán bộ'], // 001
    ['khoảng 25 máy tính/phòng', 'about', false, '25', undefined, 'máy tính/phòng'], // 001
    ['trên 120', 'at-least', true, '120', undefined, undefined],
    ['hơn 5 tỷ đồng', 'at-least', true, '5', undefined, 'tỷ đồng'],
    ['không dưới 50%', 'at-least', false, '50', undefined, '%'],
    ['từ 50% trở lên', 'at-least', false, '50', undefined, '%'],
    ['3 trở lên', 'at-least', false, '3', undefined, undefined], // 000: "mức độ 3 trở lên"
    ['không quá 10%', 'at-most', false, '10', undefined, '%'],
    ['tối đa 15 ngày', 'at-most', false, '15', undefined, 'ngày'],
    ['chưa đến 300 thủ tục', 'at-most', true, '300', undefined, 'thủ tục'],
    ['khoảng 40', 'about', false, '40', undefined, undefined],
    ['gần 300', 'about', false, '300', undefined, undefined],
    ['xấp xỉ 1.409 thủ tục', 'about', false, '1409', undefined, 'thủ tục'],
    ['trên dưới 200 dịch vụ', 'about', false, '200', undefined, 'dịch vụ'],
    ['gần như toàn bộ', 'about', false, '100', undefined, '%'],
    ['gần như 100%', 'about', false, '100', undefined, '%'],
    ['toàn bộ', 'exact', false, '100', undefined, '%'],
    ['đạt trên 90%', 'at-least', true, '90', undefined, '%'],
    ['≥ 80%', 'at-least', false, '80', undefined, '%'],
    ['> 80%', 'at-least', true, '80', undefined, '%'],
    ['~40', 'about', false, '40', undefined, undefined],
    ['1.409', 'exact', false, '1409', undefined, undefined],
    ['15,2 tỷ đồng', 'exact', false, '15.2', undefined, 'tỷ đồng'],
    ['50,72%', 'exact', false, '50.72', undefined, '%'],
    ['37/38', 'exact', false, '37', undefined, undefined],
  ];
  it.each(table)('%s', (printed, reading, strict, value, to, unit) => {
    const figure = read(printed);
    expect(figure.printed).toBe(printed);
    expect(figure.reading).toBe(reading);
    expect(figure.strict).toBe(strict);
    expect(figure.value).toBe(value);
    expect(figure.to).toBe(to);
    expect(figure.unit).toBe(unit);
  });

  it('keeps the qualifier as printed and the denominator of a ratio', () => {
    expect(read('Trên 120').qualifier).toBe('Trên');
    expect(read('từ 50% trở lên').qualifier).toBe('từ … trở lên');
    expect(read('37/38').of).toBe('38');
  });

  it('never reads "trên dưới" or "gần như" as a bound', () => {
    expect(read('trên dưới 200').reading).toBe('about');
    expect(read('gần như toàn bộ').reading).toBe('about');
    expect(read('không dưới 5').reading).toBe('at-least');
  });

  it('reads NFD text and unaccented qualifiers like NFC text', () => {
    for (const text of ['trên dưới 200 dịch vụ', 'hơn 5 tỷ đồng', 'từ 50 đến 60', 'gần như toàn bộ']) {
      const nfd = read(text.normalize('NFD'));
      const nfc = read(text);
      expect({ ...nfd, printed: nfd.printed.normalize('NFC') }).toEqual(nfc);
    }
    expect(read('tren 120').reading).toBe('at-least');
  });

  it('reads numbers in either notation, as the number parser does', () => {
    expect(read('trên 1.000,5', 'vi').value).toBe('1000.5');
    expect(read('trên 1,000.5', 'en').value).toBe('1000.5');
  });

  it('reads a number as an exact figure', () => {
    expect(read(120)).toEqual({ printed: '120', reading: 'exact', strict: false, value: '120', precision: 0 });
    expect(read(0.5).value).toBe('0.5');
    expect(safeParseStatedFigure(Number.NaN).ok).toBe(false);
  });

  it('returns findings for what is not a figure', () => {
    expect(failure('hầu hết').ruleId).toBe('core/figure-invalid');
    expect(failure('').ruleId).toBe('core/figure-invalid');
    expect(failure('từ 50').ruleId).toBe('core/figure-unclear');
    expect(failure('trên 50 trở xuống').ruleId).toBe('core/figure-unclear');
    expect(failure('trên 50-60').ruleId).toBe('core/figure-unclear');
    expect(failure('90-88%').ruleId).toBe('core/figure-invalid');
    expect(failure('trên 12% abc').ruleId).toBe('core/number-invalid');
    expect(safeParseStatedFigure('trên 15.200', { notation: 'auto' }).ok).toBe(false);
  });

  it('throws from parseStatedFigure on a bad figure', () => {
    expect(() => parseStatedFigure('hầu hết')).toThrow(EgovError);
    expect(parseStatedFigure('hơn 5 tỷ đồng').reading).toBe('at-least');
  });
});

describe('safeParseStatedFigure: properties', () => {
  const count = fc.integer({ min: 0, max: 10_000_000 });
  const qualifiers: readonly (readonly [string, FigureReading, boolean])[] = [
    ['', 'exact', false],
    ['trên ', 'at-least', true],
    ['hơn ', 'at-least', true],
    ['ít nhất ', 'at-least', false],
    ['tối thiểu ', 'at-least', false],
    ['không dưới ', 'at-least', false],
    ['dưới ', 'at-most', true],
    ['chưa đến ', 'at-most', true],
    ['không quá ', 'at-most', false],
    ['tối đa ', 'at-most', false],
    ['khoảng ', 'about', false],
    ['gần ', 'about', false],
    ['xấp xỉ ', 'about', false],
    ['trên dưới ', 'about', false],
  ];
  const units = ['', ' thủ tục', ' dịch vụ', ' tỷ đồng', '%'];
  const vi = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

  it('reads every qualifier before every count, in NFC and NFD, with the value exact', () => {
    fc.assert(
      fc.property(count, fc.constantFrom(...qualifiers), fc.constantFrom(...units), fc.boolean(), (n, [word, reading, strict], unit, nfd) => {
        const text = `${word}${vi(n)}${unit}`;
        const figure = read(nfd ? text.normalize('NFD') : text);
        expect(figure.reading).toBe(reading);
        expect(figure.strict).toBe(strict);
        expect(figure.value).toBe(String(n));
        expect(figure.unit).toBe(unit === '' ? undefined : unit.trim());
      }),
    );
  });

  it('reads every range with its ends in order and the unit on both', () => {
    fc.assert(
      fc.property(count, count, fc.constantFrom('-', ' - ', ' – ', ' đến '), fc.constantFrom('', '%', ' dịch vụ'), (a, b, dash, unit) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const figure = read(`từ ${vi(low)}${dash}${vi(high)}${unit}`);
        expect(figure).toMatchObject({ reading: 'range', value: String(low), to: String(high) });
        expect(figure.unit).toBe(unit === '' ? undefined : unit.trim());
      }),
    );
  });
});
