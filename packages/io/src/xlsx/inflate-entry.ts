import type { ZipEntryInfo } from './read-zip-directory';

interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}
interface Inflater {
  readonly writable: { getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void>; abort(): Promise<void> } };
  readonly readable: { getReader(): ByteReader };
}
type InflaterConstructor = new (format: 'deflate-raw') => Inflater;

/** Why {@link inflateEntry} stopped early. */
export type InflateProblem = 'damaged' | 'unsupported' | 'too-large' | 'no-decompression';

const pieceBytes = 64 * 1024;

/**
 * Private: the uncompressed bytes of one zip entry as a stream of chunks, through the platform's
 * `DecompressionStream('deflate-raw')` (Node ≥ 20, current browsers). The compressed data is fed in
 * 64 KiB pieces while the output is read, so memory stays flat whatever the entry's size; it stops
 * (with `too-large`) as soon as the output passes `maxBytes` or the size the entry declares (a zip that
 * lies about its sizes).
 *
 * @param bytes - The whole zip file.
 * @param entry - The entry (from `readZipDirectory`).
 * @param maxBytes - Largest output accepted.
 * @param onChunk - Receives each chunk; return `false` to stop reading (then the result is `'stopped'`).
 * @returns `'done'`, `'stopped'`, or the problem met.
 * @example
 * ```ts
 * await inflateEntry(bytes, entry, 1 << 20, (chunk) => { parts.push(chunk); return true; }); // 'done'
 * ```
 */
export async function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntryInfo,
  maxBytes: number,
  onChunk: (chunk: Uint8Array) => boolean,
): Promise<'done' | 'stopped' | InflateProblem> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) return 'damaged';
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return 'damaged';
  const limit = Math.min(maxBytes, entry.uncompressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize > limit) return 'too-large';
    for (let p = start; p < end; p += pieceBytes) if (!onChunk(bytes.subarray(p, Math.min(end, p + pieceBytes)))) return 'stopped';
    return 'done';
  }
  if (entry.method !== 8) return 'unsupported';
  const Inflate = (globalThis as { DecompressionStream?: InflaterConstructor }).DecompressionStream;
  if (Inflate === undefined) return 'no-decompression';
  const inflater = new Inflate('deflate-raw');
  const writer = inflater.writable.getWriter();
  const state = { stop: false };
  // Feed the compressed data piece by piece while the output is read (back-pressure keeps memory flat).
  const feeding = (async () => {
    for (let p = start; p < end && !state.stop; p += pieceBytes) await writer.write(bytes.slice(p, Math.min(end, p + pieceBytes)));
    if (!state.stop) await writer.close();
  })().catch(() => undefined);
  const reader = inflater.readable.getReader();
  let produced = 0;
  let outcome: 'done' | 'stopped' | InflateProblem = 'done';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (value === undefined || value.length === 0) continue;
      produced += value.length;
      if (produced > limit) {
        outcome = 'too-large';
        break;
      }
      if (!onChunk(value)) {
        outcome = 'stopped';
        break;
      }
    }
  } catch {
    outcome = 'damaged';
  }
  if (outcome !== 'done') {
    state.stop = true;
    await reader.cancel().catch(() => undefined);
    await writer.abort().catch(() => undefined);
  }
  await feeding;
  return outcome;
}
