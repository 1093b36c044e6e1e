import { createFinding, type Finding } from '@egov/core';
import { decodeText, readCsv, readJson, readXlsx, readYaml } from '@egov/io';
import type { DocumentInput, ReadInput } from './document-input';

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
  if (extension === '.xlsx') {
    if (typeof content === 'string') return { path, format: 'unreadable', findings: [workbookAsText(path)] };
    const result = await readXlsx(content, { file: path });
    return result.ok ? { path, format: 'table', table: result.value, findings: result.findings } : { path, format: 'unreadable', findings: result.findings };
  }
  const result = readCsv(content, { file: path });
  return result.ok ? { path, format: 'table', table: result.value, findings: result.findings } : { path, format: 'unreadable', findings: result.findings };
}

/** A workbook is binary: given as text, its bytes are already lost. */
function workbookAsText(path: string): Finding {
  return createFinding({
    ruleId: 'documents/workbook-as-text',
    severity: 'error',
    message: { vi: 'Tệp XLSX phải được đọc dưới dạng bytes, không phải văn bản', en: 'An XLSX workbook must be given as bytes, not as text' },
    location: { file: path },
  });
}

/** The text the document reader parsed (it succeeded, so decoding does too). */
function textOf(bytes: Uint8Array): string {
  const decoded = decodeText(bytes);
  return decoded.ok ? decoded.value : '';
}
