import { createFinding, type Finding } from '@egov/core';
import { decodeText, readCsv, readJson, readXlsx, readYaml } from '@egov/io';
import type { DocumentInput, ReadInput } from './document-input';

// .xls and .xlsm are read as workbooks too, so that a legacy or macro workbook is named as such, with what to do.
const isWorkbook = (extension: string): boolean => extension === '.xlsx' || extension === '.xlsm' || extension === '.xls';

const extensionOf = (path: string): string => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
};

/**
 * Reads one input by the extension of its path through `@egov/io`: `.yaml`/`.yml`/`.json` as a document,
 * `.xlsx` as a workbook, anything else as CSV. Problems (bad syntax, legacy encoding, no content) are
 * findings on an `unreadable` result, never exceptions.
 *
 * @param input - The path and bytes or text.
 * @returns The document or table with the reading findings.
 * @example
 * ```ts
 * const read = await readDocumentInput({ path: 'roadmap.yaml', text: 'entries: []\n' });
 * read.format; // "document"
 * ```
 */
export async function readDocumentInput(input: DocumentInput): Promise<ReadInput> {
  if (isWorkbook(extensionOf(input.path)) && input.text === undefined && input.bytes !== undefined) {
    const result = await readXlsx(input.bytes, { file: input.path });
    return result.ok
      ? { path: input.path, format: 'table', table: result.value, findings: result.findings }
      : { path: input.path, format: 'unreadable', findings: result.findings };
  }
  return readDocumentInputSync(input);
}

/**
 * {@link readDocumentInput} without waiting, for every format but XLSX (whose reader is asynchronous): a
 * workbook given here is an `unreadable` result with a finding. For callers that hold text (a browser's
 * CSV, YAML and JSON files) and want a synchronous analysis.
 *
 * @param input - The path and bytes or text.
 * @returns The document or table with the reading findings.
 * @example
 * ```ts
 * readDocumentInputSync({ path: 'budget.csv', text: 'Nội dung,2014\nA,1\n' }).format; // "table"
 * ```
 */
export function readDocumentInputSync(input: DocumentInput): ReadInput {
  const { path } = input;
  const content = input.text ?? input.bytes;
  if (content === undefined) {
    return {
      path,
      format: 'unreadable',
      findings: [
        createFinding({
          ruleId: 'documents/no-content',
          severity: 'error',
          message: { vi: 'Tệp không có nội dung để đọc (thiếu bytes và text)', en: 'The file has no content to read (neither bytes nor text given)' },
          location: { file: path },
        }),
      ],
    };
  }
  const extension = extensionOf(path);
  if (extension === '.yaml' || extension === '.yml' || extension === '.json') {
    const result = extension === '.json' ? readJson(content, { file: path }) : readYaml(content, { file: path });
    if (!result.ok) return { path, format: 'unreadable', findings: result.findings };
    const text = typeof content === 'string' ? content : textOf(content);
    return { path, format: 'document', data: result.value, text, findings: result.findings };
  }
  if (isWorkbook(extension)) return { path, format: 'unreadable', findings: [workbookAsText(path)] };
  const result = readCsv(content, { file: path });
  return result.ok ? { path, format: 'table', table: result.value, findings: result.findings } : { path, format: 'unreadable', findings: result.findings };
}

/** A workbook is binary and read asynchronously: as text its bytes are already lost, and the synchronous reader has none. */
function workbookAsText(path: string): Finding {
  return createFinding({
    ruleId: 'documents/workbook-as-text',
    severity: 'error',
    message: { vi: 'Tệp XLSX phải được đọc dưới dạng bytes, bằng readDocumentInput', en: 'An XLSX workbook must be given as bytes, to readDocumentInput' },
    location: { file: path },
  });
}

/** The text the document reader parsed (it succeeded, so decoding does too). */
function textOf(bytes: Uint8Array): string {
  const decoded = decodeText(bytes);
  return decoded.ok ? decoded.value : '';
}
