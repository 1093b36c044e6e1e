import {
  createFinding,
  err,
  ok,
  type Finding,
  type PointerSegment,
  type Result,
  type SourceLocation,
} from '@egov/core';
import { Amount } from '../amount/amount';

/** Options of {@link safeWordsToNumber}: where the words are, for findings. */
export interface WordsToNumberOptions {
  /** JSON pointer (or segments) of the text in the input. */
  readonly path?: string | readonly PointerSegment[];
  /** Position in the user's file. */
  readonly location?: SourceLocation;
}

/** A number read from words, with the decorations the text carried. */
export interface ParsedWords {
  /** The number. */
  readonly value: bigint;
  /** Whether the text ended with "đồng". */
  readonly currency: boolean;
  /** Whether the text ended with "chẵn". */
  readonly even: boolean;
}

type Token =
  | { readonly kind: 'digit'; readonly value: number; readonly word: string }
  | { readonly kind: 'hundred' | 'tens' | 'ten' | 'zeroTens'; readonly word: string }
  | { readonly kind: 'scale'; readonly exponent: 3 | 6 | 9; readonly word: string };

const vocabulary: ReadonlyMap<string, Token> = new Map<string, Token>([
  ['không', { kind: 'digit', value: 0, word: 'không' }],
  ['một', { kind: 'digit', value: 1, word: 'một' }],
  ['mốt', { kind: 'digit', value: 1, word: 'mốt' }],
  ['hai', { kind: 'digit', value: 2, word: 'hai' }],
  ['ba', { kind: 'digit', value: 3, word: 'ba' }],
  ['bốn', { kind: 'digit', value: 4, word: 'bốn' }],
  ['tư', { kind: 'digit', value: 4, word: 'tư' }],
  ['năm', { kind: 'digit', value: 5, word: 'năm' }],
  ['lăm', { kind: 'digit', value: 5, word: 'lăm' }],
  ['sáu', { kind: 'digit', value: 6, word: 'sáu' }],
  ['bảy', { kind: 'digit', value: 7, word: 'bảy' }],
  ['bẩy', { kind: 'digit', value: 7, word: 'bẩy' }],
  ['tám', { kind: 'digit', value: 8, word: 'tám' }],
  ['chín', { kind: 'digit', value: 9, word: 'chín' }],
  ['trăm', { kind: 'hundred', word: 'trăm' }],
  ['mươi', { kind: 'tens', word: 'mươi' }],
  ['mười', { kind: 'ten', word: 'mười' }],
  ['linh', { kind: 'zeroTens', word: 'linh' }],
  ['lẻ', { kind: 'zeroTens', word: 'lẻ' }],
  ['nghìn', { kind: 'scale', exponent: 3, word: 'nghìn' }],
  ['ngàn', { kind: 'scale', exponent: 3, word: 'ngàn' }],
  ['triệu', { kind: 'scale', exponent: 6, word: 'triệu' }],
  ['tỷ', { kind: 'scale', exponent: 9, word: 'tỷ' }],
  ['tỉ', { kind: 'scale', exponent: 9, word: 'tỉ' }],
]);

/** Words that spell a unit digit in a given position; "mốt" only after "mươi", "lăm" only after mười/mươi. */
const plainDigit = new Set(['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín']);
const afterTen = new Set([...plainDigit, 'lăm', 'tư']);
const afterTens = new Set([...plainDigit, 'mốt', 'lăm', 'tư']);
const afterZeroTens = new Set([...plainDigit, 'tư']);

class WordsError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

function unitDigit(token: Token | undefined, allowed: ReadonlySet<string>, after: string): number {
  if (token?.kind !== 'digit' || !allowed.has(token.word)) {
    const found = token === undefined ? 'nothing' : `"${token.word}"`;
    throw new WordsError(
      `sau "${after}" cần một chữ số hàng đơn vị, gặp ${token === undefined ? 'hết câu' : `"${token.word}"`}`,
      `after "${after}" a unit digit is expected, found ${found}`,
    );
  }
  return token.value;
}

/** Reads 0–999 from the tokens of one group. */
function readGroup(tokens: readonly Token[]): number {
  if (tokens.length === 0) throw new WordsError('thiếu số trước đơn vị', 'a number is missing before a scale word');
  let i = 0;
  let value = 0;
  let hundreds = false;
  const first = tokens[0];
  if (first?.kind === 'digit' && tokens[1]?.kind === 'hundred' && first.word !== 'mốt' && first.word !== 'lăm' && first.word !== 'tư') {
    value = first.value * 100;
    hundreds = true;
    i = 2;
  }
  const rest = tokens.slice(i);
  const [a, b, c, ...extra] = rest;
  if (a === undefined) return value;
  let tail: number;
  let used: number;
  if (a.kind === 'zeroTens') {
    tail = unitDigit(b, afterZeroTens, a.word);
    used = 2;
  } else if (a.kind === 'ten') {
    tail = 10 + (b === undefined ? 0 : unitDigit(b, afterTen, 'mười'));
    used = b === undefined ? 1 : 2;
  } else if (a.kind === 'digit' && b?.kind === 'tens') {
    if (a.value < 2 || !plainDigit.has(a.word)) {
      throw new WordsError(`"${a.word} mươi" không phải là số`, `"${a.word} mươi" is not a number`);
    }
    tail = a.value * 10 + (c === undefined ? 0 : unitDigit(c, afterTens, 'mươi'));
    used = c === undefined ? 2 : 3;
  } else if (a.kind === 'digit' && b === undefined && !hundreds) {
    if (!plainDigit.has(a.word) && a.word !== 'không') {
      throw new WordsError(`"${a.word}" không đứng một mình`, `"${a.word}" cannot stand alone`);
    }
    tail = a.value;
    used = 1;
  } else if (a.kind === 'digit' && b === undefined && hundreds) {
    // "một trăm năm" is 150 in speech and 105 to a careless writer: refuse rather than guess.
    throw new WordsError(
      `"trăm ${a.word}" không rõ nghĩa: viết "trăm linh ${a.word}" hoặc "trăm ${a.word} mươi"`,
      `"trăm ${a.word}" is ambiguous: write "trăm linh ${a.word}" or "trăm ${a.word} mươi"`,
    );
  } else {
    throw new WordsError(`không đọc được "${a.word}" ở vị trí này`, `unexpected "${a.word}"`);
  }
  if (rest.length > used || extra.length > 0) {
    const unexpected = rest[used];
    throw new WordsError(
      `thừa từ "${unexpected?.word ?? ''}"`,
      `unexpected "${unexpected?.word ?? ''}" after a complete group`,
    );
  }
  return value + tail;
}

/** Reads 0–999 999 999 from the tokens of one nine-digit block ("… triệu … nghìn …"). */
function readBlock(tokens: readonly Token[]): number {
  let millions = 0;
  let thousands = 0;
  let start = 0;
  let seenMillion = false;
  let seenThousand = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.kind !== 'scale') continue;
    const group = readGroup(tokens.slice(start, i));
    if (token.exponent === 6) {
      if (seenMillion || seenThousand) {
        throw new WordsError(`"triệu" đứng sai chỗ`, `"triệu" is out of place`);
      }
      millions = group;
      seenMillion = true;
    } else {
      if (seenThousand) throw new WordsError(`"${token.word}" lặp lại`, `"${token.word}" is repeated`);
      thousands = group;
      seenThousand = true;
    }
    start = i + 1;
  }
  const units = start < tokens.length ? readGroup(tokens.slice(start)) : 0;
  return millions * 1_000_000 + thousands * 1000 + units;
}

function tokenize(text: string): { tokens: Token[]; negative: boolean; currency: boolean; even: boolean } {
  let words = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[.,;:!?()[\]"“”'‘’/\\-]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words[0] === 'bằng' && words[1] === 'chữ') words = words.slice(2);
  let even = false;
  let currency = false;
  if (words.at(-1) === 'chẵn') {
    even = true;
    words = words.slice(0, -1);
  }
  if (words.at(-1) === 'đồng') {
    currency = true;
    words = words.slice(0, -1);
  }
  if (!even && words.at(-1) === 'chẵn') {
    even = true;
    words = words.slice(0, -1);
  }
  let negative = false;
  if (words[0] === 'âm') {
    negative = true;
    words = words.slice(1);
  }
  if (words.length === 0) throw new WordsError('không có chữ số nào', 'no number words found');
  const tokens = words.map((word) => {
    const token = vocabulary.get(word);
    if (token === undefined) {
      throw new WordsError(`không nhận ra từ "${word}"`, `unknown word "${word}"`);
    }
    return token;
  });
  return { tokens, negative, currency, even };
}

function parse(text: string): ParsedWords {
  const { tokens, negative, currency, even } = tokenize(text);
  // Split at runs of "tỷ": the words before a run of k "tỷ" are the block worth 10^(9k).
  let value = 0n;
  let previousRun = Number.POSITIVE_INFINITY;
  let segment: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token?.kind === 'scale' && token.exponent === 9) {
      let run = 0;
      while (tokens[i]?.kind === 'scale' && (tokens[i] as { exponent?: number }).exponent === 9) {
        run++;
        i++;
      }
      if (run >= previousRun) {
        throw new WordsError('các hàng tỷ không theo thứ tự giảm dần', '"tỷ" blocks are not in decreasing order');
      }
      value += BigInt(readBlock(segment)) * 10n ** BigInt(9 * run);
      previousRun = run;
      segment = [];
    } else if (token !== undefined) {
      segment.push(token);
      i++;
    }
  }
  if (segment.length > 0) value += BigInt(readBlock(segment));
  return { value: negative ? -value : value, currency, even };
}

function toFinding(error: WordsError, text: string, options: WordsToNumberOptions): Finding {
  return createFinding({
    ruleId: 'budget/words-invalid',
    severity: 'error',
    message: {
      vi: `Không đọc được số bằng chữ "${text}": ${error.vi}`,
      en: `Cannot read the number in words "${text}": ${error.en}`,
    },
    ...(options.path === undefined ? {} : { path: options.path }),
    ...(options.location === undefined ? {} : { location: options.location }),
    data: { text },
  });
}

/**
 * Reads a number written in Vietnamese words, accepting the formal style and its regional variants
 * ("lẻ", "ngàn", "tỉ", "bốn" after "mươi", "bẩy"), an optional leading "âm" (negative), "Bằng chữ:"
 * label, trailing "đồng" and "chẵn", any capitalisation and punctuation. Numbers of 10^18 and more use
 * repeated "tỷ" ("một tỷ tỷ"), as {@link numberToWords} writes them. Nonsense ("mười mười", "trăm",
 * "một tỷ triệu") and ambiguous shorthand ("một trăm năm") give a `budget/words-invalid` finding that
 * names the word at fault.
 *
 * @param text - The words.
 * @param options - Where the words are, for findings.
 * @returns The number and whether "đồng"/"chẵn" were present, or a finding.
 * @example
 * ```ts
 * const result = safeWordsToNumber('Mười lăm tỷ hai trăm triệu đồng');
 * if (result.ok) result.value.value; // 15200000000n
 * safeWordsToNumber('một nghìn không trăm lẻ năm'); // ok, 1005n
 * safeWordsToNumber('mười mười').ok; // false
 * ```
 */
export function safeWordsToNumber(text: string, options: WordsToNumberOptions = {}): Result<ParsedWords> {
  try {
    return ok(parse(text));
  } catch (error) {
    if (error instanceof WordsError) return err(toFinding(error, text, options));
    throw error;
  }
}

/**
 * Reads an amount in words ("Sáu tỷ đồng") as an {@link Amount}, accepting the same variants as
 * {@link safeWordsToNumber}.
 *
 * @param text - The amount in words.
 * @param options - Where the words are, for findings.
 * @returns The amount, or a `budget/words-invalid` finding.
 * @example
 * ```ts
 * const result = safeWordsToAmount('Sáu tỷ đồng');
 * if (result.ok) result.value.toString(); // "6000000000"
 * ```
 */
export function safeWordsToAmount(text: string, options: WordsToNumberOptions = {}): Result<Amount> {
  const result = safeWordsToNumber(text, options);
  return result.ok ? ok(Amount.fromDong(result.value.value)) : result;
}
