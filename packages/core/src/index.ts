// Errors and results
export { EgovError, type EgovErrorOptions } from './errors/egov-error';
export { ok, err, unwrap, type Ok, type Err, type Result } from './result/result';

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
