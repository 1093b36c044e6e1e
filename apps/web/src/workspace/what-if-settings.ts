/**
 * The what-if settings of the ICT-Index view across provinces for one indicator file: the group weights
 * (every province) and the indicator values tried for one province in one year. Kept in the workspace by
 * `<folder>/<file>`, so they come back after a reload and travel with an exported workspace.
 */
export interface WhatIfSettings {
  /** Group id → weight (the published index weighs its groups 1 each). */
  readonly weights: Readonly<Record<string, number>>;
  /** The indicator values tried, for the province and year they were tried in. */
  readonly values?: {
    /** The province (its id: the name as written in the file). */
    readonly unit: string;
    /** The year of the data the values replace. */
    readonly year: number;
    /** Indicator id → the raw value tried. */
    readonly values: Readonly<Record<string, number>>;
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The finite numbers of a record; anything else is dropped. */
function numbers(value: unknown): Record<string, number> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === 'number' && Number.isFinite(entry[1])));
}

/**
 * Whether settings change nothing: every weight 1 and no value tried. Such settings are not kept.
 *
 * @param settings - The settings.
 * @returns `true` when the view would look as without them.
 * @example
 * ```ts
 * isNeutralWhatIf({ weights: { 'it-application': 1 } }); // true
 * ```
 */
export function isNeutralWhatIf(settings: WhatIfSettings): boolean {
  return Object.values(settings.weights).every((weight) => weight === 1) && Object.keys(settings.values?.values ?? {}).length === 0;
}

/**
 * Checks what-if settings read back from IndexedDB or an exported workspace. What-if settings are a
 * convenience, never worth losing a workspace over: what cannot be read is dropped, not rejected.
 *
 * @param value - The stored value.
 * @returns The settings (numbers only, finite), or `undefined` when nothing usable is left.
 * @example
 * ```ts
 * parseWhatIfSettings({ weights: { 'it-application': 2 } }); // { weights: { 'it-application': 2 } }
 * parseWhatIfSettings('2'); // undefined
 * ```
 */
export function parseWhatIfSettings(value: unknown): WhatIfSettings | undefined {
  if (!isRecord(value)) return undefined;
  // Weights below 0 make no index (computeIndex rejects them); such a weight is dropped.
  const weights = Object.fromEntries(Object.entries(numbers(value.weights)).filter(([, weight]) => weight >= 0));
  const tried = value.values;
  const values =
    isRecord(tried) && typeof tried.unit === 'string' && typeof tried.year === 'number' && Number.isInteger(tried.year)
      ? { unit: tried.unit, year: tried.year, values: numbers(tried.values) }
      : undefined;
  const settings: WhatIfSettings = { weights, ...(values === undefined || Object.keys(values.values).length === 0 ? {} : { values }) };
  return isNeutralWhatIf(settings) ? undefined : settings;
}
