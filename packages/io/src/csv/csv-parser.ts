import { EgovError, type Finding } from '@egov/core';
import { detectLegacyEncoding, legacyEncodingNames } from '../encoding/detect-legacy-encoding';
import { ioFinding, locationOf } from '../io-finding';
import { ioRules } from '../io-rules';
import { defaultLimits } from '../limits';
import { detectDelimiter, type CsvDelimiter } from './detect-delimiter';
import { createTextDecoder, type TextDecoderLike } from '../encoding/text-decoder';

/** One CSV record: its 1-based row number (as a spreadsheet counts rows) and its raw fields. */
export interface CsvRecord {
  readonly row: number;
  readonly fields: string[];
}

/** Options of {@link createCsvParser}. */
export interface CsvParserOptions {
  /** Field delimiter; detected from the first lines when omitted. */
  readonly delimiter?: CsvDelimiter;
  /** File name for findings. */
  readonly file?: string;
  /** Largest cell, in characters (default 32,767, Excel's limit). */
  readonly maxCellLength?: number;
  /** Largest record (one row, all fields), in characters (default 4 MiB); bounds the parser's buffer. */
  readonly maxRecordLength?: number;
  /** Largest row number, counting the header and blank lines (default unlimited). */
  readonly maxRows?: number;
  /** Normalise text to NFC (default `true`). */
  readonly normalize?: boolean;
}

/**
 * An incremental CSV parser: push chunks of text or bytes as they arrive (from a Node stream or a
 * browser `ReadableStream`), get back the complete records. Memory stays flat: only the unfinished
 * last record is buffered. After an error finding (bad encoding, unterminated quote, a limit) the
 * parser stops and returns no more records.
 */
export interface CsvParser {
  /**
   * Parses a chunk. Do not mix text and byte chunks.
   *
   * @param chunk - UTF-8 bytes (a BOM is detected on the first chunk; UTF-16 with BOM too) or text.
   * @returns The records completed by this chunk.
   */
  push(chunk: string | Uint8Array): CsvRecord[];
  /**
   * Signals the end of the input.
   *
   * @returns The last records.
   */
  end(): CsvRecord[];
  /** Findings so far (errors stop the parser). */
  readonly findings: readonly Finding[];
  /** Whether an error finding stopped the parser. */
  readonly failed: boolean;
  /** The delimiter in use, once known. */
  readonly delimiter: CsvDelimiter | undefined;
  /** Number of rows seen so far (records and blank lines). */
  readonly rowCount: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const FAILED = -1;

/**
 * Creates an incremental RFC 4180 CSV parser: quoted fields with embedded delimiters, doubled quotes
 * and line breaks; CRLF or LF line ends; blank lines are skipped but counted, so row numbers match
 * what Excel shows. Leniency: a stray quote inside an unquoted field is kept, text after a closing
 * quote is appended. Unquoted lines are split with `String.prototype.split`, which is what makes it fast
 * (see `bench/csv-throughput.ts`).
 *
 * @param options - Delimiter (else detected), file name, limits, NFC normalisation.
 * @returns The parser.
 * @throws {EgovError} `invalid-argument` for a limit that is not a positive number.
 * @example
 * ```ts
 * const parser = createCsvParser({ file: 'ho-so.csv' });
 * const records = [...parser.push('STT,Tên thủ tục\n1,"Cấp phép, in"\n'), ...parser.end()];
 * records[1]; // { row: 2, fields: ['1', 'Cấp phép, in'] }
 * ```
 */
export function createCsvParser(options: CsvParserOptions = {}): CsvParser {
  const file = options.file;
  const maxCellLength = options.maxCellLength ?? defaultLimits.maxCellLength;
  const maxRecordLength = options.maxRecordLength ?? 4 * 1024 * 1024;
  const maxRows = options.maxRows ?? Infinity;
  const normalize = options.normalize ?? true;
  for (const [name, value] of [
    ['maxCellLength', maxCellLength],
    ['maxRecordLength', maxRecordLength],
    ['maxRows', maxRows],
  ] as const) {
    if (Number.isNaN(value) || value <= 0) {
      throw new EgovError({ code: 'invalid-argument', message: `${name} must be positive, found ${value}` });
    }
  }

  let delimiter: CsvDelimiter | undefined = options.delimiter;
  let delimiterCode = delimiter?.charCodeAt(0) ?? 0;
  let pending = '';
  let rowNumber = 0;
  let failed = false;
  let started = false;
  let ended = false;
  const findings: Finding[] = [];
  let decoder: TextDecoderLike | undefined;
  let head: Uint8Array | undefined;
  let bytesSeen = 0;

  function fail(finding: Finding): CsvRecord[] {
    findings.push(finding);
    failed = true;
    pending = '';
    return [];
  }

  function cellTooLong(row: number, column: number, length: number): CsvRecord[] {
    return fail(
      ioFinding({
        ruleId: ioRules.cellTooLong,
        severity: 'error',
        vi: `Ô quá dài: ${length} ký tự, tối đa ${maxCellLength}`,
        en: `Cell too long: ${length} characters, the limit is ${maxCellLength}`,
        location: locationOf(file, undefined, row, column < 0 ? undefined : columnName(column)),
        data: { length, maxCellLength },
      }),
    );
  }

  function tooManyRows(): CsvRecord[] {
    return fail(
      ioFinding({
        ruleId: ioRules.tooManyRows,
        severity: 'error',
        vi: `Quá nhiều dòng: tối đa ${maxRows}`,
        en: `Too many rows: the limit is ${maxRows}`,
        location: locationOf(file, undefined, rowNumber),
        data: { maxRows },
      }),
    );
  }

  /** Parses complete records of `text` into `out`; returns how many characters were consumed, or FAILED. */
  function parse(text: string, final: boolean, out: CsvRecord[]): number {
    const len = text.length;
    const d = delimiterCode;
    const sep = delimiter ?? ',';
    let pos = 0;
    let nextQuote = -2;
    while (pos < len) {
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
      let nl = text.indexOf('\n', pos);
      if (nl === -1) {
        if (!final) break;
        nl = len;
      }
      if (nextQuote === -1 || nextQuote >= nl) {
        // Fast path: every complete line before the next quote is one record; split them in bulk.
        let segmentEnd: number;
        let lines: string[];
        if (nextQuote === -1 && final) {
          segmentEnd = len;
          lines = text.slice(pos).split('\n');
          if (lines[lines.length - 1] === '') lines.pop();
        } else {
          segmentEnd = (nextQuote === -1 ? text.lastIndexOf('\n') : text.lastIndexOf('\n', nextQuote)) + 1;
          lines = text.slice(pos, segmentEnd - 1).split('\n');
        }
        for (let line of lines) {
          rowNumber++;
          if (line.length > 0 && line.charCodeAt(line.length - 1) === CR) line = line.slice(0, -1);
          if (line.length === 0) continue;
          if (rowNumber > maxRows) {
            tooManyRows();
            return FAILED;
          }
          const fields = line.split(sep);
          if (line.length > maxCellLength) {
            for (let c = 0; c < fields.length; c++) {
              const length = fields[c]?.length ?? 0;
              if (length > maxCellLength) {
                cellTooLong(rowNumber, c, length);
                return FAILED;
              }
            }
          }
          out.push({ row: rowNumber, fields });
        }
        pos = segmentEnd;
        continue;
      }
      // Slow path: the record has quoted fields, possibly spanning lines.
      const fields: string[] = [];
      let i = pos;
      let unterminated = false;
      for (;;) {
        let value: string;
        if (text.charCodeAt(i) === QUOTE) {
          value = '';
          let j = i + 1;
          for (;;) {
            const q = text.indexOf('"', j);
            if (q === -1) {
              if (!final) return pos;
              unterminated = true;
              value += text.slice(j);
              i = len;
              break;
            }
            if (q + 1 >= len && !final) return pos;
            value += text.slice(j, q);
            if (text.charCodeAt(q + 1) === QUOTE) {
              value += '"';
              j = q + 2;
              continue;
            }
            i = q + 1;
            break;
          }
          // Lenient: text between a closing quote and the next delimiter is kept.
          let k = i;
          while (k < len) {
            const c = text.charCodeAt(k);
            if (c === d || c === LF || (c === CR && (k + 1 >= len || text.charCodeAt(k + 1) === LF))) break;
            k++;
          }
          if (k > i) value += text.slice(i, k);
          i = k;
        } else {
          let k = i;
          while (k < len) {
            const c = text.charCodeAt(k);
            if (c === d || c === LF) break;
            k++;
          }
          if (k >= len && !final) return pos;
          let end = k;
          if ((k >= len || text.charCodeAt(k) === LF) && end > i && text.charCodeAt(end - 1) === CR) end--;
          value = text.slice(i, end);
          i = k;
        }
        if (value.length > maxCellLength) {
          cellTooLong(rowNumber + 1, fields.length, value.length);
          return FAILED;
        }
        fields.push(value);
        if (i >= len) {
          if (!final) return pos;
                    i = len;
          break;
        }
        const c = text.charCodeAt(i);
        if (c === d) {
          i++;
          if (i >= len) {
            if (!final) return pos;
            fields.push('');
                        break;
          }
          continue;
        }
        if (c === CR) {
          if (i + 1 >= len && !final) return pos;
          i++;
        }
        i++;
                break;
      }
      rowNumber++;
      if (rowNumber > maxRows) {
        tooManyRows();
        return FAILED;
      }
      if (unterminated) {
        fail(
          ioFinding({
            ruleId: ioRules.unterminatedQuote,
            severity: 'error',
            vi: `Trường trong dấu ngoặc kép không được đóng (bắt đầu ở dòng ${rowNumber})`,
            en: `A quoted field is never closed (it starts on row ${rowNumber})`,
            location: locationOf(file, undefined, rowNumber, columnName(fields.length - 1)),
          }),
        );
        return FAILED;
      }
      out.push({ row: rowNumber, fields });
      pos = i;
    }
    return pos;
  }

  function pushText(chunk: string, final: boolean): CsvRecord[] {
    if (failed) return [];
    let text = pending + chunk;
    if (!started && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      started = true;
    }
    if (delimiter === undefined) {
      if (!final && !text.includes('\n') && text.length <= maxRecordLength) {
        pending = text;
        return [];
      }
      delimiter = detectDelimiter(text.length > 65_536 ? text.slice(0, 65_536) : text);
      delimiterCode = delimiter.charCodeAt(0);
    }
    if (normalize) {
      const last = final ? text.length : text.lastIndexOf('\n') + 1;
      if (last > 0) {
        const lines = text.slice(0, last).normalize('NFC');
        text = last === text.length ? lines : lines + text.slice(last);
      }
    }
    const out: CsvRecord[] = [];
    const consumed = parse(text, final, out);
    if (consumed === FAILED) return out;
    pending = consumed >= text.length ? '' : text.slice(consumed);
    if (pending.length > maxRecordLength) {
      fail(
        ioFinding({
          ruleId: ioRules.cellTooLong,
          severity: 'error',
          vi: `Dòng quá dài: hơn ${maxRecordLength} ký tự (có thể thiếu dấu ngoặc kép đóng)`,
          en: `Row too long: more than ${maxRecordLength} characters (perhaps a closing quote is missing)`,
          location: locationOf(file, undefined, rowNumber + 1),
          data: { maxRecordLength },
        }),
      );
    }
    return out;
  }

  function decodeFailure(bytes: Uint8Array): CsvRecord[] {
    const guess = detectLegacyEncoding(bytes);
    if (guess !== undefined) {
      const name = legacyEncodingNames[guess.encoding];
      return fail(
        ioFinding({
          ruleId: ioRules.legacyEncoding,
          severity: 'error',
          vi: `Tệp không phải UTF-8 mà có vẻ là tiếng Việt mã ${name}; hãy chuyển sang Unicode UTF-8 rồi đọc lại`,
          en: `The file is not UTF-8 but looks like Vietnamese in ${name}; convert it to Unicode UTF-8 and read it again`,
          location: locationOf(file),
          data: { encoding: guess.encoding, scores: guess.scores },
        }),
      );
    }
    return fail(
      ioFinding({
        ruleId: ioRules.invalidUtf8,
        severity: 'error',
        vi: `Tệp không phải UTF-8 hợp lệ (gần byte ${bytesSeen}); hãy lưu lại tệp dạng CSV UTF-8`,
        en: `The file is not valid UTF-8 (near byte ${bytesSeen}); save it again as CSV UTF-8`,
        location: locationOf(file, undefined, rowNumber + 1),
        data: { offset: bytesSeen },
      }),
    );
  }

  function pushBytes(chunk: Uint8Array, final: boolean): CsvRecord[] {
    if (failed) return [];
    let bytes = chunk;
    if (decoder === undefined) {
      const joined = head === undefined ? chunk : concat(head, chunk);
      if (joined.length < 3 && !final) {
        head = joined;
        return [];
      }
      head = undefined;
      bytes = joined;
      if (bytes[0] === 0xff && bytes[1] === 0xfe) {
        decoder = createTextDecoder('utf-16le', true);
        bytes = bytes.subarray(2);
      } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
        decoder = createTextDecoder('utf-16be', true);
        bytes = bytes.subarray(2);
      } else {
        decoder = createTextDecoder('utf-8', true);
      }
    }
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: !final });
    } catch {
      return decodeFailure(bytes);
    }
    bytesSeen += bytes.length;
    return pushText(text, final);
  }

  return {
    push(chunk) {
      if (ended) throw new EgovError({ code: 'invalid-state', message: 'CsvParser.push after end()' });
      return typeof chunk === 'string' ? pushText(chunk, false) : pushBytes(chunk, false);
    },
    end() {
      if (ended) return [];
      ended = true;
      if (decoder !== undefined || head !== undefined) return pushBytes(new Uint8Array(0), true);
      return pushText('', true);
    },
    get findings() {
      return findings;
    },
    get failed() {
      return failed;
    },
    get delimiter() {
      return delimiter;
    },
    get rowCount() {
      return rowNumber;
    },
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function columnName(index: number): string {
  let letters = '';
  let n = index + 1;
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
