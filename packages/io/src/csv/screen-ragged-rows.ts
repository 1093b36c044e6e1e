import type { Finding } from '@egov/core';
import { ioFinding, locationOf } from '../io-finding';
import { ioRules } from '../io-rules';
import type { SetAsideRow } from '../table';
import type { RawRow } from '../table/build-table';

/** What {@link screenRaggedRows} found: the rows kept, the rows set aside and one finding per kind. */
export interface RaggedRowsScreen {
  readonly kept: RawRow[];
  readonly setAside: SetAsideRow[];
  readonly findings: Finding[];
}

/**
 * Private: sets aside the CSV data rows whose field count does not fit the header row, because their
 * values cannot be put under the right headers without guessing. A row has **missing fields** when it
 * has fewer fields than the header has up to its last non-empty header; it has **extra fields** when it
 * has a non-empty field after the header's last field. An all-empty row is kept (tables skip it), and
 * empty trailing fields are not extra (nothing would be lost). One error finding per kind names the
 * rows (the first ten in the message, the first 100 in `data.rows`) and says they are left out of every
 * total; when every data row is short the same way, it says the header probably holds an unquoted
 * delimiter. Linear in the number of fields.
 *
 * @param header - The header row.
 * @param rows - The data rows below it.
 * @param file - File name for findings.
 * @param delimiter - The delimiter, for the messages.
 * @returns Kept rows, set-aside rows and findings.
 * @example
 * ```ts
 * screenRaggedRows({ row: 1, values: ['a', 'b'] }, [{ row: 2, values: ['1'] }], 'x.csv', ',').setAside;
 * // [{ row: 2, values: ['1'], reason: 'missing-fields' }]
 * ```
 */
export function screenRaggedRows(header: RawRow, rows: readonly RawRow[], file: string | undefined, delimiter: string): RaggedRowsScreen {
  const width = header.values.length;
  let named = width;
  while (named > 0 && header.values[named - 1] === '') named--;
  const kept: RawRow[] = [];
  const setAside: SetAsideRow[] = [];
  const missing: RawRow[] = [];
  const extra: RawRow[] = [];
  let nonEmpty = 0;
  for (const raw of rows) {
    const values = raw.values;
    let last = values.length;
    while (last > 0 && values[last - 1] === '') last--;
    if (last === 0) {
      kept.push(raw);
      continue;
    }
    nonEmpty++;
    if (values.length < named) {
      missing.push(raw);
      setAside.push({ row: raw.row, values, reason: 'missing-fields' });
    } else if (last > width) {
      extra.push(raw);
      setAside.push({ row: raw.row, values, reason: 'extra-fields' });
    } else {
      kept.push(raw);
    }
  }
  const findings: Finding[] = [];
  const shown = delimiter === '\t' ? 'tab' : delimiter;
  if (missing.length > 0) {
    const sameShort = missing.length === nonEmpty && missing.every((raw) => raw.values.length === missing[0]?.values.length);
    const hintVi = sameShort
      ? ` Mọi dòng dữ liệu đều có ${missing[0]?.values.length ?? 0} trường còn dòng tiêu đề (dòng ${header.row}) có ${width}: có lẽ một tiêu đề chứa dấu "${shown}" không nằm trong ngoặc kép; hãy đặt tiêu đề đó trong ngoặc kép.`
      : ` Hãy kiểm tra dấu "${shown}" hoặc dấu ngoặc kép bị thiếu.`;
    const hintEn = sameShort
      ? ` Every data row has ${missing[0]?.values.length ?? 0} fields and the header (row ${header.row}) has ${width}: a header probably holds an unquoted "${shown}"; put that header in quotes.`
      : ` Check for a missing "${shown}" or quote.`;
    findings.push(raggedFinding(ioRules.missingFields, missing, file, named, header.row, {
      vi: `có ít trường hơn ${named} cột của dòng tiêu đề (dòng ${header.row})`,
      en: `have fewer fields than the ${named} columns of the header (row ${header.row})`,
    }, hintVi, hintEn));
  }
  if (extra.length > 0) {
    findings.push(raggedFinding(ioRules.extraCsvFields, extra, file, width, header.row, {
      vi: `có nhiều trường hơn ${width} cột của dòng tiêu đề (dòng ${header.row})`,
      en: `have more fields than the ${width} columns of the header (row ${header.row})`,
    }, ` Một giá trị chứa dấu "${shown}" phải nằm trong ngoặc kép.`, ` A value holding "${shown}" must be in quotes.`));
  }
  return { kept, setAside, findings };
}

function raggedFinding(
  ruleId: string,
  rows: readonly RawRow[],
  file: string | undefined,
  expected: number,
  headerRow: number,
  what: { vi: string; en: string },
  hintVi: string,
  hintEn: string,
): Finding {
  const listed = rows.slice(0, 10).map((raw) => `${raw.row} (${raw.values.length})`).join(', ') + (rows.length > 10 ? ', …' : '');
  return ioFinding({
    ruleId,
    severity: 'error',
    vi: `${rows.length} dòng ${what.vi}: dòng ${listed} (số trường trong ngoặc); các dòng này bị để riêng, không tính vào mọi tổng.${hintVi}`,
    en: `${rows.length} row(s) ${what.en}: row ${listed} (fields in brackets); they were set aside and left out of every total.${hintEn}`,
    location: locationOf(file, undefined, rows[0]?.row),
    data: {
      rows: rows.slice(0, 100).map((raw) => raw.row),
      fields: rows.slice(0, 100).map((raw) => raw.values.length),
      count: rows.length,
      expected,
      headerRow,
    },
  });
}
