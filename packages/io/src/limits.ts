import { EgovError } from '@egov/core';

/**
 * Bounds on what a reader accepts, so a hostile or mistaken file cannot exhaust memory. Every reader
 * takes a partial override; omitted fields use {@link defaultLimits}.
 */
export interface IoLimits {
  /** Largest input accepted by an in-memory reader, in bytes (a string counts its UTF-16 length). */
  readonly maxBytes: number;
  /** Largest number of data rows in a table. */
  readonly maxRows: number;
  /** Largest number of characters in one cell. */
  readonly maxCellLength: number;
  /** Largest number of columns in a table. */
  readonly maxColumns: number;
  /** XLSX: largest total uncompressed size declared in the zip central directory, in bytes. */
  readonly maxUncompressedBytes: number;
  /** XLSX: largest uncompressed/compressed ratio of one zip entry larger than 1 MiB. */
  readonly maxCompressionRatio: number;
  /** XLSX: largest number of entries in the zip. */
  readonly maxZipEntries: number;
  /** XLSX: largest number of non-empty cells read from one sheet (enforced while reading). */
  readonly maxCells: number;
  /** XLSX: most characters of text held for one sheet (its cells' text and the shared strings). */
  readonly maxTextLength: number;
  /** JSON and YAML: deepest nesting of arrays and objects (checked before parsing). */
  readonly maxDepth: number;
}

/**
 * Default limits. The cell length and column count are Excel's own limits (32,767 characters per
 * cell, 16,384 columns, "Excel specifications and limits"); the row count is just below Excel's
 * 1,048,576 rows; 100 MiB of input and 500 MiB uncompressed are far above any provincial catalogue;
 * 64 levels of nesting are ten times what a roadmap or plan document needs. 4 million cells and 16 Mi
 * characters (a catalogue of 10,000 procedures holds about 5 Mi) keep reading any workbook under 512 MB of memory (see `bench/RESULTS.md`).
 *
 * @example
 * ```ts
 * defaultLimits.maxCellLength; // 32767
 * ```
 */
export const defaultLimits: IoLimits = Object.freeze({
  maxBytes: 100 * 1024 * 1024,
  maxRows: 1_000_000,
  maxCellLength: 32_767,
  maxColumns: 16_384,
  maxUncompressedBytes: 500 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxZipEntries: 10_000,
  maxCells: 4_000_000,
  maxTextLength: 16 * 1024 * 1024,
  maxDepth: 64,
});

/**
 * Merges partial limits over {@link defaultLimits}, checking that each is a positive number.
 *
 * @param limits - Overrides; `Infinity` is allowed (no bound).
 * @returns Complete limits.
 * @throws {EgovError} `invalid-argument` when a limit is not a positive number (a programmer error).
 * @example
 * ```ts
 * resolveLimits({ maxRows: 10 }).maxRows; // 10
 * ```
 */
export function resolveLimits(limits?: Partial<IoLimits>): IoLimits {
  const resolved: IoLimits = { ...defaultLimits, ...limits };
  for (const [name, value] of Object.entries(resolved)) {
    if (typeof value !== 'number' || Number.isNaN(value) || value <= 0) {
      throw new EgovError({
        code: 'invalid-argument',
        message: `Limit ${name} must be a positive number, found ${String(value)}`,
      });
    }
  }
  return resolved;
}
