// Models
export { onlineLevelSchema, onlineLevels, type OnlineLevel } from './model/online-level';
export { onlineClassSchema, onlineClasses, type OnlineClass } from './model/online-class';
export { tierSchema, tiers, type Tier } from './model/tier';
export { isoDateSchema } from './model/iso-date-schema';
export { procedureSchema, type Procedure } from './model/procedure';
export { agencySchema, type Agency, type AgencyKind } from './model/agency';
export { catalogueSchema, type Catalogue } from './model/catalogue';

// Rows
export type { Cell, Row, RowSource } from './rows/row';
export { procedureColumnAliases, type ProcedureColumn } from './rows/procedure-columns';
export { proceduresFromRows, type ProceduresFromRows } from './rows/procedures-from-rows';
export { proceduresToRows } from './rows/procedures-to-rows';
export { catalogueFromRows, type CatalogueHeader } from './rows/catalogue-from-rows';
export {
  isCatalogueHeaders,
  isLevelCountHeaders,
  levelCountsFromRows,
  type LevelCounts,
  type LevelGroupCount,
  type PositionedRow,
} from './rows/level-counts-from-rows';
export { agencyColumnAliases, type AgencyColumn } from './rows/agency-columns';
export { agenciesFromRows } from './rows/agencies-from-rows';
export { agenciesToRows } from './rows/agencies-to-rows';
export { recordColumnAliases, type RecordColumn } from './rows/record-columns';
export { recordsFromRows, type RecordsFromRowsOptions } from './rows/records-from-rows';
export { createRecordRowReader, type RecordRowReader, type RecordRowOutcome } from './records/record-row-reader';

// Levels and classes
export type { ResultReturn, ServiceFacts } from './levels/service-facts';
export { classifyService } from './levels/classify-service';
export { levelFromFacts } from './levels/level-from-facts';
export { levelToClass, type LevelToClassOptions } from './levels/level-to-class';
export { classToLevels } from './levels/class-to-levels';
export { combineClasses } from './levels/combine-classes';
export { effectiveClass } from './levels/effective-class';

// Catalogue statistics
export { ratio, ratioValue, type Ratio } from './stats/ratio';
export { meetsPercent } from './stats/meets-percent';
export { formatPercent, type FormatPercentOptions } from './stats/format-percent';
export { matchesMetric, describeMetric, type ProcedureMetric } from './stats/procedure-metric';
export { measureShare } from './stats/measure-share';
export { countProcedures, atLeastLevel, type ProcedureCounts } from './stats/procedure-counts';
export { countsFromLevels } from './stats/counts-from-levels';
export { groupProcedures, type ProcedureDimension, type ProcedureGroup } from './stats/group-procedures';
export {
  checkShareTarget,
  type ShareTarget,
  type CheckShareTargetOptions,
} from './stats/check-share-target';
export { checkAgencyMinimum, type AgencyMinimum } from './stats/check-agency-minimum';

// Application records
export { applicationRecordSchema, type ApplicationRecord, type Channel } from './records/application-record';
export {
  emptyCounters,
  addCounters,
  toRecordStats,
  type RecordCounters,
  type RecordStats,
} from './records/record-stats';
export {
  RecordAggregator,
  type RecordAggregatorOptions,
  type RecordResultsOptions,
  type RecordGroupResult,
  type RecordAggregateState,
  type RecordDimension,
  type RecordPeriod,
  type ProcedureInfo,
  type InvalidRecordReason,
  type InvalidRecordSample,
  type InvalidRecords,
} from './records/record-aggregator';
export { procedureLookup } from './records/procedure-lookup';

// Decision 766/QĐ-TTg scoring
export type {
  Confidence,
  ScoringFramework,
  ScoringGroup,
  ScoringIndicator,
  ScoringInput,
  ScoringRule,
} from './scoring/scoring-framework';
export { decision766 } from './scoring/decision-766';
export { ruleScore } from './scoring/rule-score';
export { scoringInputs, type ScoringInputs, type ScoringSources } from './scoring/scoring-inputs';
export { scoreUnit, scoreUnits, type UnitScore, type GroupScore, type IndicatorScore } from './scoring/score-unit';

// Duplicates
export {
  findDuplicates,
  type DuplicateReason,
  type DuplicatePair,
  type DuplicateCluster,
  type DuplicateReport,
  type FindDuplicatesOptions,
} from './dedupe/find-duplicates';
