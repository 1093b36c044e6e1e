import { EgovError } from '@egov/core';
import type { Amount } from '../amount/amount';
import { isAmount } from '../amount/amount-brand';
import type { WordsOptions } from './words-options';

const digitWords = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

interface GroupTables {
  /** Readings of 0–999 as the first group of a number: no leading "không trăm" ("năm", "hai mươi"). */
  readonly leading: readonly string[];
  /** Readings of 0–999 as an inner group: all three digits ("không trăm linh năm"). */
  readonly full: readonly string[];
}

function digit(d: number): string {
  return digitWords[d] ?? '';
}

function readGroup(n: number, full: boolean, zeroTens: string, fourAfterTens: string): string {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const words: string[] = [];
  const withHundreds = full || h > 0;
  if (withHundreds) words.push(digit(h), 'trăm');
  if (t === 0) {
    // "linh"/"lẻ" marks the empty tens; the unit keeps its plain form: "linh năm", "linh bốn", "linh một".
    if (u > 0) {
      if (withHundreds) words.push(zeroTens);
      words.push(digit(u));
    }
  } else if (t === 1) {
    // "mười" (ten) takes "lăm" for 5; "một" and "bốn" stay: "mười một", "mười bốn", "mười lăm".
    words.push('mười');
    if (u === 5) words.push('lăm');
    else if (u > 0) words.push(digit(u));
  } else {
    // "mươi" (tens) takes "mốt" for 1, "tư" (formal) for 4, "lăm" for 5: "hai mươi mốt", "hai mươi tư".
    words.push(digit(t), 'mươi');
    if (u === 1) words.push('mốt');
    else if (u === 4) words.push(fourAfterTens);
    else if (u === 5) words.push('lăm');
    else if (u > 0) words.push(digit(u));
  }
  return words.join(' ');
}

const tableCache = new Map<string, GroupTables>();
let defaultTables: GroupTables | undefined;

function tables(zeroTens: string, fourAfterTens: string): GroupTables {
  const key = `${zeroTens}|${fourAfterTens}`;
  let cached = tableCache.get(key);
  if (cached === undefined) {
    const leading: string[] = [];
    const full: string[] = [];
    for (let n = 0; n < 1000; n++) {
      leading.push(readGroup(n, false, zeroTens, fourAfterTens));
      full.push(readGroup(n, true, zeroTens, fourAfterTens));
    }
    cached = { leading, full };
    tableCache.set(key, cached);
  }
  return cached;
}

function toDigits(value: bigint | number | string | Amount): string {
  if (isAmount(value)) return value.toString();
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      throw new EgovError({
        code: 'budget/words-not-integer',
        message: `Expected a safe integer to read in words, found ${String(value)}; pass large values as bigint or string`,
      });
    }
    return String(value);
  }
  const text = value.trim();
  if (!/^-?\d+$/.test(text)) {
    throw new EgovError({
      code: 'budget/words-not-integer',
      message: `Expected a string of digits to read in words, found "${value}"`,
    });
  }
  return text;
}

/**
 * Reads a whole number in Vietnamese words, by the formal rules of official documents:
 * groups of three digits with "nghìn" (10^3) and "triệu" (10^6); "tỷ" once per block of nine digits
 * (1.100.000.000.000 = "một nghìn một trăm tỷ"); all-zero groups skipped; every group after the first
 * read with all three digits ("một nghìn không trăm linh năm"); "linh" for an empty tens digit; "mười" for
 * ten and "mươi" for tens; "mốt", "tư" and "lăm" after "mươi"; "lăm" after "mười"; "năm" after "linh".
 *
 * Numbers of 10^18 and more repeat "tỷ" for each further nine-digit block ("tỷ tỷ"): 10^18 = "một tỷ tỷ",
 * 10^21 = "một nghìn tỷ tỷ", 1.000.000.001.000.000.000 = "một tỷ tỷ không trăm linh một tỷ". This is the
 * convention of the grouping rule carried on; there is no official word above "tỷ". Negative numbers
 * start with "âm".
 *
 * @param value - A whole number: bigint, safe integer, digit string, or an {@link Amount}.
 * @param options - Spelling variants, "đồng", "chẵn" and capitalisation (all off by default).
 * @returns The words, lower case unless `capitalize`.
 * @throws {EgovError} `budget/words-not-integer` when `value` is not a whole number.
 * @example
 * ```ts
 * numberToWords(1_100_000_000_000n); // "một nghìn một trăm tỷ"
 * numberToWords(1_000_001); // "một triệu không trăm linh một"
 * numberToWords(24, { fourAfterTens: 'bốn' }); // "hai mươi bốn"
 * numberToWords(15_200_000_000, { currency: true, capitalize: true }); // "Mười lăm tỷ hai trăm triệu đồng"
 * ```
 */
export function numberToWords(value: bigint | number | string | Amount, options: WordsOptions = {}): string {
  let digits = typeof value === 'bigint' ? value.toString() : toDigits(value);
  const negative = digits.charCodeAt(0) === 45; // '-'
  if (negative) digits = digits.slice(1);
  if (typeof value === 'string') digits = digits.replace(/^0+(?=\d)/, '');
  const { leading, full } =
    options.zeroTens === undefined && options.fourAfterTens === undefined
      ? (defaultTables ??= tables('linh', 'tư'))
      : tables(options.zeroTens ?? 'linh', options.fourAfterTens ?? 'tư');
  const thousand = ` ${options.thousand ?? 'nghìn'}`;
  const billion = ` ${options.billion ?? 'tỷ'}`;
  // Plain string concatenation: this is the hot path of bulk conversion (≥ 500 000 amounts/s).
  let text = negative && digits !== '0' ? 'âm ' : '';
  if (digits === '0') {
    text += 'không';
  } else {
    const groupCount = Math.ceil(digits.length / 3);
    const padded = digits.padStart(groupCount * 3, '0');
    let started = false;
    let blockHasValue = false;
    for (let i = 0; i < groupCount; i++) {
      const g = groupCount - 1 - i; // group index from the right: 0 units, 1 nghìn, 2 triệu, 3 tỷ, ...
      const n =
        (padded.charCodeAt(i * 3) - 48) * 100 + (padded.charCodeAt(i * 3 + 1) - 48) * 10 + (padded.charCodeAt(i * 3 + 2) - 48);
      if (n !== 0) {
        text += started ? ` ${full[n] ?? ''}` : (leading[n] ?? '');
        started = true;
        blockHasValue = true;
        const position = g % 3;
        if (position === 1) text += thousand;
        else if (position === 2) text += ' triệu';
      }
      if (g % 3 === 0) {
        if (g > 0 && blockHasValue) for (let k = 0; k < g / 3; k++) text += billion;
        blockHasValue = false;
      }
    }
  }
  if (options.currency === true) text += ' đồng';
  if (options.even === true) text += ' chẵn';
  return options.capitalize === true ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/**
 * Reads an amount in words as documents print it: "đồng" appended and the first letter capitalised
 * ("Sáu tỷ đồng"). Same rules and options as {@link numberToWords}, with `currency` and `capitalize`
 * on by default.
 *
 * @param amount - The amount (or whole đồng).
 * @param options - Spelling variants; set `even: true` for "… đồng chẵn".
 * @returns The amount in words.
 * @throws {EgovError} `budget/words-not-integer` when given a non-integer number or string.
 * @example
 * ```ts
 * amountToWords(Amount.fromDong(6_000_000_000)); // "Sáu tỷ đồng"
 * amountToWords(Amount.fromUnit('15.2', 'ty')); // "Mười lăm tỷ hai trăm triệu đồng"
 * amountToWords(105_000_000, { even: true }); // "Một trăm linh năm triệu đồng chẵn"
 * ```
 */
export function amountToWords(amount: Amount | bigint | number | string, options: WordsOptions = {}): string {
  return numberToWords(amount, { currency: true, capitalize: true, ...options });
}
