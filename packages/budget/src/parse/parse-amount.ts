import {
  createFinding,
  err,
  ok,
  splitStatedFigure,
  unwrap,
  type Finding,
  type PointerSegment,
  type Result,
  type SourceLocation,
} from '@egov/core';
import { Amount } from '../amount/amount';
import { amountUnitExponents, type AmountUnit } from '../amount/amount-unit';
import { D } from '../amount/decimal';
import { fold } from '../text/fold';
import { formatAmount } from './format-amount';
import { unitFromText } from './unit-text';

/**
 * Which characters group thousands and mark decimals: `vi` ("2.200.000.000", "15,2"), `en`
 * ("2,200,000,000", "15.2") or `auto` (decide from the text; report what cannot be decided).
 */
export type NumberNotation = 'vi' | 'en' | 'auto';

/** Options of {@link safeParseAmount}. */
export interface ParseAmountOptions {
  /** The unit the surrounding table is stated in ("Đơn vị tính: tỷ đồng"); used when the text has none. */
  readonly unit?: AmountUnit | undefined;
  /** Number notation; `auto` (the default) accepts both and reports inputs such as "15.200" it cannot decide. */
  readonly notation?: NumberNotation;
  /** JSON pointer (or segments) of the value in the input, copied into findings. */
  readonly path?: string | readonly PointerSegment[];
  /** Position in the user's file, copied into findings. */
  readonly location?: SourceLocation;
}

/** A successfully read amount, with what was printed and how precisely. */
export interface ParsedAmount {
  /** The exact amount in đồng. */
  readonly amount: Amount;
  /** The unit the printed value is in. */
  readonly unit: AmountUnit;
  /** Where the unit came from: the text itself, the table's unit, or the đồng default. */
  readonly unitSource: 'text' | 'context' | 'default';
  /** The printed value in its unit as a canonical decimal ("15.2"). */
  readonly value: string;
  /** Number of decimals printed ("15,2" → 1). */
  readonly decimals: number;
  /**
   * One unit of the last printed digit, in đồng: "15,2 tỷ" → 100 000 000 đồng, "6 tỷ" → 1 000 000 000,
   * "2.200.000.000 đồng" → 1. A stated total is exact only to this precision.
   */
  readonly precision: Amount;
  /** The text that was read (trimmed, NFC). */
  readonly text: string;
}

interface Issue {
  readonly ruleId: string;
  readonly vi: string;
  readonly en: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

const spaces = /[\s\u00a0\u202f\u2009]+/g;
const numberPart = /^([+\-−–]?)\s*(\d[\d.,\s\u00a0\u202f\u2009]*\d|\d)\s*(.*)$/u;

function finding(issue: Issue, text: string, options: ParseAmountOptions): Finding {
  return createFinding({
    ruleId: issue.ruleId,
    severity: 'error',
    message: { vi: issue.vi, en: issue.en },
    ...(options.path === undefined ? {} : { path: options.path }),
    ...(options.location === undefined ? {} : { location: options.location }),
    data: { text, ...issue.data },
  });
}

function validGrouping(groups: readonly string[]): boolean {
  const [first, ...rest] = groups;
  if (first === undefined || first.length < 1 || first.length > 3 || (first.startsWith('0') && rest.length > 0)) {
    return false;
  }
  return rest.every((g) => g.length === 3);
}

/** Splits the digits into integer and fraction digits, or explains why it cannot. */
function readDigits(
  raw: string,
  notation: NumberNotation,
  unit: AmountUnit,
): { intDigits: string; fracDigits: string } | Issue {
  // Spaces may group thousands ("15 200 000"): only when every later group has three digits.
  let digits = raw;
  if (/[\s\u00a0\u202f\u2009]/.test(digits)) {
    const collapsed = digits.replace(spaces, ' ');
    if (!/^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/.test(collapsed)) {
      return {
        ruleId: 'budget/amount-invalid',
        vi: `Không đọc được số tiền "${raw}": khoảng trắng giữa các chữ số không đúng cách nhóm hàng nghìn`,
        en: `Cannot read the amount "${raw}": spaces between digits do not group thousands`,
      };
    }
    digits = collapsed.replace(/ /g, '');
  }
  const dots = digits.split('.').length - 1;
  const commas = digits.split(',').length - 1;
  let group: '.' | ',' | undefined;
  let decimal: '.' | ',' | undefined;
  if (dots > 0 && commas > 0) {
    const lastDot = digits.lastIndexOf('.');
    const lastComma = digits.lastIndexOf(',');
    decimal = lastDot > lastComma ? '.' : ',';
    group = decimal === '.' ? ',' : '.';
    if ((notation === 'vi' && decimal !== ',') || (notation === 'en' && decimal !== '.')) {
      return {
        ruleId: 'budget/amount-notation',
        vi: `Số tiền "${raw}" không viết theo cách ghi số ${notation === 'vi' ? 'Việt Nam (dấu chấm nhóm hàng nghìn, dấu phẩy thập phân)' : 'tiếng Anh'}`,
        en: `The amount "${raw}" does not follow the ${notation === 'vi' ? 'Vietnamese (dot groups, comma decimal)' : 'English'} notation`,
      };
    }
    if (digits.split(decimal).length > 2) {
      return {
        ruleId: 'budget/amount-invalid',
        vi: `Không đọc được số tiền "${raw}": có nhiều dấu thập phân`,
        en: `Cannot read the amount "${raw}": more than one decimal mark`,
      };
    }
  } else if (dots + commas > 1) {
    group = dots > 0 ? '.' : ',';
  } else if (dots + commas === 1) {
    const sep = dots > 0 ? '.' : ',';
    const [intPart = '', fracPart = ''] = digits.split(sep);
    if (fracPart.length !== 3 || intPart === '0' || intPart.length > 3) {
      // Cannot be a thousands group: a decimal mark, whatever the notation (source 003 prints "15.2 tỷ").
      decimal = sep;
    } else if (notation === 'vi') {
      if (sep === '.') group = sep;
      else decimal = sep;
    } else if (notation === 'en') {
      if (sep === ',') group = sep;
      else decimal = sep;
    } else if (unit === 'dong') {
      // A fraction of a đồng is not an amount, so the separator can only group thousands.
      group = sep;
    } else {
      const asGroup = `${intPart}${fracPart}`;
      const asDecimal = `${intPart}.${fracPart}`;
      return {
        ruleId: 'budget/amount-ambiguous',
        vi: `Số tiền "${raw}" không rõ nghĩa: có thể là ${asGroup} hoặc ${asDecimal.replace('.', ',')} (đơn vị ${unit}); hãy ghi rõ cách ghi số`,
        en: `The amount "${raw}" is ambiguous: it may be ${asGroup} or ${asDecimal} (${unit}); state the number notation`,
        data: { readings: [asGroup, asDecimal], unit },
      };
    }
  }
  let intText = digits;
  let fracDigits = '';
  if (decimal !== undefined) {
    const index = digits.lastIndexOf(decimal);
    intText = digits.slice(0, index);
    fracDigits = digits.slice(index + 1);
    if (fracDigits.length === 0 || /\D/.test(fracDigits)) {
      return {
        ruleId: 'budget/amount-invalid',
        vi: `Không đọc được số tiền "${raw}": phần thập phân không hợp lệ`,
        en: `Cannot read the amount "${raw}": invalid decimal part`,
      };
    }
  }
  if (group !== undefined) {
    const groups = intText.split(group);
    if (!validGrouping(groups)) {
      return {
        ruleId: 'budget/amount-invalid',
        vi: `Không đọc được số tiền "${raw}": các nhóm hàng nghìn phải có đủ ba chữ số`,
        en: `Cannot read the amount "${raw}": thousands groups must have three digits`,
      };
    }
    intText = groups.join('');
  }
  if (!/^\d+$/.test(intText)) {
    return {
      ruleId: 'budget/amount-invalid',
      vi: `Không đọc được số tiền "${raw}"`,
      en: `Cannot read the amount "${raw}"`,
    };
  }
  return { intDigits: intText, fracDigits };
}

/**
 * Reads an amount as Vietnamese documents print it: "2.200.000.000 đồng", "35.000.000", "15,2 tỷ",
 * "15.2 tỷ đồng", "1,4" in a table stated in tỷ đồng, "500.000đ", "₫", "VNĐ", "VND". Conversion is exact;
 * a value that is not a whole number of đồng, an unknown unit, a malformed number, or a number whose
 * reading depends on an unknown notation ("15.200" in a table in tỷ: 15 200 or 15,2?) is returned as a
 * {@link Finding}, never guessed. Numbers (spreadsheet cells) are read from their shortest decimal form.
 *
 * @param input - The printed amount, or a spreadsheet number.
 * @param options - The table's unit, the number notation, and where the value is (for findings).
 * @returns The amount with its unit and printed precision, or a finding (`budget/amount-empty`,
 *   `budget/amount-invalid`, `budget/amount-ambiguous`, `budget/amount-notation`,
 *   `budget/amount-unit-unknown`, `budget/non-whole-dong`, `budget/amount-qualified` for a bound,
 *   approximation or range such as "hơn 5 tỷ đồng", read by {@link safeParseAmountFigure}).
 * @example
 * ```ts
 * const result = safeParseAmount('15,2 tỷ');
 * if (result.ok) {
 *   result.value.amount.toString(); // "15200000000"
 *   result.value.precision.toString(); // "100000000" (0,1 tỷ)
 * }
 * safeParseAmount('1,4', { unit: 'ty' }); // 1 400 000 000 đồng
 * safeParseAmount('15.200', { unit: 'ty' }).ok; // false: budget/amount-ambiguous
 * ```
 */
export function safeParseAmount(input: string | number, options: ParseAmountOptions = {}): Result<ParsedAmount> {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) {
      return err(
        finding(
          { ruleId: 'budget/amount-invalid', vi: `Số tiền không hợp lệ: ${String(input)}`, en: `Invalid amount: ${String(input)}` },
          String(input),
          options,
        ),
      );
    }
    // Shortest round-trip decimal of the number, expanded (no exponent), in canonical dot notation.
    const canonical = new D(String(input)).toFixed();
    return parseCanonical(canonical, options.unit ?? 'dong', options.unit === undefined ? 'default' : 'context', canonical, options);
  }
  const text = input.normalize('NFC').replace(spaces, ' ').trim();
  if (text === '') {
    return err(
      finding({ ruleId: 'budget/amount-empty', vi: 'Ô số tiền để trống', en: 'The amount is empty' }, input, options),
    );
  }
  const qualified = qualifiedFinding(text, options);
  if (qualified !== undefined) return err(qualified);
  const match = numberPart.exec(text);
  if (match === null) {
    return err(
      finding(
        {
          ruleId: 'budget/amount-invalid',
          vi: `Không đọc được số tiền "${text}": không có chữ số`,
          en: `Cannot read the amount "${text}": no digits found`,
        },
        text,
        options,
      ),
    );
  }
  const [, sign = '', rawNumber = '', suffix = ''] = match;
  let unit: AmountUnit;
  let unitSource: ParsedAmount['unitSource'];
  // Punctuation after the number ("35.000.000.", "(2.200.000.000)") is not a unit.
  if (suffix.trim() === '' || fold(suffix) === '') {
    unit = options.unit ?? 'dong';
    unitSource = options.unit === undefined ? 'default' : 'context';
  } else {
    const found = unitFromText(suffix);
    if (found === undefined) {
      return err(
        finding(
          {
            ruleId: 'budget/amount-unit-unknown',
            vi: `Không nhận ra đơn vị "${suffix}" trong số tiền "${text}" (chấp nhận: đồng, đ, ₫, VNĐ, nghìn, triệu, tỷ)`,
            en: `Unknown unit "${suffix}" in the amount "${text}" (accepted: đồng, đ, ₫, VNĐ, nghìn, triệu, tỷ)`,
            data: { unit: suffix },
          },
          text,
          options,
        ),
      );
    }
    unit = found;
    unitSource = 'text';
  }
  const digits = readDigits(rawNumber.trim(), options.notation ?? 'auto', unit);
  if ('ruleId' in digits) return err(finding(digits, text, options));
  const negative = sign !== '' && sign !== '+';
  const canonical = `${negative ? '-' : ''}${digits.intDigits}${digits.fracDigits === '' ? '' : `.${digits.fracDigits}`}`;
  return parseCanonical(canonical, unit, unitSource, text, options);
}

const readingWords = {
  'at-least': { vi: 'cận dưới', en: 'a lower bound' },
  'at-most': { vi: 'cận trên', en: 'an upper bound' },
  about: { vi: 'số xấp xỉ', en: 'an approximation' },
  range: { vi: 'một khoảng', en: 'a range' },
} as const;

/**
 * A finding for a qualified amount ("hơn 5 tỷ đồng", "khoảng 2 tỷ", "từ 1 đến 2 tỷ đồng") given where an
 * exact amount is read: it names the reading and the amount in đồng, never "no digits".
 */
function qualifiedFinding(text: string, options: ParseAmountOptions): Finding | undefined {
  const words = splitStatedFigure(text);
  if (!words.ok || words.value.reading === 'exact') return undefined;
  const first = safeParseAmount(words.value.numbers[0], options);
  if (!first.ok) return undefined;
  const kind = readingWords[words.value.reading];
  const qualifier = words.value.qualifier === undefined ? '' : `${words.value.qualifier} `;
  const dong = `${qualifier}${formatAmount(first.value.amount)}${words.value.reading === 'range' ? ' …' : ''}`;
  return createFinding({
    ruleId: 'budget/amount-qualified',
    severity: 'error',
    message: {
      vi: `"${text}" là ${kind.vi} (${dong}), không phải một số tiền chính xác; nơi văn bản ghi số tiền có điều kiện, hãy đọc bằng safeParseAmountFigure`,
      en: `"${text}" is ${kind.en} (${dong}), not an exact amount; where a document states a qualified amount, read it with safeParseAmountFigure`,
    },
    ...(options.path === undefined ? {} : { path: options.path }),
    ...(options.location === undefined ? {} : { location: options.location }),
    data: { text, reading: words.value.reading, strict: words.value.strict, dong: first.value.amount.toString() },
  });
}

function parseCanonical(
  canonical: string,
  unit: AmountUnit,
  unitSource: ParsedAmount['unitSource'],
  text: string,
  options: ParseAmountOptions,
): Result<ParsedAmount> {
  const value = new D(canonical);
  const exponent = amountUnitExponents[unit];
  const dong = value.times(new D(10).pow(exponent));
  if (!dong.isInteger()) {
    return err(
      finding(
        {
          ruleId: 'budget/non-whole-dong',
          vi: `Số tiền "${text}" không phải là một số nguyên đồng (${dong.toString()} đồng)`,
          en: `The amount "${text}" is not a whole number of đồng (${dong.toString()} đồng)`,
          data: { dong: dong.toString() },
        },
        text,
        options,
      ),
    );
  }
  const dot = canonical.indexOf('.');
  const decimals = dot < 0 ? 0 : canonical.length - dot - 1;
  return ok({
    amount: Amount.fromDong(dong.toFixed(0)),
    unit,
    unitSource,
    value: value.toString(),
    decimals,
    precision: Amount.fromDong(10n ** BigInt(Math.max(0, exponent - decimals))),
    text,
  });
}

/**
 * Reads an amount like {@link safeParseAmount}, throwing instead of returning a finding. For amounts
 * written in code or configuration, where a bad value is a programmer error.
 *
 * @param input - The printed amount.
 * @param options - As for {@link safeParseAmount}.
 * @returns The exact amount.
 * @throws {EgovError} with the finding's rule id as code, when the text is not a valid amount.
 * @example
 * ```ts
 * parseAmount('2.200.000.000 đồng').toString(); // "2200000000"
 * ```
 */
export function parseAmount(input: string | number, options: ParseAmountOptions = {}): Amount {
  return unwrap(safeParseAmount(input, options)).amount;
}
