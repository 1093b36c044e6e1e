import type { Finding } from '@egov/core';
import { validateRoadmap } from '@egov/roadmap';
import type { InputFile } from './read-input';

/** A kind of file the CLI knows how to check. */
export interface FileKind {
  readonly id: string;
  /** Vietnamese and English names for output. */
  readonly label: { readonly vi: string; readonly en: string };
  /** Whether a file looks like this kind (used when `--kind` is not given). */
  readonly detect: (input: InputFile) => boolean;
  readonly check: (input: InputFile) => readonly Finding[];
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

/**
 * The kinds `egov check` knows, in detection order.
 *
 * @example
 * ```ts
 * fileKinds.map((kind) => kind.id); // ["roadmap", …]
 * ```
 */
export const fileKinds: readonly FileKind[] = [roadmapKind];
