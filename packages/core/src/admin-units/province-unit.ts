/**
 * The two types of provincial-level unit (Constitution 2013 Art. 110: "tỉnh" and "thành phố trực thuộc
 * trung ương", a centrally-run city). A unit's type can change during its life; see {@link provinceTypeAt}.
 *
 * @example
 * ```ts
 * const type: ProvinceType = 'tỉnh';
 * ```
 */
export type ProvinceType = 'tỉnh' | 'thành phố trực thuộc trung ương';

/**
 * A date as the admin-unit functions accept it: an ISO calendar date `"YYYY-MM-DD"` (preferred) or a
 * `Date`, read by its local calendar day (as date-fns does). Time is always an argument, never the clock.
 *
 * @example
 * ```ts
 * listProvinces('2025-07-01'); // preferred
 * listProvinces(new Date(2025, 6, 1)); // the same day
 * ```
 */
export type ProvinceDateInput = string | Date;

/**
 * Which official list a unit version comes from: the 63 (until 30/6/2025) or the 34 (from 1/7/2025).
 *
 * @example
 * ```ts
 * findProvinceByCode('15', '2020-01-01')?.generation; // "63"
 * ```
 */
export type ProvinceGeneration = '63' | '34';

/**
 * The name and type of a unit during one period (ISO dates, both ends inclusive).
 *
 * @example
 * ```ts
 * findProvinceByCode('46', '2020-01-01')?.history[0];
 * // { validFrom: "2008-08-01", validTo: "2024-12-31", name: "Thừa Thiên Huế", type: "tỉnh" }
 * ```
 */
export interface ProvinceStatus {
  readonly validFrom: string;
  /** Last day, inclusive; absent while still valid. */
  readonly validTo?: string;
  readonly name: string;
  readonly type: ProvinceType;
}

/**
 * One version of a provincial-level unit: a unit with a fixed territory for a period. The code is NOT an
 * identity: seven codes name one unit until 30/6/2025 and another from 1/7/2025 (Decision 19/2025/QĐ-TTg),
 * so records are joined on `id`, or on code and date together.
 *
 * @example
 * ```ts
 * const yenBai = findProvinceByCode('15', '2017-12-24');
 * // { id: "yen-bai@2008", code: "15", name: "Yên Bái", generation: "63",
 * //   region: "Trung du và miền núi phía Bắc", validFrom: "2008-08-01", validTo: "2025-06-30",
 * //   history: [...], predecessorIds: [], successorId: "lao-cai@2025" }
 * ```
 */
export interface ProvinceUnit {
  /** Stable id: folded first name and the year the version starts, e.g. `"ha-giang@2008"`, `"lao-cai@2025"`. */
  readonly id: string;
  /** Two-digit statistics code, e.g. `"02"`; meaningful only together with a date. */
  readonly code: string;
  /** The name as the source list gives it (for a unit whose name changed, the latest; see `history`). */
  readonly name: string;
  readonly generation: ProvinceGeneration;
  /** Socio-economic region (Resolution 81/2023/QH15); only the 63 have one, 2025 merges cross regions. */
  readonly region?: string;
  /** First day of validity (inclusive, ISO). */
  readonly validFrom: string;
  /** Last day of validity (inclusive, ISO); absent while the unit is current. */
  readonly validTo?: string;
  /** Name and type over time, in order, covering exactly `validFrom`…`validTo`. */
  readonly history: readonly ProvinceStatus[];
  /** Ids of the units merged into this one on 1/7/2025 (34 list only; empty for the 63). */
  readonly predecessorIds: readonly string[];
  /** Id of the unit this one went into on 1/7/2025 (63 list only). */
  readonly successorId?: string;
}
