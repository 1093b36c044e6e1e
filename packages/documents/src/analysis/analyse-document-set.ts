import type { AmountUnit } from '@egov/budget';
import { EgovError, sortFindings, type Finding, pushAll } from '@egov/core';
import { crossChecks } from '../cross/cross-checks';
import type { SetDocument } from '../cross/cross-check';
import type { DocumentInput, ReadInput } from '../input/document-input';
import { readDocumentInput } from '../input/read-document-input';
import { fileKinds } from '../kinds/file-kinds';
import type { FileKind, KindContext } from '../kinds/file-kind';
import { declaredUnit } from '../links/declared-unit';
import { listedTables } from '../links/listed-tables';
import { besideDocument, folderOf, normalisePath } from '../links/set-path';
import { parseUnitText } from '../tables/budget-table';
import type { AnalyseOptions } from './analyse-options';
import type { AnalysedFile, DocumentLink, DocumentSetAnalysis, KindMismatch } from './document-set-analysis';

/** Thrown for an unknown `kind` option (a programmer error: the caller lists `fileKinds`). */
class UnknownKindError extends EgovError {
  constructor(kind: string) {
    super({ code: 'DOCUMENTS_UNKNOWN_KIND', message: `unknown kind "${kind}"; known kinds: ${fileKinds.map((known) => known.id).join(', ')}` });
  }
}

const nameOf = (path: string): string => normalisePath(path).slice(normalisePath(path).lastIndexOf('/') + 1);

/**
 * Analyses a document set: reads every input (`@egov/io`), detects its kind in the order of `fileKinds` (or
 * takes `options.kind`), reads and checks it, then checks the documents against each other. Pure and
 * asynchronous (workbooks are read asynchronously); the result is plain data that a Web Worker can post.
 *
 * @param inputs - The files of the set: path and bytes or text.
 * @param options - A forced kind, budget units.
 * @returns The analysis.
 * @throws {EgovError} `DOCUMENTS_UNKNOWN_KIND` for a `kind` option that is not in `fileKinds`.
 * @example
 * ```ts
 * const analysis = await analyseDocumentSet([{ path: 'budget.csv', text: 'Nội dung,2014\nA,1\n' }], { unit: 'ty' });
 * analysis.files[0]?.kind?.id; // "budget"
 * ```
 */
export async function analyseDocumentSet(inputs: readonly DocumentInput[], options: AnalyseOptions = {}): Promise<DocumentSetAnalysis> {
  const read: ReadInput[] = [];
  for (const input of inputs) read.push(await readDocumentInput(input));
  return analyseReadInputs(read, options);
}

/**
 * {@link analyseDocumentSet} on inputs already read with `readDocumentInput` (for a caller that also uses the
 * tables and documents, as the CLI's report does).
 *
 * @param inputs - Files read with `readDocumentInput`.
 * @param options - A forced kind, budget units.
 * @returns The analysis.
 * @throws {EgovError} `DOCUMENTS_UNKNOWN_KIND` for a `kind` option that is not in `fileKinds`.
 * @example
 * ```ts
 * const analysis = analyseReadInputs([await readDocumentInput({ path: 'r.yaml', text: 'entries: []' })]);
 * ```
 */
export function analyseReadInputs(inputs: readonly ReadInput[], options: AnalyseOptions = {}): DocumentSetAnalysis {
  const forced = options.kind === undefined ? undefined : fileKinds.find((kind) => kind.id === options.kind);
  if (options.kind !== undefined && forced === undefined) throw new UnknownKindError(options.kind);
  const kinds = inputs.map((input): FileKind | KindMismatch[] | undefined => {
    if (input.format === 'unreadable') return undefined;
    if (forced !== undefined) return forced;
    const mismatches: KindMismatch[] = [];
    for (const kind of fileKinds) {
      const detection = kind.format === input.format ? kind.detect(input, options.reading) : undefined;
      if (detection === true) return kind;
      if (detection !== undefined) mismatches.push({ kind: kind.id, reason: detection });
    }
    return mismatches;
  });
  const links: DocumentLink[] = [];
  const listedBy = new Map<string, string>();
  for (const [index, input] of inputs.entries()) {
    const kind = kinds[index];
    // Only a recognised document lists tables (a YAML file of another kind may have a `tables` key).
    if (input.format !== 'document' || kind === undefined || Array.isArray(kind)) continue;
    for (const name of listedTables(input.data)) {
      const target = besideDocument(input.path, name);
      if (!listedBy.has(target)) listedBy.set(target, input.path);
    }
  }

  const setDocuments: SetDocument[] = [];
  const files = inputs.map((input, index): AnalysedFile => {
    const kind = kinds[index];
    const listed = listedBy.get(normalisePath(input.path));
    const base = { path: input.path, format: input.format, ...(listed === undefined ? {} : { listedBy: listed }) };
    if (kind === undefined) return { ...base, findings: sortFindings(input.findings), summary: {} };
    if (Array.isArray(kind)) return { ...base, mismatches: kind, findings: sortFindings(input.findings), summary: {} };
    const unit = kind.format === 'table' ? unitFor(input.path, options, inputs) : undefined;
    if (unit?.source === 'declared' && unit.document !== undefined) links.push({ from: unit.document, to: input.path, relation: 'unit', source: 'declared' });
    const context: KindContext = {
      path: input.path,
      ...(unit === undefined ? {} : { unit: unit.unit }),
      ...(options.reading === undefined ? {} : { reading: options.reading }),
    };
    const kindRead = kind.read(input, context);
    const findings = kindRead === undefined ? [] : [...kindRead.findings, ...kind.check(kindRead, input, context)];
    if (kindRead !== undefined) setDocuments.push({ path: input.path, kind: kind.id, input, value: kindRead.value });
    return {
      ...base,
      kind: { id: kind.id, label: kind.label, forced: forced !== undefined },
      ...(unit === undefined ? {} : { unit }),
      findings: sortFindings([...input.findings, ...findings]),
      summary: kindRead === undefined ? {} : kind.summarise(kindRead),
    };
  });
  for (const [target, document] of listedBy) {
    if (inputs.some((input) => normalisePath(input.path) === target)) links.push({ from: document, to: target, relation: 'tables', source: 'declared' });
  }

  const crossDocument: Finding[] = [];
  for (const check of crossChecks) {
    const result = check.run(setDocuments);
    pushAll(crossDocument, result.findings);
    pushAll(links, result.links);
  }
  const byFile = new Map<string, Finding[]>();
  for (const finding of crossDocument) {
    const file = finding.location?.file;
    if (file === undefined) continue;
    byFile.set(file, [...(byFile.get(file) ?? []), finding]);
  }
  return {
    files: files.map((file) => {
      const extra = byFile.get(file.path);
      return extra === undefined ? file : { ...file, findings: sortFindings([...file.findings, ...extra]) };
    }),
    links: dedupeLinks(links),
    crossDocument: sortFindings(crossDocument),
  };
}

function dedupeLinks(links: readonly DocumentLink[]): DocumentLink[] {
  const seen = new Set<string>();
  return links.filter((link) => {
    const key = `${link.from}\u0000${link.to}\u0000${link.relation}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The unit of a table: the options, else a document of the same folder that lists it with a unit. */
function unitFor(
  path: string,
  options: AnalyseOptions,
  inputs: readonly ReadInput[],
): { unit: AmountUnit; source: 'option' | 'declared'; document?: string } | undefined {
  const given = options.unit ?? options.units?.[path];
  if (given !== undefined) return { unit: given, source: 'option' };
  const folder = folderOf(path);
  const name = nameOf(path);
  const siblings = inputs
    .filter((input) => input.format === 'document' && folderOf(input.path) === folder)
    .sort((a, b) => (nameOf(a.path) < nameOf(b.path) ? -1 : nameOf(a.path) > nameOf(b.path) ? 1 : 0));
  for (const sibling of siblings) {
    if (sibling.format !== 'document') continue;
    const text = declaredUnit(sibling.data, name);
    const unit = text === undefined ? undefined : parseUnitText(text);
    if (unit !== undefined) return { unit, source: 'declared', document: sibling.path };
  }
  return undefined;
}
