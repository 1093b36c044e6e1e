import type { Finding } from '@egov/core';
import type { AmountUnit } from '@egov/budget';
import { validateRoadmap } from '@egov/roadmap';
import { budgetFromTable, isBudgetTable, reconcileTable } from './budget-table';
import type { InputFile } from './read-input';

/** What the CLI knows about a file besides its content (from options or companion documents). */
export interface CheckHints {
  /** Unit of a budget table whose headers do not state it (`--unit`, or a companion document). */
  readonly unit?: AmountUnit;
}

/** A kind of file the CLI knows how to check. */
export interface FileKind {
  readonly id: string;
  /** Vietnamese and English names for output. */
  readonly label: { readonly vi: string; readonly en: string };
  /** Whether a file looks like this kind (used when `--kind` is not given). */
  readonly detect: (input: InputFile) => boolean;
  readonly check: (input: InputFile, hints: CheckHints) => readonly Finding[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const roadmapKind: FileKind = {
  id: 'roadmap',
  label: { vi: 'lộ trình', en: 'roadmap' },
  detect: (input) => input.format === 'document' && isRecord(input.data) && 'entries' in input.data && 'decision' in input.data,
  check: (input) => {
    if (input.format !== 'document') return [];
    return validateRoadmap(input.data).findings.map((finding) => ({ ...finding, location: { ...finding.location, file: input.file } }));
  },
};

const budgetKind: FileKind = {
  id: 'budget',
  label: { vi: 'bảng kinh phí', en: 'budget table' },
  detect: (input) => input.format === 'table' && isBudgetTable(input.table.headers),
  check: (input, hints) => {
    if (input.format !== 'table') return [];
    const { plan, findings } = budgetFromTable(input.table, input.file, hints.unit);
    return [...findings, ...reconcileTable(input.table, input.file, plan)];
  },
};

/**
 * The kinds `egov check` knows, in detection order.
 *
 * @example
 * ```ts
 * fileKinds.map((kind) => kind.id); // ["roadmap", "budget"]
 * ```
 */
export const fileKinds: readonly FileKind[] = [roadmapKind, budgetKind];
