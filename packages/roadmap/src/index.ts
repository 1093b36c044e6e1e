// Model
export {
  roadmapSchema,
  decisionSchema,
  phaseSchema,
  baselineSchema,
  baselineServiceSchema,
  entrySchema,
  stepSchema,
  budgetLineSchema,
  statedTotalSchema,
  targetSchema,
  statementSchema,
  fundingSourceSchema,
  tableSchema,
  type Roadmap,
  type Decision,
  type Phase,
  type Baseline,
  type BaselineService,
  type Entry,
  type Step,
  type BudgetLine,
  type StatedTotal,
  type Target,
  type Statement,
  type FundingSource,
  type Table,
} from './model/roadmap-schema';
export { readStatedValue, figureMinimum, leastCount } from './model/stated-value';
export { whenSchema, whenRange, whenYear, type When, type WhenRange } from './model/when';
export { safeParseRoadmap } from './model/parse-roadmap';
export { roadmapJsonSchema } from './model/roadmap-json-schema';

// Service identity
export { serviceKey } from './identity/service-key';
export { serviceNameAbbreviations } from './identity/abbreviations';
export {
  buildServiceIndex,
  type ServiceIndex,
  type ServiceIndexOptions,
  type ServiceIdentity,
  type ServiceMatch,
  type MatchMethod,
} from './identity/service-index';

// Validation
export {
  validateRoadmap,
  type ValidationConfig,
  type ValidationResult,
  type RuleLevel,
  type RuleSetting,
  type RoadmapPlugin,
} from './validate-roadmap';
export {
  defineRule,
  type RoadmapRule,
  type AnyRoadmapRule,
  type RuleContext,
  type RuleReport,
  type ValidationReferences,
  type NationalTarget,
} from './rules/rule';
export { builtinRules } from './rules/builtin-rules';
export { roadmapFacts, type RoadmapFacts } from './rules/roadmap-facts';
export type { BudgetTotalMismatchOptions } from './rules/budget-total-mismatch';
export type { StatedTotalMismatchOptions } from './rules/stated-total-mismatch';
export type { BudgetWordsMismatchOptions } from './rules/budget-words-mismatch';
export type { BudgetBeforeScheduleOptions } from './rules/budget-before-schedule';

// Analysis
export { serviceTimelines, levelsBy, type TimelineEvent } from './analysis/service-timeline';
export { projectRoadmap, type RoadmapProjection, type ServiceProjection } from './analysis/project-roadmap';
export { roadmapBudget, type RoadmapBudget, type RoadmapBudgetGroup } from './analysis/roadmap-budget';
export {
  roadmapProgress,
  type RoadmapProgress,
  type RoadmapProgressOptions,
  type ProgressCatalogueItem,
  type ProgressMatch,
  type EntryProgress,
  type EntryStatus,
  type TargetProgress,
  type TargetStatus,
} from './analysis/roadmap-progress';

// Plans (IT application plans and action plans)
export {
  planSchema,
  planDocumentSchema,
  receivedStampSchema,
  planFactSchema,
  currentStateSchema,
  planTargetSchema,
  planTaskSchema,
  fundingRuleSchema,
  planFundingSchema,
  planBudgetSchema,
  type Plan,
  type PlanDocument,
  type ReceivedStamp,
  type PlanFact,
  type CurrentState,
  type PlanTarget,
  type PlanTask,
  type FundingRule,
  type PlanFunding,
  type PlanBudget,
} from './plan/plan-schema';
export { statedFigureSchema, figurePartSchema, type StatedFigure, type FigurePart } from './plan/stated-figure-schema';
export { parsePlan, safeParsePlan } from './plan/parse-plan';
export { planJsonSchema } from './plan/plan-json-schema';
export { validatePlan, type PlanValidationConfig, type PlanValidationResult } from './plan/validate-plan';
export { definePlanRule, type PlanRule, type PlanRuleContext, type PlanRuleReport } from './plan/plan-rule';
export { builtinPlanRules } from './plan/builtin-plan-rules';

// Which model a parsed document is for
export { documentKind, type DocumentKind } from './document-kind';
