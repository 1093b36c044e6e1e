import { createFinding, toJsonPointer, type Finding, pushAll } from '@egov/core';
import { locateYamlFindings } from '@egov/io';
import type { LevelCounts, OnlineLevel } from '@egov/procedures';
import type { DocumentLink } from '../analysis/document-set-analysis';
import type { CrossCheck } from './cross-check';
import { linkedDocuments } from './linked-documents';

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);

const onlineLevels: readonly OnlineLevel[] = [1, 2, 3, 4];

/** A count a document states with its parts by level (`{ value: 138, parts: [{ level: 4, value: 60 }, …] }`). */
interface StatedLevelCount {
  readonly path: (string | number)[];
  readonly value: number;
  readonly parts: readonly { readonly path: (string | number)[]; readonly level: OnlineLevel; readonly value: number }[];
}

function statedLevelCounts(data: unknown): StatedLevelCount[] {
  const found: StatedLevelCount[] = [];
  const pending: { node: unknown; path: (string | number)[] }[] = [{ node: data, path: [] }];
  while (pending.length > 0 && found.length < 1000) {
    const item = pending.pop();
    if (item === undefined) break;
    const { node, path } = item;
    if (Array.isArray(node)) {
      (node as unknown[]).forEach((child, index) => pending.push({ node: child, path: [...path, index] }));
      continue;
    }
    if (!isRecord(node)) continue;
    if (typeof node.value === 'number' && Array.isArray(node.parts)) {
      const parts = (node.parts as unknown[]).flatMap((part, index) => {
        const level = isRecord(part) ? onlineLevels.find((candidate) => candidate === part.level) : undefined;
        return isRecord(part) && typeof part.value === 'number' && level !== undefined ? [{ path: [...path, 'parts', index, 'value'], level, value: part.value }] : [];
      });
      if (parts.length > 0) found.push({ path: [...path, 'value'], value: node.value, parts });
    }
    for (const [key, value] of Object.entries(node)) pending.push({ node: value, path: [...path, key] });
  }
  return found;
}

/**
 * A document's stated counts of procedures by level (a figure with `parts` by `level`) against the table of
 * counts by level it lists in `tables` (declared) or that sits alone beside it (inferred): the total and each
 * level (`documents/stated-count-mismatch`, an error on the document's figure).
 *
 * @example
 * ```ts
 * countsAgainstTables.run(documents).findings; // [] when the text and the table agree
 * ```
 */
export const countsAgainstTables: CrossCheck = {
  id: 'counts-against-tables',
  run: (documents) => {
    const findings: Finding[] = [];
    const links: DocumentLink[] = [];
    for (const document of documents) {
      if ((document.kind !== 'plan' && document.kind !== 'roadmap') || document.input.format !== 'document') continue;
      const stated = statedLevelCounts(document.input.data);
      if (stated.length === 0) continue;
      for (const { document: table, source } of linkedDocuments(document, documents, 'procedure-levels')) {
        links.push({ from: document.path, to: table.path, relation: 'tables', source });
        const counts = table.value as LevelCounts;
        const inTable = counts.statedTotal?.value ?? counts.counts.total;
        const found: Finding[] = [];
        const mismatch = (path: (string | number)[], what: { vi: string; en: string }, inDocument: number, tableValue: number): Finding =>
          createFinding({
            ruleId: 'documents/stated-count-mismatch',
            severity: 'error',
            message: {
              vi: `${what.vi}: văn bản ghi ${String(inDocument)}, bảng ${table.path} ghi ${String(tableValue)}; sửa cho khớp (liên kết ${source === 'declared' ? 'được khai báo' : 'suy ra trong thư mục'})`,
              en: `${what.en}: the document states ${String(inDocument)}, the table ${table.path} ${String(tableValue)}; make them agree (link ${source})`,
            },
            path: toJsonPointer(path),
            data: { table: table.path, link: source, inDocument, inTable: tableValue },
          });
        for (const figure of stated) {
          if (figure.value !== inTable) found.push(mismatch(figure.path, { vi: 'Tổng số thủ tục', en: 'The number of procedures' }, figure.value, inTable));
          for (const part of figure.parts) {
            const level = counts.byLevel[part.level];
            if (part.value !== level) found.push(mismatch(part.path, { vi: `Số thủ tục mức độ ${String(part.level)}`, en: `The procedures at level ${String(part.level)}` }, part.value, level));
          }
        }
        pushAll(findings, locateYamlFindings(found, document.input.text, document.path));
      }
    }
    return { findings, links };
  },
};
