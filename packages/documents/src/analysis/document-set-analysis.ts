import type { AmountUnit } from '@egov/budget';
import type { Finding, LocalizedMessage } from '@egov/core';
import type { SummaryFigures } from '../kinds/file-kind';

/**
 * Why one kind did not match a file.
 *
 * @example
 * ```ts
 * const reason: KindMismatch = { kind: 'budget', reason: { vi: 'không có cột số tiền', en: 'no amount column' } };
 * ```
 */
export interface KindMismatch {
  readonly kind: string;
  readonly reason: LocalizedMessage;
}

/**
 * How a link between two files of a set is known: the document names the other file (`declared`), or the
 * analysis paired them because they sit in one folder (`inferred`).
 *
 * @example
 * ```ts
 * const how: LinkSource = 'declared';
 * ```
 */
export type LinkSource = 'declared' | 'inferred';

/**
 * A link between two files of a set: a document's listed table (`tables`), its budget table (`budget`), the
 * catalogue its services or targets come from (`catalogue`), the indicator values a rank table comes from
 * (`indicators`), the unit a document gives a table (`unit`).
 *
 * @example
 * ```ts
 * const link: DocumentLink = { from: 'a/plan.yaml', to: 'a/budget.csv', relation: 'budget', source: 'inferred' };
 * ```
 */
export interface DocumentLink {
  readonly from: string;
  readonly to: string;
  readonly relation: 'tables' | 'budget' | 'catalogue' | 'indicators' | 'unit';
  readonly source: LinkSource;
}

/**
 * One file of a set as analysed. Plain data (a Web Worker can post it).
 *
 * @example
 * ```ts
 * analysis.files[0]?.kind?.id; // "budget"
 * ```
 */
export interface AnalysedFile {
  readonly path: string;
  readonly format: 'document' | 'table' | 'unreadable';
  /** The kind detected (or forced); absent when the file is unreadable or no kind matched. */
  readonly kind?: { readonly id: string; readonly label: LocalizedMessage; readonly forced: boolean };
  /** When no kind matched a readable file: each kind's reason. */
  readonly mismatches?: readonly KindMismatch[];
  /** The document of the set that lists this file in its `tables`, when one does. */
  readonly listedBy?: string;
  /** The unit a budget table was read in when its headers do not state it, and where it came from. */
  readonly unit?: { readonly unit: AmountUnit; readonly source: 'option' | 'declared'; readonly document?: string };
  /** Reading findings, the kind's findings and the cross-document findings located in this file, sorted. */
  readonly findings: readonly Finding[];
  /** Figures of the document (counts, totals). */
  readonly summary: SummaryFigures;
}

/**
 * What {@link analyseDocumentSet} gives: every file, the links found between files, and the cross-document
 * findings (also listed under the file each is located in).
 *
 * @example
 * ```ts
 * const analysis: DocumentSetAnalysis = await analyseDocumentSet(inputs);
 * analysis.files.flatMap((file) => file.findings).length;
 * ```
 */
export interface DocumentSetAnalysis {
  readonly files: readonly AnalysedFile[];
  readonly links: readonly DocumentLink[];
  readonly crossDocument: readonly Finding[];
}
