import type { LocalizedMessage } from '../findings/finding';
import { formatVietnameseNumber } from '../numbers/format-vietnamese-number';
import { EgovError } from '../errors/egov-error';
import { compareDecimal, toDecimalText } from './decimal-compare';
import type { FigureReading, FigureTolerance, StatedFigure } from './stated-figure';

/**
 * The default tolerance of an `'about'` figure: ±5% of the printed value. Why 5%: a figure printed with
 * "khoảng", "gần", "xấp xỉ" or "trên dưới" is a rounded one, and Vietnamese plans and reports round to the
 * nearest 5 or 10 of a count in the tens or hundreds ("khoảng 40", "gần 300") and to a whole or half
 * percentage point of a share; ±5% covers that rounding (285–315 for "gần 300") and is narrow enough
 * that a figure off by a tenth is still caught. Pass `tolerance` to {@link judgeStatedFigure} to change it.
 *
 * @example
 * ```ts
 * defaultFigureTolerance.relative; // 0.05
 * ```
 */
export const defaultFigureTolerance: Required<FigureTolerance> = { relative: 0.05, absolute: 0 };

/** Options of {@link judgeStatedFigure}. */
export interface JudgeFigureOptions {
  /** How far an `'about'` figure may be from its value; default {@link defaultFigureTolerance}. */
  readonly tolerance?: FigureTolerance;
}

/**
 * What {@link judgeStatedFigure} decided, with the reading it used and a sentence saying so.
 *
 * @example
 * ```ts
 * const { holds, reading, message } = judgeStatedFigure(parseStatedFigure('trên 120'), 118);
 * // holds: false, reading: 'at-least', message.en: '"trên 120" is read as more than 120; 118 is not'
 * ```
 */
export interface FigureJudgement {
  readonly holds: boolean;
  readonly reading: FigureReading;
  /** The values the figure allows, as exact decimals where the figure is exact (an `'about'` bound is rounded). */
  readonly min?: string;
  readonly minInclusive: boolean;
  readonly max?: string;
  readonly maxInclusive: boolean;
  /** The reading in words ("more than 120"), in Vietnamese and English. */
  readonly meaning: LocalizedMessage;
  /** A sentence: how the figure was read and whether the value fits it. */
  readonly message: LocalizedMessage;
}

/**
 * Judges a value against a printed figure by the figure's meaning: an exact figure needs the same value
 * (compared exactly, as decimals), a lower bound any larger value ("trên 120": 121 holds, 120 does not;
 * "ít nhất 120": 120 holds), an upper bound any smaller one, a range any value between its ends (both
 * included), and an approximation any value within the tolerance (default ±5%, see
 * {@link defaultFigureTolerance}). The value is in the figure's unit (percentage points for a percentage).
 *
 * @param figure - The printed figure, from {@link parseStatedFigure}.
 * @param actual - The value to judge (a number, or an exact decimal string such as `"1409.5"`).
 * @param options - The tolerance of an approximation.
 * @returns Whether the value fits, the reading used, the allowed interval and the message.
 * @throws {EgovError} `core/figure-judge-invalid` when `actual` is not a finite number or a decimal string,
 *   or the tolerance is negative.
 * @example
 * ```ts
 * judgeStatedFigure(parseStatedFigure('trên 120'), 135).holds; // true
 * judgeStatedFigure(parseStatedFigure('khoảng 40'), 41).holds; // true (±5%: 38 to 42)
 * judgeStatedFigure(parseStatedFigure('88-90%'), 91).holds; // false
 * judgeStatedFigure(parseStatedFigure('gần 300'), 280, { tolerance: { relative: 0.1 } }).holds; // true
 * ```
 */
export function judgeStatedFigure(figure: StatedFigure, actual: number | string, options: JudgeFigureOptions = {}): FigureJudgement {
  const value = toDecimalText(actual);
  const relative = options.tolerance?.relative ?? defaultFigureTolerance.relative;
  const absolute = options.tolerance?.absolute ?? defaultFigureTolerance.absolute;
  if (value === undefined || !(relative >= 0) || !(absolute >= 0)) {
    throw new EgovError({
      code: 'core/figure-judge-invalid',
      message: `judgeStatedFigure needs a finite value and a non-negative tolerance (value ${String(actual)}, relative ${String(relative)}, absolute ${String(absolute)})`,
    });
  }
  const bounds = boundsOf(figure, relative, absolute);
  const aboveMin =
    bounds.min === undefined || (bounds.minInclusive ? compareDecimal(value, bounds.min) >= 0 : compareDecimal(value, bounds.min) > 0);
  const belowMax =
    bounds.max === undefined || (bounds.maxInclusive ? compareDecimal(value, bounds.max) <= 0 : compareDecimal(value, bounds.max) < 0);
  const holds = aboveMin && belowMax;
  const unit = figure.unit === undefined ? '' : figure.unit === '%' ? '%' : ` ${figure.unit}`;
  const vi = (decimal: string): string => `${formatVietnameseNumber(decimal)}${unit}`;
  const en = (decimal: string): string => `${decimal}${unit}`;
  const meaning = meaningOf(figure, bounds, relative, absolute, vi, en);
  return {
    holds,
    reading: figure.reading,
    ...(bounds.min === undefined ? {} : { min: bounds.min }),
    minInclusive: bounds.minInclusive,
    ...(bounds.max === undefined ? {} : { max: bounds.max }),
    maxInclusive: bounds.maxInclusive,
    meaning,
    message: {
      vi: `"${figure.printed}" được hiểu là ${meaning.vi}; ${vi(value)} ${holds ? 'phù hợp' : 'không phù hợp'}`,
      en: `"${figure.printed}" is read as ${meaning.en}; ${en(value)} ${holds ? 'fits' : 'does not fit'}`,
    },
  };
}

interface Bounds {
  readonly min?: string;
  readonly minInclusive: boolean;
  readonly max?: string;
  readonly maxInclusive: boolean;
}

function boundsOf(figure: StatedFigure, relative: number, absolute: number): Bounds {
  switch (figure.reading) {
    case 'exact':
      return { min: figure.value, minInclusive: true, max: figure.value, maxInclusive: true };
    case 'at-least':
      return { min: figure.value, minInclusive: !figure.strict, maxInclusive: false };
    case 'at-most':
      return { max: figure.value, maxInclusive: !figure.strict, minInclusive: false };
    case 'range':
      return { min: figure.value, minInclusive: true, max: figure.to ?? figure.value, maxInclusive: true };
    case 'about': {
      const center = Number(figure.value);
      const margin = Math.max(Math.abs(center) * relative, absolute);
      return { min: round(center - margin), minInclusive: true, max: round(center + margin), maxInclusive: true };
    }
  }
}

// Bounds of an approximation are floats: round away the binary noise (40 × 1,05 = 42.00000000000001).
function round(value: number): string {
  return toDecimalText(Number(value.toPrecision(12))) ?? String(value);
}

function meaningOf(
  figure: StatedFigure,
  bounds: Bounds,
  relative: number,
  absolute: number,
  vi: (decimal: string) => string,
  en: (decimal: string) => string,
): LocalizedMessage {
  const v = figure.value;
  switch (figure.reading) {
    case 'exact':
      return { vi: `đúng ${vi(v)}`, en: `exactly ${en(v)}` };
    case 'at-least':
      return figure.strict
        ? { vi: `lớn hơn ${vi(v)} (cận dưới, không kể ${vi(v)})`, en: `more than ${en(v)} (a lower bound, ${en(v)} excluded)` }
        : { vi: `từ ${vi(v)} trở lên (cận dưới)`, en: `at least ${en(v)} (a lower bound)` };
    case 'at-most':
      return figure.strict
        ? { vi: `nhỏ hơn ${vi(v)} (cận trên, không kể ${vi(v)})`, en: `less than ${en(v)} (an upper bound, ${en(v)} excluded)` }
        : { vi: `không quá ${vi(v)} (cận trên)`, en: `at most ${en(v)} (an upper bound)` };
    case 'range': {
      const to = figure.to ?? v;
      return { vi: `trong khoảng từ ${vi(v)} đến ${vi(to)}`, en: `between ${en(v)} and ${en(to)}` };
    }
    case 'about': {
      const min = bounds.min ?? v;
      const max = bounds.max ?? v;
      const width = absolute > Math.abs(Number(v)) * relative ? `±${String(absolute)}` : `±${round(relative * 100)}%`;
      return {
        vi: `xấp xỉ ${vi(v)} (sai lệch cho phép ${width.replace('.', ',')}: từ ${vi(min)} đến ${vi(max)})`,
        en: `about ${en(v)} (tolerance ${width}: ${en(min)} to ${en(max)})`,
      };
    }
  }
}
