import type { Finding } from '@egov/core';
import { ioFinding, locationOf } from '../io-finding';
import { ioRules } from '../io-rules';
import type { IoLimits } from '../limits';
import { readZipDirectory, type ZipEntryInfo } from './read-zip-directory';

type ZipLimits = Pick<IoLimits, 'maxUncompressedBytes' | 'maxCompressionRatio' | 'maxZipEntries'>;

interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}
interface Inflater {
  readonly writable: { getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } };
  readonly readable: { getReader(): ByteReader };
}
type InflaterConstructor = new (format: 'deflate-raw') => Inflater;

const ratioFloor = 1024 * 1024;

/**
 * Refuses a zip bomb before the archive reaches a decompressor: checks the central directory
 * (number of entries, total declared uncompressed size, compression ratio of every entry over 1 MiB)
 * against the limits, then — where the platform has `DecompressionStream('deflate-raw')` (Node 20,
 * current browsers) — inflates each entry while counting, stopping as soon as it produces more than
 * it declared, so an archive that lies about its sizes is refused too.
 *
 * @param bytes - The archive.
 * @param limits - Uncompressed size, ratio and entry-count limits.
 * @param file - File name for findings.
 * @param options - `inflate: false` checks the declared sizes only (for a reader that counts while it
 *   inflates the parts it reads, as `readXlsx` does).
 * @returns `undefined` when the archive is acceptable, else an `io/zip-bomb` or `io/xlsx-invalid` error finding.
 * @example
 * ```ts
 * const problem = await checkZip(bytes, defaultLimits, 'ke-hoach.xlsx');
 * if (problem) return failRead(problem);
 * ```
 */
export async function checkZip(
  bytes: Uint8Array,
  limits: ZipLimits,
  file?: string,
  options: { readonly inflate?: boolean } = {},
): Promise<Finding | undefined> {
  const directory = readZipDirectory(bytes);
  const location = locationOf(file);
  if (!directory.ok) {
    return ioFinding({
      ruleId: ioRules.xlsxInvalid,
      severity: 'error',
      vi: `Tệp không phải bảng tính XLSX hợp lệ (${directory.error})`,
      en: `The file is not a valid XLSX workbook (${directory.error})`,
      location,
      data: { reason: directory.error },
    });
  }
  const entries = directory.value;
  const bomb = (en: string, vi: string, data: Readonly<Record<string, unknown>>) =>
    ioFinding({
      ruleId: ioRules.zipBomb,
      severity: 'error',
      vi: `Từ chối tệp XLSX: ${vi} (có thể là "bom zip")`,
      en: `XLSX refused: ${en} (a possible zip bomb)`,
      location,
      data,
    });
  if (entries.length > limits.maxZipEntries) {
    return bomb(`${entries.length} zip entries, the limit is ${limits.maxZipEntries}`, `${entries.length} mục nén, tối đa ${limits.maxZipEntries}`, {
      entries: entries.length,
      maxZipEntries: limits.maxZipEntries,
    });
  }
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > ratioFloor && ratio > limits.maxCompressionRatio) {
      return bomb(
        `${entry.name} expands ${Math.round(ratio)} times, the limit is ${limits.maxCompressionRatio}`,
        `${entry.name} giãn nở ${Math.round(ratio)} lần, tối đa ${limits.maxCompressionRatio}`,
        { entry: entry.name, ratio, maxCompressionRatio: limits.maxCompressionRatio },
      );
    }
  }
  if (total > limits.maxUncompressedBytes) {
    return bomb(
      `${total} bytes uncompressed, the limit is ${limits.maxUncompressedBytes}`,
      `${total} byte khi giải nén, tối đa ${limits.maxUncompressedBytes}`,
      { uncompressedBytes: total, maxUncompressedBytes: limits.maxUncompressedBytes },
    );
  }
  const Inflate = (globalThis as { DecompressionStream?: InflaterConstructor }).DecompressionStream;
  if (Inflate === undefined || options.inflate === false) return undefined;
  for (const entry of entries) {
    const actual = await inflatedSize(bytes, entry, Inflate);
    if (actual === 'invalid') continue; // exceljs (JSZip) reports damaged data itself
    if (actual > entry.uncompressedSize) {
      return bomb(
        `${entry.name} expands beyond the ${entry.uncompressedSize} bytes it declares`,
        `${entry.name} giải nén ra nhiều hơn ${entry.uncompressedSize} byte đã khai báo`,
        { entry: entry.name, declared: entry.uncompressedSize },
      );
    }
  }
  return undefined;
}

/** Bytes produced by inflating the entry, counted up to one byte past its declared size. */
async function inflatedSize(bytes: Uint8Array, entry: ZipEntryInfo, Inflate: InflaterConstructor): Promise<number | 'invalid'> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) return 'invalid';
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return 'invalid';
  if (entry.method === 0) return entry.compressedSize;
  if (entry.method !== 8) return 'invalid';
  const inflater = new Inflate('deflate-raw');
  const writer = inflater.writable.getWriter();
  writer.write(bytes.slice(start, end)).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = inflater.readable.getReader();
  let produced = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return produced;
      produced += value?.length ?? 0;
      if (produced > entry.uncompressedSize) {
        await reader.cancel().catch(() => undefined);
        return produced;
      }
    }
  } catch {
    return 'invalid';
  }
}
