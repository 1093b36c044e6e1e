import type { LinkSource } from '../analysis/document-set-analysis';
import { mentionsFile } from '../links/mentions-file';
import { folderOf } from '../links/set-path';
import type { SetDocument } from './cross-check';

const nameOf = (path: string): string => path.slice(path.replaceAll('\\', '/').lastIndexOf('/') + 1);

/**
 * The documents of a kind that a document is linked to: those it names (`{ file: … }`, declared), else the
 * only one of that kind in its folder (inferred). Two candidates in a folder and none named: no link (the
 * analysis never guesses between them).
 *
 * @param from - The document (a plan or a roadmap).
 * @param documents - Every document of the set.
 * @param kind - The kind of the other document (`budget`, `catalogue`, …).
 * @returns The linked documents, each with how the link is known.
 * @example
 * ```ts
 * linkedDocuments(roadmap, documents, 'budget'); // [{ document: budgetTable, source: 'declared' }]
 * ```
 */
export function linkedDocuments(from: SetDocument, documents: readonly SetDocument[], kind: string): { document: SetDocument; source: LinkSource }[] {
  const candidates = documents.filter((document) => document.kind === kind && document.path !== from.path);
  const data = from.input.format === 'document' ? from.input.data : undefined;
  const declared = candidates.filter((document) => mentionsFile(data, nameOf(document.path)) && folderOf(document.path) === folderOf(from.path));
  if (declared.length > 0) return declared.map((document) => ({ document, source: 'declared' }));
  const beside = candidates.filter((document) => folderOf(document.path) === folderOf(from.path));
  return beside.length === 1 && beside[0] !== undefined ? [{ document: beside[0], source: 'inferred' }] : [];
}
