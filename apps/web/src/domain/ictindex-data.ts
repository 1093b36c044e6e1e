import type { Finding } from '@egov/core';
import { computeIndex, fromRows, ictIndex2016, type Framework, type FrameworkNode, type IndexComputation, type IndexData } from '@egov/ictindex';
import { readCsv, tableRecords } from '@egov/io';

/** Indicator values of several units read from a table, one dataset per year. */
export interface IctIndexData {
  readonly file: string;
  /** Whether the file says it is synthetic (its name holds "synthetic" or "mo-phong"). */
  readonly synthetic: boolean;
  /** Datasets in which at least two units get an overall score, sorted by year. */
  readonly datasets: readonly (IndexData & { readonly year: number })[];
  /** Unit id → name as written (ids are the names as written). */
  readonly unitNames: Readonly<Record<string, string>>;
  readonly findings: readonly Finding[];
}

/**
 * Reads a table of raw ICT-Index indicator values (wide: "Tỉnh", "Năm", one column per indicator of
 * `ictIndex2016`, headed by its id or name; or long: unit, indicator, year, value) with `@egov/io` and
 * `@egov/ictindex`'s `fromRows`, the layout `egov ictindex compute` reads.
 *
 * @param file - The file name.
 * @param text - The CSV text.
 * @returns The datasets (the years in which at least two units get an overall score), or `undefined`
 *   when no year has two units to rank.
 * @example
 * ```ts
 * readIctIndexData('ictindex-63.csv', text)?.datasets.map((dataset) => dataset.year); // [2016, 2017, 2018]
 * ```
 */
export function readIctIndexData(file: string, text: string): IctIndexData | undefined {
  const read = readCsv(text, { file });
  if (!read.ok) return undefined;
  const { datasets, unitNames, findings } = fromRows(
    ictIndex2016,
    tableRecords(read.value).map((record) => record.cells),
    { location: { file } },
  );
  // A year is worth a ranking when at least two units get an overall score. Values quoted in a plan
  // (Lào Cai 332/KH-UBND's indicators.csv: a few indicators of a few units) give no unit a score, and a
  // ranking of dashes with sliders over no values would look broken rather than say so.
  const scored = (dataset: IndexData): number => {
    const computation = computeIndex(ictIndex2016, dataset);
    return computation.units.filter((unit) => computation.score(ictIndex2016.root.id, unit) !== null).length;
  };
  const usable = datasets.filter((dataset): dataset is IndexData & { year: number } => dataset.year !== undefined && Object.keys(dataset.values).length >= 2 && scored(dataset) >= 2);
  if (usable.length === 0) return undefined;
  return { file, synthetic: /synthetic|mo-phong/i.test(file), datasets: usable, unitNames, findings };
}

/**
 * The ICT-Index 2016 framework with other weights for its three groups (default 1 each: the overall
 * index is their unweighted mean, as published).
 *
 * @param weights - Group id → weight (≥ 0); groups not named keep their weight.
 * @returns A framework for `computeIndex`.
 * @example
 * ```ts
 * computeIndex(weightedFramework({ 'it-application': 2 }), data);
 * ```
 */
export function weightedFramework(weights: Readonly<Record<string, number>>): Framework {
  const children = ictIndex2016.root.children ?? [];
  return {
    ...ictIndex2016,
    root: {
      ...ictIndex2016.root,
      children: children.map((group): FrameworkNode => {
        const weight = weights[group.id];
        return weight === undefined ? group : { ...group, weight };
      }),
    },
  };
}

/** One row of a ranking: a unit's overall rank and score and its group scores. */
export interface RankingRow {
  readonly unit: string;
  readonly rank: number | null;
  readonly score: number | null;
  /** Group id → score. */
  readonly groups: Readonly<Record<string, number | null>>;
}

/**
 * All units of a computation ordered by their overall rank (ties by name; unranked last).
 *
 * @param computation - A computation of the ICT-Index framework.
 * @returns The rows.
 * @example
 * ```ts
 * rankingRows(computeIndex(ictIndex2016, data))[0]?.rank; // 1
 * ```
 */
export function rankingRows(computation: IndexComputation): RankingRow[] {
  const rootId = computation.framework.root.id;
  const groupIds = (computation.framework.root.children ?? []).map((group) => group.id);
  return computation.units
    .map((unit) => ({
      unit,
      rank: computation.rank(rootId, unit),
      score: computation.score(rootId, unit),
      groups: Object.fromEntries(groupIds.map((id) => [id, computation.score(id, unit)])),
    }))
    .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.unit.localeCompare(b.unit, 'vi'));
}

/**
 * Computes every year of the data with the given group weights.
 *
 * @param data - Datasets from {@link readIctIndexData}.
 * @param weights - Group weights (see {@link weightedFramework}).
 * @returns One computation per dataset, in the same order.
 * @example
 * ```ts
 * computeYears(data, {}).map((computation) => computation.year);
 * ```
 */
export function computeYears(data: IctIndexData, weights: Readonly<Record<string, number>>): IndexComputation[] {
  const framework = weightedFramework(weights);
  return data.datasets.map((dataset) => computeIndex(framework, dataset));
}
