import type { Finding } from '@egov/core';
import { ioFinding, locationOf } from '../io-finding';
import { ioRules } from '../io-rules';
import { failRead, toReadResult, type ReadResult } from '../read-result';
import { detectLegacyEncoding, legacyEncodingNames, type LegacyEncoding } from './detect-legacy-encoding';
import { findInvalidUtf8 } from './find-invalid-utf8';
import { createTextDecoder } from './text-decoder';

/** Options of {@link decodeText}. */
export interface DecodeTextOptions {
  /** File name for findings. */
  readonly file?: string;
  /** Largest input in bytes (a string counts its length); default unlimited here, readers pass theirs. */
  readonly maxBytes?: number;
}

const vietnameseLetters = /[ăđơưĂĐƠƯ\u1ea0-\u1ef9]|[\u0300-\u0323]/;
const latin1Letters = /[\u00a0-\u00ff]/;
const mojibakeSample = 1 << 20;

/**
 * Decodes file bytes to NFC text: detects a UTF-8 byte-order mark (stripped) or a UTF-16 LE/BE one
 * (Excel's "Unicode text"), otherwise decodes strict UTF-8. Bytes that are not UTF-8 are never turned
 * into mojibake: a legacy Vietnamese encoding (Windows-1258, TCVN3, VNI) is reported as an
 * `io/legacy-encoding` error naming the encoding, anything else as `io/invalid-utf8` with the row of the
 * first bad byte. Text already decoded the wrong way (TCVN3 read as Latin-1, "ViÖt Nam") gets an
 * `io/legacy-encoding` warning.
 *
 * @param input - Raw bytes, or text (a leading BOM is stripped).
 * @param options - File name for findings, size limit.
 * @returns The text, or a failure with the finding.
 * @example
 * ```ts
 * const result = decodeText(new TextEncoder().encode('\uFEFFTên thủ tục'));
 * if (result.ok) result.value; // "Tên thủ tục"
 * ```
 */
export function decodeText(input: Uint8Array | string, options: DecodeTextOptions = {}): ReadResult<string> {
  const { file, maxBytes = Infinity } = options;
  const size = input.length;
  if (size > maxBytes) {
    return failRead(
      ioFinding({
        ruleId: ioRules.tooLarge,
        severity: 'error',
        vi: `Tệp quá lớn: ${size} byte, tối đa ${maxBytes} byte`,
        en: `File too large: ${size} bytes, the limit is ${maxBytes} bytes`,
        location: locationOf(file),
        data: { size, maxBytes },
      }),
    );
  }
  let text: string;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeBytes(input, file);
    if (!decoded.ok) return decoded;
    text = decoded.value;
  }
  const findings: Finding[] = [];
  const mojibake = detectMojibake(text);
  if (mojibake !== undefined) {
    findings.push(
      ioFinding({
        ruleId: ioRules.legacyEncoding,
        severity: 'warning',
        vi: `Văn bản có vẻ là tiếng Việt mã ${legacyEncodingNames[mojibake]} bị đọc sai thành Latin-1; hãy chuyển tệp gốc sang UTF-8 (Unicode)`,
        en: `The text looks like Vietnamese in ${legacyEncodingNames[mojibake]} misread as Latin-1; convert the original file to UTF-8 (Unicode)`,
        location: locationOf(file),
        data: { encoding: mojibake },
      }),
    );
  }
  return toReadResult(text.normalize('NFC'), findings);
}

function decodeBytes(bytes: Uint8Array, file: string | undefined): ReadResult<string> {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return decodeWith('utf-16le', bytes.subarray(2), file);
  if (b0 === 0xfe && b1 === 0xff) return decodeWith('utf-16be', bytes.subarray(2), file);
  const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
  return decodeWith('utf-8', body, file);
}

function decodeWith(label: string, bytes: Uint8Array, file: string | undefined): ReadResult<string> {
  try {
    return { ok: true, value: createTextDecoder(label, true).decode(bytes), findings: [] };
  } catch {
    return failRead(explainUndecodable(label, bytes, file));
  }
}

function explainUndecodable(label: string, bytes: Uint8Array, file: string | undefined): Finding {
  if (label === 'utf-8') {
    const guess = detectLegacyEncoding(bytes);
    if (guess !== undefined) {
      const name = legacyEncodingNames[guess.encoding];
      return ioFinding({
        ruleId: ioRules.legacyEncoding,
        severity: 'error',
        vi: `Tệp không phải UTF-8 mà có vẻ là tiếng Việt mã ${name}; hãy chuyển sang Unicode UTF-8 (ví dụ bằng công cụ chuyển mã của Unikey) rồi đọc lại`,
        en: `The file is not UTF-8 but looks like Vietnamese in ${name}; convert it to Unicode UTF-8 (e.g. with Unikey's converter) and read it again`,
        location: locationOf(file),
        data: { encoding: guess.encoding, scores: guess.scores },
      });
    }
  }
  const offset = label === 'utf-8' ? Math.max(0, findInvalidUtf8(bytes)) : 0;
  let row = 1;
  // Rows end at LF, CRLF or a lone CR (old Mac files).
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) row++;
  return ioFinding({
    ruleId: ioRules.invalidUtf8,
    severity: 'error',
    vi: `Tệp không đọc được theo mã ${label.toUpperCase()} (byte lỗi đầu tiên ở vị trí ${offset}); hãy lưu lại tệp dạng CSV UTF-8`,
    en: `The file cannot be decoded as ${label.toUpperCase()} (first bad byte at offset ${offset}); save it again as CSV UTF-8`,
    location: locationOf(file, undefined, row),
    data: { encoding: label, offset },
  });
}

function detectMojibake(text: string): LegacyEncoding | undefined {
  const sample = text.length > mojibakeSample ? text.slice(0, mojibakeSample) : text;
  if (!latin1Letters.test(sample) || vietnameseLetters.test(sample)) return undefined;
  const codes = new Uint16Array(sample.length);
  for (let i = 0; i < sample.length; i++) codes[i] = sample.charCodeAt(i);
  return detectLegacyEncoding(codes)?.encoding;
}
