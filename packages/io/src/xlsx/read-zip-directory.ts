import { err, ok, type Result } from '@egov/core';
import { createTextDecoder } from '../encoding/text-decoder';

/** One entry of a zip file's central directory. */
export interface ZipEntryInfo {
  readonly name: string;
  /** 0 stored, 8 deflate. */
  readonly method: number;
  readonly compressedSize: number;
  /** Uncompressed size as declared (a hostile zip may lie; see {@link checkZip}). */
  readonly uncompressedSize: number;
  /** Offset of the entry's local header. */
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX32 = 0xffffffff;

/**
 * Reads the central directory of a zip archive (an XLSX workbook is one) without decompressing
 * anything: names, methods, compressed and declared uncompressed sizes (ZIP64 included), following
 * APPNOTE.TXT §4.3.12–4.3.16. Used to refuse zip bombs before the bytes reach exceljs.
 *
 * @param bytes - The whole archive.
 * @returns The entries, or a failure with the reason (English) when the bytes are not a readable zip.
 * @example
 * ```ts
 * const directory = readZipDirectory(xlsxBytes);
 * if (directory.ok) directory.value.map((entry) => entry.name); // ['[Content_Types].xml', 'xl/workbook.xml', …]
 * ```
 */
export function readZipDirectory(bytes: Uint8Array): Result<ZipEntryInfo[], string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = bytes.length;
  let eocd = -1;
  for (let i = length - 22; i >= 0 && i >= length - 22 - 0xffff; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return err('no end of central directory record: not a zip archive');
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === MAX32 || offset === MAX32) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return err('missing ZIP64 locator');
    const zip64 = readUint64(view, locator + 8);
    if (zip64 + 56 > length || view.getUint32(zip64, true) !== ZIP64_EOCD) return err('bad ZIP64 end of central directory');
    count = readUint64(view, zip64 + 32);
    size = readUint64(view, zip64 + 40);
    offset = readUint64(view, zip64 + 48);
  }
  if (offset + size > length) return err('central directory outside the file');
  const entries: ZipEntryInfo[] = [];
  let p = offset;
  const decoder = createTextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > length || view.getUint32(p, true) !== CENTRAL) return err(`bad central directory entry ${n}`);
    const method = view.getUint16(p + 10, true);
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let localHeaderOffset = view.getUint32(p + 42, true);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > length) return err(`central directory entry ${n} runs past the end`);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    // ZIP64 extended information extra field (0x0001): only the fields that are 0xFFFFFFFF above.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = view.getUint16(e, true);
      const fieldLength = view.getUint16(e + 2, true);
      if (id === 0x0001) {
        let f = e + 4;
        const fieldEnd = Math.min(f + fieldLength, extraEnd);
        if (uncompressedSize === MAX32 && f + 8 <= fieldEnd) {
          uncompressedSize = readUint64(view, f);
          f += 8;
        }
        if (compressedSize === MAX32 && f + 8 <= fieldEnd) {
          compressedSize = readUint64(view, f);
          f += 8;
        }
        if (localHeaderOffset === MAX32 && f + 8 <= fieldEnd) localHeaderOffset = readUint64(view, f);
      }
      e += 4 + fieldLength;
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p = end;
  }
  return ok(entries);
}

function readUint64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}
