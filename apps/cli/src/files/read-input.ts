import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { createFinding, type Finding } from '@egov/core';
import { decodeText, readCsv, readJson, readXlsx, readYaml, type Table } from '@egov/io';

/** A file as read: a document (YAML/JSON) or a table (CSV/XLSX), with the findings of reading it. */
export type InputFile =
  | {
      readonly file: string;
      readonly format: 'document';
      readonly data: unknown;
      /** The document's text, to give findings the line and column of their JSON pointer. */
      readonly text: string;
      readonly findings: readonly Finding[];
    }
  | { readonly file: string; readonly format: 'table'; readonly table: Table; readonly findings: readonly Finding[] }
  | { readonly file: string; readonly format: 'unreadable'; readonly findings: readonly Finding[] };

/**
 * Reads a file by its extension through `@egov/io`. Problems (unreadable file, bad syntax, legacy
 * encoding) are findings on an `unreadable` result, never exceptions.
 *
 * @param file - Path of the file.
 * @returns The document or table and the reading findings.
 * @example
 * ```ts
 * const input = await readInput('examples/thaibinh-2013-roadmap/roadmap.yaml');
 * input.format; // "document"
 * ```
 */
export async function readInput(file: string): Promise<InputFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      file,
      format: 'unreadable',
      findings: [
        createFinding({
          ruleId: 'cli/unreadable-file',
          severity: 'error',
          message: { vi: `Không đọc được tệp: ${reason}`, en: `Cannot read the file: ${reason}` },
          location: { file },
        }),
      ],
    };
  }
  const extension = extname(file).toLowerCase();
  if (extension === '.yaml' || extension === '.yml' || extension === '.json') {
    const result = extension === '.json' ? readJson(bytes, { file }) : readYaml(bytes, { file });
    return result.ok
      ? { file, format: 'document', data: result.value, text: textOf(bytes), findings: result.findings }
      : { file, format: 'unreadable', findings: result.findings };
  }
  // .xls is read as a workbook too, so that it is named as the legacy format it is, with what to do.
  const workbook = extension === '.xlsx' || extension === '.xlsm' || extension === '.xls';
  const result = workbook ? await readXlsx(bytes, { file }) : readCsv(bytes, { file });
  return result.ok
    ? { file, format: 'table', table: result.value, findings: result.findings }
    : { file, format: 'unreadable', findings: result.findings };
}

/** The text the document reader parsed (it succeeded, so decoding does too). */
function textOf(bytes: Uint8Array): string {
  const decoded = decodeText(bytes);
  return decoded.ok ? decoded.value : '';
}
