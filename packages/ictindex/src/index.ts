// Framework model
export { localizedNameSchema, type LocalizedName } from './framework/localized-name';
export {
  normalisationSpecSchema,
  type NormalisationSpec,
  type NormalisationKind,
} from './framework/normalisation-spec';
export { aggregationSpecSchema, type AggregationSpec } from './framework/aggregation-spec';
export { missingPolicySchema, type MissingPolicy } from './framework/missing-policy';
export { frameworkNodeSchema, type FrameworkNode, type Direction, type Cap } from './framework/framework-node';
export {
  frameworkSchema,
  type Framework,
  type FrameworkDefaults,
  type FrameworkMethod,
  type Band,
} from './framework/framework';
export { safeParseFramework } from './framework/parse-framework';
export { treatAsInputs } from './framework/treat-as-inputs';
export { frameworkJsonSchema } from './framework/framework-json-schema';

// Built-in frameworks
export { ictIndex2016 } from './frameworks/ict-index-2016';
export { egdi } from './frameworks/egdi';

// Engine
export { roundTo } from './engine/round-to';
export { normalise } from './engine/normalise';
export { aggregate } from './engine/aggregate';
export { competitionRanks, type CompetitionRankOptions } from './engine/competition-ranks';
export { type ComputeOptions } from './engine/compile-framework';
export { computeIndex } from './engine/compute-index';
export type { IndexComputation, IndexResult } from './engine/index-computation';
export { whatIf, type WhatIfChange } from './engine/what-if';
export { classifyBand } from './engine/classify-band';

// Data
export { indexDataSchema, type IndexData } from './data/index-data';
export { fromRows, looksLikeIndexTable, type FromRowsOptions, type FromRowsResult, type UnitResolution } from './data/from-rows';
export { looksLikeRankTable, readRankRows, type RankRecord } from './data/read-rank-rows';

// Analysis
export { compareYears, type NodeChange } from './analysis/compare-years';
export {
  describeRankChange,
  type RankMove,
  type DescribeRankChangeOptions,
} from './analysis/describe-rank-change';
export { describeNodeChange } from './analysis/describe-node-change';
export { summariseRankChanges, type RankChangeCounts } from './analysis/summarise-rank-changes';
export { checkRankStatement, type RankStatement } from './analysis/check-rank-statement';
export { checkRankRows, type RankRow } from './analysis/check-rank-rows';
export { checkRankTable } from './analysis/check-rank-table';
export { rankNodes, type RankNode } from './analysis/rank-nodes';
export { parseRankChange, type ParsedRankChange } from './analysis/parse-rank-change';
export {
  strengthsAndWeaknesses,
  type StrengthsAndWeaknesses,
  type StrengthsAndWeaknessesOptions,
  type IndicatorStanding,
} from './analysis/strengths-and-weaknesses';
export { indicatorGaps, type IndicatorGap } from './analysis/indicator-gaps';
export { bestMoves, type BestMovesOptions, type Move } from './analysis/best-moves';
export { simulateRanks, type SimulateRanksOptions, type RankInterval } from './analysis/simulate-ranks';
export { createPrng, type Prng } from './analysis/prng';
export { indicatorNodes } from './analysis/indicator-nodes';
export { findNode } from './analysis/find-node';
