import { createFinding } from '../findings/create-finding';
import type { Finding } from '../findings/finding';
import { err, ok, type Result } from '../result/result';
import { toCanonicalDecimal } from './decimal-string';
import { findingPlace } from './finding-place';
import { formatVietnameseNumber } from './format-vietnamese-number';
import type {
  NumberNotation,
  NumberReading,
  ParsedNumber,
  ParseNumberOptions,
  SeparatorStyle,
} from './parsed-number';

/** Rule id: the text is not a number (empty, letters, malformed groups, stray text, …). */
const invalidRule = 'core/number-invalid';
/** Rule id: the text reads as two different numbers depending on the notation. */
const ambiguousRule = 'core/number-ambiguous';

// Spaces that may group thousands inside a number (SI style): NBSP, narrow NBSP, thin space.
const spaceSeparators = '\u00A0\u202F\u2009';
const token = `\\d+(?:[.,${spaceSeparators}]\\d+)*`;
// sign, numerator, optional "/ denominator", optional "%", then the rest (a unit, or garbage).
const numberPattern = new RegExp(`^([+\\-\\u2212]?)(${token})(?:\\s*\\/\\s*(${token}))?\\s*(%?)\\s*(.*)$`, 'su');
// A unit is one or more words that each start with a letter or a currency sign: "điểm", "tỷ đồng", "người/km²".
const unitPattern = /^[\p{L}₫$€][\p{L}\p{M}\p{N}./²³]*(?:\s+[\p{L}₫$€][\p{L}\p{M}\p{N}./²³]*)*$/u;

interface Decoded {
  readonly negative: boolean;
  readonly integer: string;
  readonly fraction: string;
}

type Decoding =
  | { readonly ok: true; readonly value: Decoded; readonly style: SeparatorStyle }
  | { readonly ok: false; readonly ambiguous?: readonly NumberReading[] };

/**
 * Reads a number as Vietnamese documents write it, without guessing: `"1.409"`, `"15,2"`, `"43/56"`,
 * `"100%"`, `"5,63 điểm"`, `"-2.200.000.000 đồng"`. Leading/trailing spaces (also NBSP), a leading `+`
 * or `-` (or `−`), NBSP/thin-space thousand groups and a trailing unit are handled.
 *
 * The notation is stated in `options.notation` (default `'vi'`: `.` groups thousands, `,` marks
 * decimals). With `'auto'` the text decides only when it can: `"1.409.000"` and `"15,2"` are clear,
 * `"15.200"` (15,2 or 15200?) and `"1,409"` are not, and yield a `core/number-ambiguous` finding whose
 * `data.candidates` lists both readings. Anything that is not a number yields `core/number-invalid`.
 * Never throws.
 *
 * The result keeps the exact decimal string (`decimal: "15.2"`) and the number of decimals printed
 * (`precision: 1`), so callers can compare money exactly and know that `"15,2"` is exact to 0,1.
 *
 * @param text - The text to read (a non-string yields a finding).
 * @param options - Notation, and the `path`/`location` to put on a finding.
 * @returns The parsed number, percentage or ratio, or a finding explaining why not.
 * @example
 * ```ts
 * safeParseVietnameseNumber('1.409'); // ok: { kind: 'number', value: 1409, decimal: '1409', precision: 0, … }
 * safeParseVietnameseNumber('5,63 điểm'); // ok: { kind: 'number', value: 5.63, unit: 'điểm', … }
 * safeParseVietnameseNumber('43/56'); // ok: { kind: 'ratio', numerator: 43, denominator: 56, … }
 * safeParseVietnameseNumber('100%'); // ok: { kind: 'percent', value: 100, fraction: 1, … }
 * safeParseVietnameseNumber('15.200', { notation: 'auto' }); // err: core/number-ambiguous
 * safeParseVietnameseNumber('abc'); // err: core/number-invalid
 * ```
 */
export function safeParseVietnameseNumber(
  text: string,
  options: ParseNumberOptions = {},
): Result<ParsedNumber> {
  const input: unknown = text;
  if (typeof input !== 'string') {
    return err(
      invalid(options, String(input), 'not-text', {
        vi: `Cần một số viết dạng văn bản, nhận được giá trị kiểu ${typeof input}`,
        en: `Expected a number as text, found a value of type ${typeof input}`,
      }),
    );
  }
  const trimmed = input.normalize('NFC').trim();
  if (trimmed === '') {
    return err(
      invalid(options, trimmed, 'empty', {
        vi: 'Cần một số, nhận được ô trống',
        en: 'Expected a number, found empty text',
      }),
    );
  }
  const match = numberPattern.exec(trimmed);
  if (match === null) {
    return err(
      invalid(options, trimmed, 'not-a-number', {
        vi: `Không đọc được số từ "${trimmed}"`,
        en: `Cannot read a number from "${trimmed}"`,
      }),
    );
  }
  const [, sign = '', numeratorText = '', denominatorText, percent = '', rest = ''] = match;
  const notation = options.notation ?? 'vi';

  if (rest !== '' && (percent !== '' || !unitPattern.test(rest))) {
    return err(
      invalid(options, trimmed, 'trailing-text', {
        vi: `Sau số trong "${trimmed}" có phần không đọc được: "${rest}"`,
        en: `Unexpected text "${rest}" after the number in "${trimmed}"`,
      }),
    );
  }
  if (denominatorText !== undefined && percent !== '') {
    return err(
      invalid(options, trimmed, 'not-a-number', {
        vi: `"${trimmed}" vừa là tỷ số vừa là phần trăm, không đọc được`,
        en: `"${trimmed}" is both a ratio and a percentage; cannot read it`,
      }),
    );
  }

  const numerator = decode(numeratorText, sign !== '' && sign !== '+', notation);
  if (!numerator.ok) return err(decodeFailure(options, trimmed, numeratorText, sign, notation, numerator));
  const unit = rest === '' ? {} : { unit: rest };

  if (denominatorText !== undefined) {
    const denominator = decode(denominatorText, false, notation);
    if (!denominator.ok) return err(decodeFailure(options, trimmed, denominatorText, '', notation, denominator));
    const numeratorDecimal = toCanonicalDecimal(numerator.value);
    const denominatorDecimal = toCanonicalDecimal(denominator.value);
    const numeratorValue = toFinite(numeratorDecimal);
    const denominatorValue = toFinite(denominatorDecimal);
    if (numeratorValue === undefined || denominatorValue === undefined) return err(outOfRange(options, trimmed));
    if (denominatorValue === 0) {
      return err(
        invalid(options, trimmed, 'zero-denominator', {
          vi: `Tỷ số "${trimmed}" có mẫu số bằng 0`,
          en: `The ratio "${trimmed}" has a zero denominator`,
        }),
      );
    }
    return ok({
      kind: 'ratio',
      text: trimmed,
      separatorStyle: combineStyles(numerator.style, denominator.style),
      numerator: numeratorValue,
      denominator: denominatorValue,
      numeratorDecimal,
      denominatorDecimal,
      value: numeratorValue / denominatorValue,
      ...unit,
    });
  }

  const decimal = toCanonicalDecimal(numerator.value);
  const value = toFinite(decimal);
  if (value === undefined) return err(outOfRange(options, trimmed));
  const precision = numerator.value.fraction.length;
  if (percent !== '') {
    return ok({
      kind: 'percent',
      text: trimmed,
      separatorStyle: numerator.style,
      value,
      decimal,
      precision,
      fraction: value / 100,
    });
  }
  return ok({ kind: 'number', text: trimmed, separatorStyle: numerator.style, value, decimal, precision, ...unit });
}

/** Reads the digits and separators of one number token in the given notation. */
function decode(tokenText: string, negativeSign: boolean, notation: NumberNotation): Decoding {
  if (notation === 'vi' || notation === 'en') {
    const value = decodeAs(tokenText, notation);
    if (value === undefined) return { ok: false };
    return { ok: true, value: { ...value, negative: negativeSign }, style: styleOf(tokenText, notation) };
  }
  const vi = decodeAs(tokenText, 'vi');
  const en = decodeAs(tokenText, 'en');
  if (vi !== undefined && en !== undefined) {
    const viDecimal = toCanonicalDecimal({ ...vi, negative: negativeSign });
    const enDecimal = toCanonicalDecimal({ ...en, negative: negativeSign });
    if (viDecimal !== enDecimal) {
      return {
        ok: false,
        ambiguous: [
          { notation: 'vi', decimal: viDecimal, value: Number(viDecimal) },
          { notation: 'en', decimal: enDecimal, value: Number(enDecimal) },
        ],
      };
    }
  }
  const found = vi ?? en;
  if (found === undefined) return { ok: false };
  return {
    ok: true,
    value: { ...found, negative: negativeSign },
    style: styleOf(tokenText, vi === undefined ? 'en' : 'vi'),
  };
}

/**
 * Decodes `tokenText` with one notation, or `undefined` when it does not fit: the decimal mark may
 * appear once, last; groups (by the thousands mark or a thin space, one kind only) are 1–3 digits not
 * starting with 0, then exactly 3 digits each.
 */
function decodeAs(tokenText: string, notation: 'vi' | 'en'): Omit<Decoded, 'negative'> | undefined {
  const decimalMark = notation === 'vi' ? ',' : '.';
  const groupMark = notation === 'vi' ? '.' : ',';
  const pieces = tokenText.split(/[.,\u00A0\u202F\u2009]/);
  const marks = tokenText.replace(/\d/g, '');
  let integerPieces = pieces;
  let fraction = '';
  let groupMarks = marks;
  if (marks.endsWith(decimalMark)) {
    integerPieces = pieces.slice(0, -1);
    fraction = pieces.at(-1) ?? '';
    groupMarks = marks.slice(0, -1);
  }
  if (groupMarks.includes(decimalMark)) return undefined;
  if (groupMarks !== '') {
    const first = groupMarks.charAt(0);
    if (first !== groupMark && !spaceSeparators.includes(first)) return undefined;
    if (groupMarks.replaceAll(first, '') !== '') return undefined;
    const [head = '', ...tail] = integerPieces;
    if (!/^[1-9]\d{0,2}$/.test(head) || tail.some((piece) => piece.length !== 3)) return undefined;
  }
  return { integer: integerPieces.join(''), fraction };
}

function styleOf(tokenText: string, notation: 'vi' | 'en'): SeparatorStyle {
  return /[.,]/.test(tokenText) ? notation : 'none';
}

function combineStyles(a: SeparatorStyle, b: SeparatorStyle): SeparatorStyle {
  return a === 'none' ? b : a;
}

function toFinite(decimal: string): number | undefined {
  const value = Number(decimal);
  return Number.isFinite(value) ? value + 0 : undefined;
}

function decodeFailure(
  options: ParseNumberOptions,
  trimmed: string,
  tokenText: string,
  sign: string,
  notation: NumberNotation,
  decoding: Extract<Decoding, { ok: false }>,
): Finding {
  if (decoding.ambiguous !== undefined) {
    const [viReading, enReading] = decoding.ambiguous;
    const viText = viReading?.decimal ?? '?';
    const enText = enReading?.decimal ?? '?';
    return createFinding({
      ruleId: ambiguousRule,
      severity: 'error',
      message: {
        vi: `Số "${trimmed}" không rõ nghĩa: theo cách viết Việt Nam là ${describeVi(viReading?.decimal)}, theo cách viết tiếng Anh là ${describeVi(enReading?.decimal)}; hãy nêu rõ cách viết số`,
        en: `The number "${trimmed}" is ambiguous: ${viText} in Vietnamese notation (dot groups thousands, comma marks decimals), ${enText} in English notation; state the notation`,
      },
      ...findingPlace(options),
      data: { input: trimmed, candidates: decoding.ambiguous },
    });
  }
  if (notation === 'auto') {
    return createFinding({
      ruleId: invalidRule,
      severity: 'error',
      message: {
        vi: `"${trimmed}" không phải là số viết đúng cách, theo cả cách viết Việt Nam lẫn tiếng Anh`,
        en: `"${trimmed}" is not a valid number in either Vietnamese or English notation`,
      },
      ...findingPlace(options),
      data: { input: trimmed, reason: 'malformed', notation },
    });
  }
  const other = decodeAs(tokenText, notation === 'vi' ? 'en' : 'vi');
  // Only a hint: the notation was stated, so the other reading is never taken silently.
  const hint = other === undefined ? undefined : toCanonicalDecimal({ ...other, negative: sign === '-' || sign === '\u2212' });
  const rule =
    notation === 'vi'
      ? { vi: 'dấu chấm phân cách hàng nghìn, dấu phẩy thập phân', en: 'dot groups thousands, comma marks decimals' }
      : { vi: 'dấu phẩy phân cách hàng nghìn, dấu chấm thập phân', en: 'comma groups thousands, dot marks decimals' };
  return createFinding({
    ruleId: invalidRule,
    severity: 'error',
    message: {
      vi:
        `"${trimmed}" không phải là số viết đúng cách (${rule.vi})` +
        (hint === undefined ? '' : `; nếu viết theo cách còn lại thì là ${describeVi(hint)}`),
      en:
        `"${trimmed}" is not a valid number in ${notation} notation (${rule.en})` +
        (hint === undefined ? '' : `; in the other notation it would read ${hint}`),
    },
    ...findingPlace(options),
    data: {
      input: trimmed,
      reason: 'malformed',
      notation,
      ...(hint === undefined ? {} : { otherNotationReading: hint }),
    },
  });
}

function describeVi(decimal: string | undefined): string {
  if (decimal === undefined) return '?';
  // Written without thousand groups, so that a Vietnamese reader cannot misread it once more.
  return formatVietnameseNumber(decimal).replace(/\./g, '');
}

function outOfRange(options: ParseNumberOptions, trimmed: string): Finding {
  return invalid(options, trimmed, 'out-of-range', {
    vi: `Số "${trimmed}" quá lớn`,
    en: `The number "${trimmed}" is too large`,
  });
}

function invalid(
  options: ParseNumberOptions,
  input: string,
  reason: string,
  message: { readonly vi: string; readonly en: string },
): Finding {
  return createFinding({
    ruleId: invalidRule,
    severity: 'error',
    message,
    ...findingPlace(options),
    data: { input, reason },
  });
}
