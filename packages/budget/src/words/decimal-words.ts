import { EgovError, createFinding, err, ok, type Result } from '@egov/core';
import { numberToWords } from './number-to-words';
import type { WordsOptions } from './words-options';
import { safeWordsToNumber, type WordsToNumberOptions } from './words-to-number';

/** Options of {@link decimalToWords}: the words options and the decimal mark word. */
export interface DecimalWordsOptions extends WordsOptions {
  /** `phẩy` (default, the Vietnamese decimal comma) or `chấm` (a decimal point read aloud). */
  readonly separator?: 'phẩy' | 'chấm';
}

/**
 * Reads a decimal number in Vietnamese words, as school books and documents do: the integer part, then
 * "phẩy", then the decimals read as a number, each leading zero read "không" (2,38 → "hai phẩy ba mươi
 * tám"; 2,05 → "hai phẩy không năm"; 304,23 → "ba trăm linh bốn phẩy hai mươi ba"). For rates and
 * amounts in triệu or tỷ; amounts in đồng are whole and use {@link numberToWords}.
 *
 * @param value - A canonical decimal string ("-304.23"), or a safe number.
 * @param options - Words options and the decimal mark word.
 * @returns The words.
 * @throws {EgovError} `budget/words-not-decimal` when `value` is not a decimal number.
 * @example
 * ```ts
 * decimalToWords('15.2'); // "mười lăm phẩy hai"
 * decimalToWords('2.05'); // "hai phẩy không năm"
 * ```
 */
export function decimalToWords(value: string | number, options: DecimalWordsOptions = {}): string {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) {
    throw new EgovError({ code: 'budget/words-not-decimal', message: `Expected a decimal number such as "15.2", found "${text}"` });
  }
  const [, sign = '', intPart = '0', fracPart] = match;
  const plain = { ...options, currency: false, even: false, capitalize: false };
  let words = numberToWords(intPart, plain);
  if (fracPart !== undefined) {
    const zeros = /^0*/.exec(fracPart)?.[0].length ?? 0;
    const rest = fracPart.slice(zeros);
    const parts = [...Array<string>(zeros).fill('không'), ...(rest === '' ? [] : [numberToWords(rest, plain)])];
    words += ` ${options.separator ?? 'phẩy'} ${parts.join(' ')}`;
  }
  const isZero = /^0+(?:\.0+)?$/.test(`${intPart}${fracPart === undefined ? '' : `.${fracPart}`}`);
  if (sign === '-' && !isZero) words = `âm ${words}`;
  if (options.currency === true) words += ' đồng';
  if (options.even === true) words += ' chẵn';
  return options.capitalize === true ? words.charAt(0).toUpperCase() + words.slice(1) : words;
}

/**
 * Reads a decimal number written in words ("mười lăm phẩy hai", "ba trăm linh bốn chấm hai mươi ba")
 * back into a canonical decimal string, accepting the variants of {@link safeWordsToNumber}.
 *
 * @param text - The words.
 * @param options - Where the words are, for findings.
 * @returns The decimal ("15.2"), or a `budget/words-invalid` finding.
 * @example
 * ```ts
 * const result = safeWordsToDecimal('hai phẩy không năm');
 * if (result.ok) result.value; // "2.05"
 * ```
 */
export function safeWordsToDecimal(text: string, options: WordsToNumberOptions = {}): Result<string> {
  const normalised = text.normalize('NFC');
  const split = /\s+(phẩy|chấm)\s+/iu.exec(normalised);
  const left = split === null ? normalised : normalised.slice(0, split.index);
  const integer = safeWordsToNumber(left, options);
  if (!integer.ok) return integer;
  if (split === null) return ok(integer.value.value.toString());
  const rightWords = normalised
    .slice(split.index + split[0].length)
    .trim()
    .split(/\s+/);
  let zeros = 0;
  while (rightWords[zeros]?.toLowerCase() === 'không') zeros++;
  const restText = rightWords.slice(zeros).join(' ');
  let digits = '0'.repeat(zeros);
  if (restText !== '' && !/^(đồng|chẵn|đồng chẵn)$/iu.test(restText)) {
    const rest = safeWordsToNumber(restText, options);
    if (!rest.ok) return rest;
    if (rest.value.value < 0n) {
      return err(
        createFinding({
          ruleId: 'budget/words-invalid',
          severity: 'error',
          message: {
            vi: `Không đọc được số bằng chữ "${text}": phần thập phân không được âm`,
            en: `Cannot read the number in words "${text}": the decimals cannot be negative`,
          },
          ...(options.path === undefined ? {} : { path: options.path }),
          ...(options.location === undefined ? {} : { location: options.location }),
          data: { text },
        }),
      );
    }
    digits += rest.value.value.toString();
  }
  if (digits === '') {
    return err(
      createFinding({
        ruleId: 'budget/words-invalid',
        severity: 'error',
        message: {
          vi: `Không đọc được số bằng chữ "${text}": thiếu phần thập phân sau "${split[1] ?? ''}"`,
          en: `Cannot read the number in words "${text}": no decimals after "${split[1] ?? ''}"`,
        },
        ...(options.path === undefined ? {} : { path: options.path }),
        ...(options.location === undefined ? {} : { location: options.location }),
        data: { text },
      }),
    );
  }
  const value = integer.value.value;
  const negative = value < 0n || /^\s*âm\s/iu.test(left);
  const magnitude = value < 0n ? -value : value;
  return ok(`${negative ? '-' : ''}${magnitude.toString()}.${digits}`);
}
