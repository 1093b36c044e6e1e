import { EgovError, type Finding } from '@egov/core';
import { detectLegacyEncoding, legacyEncodingNames } from '../encoding/detect-legacy-encoding';
import { ioFinding, locationOf } from '../io-finding';
import { ioRules } from '../io-rules';
import { defaultLimits } from '../limits';
import { detectDelimiter, type CsvDelimiter } from './detect-delimiter';
import { createTextDecoder, type TextDecoderLike } from '../encoding/text-decoder';

/**
 * Why the parser set a record aside: a quote opened at the start of a field and never closed
 * (`unterminated-quote`), or a quote that swallowed the following lines (`stray-quote`, see
 * {@link createCsvParser}).
 */
export type CsvSetAsideReason = 'unterminated-quote' | 'stray-quote';

/** One CSV record: its 1-based row number (as a spreadsheet counts rows) and its raw fields. */
export interface CsvRecord {
  readonly row: number;
  readonly fields: string[];
  /**
   * Set only on a record the parser set aside (returned only with `keepSetAside: true`): its fields are
   * the row's line split at every delimiter, quotes kept as text. Never count such a record as data.
   */
  readonly setAside?: CsvSetAsideReason;
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
  /**
   * Also return the records set aside for a quote problem, marked with {@link CsvRecord.setAside}
   * (default `false`: they are left out, and named in the findings either way).
   */
  readonly keepSetAside?: boolean;
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
  /**
   * Findings so far. An error stops the parser (`failed`), except the quote errors that name rows set
   * aside: those rows are left out and the parser goes on with the next line.
   */
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
 * and line breaks; LF, CRLF and CR-only line ends (the style is taken from the first line end outside
 * quotes); blank lines are skipped but counted, so row numbers match what Excel shows. Leniency: a
 * stray quote inside an unquoted field is kept, text after a closing quote on the same line is appended.
 *
 * A quote that swallows the following lines is never accepted silently. When a field opened by a quote
 * is never closed, or its closing quote is followed by more text, or it is longer than a cell may be,
 * or one of the lines it swallowed looks like a whole record (at least as many fields as the record
 * and at least 3), the row where the quote opened is set aside (an `io/csv-unterminated-quote` or
 * `io/csv-stray-quote` error naming it) and parsing goes on with the next line, so the swallowed lines
 * are read as rows again. Cost stays linear: a line is scanned at most twice.
 *
 * Unquoted lines are split with `String.prototype.split`, which is what makes it fast (see
 * `bench/csv-throughput.ts`).
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
  const keepSetAside = options.keepSetAside ?? false;
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
  // Line ends: undecided until the first line end outside quotes; CR-only files are turned into LF.
  let crOnly: boolean | undefined;
  let carriedCr = false;
  const setAside: Record<CsvSetAsideReason, { rows: number[]; count: number }> = {
    'unterminated-quote': { rows: [], count: 0 },
    'stray-quote': { rows: [], count: 0 },
  };

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
      let suspect: CsvSetAsideReason | undefined;
      // Quoted values that span lines, checked for swallowed records once the record is complete.
      let multiline: string[] | undefined;
      for (;;) {
        let value: string;
        if (text.charCodeAt(i) === QUOTE) {
          value = '';
          let j = i + 1;
          let closed = true;
          for (;;) {
            const q = text.indexOf('"', j);
            if (q === -1) {
              if (!final && len - pos <= maxRecordLength) return pos;
              closed = false;
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
          if (!closed) {
            suspect = 'unterminated-quote';
            break;
          }
          // Lenient: text between a closing quote and the next delimiter is kept.
          let k = i;
          while (k < len) {
            const c = text.charCodeAt(k);
            if (c === d || c === LF || (c === CR && (k + 1 >= len || text.charCodeAt(k + 1) === LF))) break;
            k++;
          }
          const spans = value.includes('\n');
          if (spans && (k > i || value.length > maxCellLength)) {
            // A closing quote followed by text, or a cell longer than any cell may be: the quote that
            // opened this field was a stray one and swallowed the lines after it.
            suspect = 'stray-quote';
            break;
          }
          if (k > i) value += text.slice(i, k);
          if (spans) (multiline ??= []).push(value);
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
      if (suspect === undefined && multiline !== undefined && swallowsRecords(multiline, sep, fields.length)) {
        suspect = 'stray-quote';
      }
      rowNumber++;
      if (rowNumber > maxRows) {
        tooManyRows();
        return FAILED;
      }
      if (suspect !== undefined) {
        // Set the row where the quote opened aside, read as plain text, and go on with the next line.
        let eol = text.indexOf('\n', pos);
        if (eol === -1) eol = len;
        let line = text.slice(pos, eol);
        if (line.length > 0 && line.charCodeAt(line.length - 1) === CR) line = line.slice(0, -1);
        const entry = setAside[suspect];
        entry.count++;
        if (entry.rows.length < 100) entry.rows.push(rowNumber);
        if (keepSetAside) {
          const lineFields = line.split(sep).map((field) => (field.length > maxCellLength ? field.slice(0, maxCellLength) : field));
          out.push({ row: rowNumber, fields: lineFields, setAside: suspect });
        }
        pos = eol + 1;
        continue;
      }
      out.push({ row: rowNumber, fields });
      pos = i;
    }
    return pos;
  }

  function pushText(chunk: string, final: boolean): CsvRecord[] {
    if (failed) return [];
    let incoming = chunk;
    if (!started && incoming.length > 0) {
      if (incoming.charCodeAt(0) === 0xfeff) incoming = incoming.slice(1);
      started = true;
    }
    if (crOnly === undefined) {
      const head = pending + incoming;
      crOnly = lineEndStyle(head, final);
      if (crOnly === undefined) {
        if (head.length <= maxRecordLength) {
          pending = head;
          return [];
        }
        crOnly = false;
      }
      pending = '';
      incoming = head;
    }
    if (crOnly) {
      // CR-only line ends (old Mac exports): every CR, or CRLF, becomes LF. A CR at the end of a
      // chunk waits for the next one, which may start with its LF.
      if (carriedCr) incoming = '\r' + incoming;
      carriedCr = !final && incoming.endsWith('\r');
      if (carriedCr) incoming = incoming.slice(0, -1);
      incoming = incoming.replace(/\r\n?/g, '\n');
    }
    let text = pending + incoming;
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
      return [...findings, ...setAsideFindings(setAside, file)];
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

/**
 * Decides the line-end style from the first CR or LF outside quotes: `true` when it is a CR not
 * followed by LF (CR-only), `undefined` while no line end has been seen and more text may come.
 */
function lineEndStyle(text: string, final: boolean): boolean | undefined {
  let inQuotes = false;
  let firstAny = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (c === LF || c === CR) {
      if (firstAny === -1) firstAny = i;
      if (inQuotes) continue;
      if (c === LF) return false;
      if (i + 1 >= text.length) return final ? true : undefined;
      return text.charCodeAt(i + 1) !== LF;
    }
  }
  if (!final) return undefined;
  // Only quoted line ends (or a stray quote on the first line): judge by the first line end at all.
  if (firstAny === -1) return false;
  return text.charCodeAt(firstAny) === CR && text.charCodeAt(firstAny + 1) !== LF;
}

/**
 * Whether a multi-line quoted value holds whole records: a line after its first line break with at
 * least as many fields as the record (and at least 3). A legitimate multi-line cell rarely has that
 * many delimiters on one of its lines; a stray quote that swallowed data lines does.
 */
function swallowsRecords(values: readonly string[], sep: string, recordFields: number): boolean {
  const needed = Math.max(3, recordFields);
  for (const value of values) {
    let start = value.indexOf('\n') + 1;
    while (start > 0) {
      const next = value.indexOf('\n', start);
      const end = next === -1 ? value.length : next;
      let count = 1;
      for (let k = value.indexOf(sep, start); k !== -1 && k < end; k = value.indexOf(sep, k + 1)) count++;
      if (count >= needed) return true;
      start = next + 1;
    }
  }
  return false;
}

function setAsideFindings(
  setAside: Readonly<Record<CsvSetAsideReason, { rows: readonly number[]; count: number }>>,
  file: string | undefined,
): Finding[] {
  const out: Finding[] = [];
  for (const reason of ['unterminated-quote', 'stray-quote'] as const) {
    const { rows, count } = setAside[reason];
    const first = rows[0];
    if (first === undefined) continue;
    const listed = rows.slice(0, 10).join(', ') + (count > 10 ? ', …' : '');
    const unterminated = reason === 'unterminated-quote';
    out.push(
      ioFinding({
        ruleId: unterminated ? ioRules.unterminatedQuote : ioRules.strayQuote,
        severity: 'error',
        vi: unterminated
          ? `Dấu ngoặc kép mở ở đầu ô không được đóng (dòng ${listed}): ${count} dòng bị để riêng, không tính vào mọi tổng; các dòng sau được đọc lại bình thường. Hãy đóng dấu ngoặc kép hoặc xoá nó`
          : `Dấu ngoặc kép lạc nuốt các dòng sau nó (dòng ${listed}): ${count} dòng bị để riêng, không tính vào mọi tổng; các dòng bị nuốt được đọc lại bình thường. Hãy xoá dấu ngoặc kép lạc hoặc đóng nó đúng chỗ`,
        en: unterminated
          ? `A quote opening a field is never closed (row ${listed}): ${count} row(s) set aside and left out of every total; the lines after it were read as rows. Close the quote or remove it`
          : `A stray quote swallows the lines after it (row ${listed}): ${count} row(s) set aside and left out of every total; the swallowed lines were read as rows. Remove the stray quote or close it where the field ends`,
        location: locationOf(file, undefined, first),
        data: { rows: [...rows], count, reason },
      }),
    );
  }
  return out;
}
