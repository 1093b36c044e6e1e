import { isValid, lastDayOfMonth, lastDayOfQuarter, lastDayOfYear, startOfDay } from 'date-fns';
import { EgovError } from '../errors/egov-error';
import { calendarDate } from './calendar-date';
import { formatPeriod } from './format-period';

/**
 * A quarter of a year, written I–IV in Vietnamese documents ("Quý I/2018").
 *
 * @example
 * ```ts
 * createQuarterPeriod(2018, 2).quarter; // 2 ("Quý II/2018")
 * ```
 */
export type Quarter = 1 | 2 | 3 | 4;

interface PeriodBounds {
  /** First day, local midnight. */
  readonly start: Date;
  /** Last day (inclusive), local midnight: the end of "Quý I/2018" is 31/03/2018 00:00. */
  readonly end: Date;
  /** Canonical Vietnamese label, as {@link formatPeriod} writes it ("Quý I/2018"). */
  readonly label: string;
}

/**
 * One calendar day ("ngày 04/05/2013").
 *
 * @example
 * ```ts
 * createDayPeriod(new Date(2013, 4, 4)); // { kind: 'day', year: 2013, month: 5, day: 4, … }
 * ```
 */
export interface DayPeriod extends PeriodBounds {
  readonly kind: 'day';
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
}

/**
 * A calendar month ("tháng 01/2013").
 *
 * @example
 * ```ts
 * createMonthPeriod(2013, 1); // { kind: 'month', year: 2013, month: 1, label: 'tháng 01/2013', … }
 * ```
 */
export interface MonthPeriod extends PeriodBounds {
  readonly kind: 'month';
  readonly year: number;
  /** 1–12. */
  readonly month: number;
}

/**
 * A quarter ("Quý I/2018").
 *
 * @example
 * ```ts
 * parsePeriod('Quý I/2018'); // { kind: 'quarter', year: 2018, quarter: 1, … }
 * ```
 */
export interface QuarterPeriod extends PeriodBounds {
  readonly kind: 'quarter';
  readonly year: number;
  readonly quarter: Quarter;
}

/**
 * A calendar year ("năm 2019").
 *
 * @example
 * ```ts
 * parsePeriod('năm 2019'); // { kind: 'year', year: 2019, … }
 * ```
 */
export interface YearPeriod extends PeriodBounds {
  readonly kind: 'year';
  readonly year: number;
}

/**
 * A period that is not a range.
 *
 * @example
 * ```ts
 * const period = parsePeriod('tháng 01/2013');
 * if (period.kind !== 'range') console.log(period.year); // 2013
 * ```
 */
export type SimplePeriod = DayPeriod | MonthPeriod | QuarterPeriod | YearPeriod;

/**
 * From one simple period to another, both included: "giai đoạn 2013–2015" (from year 2013 to year 2015),
 * "Quý I–Quý IV/2018", "từ tháng 06/2013 đến tháng 12/2013".
 *
 * @example
 * ```ts
 * const range = parsePeriod('giai đoạn 2013 - 2015');
 * if (range.kind === 'range') console.log(range.from.label, range.to.label); // "năm 2013" "năm 2015"
 * ```
 */
export interface RangePeriod extends PeriodBounds {
  readonly kind: 'range';
  readonly from: SimplePeriod;
  readonly to: SimplePeriod;
}

/**
 * A period of time as plans and reports state it; a union discriminated by `kind`. Every period has
 * `start` and an inclusive `end` (both local midnight) and a canonical `label`.
 *
 * @example
 * ```ts
 * const period = parsePeriod('Quý I/2018');
 * periodContains(period, new Date(2018, 2, 31)); // true
 * formatPeriod(period); // "Quý I/2018"
 * ```
 */
export type Period = SimplePeriod | RangePeriod;

/**
 * The period of one calendar day (the local day of `date`).
 *
 * @param date - Any valid date; its time of day is dropped.
 * @returns The day period.
 * @throws {EgovError} `invalid-argument` for an invalid Date.
 * @example
 * ```ts
 * createDayPeriod(new Date(2013, 4, 4)).label; // "ngày 04/05/2013"
 * ```
 */
export function createDayPeriod(date: Date): DayPeriod {
  if (!isValid(date)) throw invalidArgument('createDayPeriod: expected a valid Date, found an invalid Date');
  const day = startOfDay(date);
  return finish({
    kind: 'day',
    year: day.getFullYear(),
    month: day.getMonth() + 1,
    day: day.getDate(),
    start: day,
    end: new Date(day.getTime()),
  });
}

/**
 * The period of a calendar month.
 *
 * @param year - Year, 1–9999.
 * @param month - Month, 1–12.
 * @returns The month period.
 * @throws {EgovError} `invalid-argument` when year or month is out of range.
 * @example
 * ```ts
 * createMonthPeriod(2013, 1).label; // "tháng 01/2013"
 * ```
 */
export function createMonthPeriod(year: number, month: number): MonthPeriod {
  const start = Number.isInteger(month) ? calendarDate(year, month, 1) : undefined;
  if (start === undefined) throw invalidArgument(`createMonthPeriod: no month ${month} of year ${year}`);
  return finish({ kind: 'month', year, month, start, end: lastDayOfMonth(start) });
}

/**
 * The period of a quarter.
 *
 * @param year - Year, 1–9999.
 * @param quarter - Quarter, 1–4.
 * @returns The quarter period.
 * @throws {EgovError} `invalid-argument` when year or quarter is out of range.
 * @example
 * ```ts
 * createQuarterPeriod(2018, 1).label; // "Quý I/2018"
 * createQuarterPeriod(2018, 1).end; // 31/03/2018
 * ```
 */
export function createQuarterPeriod(year: number, quarter: number): QuarterPeriod {
  const start = isQuarter(quarter) ? calendarDate(year, quarter * 3 - 2, 1) : undefined;
  if (start === undefined || !isQuarter(quarter)) {
    throw invalidArgument(`createQuarterPeriod: no quarter ${quarter} of year ${year}`);
  }
  return finish({ kind: 'quarter', year, quarter, start, end: lastDayOfQuarter(start) });
}

/**
 * The period of a calendar year.
 *
 * @param year - Year, 1–9999.
 * @returns The year period.
 * @throws {EgovError} `invalid-argument` when the year is out of range.
 * @example
 * ```ts
 * createYearPeriod(2019).label; // "năm 2019"
 * ```
 */
export function createYearPeriod(year: number): YearPeriod {
  const start = calendarDate(year, 1, 1);
  if (start === undefined) throw invalidArgument(`createYearPeriod: no year ${year}`);
  return finish({ kind: 'year', year, start, end: lastDayOfYear(start) });
}

/**
 * The range from one simple period to another, both included.
 *
 * @param from - First period.
 * @param to - Last period; must not start before `from`.
 * @returns The range, from `from.start` to `to.end`.
 * @throws {EgovError} `invalid-argument` when `to` starts before `from`.
 * @example
 * ```ts
 * createRangePeriod(createYearPeriod(2013), createYearPeriod(2015)).label; // "giai đoạn 2013–2015"
 * ```
 */
export function createRangePeriod(from: SimplePeriod, to: SimplePeriod): RangePeriod {
  if (to.start.getTime() < from.start.getTime()) {
    throw invalidArgument(`createRangePeriod: "${to.label}" starts before "${from.label}"`);
  }
  return finish({ kind: 'range', from, to, start: new Date(from.start.getTime()), end: new Date(to.end.getTime()) });
}

/** Whether `value` is a quarter number 1–4. */
function isQuarter(value: number): value is Quarter {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

type Unlabelled<T extends Period> = T extends Period ? Omit<T, 'label'> : never;

function finish<T extends Period>(period: Unlabelled<T>): T {
  const draft = { ...period, label: '' } as unknown as T;
  const labelled: T = { ...draft, label: formatPeriod(draft) };
  return Object.freeze(labelled);
}

function invalidArgument(message: string): EgovError {
  return new EgovError({ code: 'invalid-argument', message });
}
