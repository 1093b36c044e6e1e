/**
 * The units budget tables are printed in: đồng, nghìn (10^3), triệu (10^6) and tỷ (10^9) đồng.
 * Identifiers are ASCII; the Vietnamese names are in {@link amountUnitNames}.
 */
export type AmountUnit = 'dong' | 'nghin' | 'trieu' | 'ty';

/**
 * Every amount unit, smallest first.
 *
 * @example
 * ```ts
 * amountUnits.map((unit) => amountUnitNames[unit]); // ["đồng", "nghìn đồng", "triệu đồng", "tỷ đồng"]
 * ```
 */
export const amountUnits: readonly AmountUnit[] = ['dong', 'nghin', 'trieu', 'ty'];

/**
 * Power of ten of each unit, in đồng.
 *
 * @example
 * ```ts
 * 10n ** BigInt(amountUnitExponents.ty); // 1000000000n
 * ```
 */
export const amountUnitExponents: Readonly<Record<AmountUnit, number>> = {
  dong: 0,
  nghin: 3,
  trieu: 6,
  ty: 9,
};

/**
 * How each unit is printed in Vietnamese documents (formal spelling).
 *
 * @example
 * ```ts
 * amountUnitNames.trieu; // "triệu đồng"
 * ```
 */
export const amountUnitNames: Readonly<Record<AmountUnit, string>> = {
  dong: 'đồng',
  nghin: 'nghìn đồng',
  trieu: 'triệu đồng',
  ty: 'tỷ đồng',
};
