// Errors and results
export { EgovError, type EgovErrorOptions } from './errors/egov-error';
export { ok, err, unwrap, type Ok, type Err, type Result } from './result/result';

// Arrays of data size: no spread into call arguments (it overflows the stack at about 100 000 items)
export { maxOf } from './arrays/max-of';
export { minOf } from './arrays/min-of';
export { pushAll } from './arrays/push-all';

// Findings
export {
  severities,
  type Finding,
  type LocalizedMessage,
  type Severity,
  type SourceLocation,
} from './findings/finding';
export { createFinding, type CreateFindingInput } from './findings/create-finding';
export { toJsonPointer, parseJsonPointer, type PointerSegment } from './findings/json-pointer';
export {
  compareSeverity,
  sortFindings,
  filterFindings,
  countFindings,
  hasErrors,
  type FindingFilter,
  type FindingCounts,
} from './findings/finding-list';
export {
  severityLabel,
  formatLocation,
  formatFinding,
  formatFindingCounts,
  type Language,
} from './findings/format-findings';

// Vietnamese text (text helper adds exports below this line)
// @egov-exports:text
export { normalizeText } from './text/normalize-text';
export {
  normalizeTonePlacement,
  type TonePlacementStyle,
} from './text/normalize-tone-placement';
export { foldKey } from './text/fold-key';
export { spellingKey } from './text/spelling-key';
export { tokenize } from './text/tokenize';
export { headerKey } from './text/header-key';
export { matchHeader } from './text/match-header';
export { parseTotalLabel, type TotalLabel } from './text/total-label';
export { levenshteinDistance } from './text/levenshtein-distance';
export { keySimilarity, type SimilarityOptions } from './text/key-similarity';
export { nameSimilarity } from './text/name-similarity';
export {
  keySimilarityUpperBound,
  keySimilarityProfile,
  keySimilarityBound,
  keyHistogramBin,
  keyHistogramBins,
  sharedSortedCount,
  type KeySimilarityProfile,
  type KeySimilarityBoundCounts,
} from './text/key-similarity-upper-bound';

// Vietnamese numbers and dates (numbers/dates helper adds exports below this line)
// @egov-exports:numbers-dates
export { safeParseVietnameseNumber } from './numbers/safe-parse-vietnamese-number';
export { parseVietnameseNumber } from './numbers/parse-vietnamese-number';
export { detectNotation, type NotationEvidence } from './numbers/detect-notation';
export type {
  NumberNotation,
  NumberReading,
  ParsedNumber,
  ParsedPercent,
  ParsedPlainNumber,
  ParsedRatio,
  ParseNumberOptions,
  SeparatorStyle,
} from './numbers/parsed-number';
export type { FindingPlace } from './numbers/finding-place';
export { formatVietnameseNumber, type FormatNumberOptions } from './numbers/format-vietnamese-number';
export { formatVietnamesePercent } from './numbers/format-vietnamese-percent';
export { safeParseVietnameseDate, type ParseDateOptions } from './dates/safe-parse-vietnamese-date';
export { parseVietnameseDate } from './dates/parse-vietnamese-date';
export { parseIsoDay, plausibleYears } from './dates/parse-iso-day';
export { formatVietnameseDate, type VietnameseDateStyle } from './dates/format-vietnamese-date';
export {
  createDayPeriod,
  createMonthPeriod,
  createQuarterPeriod,
  createYearPeriod,
  createRangePeriod,
  type Period,
  type SimplePeriod,
  type DayPeriod,
  type MonthPeriod,
  type QuarterPeriod,
  type YearPeriod,
  type RangePeriod,
  type Quarter,
} from './dates/period';
export { safeParsePeriod, type ParsePeriodOptions } from './dates/safe-parse-period';
export { parsePeriod } from './dates/parse-period';
export { formatPeriod } from './dates/format-period';
export { periodContains } from './dates/period-contains';
export { quarterOf } from './dates/quarter-of';

// Stated figures: a printed figure with its reading (exact, at least, at most, about, range)
export type { FigureReading, FigureTolerance, StatedFigure } from './figures/stated-figure';
export { splitStatedFigure, type FigureWords } from './figures/split-stated-figure';
export { safeParseStatedFigure } from './figures/safe-parse-stated-figure';
export { parseStatedFigure } from './figures/parse-stated-figure';
export {
  judgeStatedFigure,
  defaultFigureTolerance,
  type FigureJudgement,
  type JudgeFigureOptions,
} from './figures/judge-stated-figure';

// Administrative units (admin-units helper adds exports below this line)
// @egov-exports:admin-units
export type {
  ProvinceDateInput,
  ProvinceGeneration,
  ProvinceStatus,
  ProvinceType,
  ProvinceUnit,
} from './admin-units/province-unit';
export { listProvinces } from './admin-units/list-provinces';
export { findProvinceByCode } from './admin-units/find-province-by-code';
export { findProvinceByName } from './admin-units/find-province-by-name';
export { provinceNameAt, provinceTypeAt } from './admin-units/province-status-at';
export { predecessorsOf, successorOf } from './admin-units/province-succession';
export {
  resolveProvince,
  type ProvinceMatch,
  type ResolveProvinceOptions,
} from './admin-units/resolve-province';
export { mapProvinceForward, type ProvinceMapping } from './admin-units/map-province-forward';
