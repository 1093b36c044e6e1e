import { createFinding, type Finding } from '@egov/core';
import { readXlsx, writeCsv } from '@egov/io';

/** A file turned into workspace text, or the finding that says why it could not be. */
export type ImportedFile =
  | { readonly ok: true; readonly name: string; readonly text: string }
  | { readonly ok: false; readonly name: string; readonly finding: Finding };

const supported = /\.(csv|ya?ml|json|xlsx)$/i;

/**
 * Reads a file the user dropped or picked. CSV, YAML and JSON are kept as text; an XLSX workbook's
 * first sheet is read with `@egov/io` (exceljs is loaded only now) and kept as CSV text, so the
 * workspace stays one small JSON document.
 *
 * @param name - The file's name.
 * @param bytes - Its content.
 * @returns The workspace text, or a finding.
 * @example
 * ```ts
 * await importFile('budget.csv', new TextEncoder().encode('STT,Tên,2014\n1,A,1'));
 * ```
 */
export async function importFile(name: string, bytes: Uint8Array): Promise<ImportedFile> {
  if (!supported.test(name)) {
    return {
      ok: false,
      name,
      finding: createFinding({
        ruleId: 'web/unsupported-file',
        severity: 'error',
        message: {
          vi: `Không nhập được "${name}": chỉ nhận tệp CSV, XLSX, YAML hoặc JSON`,
          en: `Cannot import "${name}": only CSV, XLSX, YAML and JSON files are accepted`,
        },
        location: { file: name },
      }),
    };
  }
  if (/\.xlsx$/i.test(name)) {
    const read = await readXlsx(bytes, { file: name });
    if (!read.ok) return { ok: false, name, finding: read.error };
    const table = read.value;
    return {
      ok: true,
      name: name.replace(/\.xlsx$/i, '.csv'),
      text: writeCsv({ headers: table.headers, rows: table.rows.map((row) => row.values) }, { lineEnding: '\n' }),
    };
  }
  // Decoding (UTF-8, BOM, legacy Vietnamese encodings) is left to the readers of @egov/io; a lone
  // UTF-8 decode here keeps the text the readers would see.
  return { ok: true, name, text: new TextDecoder('utf-8').decode(bytes) };
}
