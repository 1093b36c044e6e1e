import { createFinding } from '../findings/create-finding';
import type { LocalizedMessage } from '../findings/finding';
import { findingPlace, type FindingPlace } from '../numbers/finding-place';
import { err, ok, type Result } from '../result/result';
import { foldKey } from '../text/fold-key';
import type { FigureReading } from './stated-figure';

/**
 * A printed figure split into its qualifying words and its number texts, before the numbers are read:
 * {@link safeParseStatedFigure} reads the numbers as plain Vietnamese numbers, `@egov/budget` reads them
 * as amounts of money ("5 tỷ đồng").
 *
 * @example
 * ```ts
 * splitStatedFigure('88 – 90 %'); // ok: { reading: 'range', numbers: ['88 %', '90 %'], … }
 * ```
 */
export interface FigureWords {
  /** The text as printed (NFC, trimmed). */
  readonly printed: string;
  readonly reading: FigureReading;
  /** A bound that excludes its value ("trên", "hơn", "dưới", "chưa đến", ">", "<"). */
  readonly strict: boolean;
  /** The qualifying words as printed, when any ("trên", "từ … trở lên"). */
  readonly qualifier?: string;
  /** The number texts, each with its unit: one, or the two ends of a range (the unit copied to both). */
  readonly numbers: readonly [string] | readonly [string, string];
}

interface Qualifier {
  readonly reading: 'at-least' | 'at-most' | 'about';
  readonly strict: boolean;
}

const atLeast = (strict: boolean): Qualifier => ({ reading: 'at-least', strict });
const atMost = (strict: boolean): Qualifier => ({ reading: 'at-most', strict });
const about: Qualifier = { reading: 'about', strict: false };

// Leading words by folded key (diacritics, case and tone placement do not matter). Longer phrases are
// tried first, so "trên dưới" (about) is never read as "trên" (more than), "gần như" (almost) never as
// "gần", "không dưới" (at least) never as "dưới".
const leadingWords: ReadonlyMap<string, Qualifier> = new Map([
  ['tren duoi', about],
  ['gan nhu', about],
  ['xap xi', about],
  ['khoang', about],
  ['chung', about],
  ['uoc', about],
  ['uoc tinh', about],
  ['uoc khoang', about],
  ['gan', about],
  ['khong duoi', atLeast(false)],
  ['khong it hon', atLeast(false)],
  ['it nhat', atLeast(false)],
  ['toi thieu', atLeast(false)],
  ['tren', atLeast(true)],
  ['hon', atLeast(true)],
  ['nhieu hon', atLeast(true)],
  ['khong qua', atMost(false)],
  ['khong vuot qua', atMost(false)],
  ['khong nhieu hon', atMost(false)],
  ['toi da', atMost(false)],
  ['duoi', atMost(true)],
  ['chua den', atMost(true)],
  ['chua toi', atMost(true)],
  ['it hon', atMost(true)],
]);
const trailingWords: ReadonlyMap<string, Qualifier> = new Map([
  ['tro len', atLeast(false)],
  ['tro xuong', atMost(false)],
]);
const symbols: ReadonlyMap<string, Qualifier> = new Map([
  ['>=', atLeast(false)],
  ['≥', atLeast(false)],
  ['>', atLeast(true)],
  ['<=', atMost(false)],
  ['≤', atMost(false)],
  ['<', atMost(true)],
  ['~', about],
  ['≈', about],
]);
// A verb printed before the figure that does not change its meaning ("đạt trên 90%").
const neutralVerbs = new Set(['dat', 'la']);
// Words that stand for a share of 100% ("gần như toàn bộ" = about 100%).
const wholeWords = new Set(['toan bo', 'tat ca', 'toan the']);

const symbolPattern = /^(>=|<=|≥|≤|>|<|~|≈)\s*/u;
const digits = String.raw`\d[\d.,\u00A0\u202F\u2009]*`;
const rangePattern = new RegExp(String.raw`^(${digits})\s*(%?)\s*(?:[-–—]|\s(?:đến|tới)\s)\s*(\d.*)$`, 'u');
const numberAndRest = new RegExp(String.raw`^(${digits})(.*)$`, 'u');

/**
 * Splits a printed figure into its qualifier and number texts: "trên 120 thủ tục" → at least (strictly)
 * "120 thủ tục"; "88-90%" → the range "88%"–"90%"; "gần như toàn bộ" → about "100%". The words are those
 * of Vietnamese plans and reports (see {@link FigureReading}); they are matched without regard to
 * diacritics, case or Unicode form, longest first ("trên dưới" is about, not "trên").
 *
 * @param text - The printed figure.
 * @param place - `path`/`location` to put on a finding.
 * @returns The reading and number texts, or a finding: `core/figure-invalid` (no number, or a reversed
 *   range), `core/figure-unclear` (words that contradict each other: "trên 50 trở xuống", "từ 50" alone).
 * @example
 * ```ts
 * splitStatedFigure('từ 50% trở lên'); // ok: { reading: 'at-least', strict: false, qualifier: 'từ … trở lên', numbers: ['50%'] }
 * splitStatedFigure('từ 50 đến 60 dịch vụ'); // ok: { reading: 'range', numbers: ['50 dịch vụ', '60 dịch vụ'] }
 * splitStatedFigure('hầu hết').ok; // false: core/figure-invalid
 * ```
 */
export function splitStatedFigure(text: string, place: FindingPlace = {}): Result<FigureWords> {
  const printed = text.normalize('NFC').trim();
  let rest = printed.replace(/\s+/gu, ' ');
  const qualifierParts: string[] = [];
  let leading: Qualifier | undefined;
  let from = false;

  const symbol = symbolPattern.exec(rest);
  if (symbol !== null) {
    const sign = symbol[1] ?? '';
    leading = symbols.get(sign);
    qualifierParts.push(sign);
    rest = rest.slice(symbol[0].length);
  } else {
    let words = rest.split(' ');
    if (words.length > 1 && neutralVerbs.has(foldKey(words[0] ?? ''))) words = words.slice(1);
    for (const length of [3, 2, 1]) {
      if (words.length <= length) continue;
      const phrase = words.slice(0, length).join(' ');
      const found = leadingWords.get(foldKey(phrase));
      if (found === undefined) continue;
      leading = found;
      qualifierParts.push(phrase);
      words = words.slice(length);
      break;
    }
    if (leading === undefined && words.length > 1 && foldKey(words[0] ?? '') === 'tu') {
      from = true;
      qualifierParts.push(words[0] ?? '');
      words = words.slice(1);
    }
    rest = words.join(' ');
  }

  let trailing: Qualifier | undefined;
  const words = rest.split(' ');
  if (words.length > 2) {
    const phrase = words.slice(-2).join(' ');
    const found = trailingWords.get(foldKey(phrase));
    if (found !== undefined) {
      trailing = found;
      rest = words.slice(0, -2).join(' ');
      qualifierParts.push(phrase);
    }
  }
  const qualifier = qualifierParts.length === 0 ? {} : { qualifier: qualifierParts.join(' … ') };

  if (wholeWords.has(foldKey(rest))) rest = '100%';

  const range = rangePattern.exec(rest);
  if (range !== null) {
    const [, low = '', lowPercent = '', highText = ''] = range;
    const high = numberAndRest.exec(highText);
    const highUnit = high?.[2] ?? '';
    if ((leading !== undefined && leading.reading !== 'about') || trailing !== undefined) {
      return err(unclear(printed, place));
    }
    const lowText = `${low.trim()}${lowPercent === '' ? highUnit : lowPercent}`;
    return ok({ printed, reading: 'range', strict: false, ...qualifier, numbers: [lowText, highText.trim()] });
  }
  if (!/\d/u.test(rest)) {
    return err(
      finding('core/figure-invalid', printed, place, {
        vi: `Không đọc được số liệu từ "${printed}": không có chữ số`,
        en: `Cannot read a figure from "${printed}": no digits`,
      }),
    );
  }
  if (leading !== undefined && trailing !== undefined && leading.reading !== trailing.reading) {
    return err(unclear(printed, place));
  }
  if (from && trailing === undefined) return err(unclear(printed, place));
  const meaning = trailing ?? leading;
  // "trên 120 trở lên": the prefix's strictness wins over the suffix's.
  const strict = leading?.strict ?? trailing?.strict ?? false;
  return ok({ printed, reading: meaning?.reading ?? 'exact', strict, ...qualifier, numbers: [rest] });
}

function unclear(printed: string, place: FindingPlace) {
  return finding('core/figure-unclear', printed, place, {
    vi: `Số liệu "${printed}" có các từ chỉ giới hạn mâu thuẫn hoặc không đủ (ví dụ "từ 50" mà không có "đến …" hay "trở lên"); hãy ghi rõ là cận dưới, cận trên, khoảng hay xấp xỉ`,
    en: `The figure "${printed}" has qualifying words that contradict each other or are incomplete (e.g. "từ 50" without "đến …" or "trở lên"); state whether it is a lower bound, an upper bound, a range or an approximation`,
  });
}

function finding(ruleId: string, printed: string, place: FindingPlace, message: LocalizedMessage) {
  return createFinding({ ruleId, severity: 'error', message, ...findingPlace(place), data: { input: printed } });
}
