// Inputs
export type { DocumentInput, ReadInput } from './input/document-input';
export { readDocumentInput, readDocumentInputSync } from './input/read-document-input';

// The analysis
export { analyseDocumentSet, analyseReadInputs } from './analysis/analyse-document-set';
export type { AnalyseOptions } from './analysis/analyse-options';
export type { AnalysedFile, DocumentLink, DocumentSetAnalysis, KindMismatch, LinkSource } from './analysis/document-set-analysis';

// File kinds
export {
  defineDocumentKind,
  defineTableKind,
  type Detection,
  type DocumentKindSpec,
  type FileKind,
  type KindContext,
  type KindRead,
  type SummaryFigures,
  type TableKindSpec,
} from './kinds/file-kind';
export { fileKinds } from './kinds/file-kinds';
export type { TableReading } from './kinds/table-reading';
export { roadmapKind } from './kinds/roadmap-kind';
export { planKind } from './kinds/plan-kind';
export { budgetKind } from './kinds/budget-kind';
export { procedureLevelsKind } from './kinds/procedure-levels-kind';
export { recordsKind } from './kinds/records-kind';
export { catalogueKind } from './kinds/catalogue-kind';
export { indicatorsKind } from './kinds/indicators-kind';
export { ranksKind } from './kinds/ranks-kind';

// Cross-document checks
export type { CrossCheck, CrossCheckResult, SetDocument } from './cross/cross-check';
export { crossChecks } from './cross/cross-checks';

// Links
export { declaredUnit } from './links/declared-unit';
export { listedTables } from './links/listed-tables';
export { besideDocument, folderOf, normalisePath } from './links/set-path';

// Tables read into domain models, located in the user's file
export { budgetFromTable, parseUnitText, reconcileTable, type BudgetTable } from './tables/budget-table';
export { catalogueFromTable, levelCountsFromTable, locateDuplicateFindings, type CatalogueTable } from './tables/procedure-table';
export { indexFromTable, type IndexTable } from './tables/index-table';
export { isRankTable, rankRowsOf } from './tables/rank-table';
export { checkRecordsTable, openEndedAsOf } from './tables/records-table';
export { isRecordsTable, missingRecordColumns } from './tables/record-columns';
export { validatedRoadmap } from './tables/validated-roadmap';
