import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeWorkbook } from './__fixtures__/make-workbook';
import { createCsvParser } from './csv/csv-parser';
import { readCsv } from './csv/read-csv';
import { ioRules } from './io-rules';
import { isColumnNumbering } from './table/header-continuation';
import { decodeText } from './encoding/decode-text';
import { readJson } from './json/read-json';
import { readXlsx } from './xlsx/read-xlsx';
import { writeXlsx } from './xlsx/write-xlsx';
import { readYaml } from './yaml/read-yaml';

// Properties of every reader on any input: it never throws, a failure carries an error finding, and (CSV)
// every record of the file is a row of the table, a set-aside row named by an error, the header, a title
// row above it, or an empty row.

const csvAlphabet = fc.constantFrom(...Array.from('ab1 ,;|\t"\'\r\n\r\nđ'), '""', '\r\n', 'Tổng');
const csvText = fc.oneof(
  fc.string({ unit: csvAlphabet, maxLength: 120 }),
  fc.array(fc.array(fc.string({ unit: csvAlphabet, maxLength: 6 }), { minLength: 1, maxLength: 5 }), { maxLength: 8 }).chain((rows) =>
    fc.constantFrom('\n', '\r\n', '\r').map((end) => rows.map((row) => row.join(',')).join(end)),
  ),
);
const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 200 }), csvText.map((text) => new TextEncoder().encode(text)));

describe('every reader on any input', () => {
  it('CSV: never throws, and never drops a record without a finding', () => {
    fc.assert(
      fc.property(fc.oneof(anyBytes, csvText), (input) => {
        const result = readCsv(input, { file: 'x.csv' });
        if (!result.ok) {
          expect(result.error.severity).toBe('error');
          expect(result.findings).toContain(result.error);
          return;
        }
        const table = result.value;
        const decoded = decodeText(input);
        if (!decoded.ok) throw new Error('readCsv read what decodeText refuses');
        const parser = createCsvParser({ delimiter: table.delimiter, normalize: false, keepSetAside: true });
        const records = [...parser.push(decoded.value), ...parser.end()];
        const rows = new Set(table.rows.map((row) => row.row));
        const setAside = new Set((table.setAsideRows ?? []).map((row) => row.row));
        const named = new Set(result.findings.filter((f) => f.severity === 'error').flatMap((f) => (f.data?.rows as number[] | undefined) ?? []));
        for (const row of setAside) expect(named.has(row)).toBe(true);
        // A second header row is joined to the header and named by an io/two-row-header finding; a
        // "(1) (2) (3)" column-numbering row right under the header is not data.
        const headerRows = new Set(result.findings.filter((f) => f.ruleId === ioRules.twoRowHeader).flatMap((f) => (f.data?.rows as number[] | undefined) ?? []));
        const numbering = records.find((record) => record.row > table.headerRow && !headerRows.has(record.row) && record.fields.some((field) => field !== ''));
        for (const record of records) {
          if (record.row <= table.headerRow) continue;
          const covered =
            rows.has(record.row) ||
            setAside.has(record.row) ||
            headerRows.has(record.row) ||
            (record === numbering && isColumnNumbering(record.fields)) ||
            record.fields.every((field) => field === '');
          expect(covered, `row ${record.row} ${JSON.stringify(record.fields)}`).toBe(true);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('JSON and YAML: never throw, whatever the bytes or the nesting', () => {
    const nested = fc.tuple(fc.nat(200), fc.constantFrom('[', '{"a":', '- ', '{a: ', '  '), fc.string({ maxLength: 10 })).map(([n, open, tail]) => open.repeat(n) + tail);
    fc.assert(
      fc.property(fc.oneof(anyBytes, nested, fc.string({ maxLength: 80 })), (input) => {
        for (const result of [readJson(input), readYaml(input)]) {
          if (!result.ok) expect(result.error.severity).toBe('error');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('XLSX: never throws on random, truncated, damaged or odd workbooks', async () => {
    const valid = await writeXlsx({ headers: ['STT', 'Tên thủ tục'], rows: [[1, 'Cấp phép'], [2, 'Đăng ký']] });
    const xmlPieces = fc.constantFrom('<row r="2">', '</row>', '<c r="B2" t="s"><v>7</v></c>', '<c t="e"><v>#N/A</v></c>', '<c r="ZZZZ9"><v>1</v></c>', '<mergeCell ref="A1:XFD1048576"/>', '<v>', '&amp;', '<![CDATA[x]]>', '<!--', '<is><t>a</t></is>', '<row r="0">');
    const oddSheet = fc.array(xmlPieces, { maxLength: 12 }).map((pieces) => `<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>STT</t></is></c></row>${pieces.join('')}</sheetData></worksheet>`);
    const inputs = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.nat(valid.length).map((n) => valid.slice(0, n)),
      fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })).map(([at, byte]) => {
        const copy = valid.slice();
        copy[at] = byte;
        return copy;
      }),
      oddSheet.map((xml) => ({ xml })),
    );
    await fc.assert(
      fc.asyncProperty(inputs, async (input) => {
        const bytes = input instanceof Uint8Array ? input : await makeWorkbook([{ name: 'S', xml: input.xml }], ['x']);
        const result = await readXlsx(bytes);
        if (!result.ok) expect(result.error.severity).toBe('error');
      }),
      { numRuns: 150 },
    );
  });
});
