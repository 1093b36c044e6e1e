import { readFile } from 'node:fs/promises';
import { createFinding } from '@egov/core';
import { readDocumentInput, type ReadInput } from '@egov/documents';

/**
 * A file as read (`readDocumentInput` of `@egov/documents`): a document (YAML/JSON), a table (CSV/XLSX) or
 * unreadable, with the findings of reading it, and its path as the user gave it in `file`.
 */
export type InputFile = ReadInput & { readonly file: string };

/**
 * Reads a file from disk and hands its bytes to `@egov/documents`, which reads it by its extension. A file
 * that cannot be read from disk is an `unreadable` result with a finding, never an exception.
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
      path: file,
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
  return { ...(await readDocumentInput({ path: file, bytes })), file };
}
