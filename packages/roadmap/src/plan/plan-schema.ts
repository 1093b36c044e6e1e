import * as z from 'zod';
import {
  budgetLineSchema,
  phaseSchema,
  statedTotalSchema,
  statementSchema,
  tableSchema,
  type BudgetLine,
  type Phase,
  type StatedTotal,
  type Statement,
  type Table,
} from '../model/roadmap-schema';
import { asPrinted, note, onlineLevel, text } from '../model/schema-parts';
import { whenSchema } from '../model/when';
import { statedFigureSchema, type StatedFigure } from './stated-figure-schema';

/**
 * The incoming-document stamp printed on a copy of the plan ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG / Số 189 /
 * Đến Ngày: 13/1/16"): who received it, the incoming number and the date.
 *
 * @example
 * ```ts
 * receivedStampSchema.parse({ by: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', number: '189', date: '2016-01-13', as_printed: { date: '13/1/16' } });
 * ```
 */
export const receivedStampSchema: z.ZodType<ReceivedStamp> = z.strictObject({
  by: text.meta({ description: 'The receiving office, as printed.' }),
  number: text.optional().meta({ description: 'The incoming number (số đến), as printed.' }),
  date: z.iso.date().meta({ description: 'Date of receipt (ISO).' }),
  as_printed: asPrinted,
  note,
});

/** The incoming-document stamp printed on a copy of the plan. */
export interface ReceivedStamp {
  by: string;
  number?: string | undefined;
  date: string;
  as_printed?: Record<string, string | number> | undefined;
  note?: string | undefined;
}

/**
 * The document a plan file transcribes, as printed: a plan (kế hoạch) prints its number and the date it
 * was signed; a news report or a summary of a plan prints neither a number nor, often, a day: only its
 * title, its publisher and a month. `number` and `date` are therefore optional; a printed date must be a
 * day that exists (`"2019-10-08"`) or a month (`"2020-09"`). `source` says where the document was found
 * (an address, a newspaper issue), so that a document without a number can still be cited. Otherwise as
 * a roadmap `Decision` (issuer, signer, legal basis, printed forms in `as_printed`).
 *
 * @example
 * ```ts
 * planDocumentSchema.parse({ number: '200/KH-SKHĐT', date: '2018-09-28', issuer: 'Sở Kế hoạch và Đầu tư' });
 * planDocumentSchema.parse({ issuer: 'Báo Bà Rịa - Vũng Tàu', date: '2020-09', source: 'http://baobariavungtau.com.vn/…' });
 * ```
 */
export const planDocumentSchema: z.ZodType<PlanDocument> = z.strictObject({
  number: text.optional().meta({ description: 'Number as printed ("200/KH-SKHĐT"); omitted when none is printed (a news report).' }),
  date: z
    .union([
      z.iso.date(),
      z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'expected a day that exists (2019-10-08) or a month (2020-09)' }),
    ])
    .optional()
    .meta({ description: 'Date of signature or publication (ISO day, or month when only a month is printed); omitted when none is printed.' }),
  issuer: text.optional(),
  signer: text.optional(),
  title: text.optional(),
  signer_title: text.optional(),
  proposal: text.optional().meta({ description: 'The submission the document answers (tờ trình).' }),
  legal_basis: z.array(text).optional(),
  related: z.array(text).optional().meta({ description: 'Other documents it refers to, outside its legal basis.' }),
  source: text.optional().meta({ description: 'Where the document was found (an address, a newspaper issue).' }),
  as_printed: asPrinted,
  note,
});

/** The document a plan file transcribes: see {@link planDocumentSchema}. */
export interface PlanDocument {
  number?: string | undefined;
  date?: string | undefined;
  issuer?: string | undefined;
  signer?: string | undefined;
  title?: string | undefined;
  signer_title?: string | undefined;
  proposal?: string | undefined;
  legal_basis?: string[] | undefined;
  related?: string[] | undefined;
  source?: string | undefined;
  as_printed?: Record<string, string | number> | undefined;
  note?: string | undefined;
}

/**
 * A yes/no fact of the current state ("Sở không thành lập Ban Chỉ đạo ứng dụng CNTT riêng của đơn vị" →
 * `holds: false`), with the sentence as printed.
 *
 * @example
 * ```ts
 * planFactSchema.parse({ id: 'it_staff.it_steering_committee_of_unit', holds: false, source: 'II.4' });
 * ```
 */
export const planFactSchema: z.ZodType<PlanFact> = z.strictObject({
  id: text.optional(),
  holds: z.boolean().meta({ description: 'Whether the fact holds, as the document says.' }),
  text: text.optional().meta({ description: 'The sentence as printed.' }),
  source: text.optional(),
  note,
});

/** A yes/no fact of the current state. */
export interface PlanFact {
  id?: string | undefined;
  holds: boolean;
  text?: string | undefined;
  source?: string | undefined;
  note?: string | undefined;
}

/**
 * What the plan says about the current state (hiện trạng): stated figures, yes/no facts and other
 * statements, with the heading of the section they come from.
 *
 * @example
 * ```ts
 * currentStateSchema.parse({ source: 'II', figures: [{ id: 'eoffice.outgoing_documents', printed: '2.576', value: 2576 }] });
 * ```
 */
export const currentStateSchema: z.ZodType<CurrentState> = z.strictObject({
  source: text.optional().meta({ description: 'The heading of the section, as printed.' }),
  as_of: whenSchema.optional(),
  figures: z.array(statedFigureSchema).optional(),
  facts: z.array(planFactSchema).optional(),
  statements: z.array(statementSchema).optional(),
  note,
});

/** What the plan says about the current state. */
export interface CurrentState {
  source?: string | undefined;
  as_of?: number | string | undefined;
  figures?: StatedFigure[] | undefined;
  facts?: PlanFact[] | undefined;
  statements?: Statement[] | undefined;
  note?: string | undefined;
}

/**
 * A target of a plan: the clause as printed, a snake_case `kind` saying what it measures
 * (`share_of_services_at_level`, `share_of_staff_using_email`, …), the value as printed ("70%", or a
 * count), the online level(s) it concerns, the phase and year it is due, and its source section. Unlike a
 * roadmap `Target` (services at a level, value as a share in [0, 1]) a plan target may measure
 * anything and keeps its printed value.
 *
 * @example
 * ```ts
 * planTargetSchema.parse({ text: '70% công chức … sử dụng hệ thống thư điện tử công vụ', kind: 'share_of_staff_using_email', value: '70%', by: 2019, source: 'IV.2' });
 * ```
 */
export const planTargetSchema: z.ZodType<PlanTarget> = z.strictObject({
  id: text.optional(),
  text: text.meta({ description: 'The clause as printed (omitted words marked "...").' }),
  kind: text.meta({ description: 'What the target measures, as a snake_case tag ("share_of_services_at_level").' }),
  value: z
    .union([text, z.number()])
    .optional()
    .meta({ description: 'The value as printed: a share with "%" ("70%") or a count.' }),
  level: z
    .union([onlineLevel, z.array(onlineLevel)])
    .optional()
    .meta({ description: 'The online level (or levels, "mức độ 3, 4") the target concerns.' }),
  phase: text.optional().meta({ description: 'Id of the phase the target is set for.' }),
  by: whenSchema.optional().meta({ description: 'When the target is due.' }),
  details: z
    .record(z.string(), z.union([text, z.number()]))
    .optional()
    .meta({ description: 'Further printed values of the target, by name ("computers_per_room").' }),
  source: text.optional(),
  as_printed: asPrinted,
  note,
});

/** A target of a plan. */
export interface PlanTarget {
  id?: string | undefined;
  text: string;
  kind: string;
  value?: string | number | undefined;
  level?: number | number[] | undefined;
  phase?: string | undefined;
  by?: number | string | undefined;
  details?: Record<string, string | number> | undefined;
  source?: string | undefined;
  as_printed?: Record<string, string | number> | undefined;
  note?: string | undefined;
}

/**
 * A task or responsibility of the plan: what is to be done, the lead agency and partners, and when (a
 * due date, a recurrence, or a time as printed: "thực hiện trong Quý II/2018").
 *
 * @example
 * ```ts
 * planTaskSchema.parse({ id: 'IV.1.a', lead_agency: 'Văn phòng Ủy ban nhân dân tỉnh', task: 'Hoàn thành kết nối …', due: '2016-01-01', as_printed: { due: 'trước ngày 01 tháng 01 năm 2016' } });
 * ```
 */
export const planTaskSchema: z.ZodType<PlanTask> = z.strictObject({
  id: text.optional(),
  task: text.optional().meta({ description: 'What is to be done, as printed.' }),
  lead_agency: text.optional(),
  co_agencies: z.array(text).optional(),
  due: whenSchema.optional().meta({ description: 'The deadline (ISO year, month or day).' }),
  timing: text.optional().meta({ description: 'When, as printed, where it is not a deadline ("thực hiện từ Quý II/2018").' }),
  recurrence: text.optional().meta({ description: 'How often, as printed ("Hàng năm").' }),
  phase: text.optional().meta({ description: 'Id of the phase the task belongs to.' }),
  source: text.optional(),
  as_printed: asPrinted,
  note,
});

/** A task or responsibility of the plan. */
export interface PlanTask {
  id?: string | undefined;
  task?: string | undefined;
  lead_agency?: string | undefined;
  co_agencies?: string[] | undefined;
  due?: number | string | undefined;
  timing?: string | undefined;
  recurrence?: string | undefined;
  phase?: string | undefined;
  source?: string | undefined;
  as_printed?: Record<string, string | number> | undefined;
  note?: string | undefined;
}

/**
 * A funding rule of the plan: who pays for what, as printed ("Các hạng mục đầu tư của các dự án dùng chung
 * cấp tỉnh … được bố trí từ ngân sách tỉnh"): the source of funds, what it pays for (`scope`), the kind of
 * spending, and the agency that arranges it. Richer than a roadmap `FundingSource` (heading and text only);
 * `funding_source` and `spending_type` are the printed words that @egov/budget reads
 * (`parseFundingSource`, `parseSpendingType`).
 *
 * @example
 * ```ts
 * fundingRuleSchema.parse({ text: 'đầu tư mua sắm … được bố trí từ ngân sách huyện.', scope: 'trang thiết bị cấp huyện', funding_source: 'ngân sách huyện', source: 'III.2' });
 * ```
 */
export const fundingRuleSchema: z.ZodType<FundingRule> = z.strictObject({
  text: text.meta({ description: 'The rule as printed.' }),
  scope: text.optional().meta({ description: 'What the rule pays for, as printed ("dự án dùng chung cấp tỉnh").' }),
  funding_source: text.optional().meta({ description: 'The source of funds, as printed ("ngân sách tỉnh").' }),
  spending_type: text.optional().meta({ description: 'The kind of spending, as printed ("chi đầu tư phát triển").' }),
  lead_agency: text.optional().meta({ description: 'The agency that arranges the funds.' }),
  co_agencies: z.array(text).optional(),
  source: text.optional(),
  as_printed: asPrinted,
  note,
});

/** A funding rule of the plan. */
export interface FundingRule {
  text: string;
  scope?: string | undefined;
  funding_source?: string | undefined;
  spending_type?: string | undefined;
  lead_agency?: string | undefined;
  co_agencies?: string[] | undefined;
  source?: string | undefined;
  as_printed?: Record<string, string | number> | undefined;
  note?: string | undefined;
}

/**
 * How the plan is funded: funding rules (by source, and by kind of spending), amounts (roadmap
 * `BudgetLine`s) and the budget totals it states (roadmap `StatedTotal`s).
 *
 * @example
 * ```ts
 * planFundingSchema.parse({ source: 'III.2; IV.4', rules: [{ text: '… được bố trí từ ngân sách tỉnh', funding_source: 'ngân sách tỉnh' }], amounts: [] });
 * ```
 */
export const planFundingSchema: z.ZodType<PlanFunding> = z.strictObject({
  source: text.optional(),
  rules: z.array(fundingRuleSchema).optional().meta({ description: 'Who pays for what, by source of funds.' }),
  by_spending_type: z
    .array(fundingRuleSchema)
    .optional()
    .meta({ description: 'Who arranges which kind of spending (investment, recurrent, science and technology).' }),
  amounts: z.array(budgetLineSchema).optional().meta({ description: 'Amounts printed in the text (empty when none is).' }),
  stated_totals: z.array(statedTotalSchema).optional(),
  note,
});

/** How the plan is funded. */
export interface PlanFunding {
  source?: string | undefined;
  rules?: FundingRule[] | undefined;
  by_spending_type?: FundingRule[] | undefined;
  amounts?: BudgetLine[] | undefined;
  stated_totals?: StatedTotal[] | undefined;
  note?: string | undefined;
}

/**
 * The plan's budget table, kept as a file beside it (read with @egov/budget): the file, the section, the
 * unit and the amount column as printed, and the total the document states for it (`null`: the document
 * prints no total row and no total in words, which is checked, not forgotten).
 *
 * @example
 * ```ts
 * planBudgetSchema.parse({ file: 'budget.csv', unit: 'đồng', column: 'Dự kiến kinh phí năm 2019 (Đơn vị tính: Đồng)', stated_total: null });
 * ```
 */
export const planBudgetSchema: z.ZodType<PlanBudget> = z.strictObject({
  file: text.meta({ description: 'Path of the table file, relative to the plan file.' }),
  title: text.optional(),
  source: text.optional(),
  unit: text.optional().meta({ description: 'The unit of the amounts, as printed ("đồng").' }),
  column: text.optional().meta({ description: 'The heading of the amount column, as printed.' }),
  stated_total: statedTotalSchema
    .nullable()
    .optional()
    .meta({ description: 'The total the document prints for the table; null when it prints none.' }),
  note,
});

/** The plan's budget table. */
export interface PlanBudget {
  file: string;
  title?: string | undefined;
  source?: string | undefined;
  unit?: string | undefined;
  column?: string | undefined;
  stated_total?: StatedTotal | null | undefined;
  note?: string | undefined;
}

/**
 * A plan (kế hoạch) of a province or department: an IT application plan or an action plan (sources 000,
 * 001, 004), or a news report or summary of one. Its `document` is a {@link PlanDocument} (number and
 * date where printed, issuer, signer, legal basis, printed forms in `as_printed`); it covers one `plan_year` or a `period` with `phases` (roadmap
 * `Phase`s); it states figures about the current state and elsewhere ({@link StatedFigure}), targets,
 * tasks, funding, a budget table, statements that cannot be checked, and tables kept as files beside it. Unknown fields
 * are errors, at every level; a plan needs a `plan_year` or a `period`.
 *
 * @example
 * ```ts
 * const plan = planSchema.parse({
 *   kind: 'Kế hoạch',
 *   document: { number: '200/KH-SKHĐT', date: '2018-09-28', issuer: 'Sở Kế hoạch và Đầu tư' },
 *   province: 'Lạng Sơn',
 *   plan_year: 2019,
 *   targets: [{ text: '70% công chức … sử dụng hệ thống thư điện tử công vụ', kind: 'share_of_staff_using_email', value: '70%', by: 2019 }],
 * });
 * ```
 */
export const planSchema: z.ZodType<Plan> = z
  .strictObject({
    $schema: z.string().optional(),
    kind: text.meta({ description: 'The kind of document as printed ("Kế hoạch", "Kế hoạch hành động").' }),
    document: planDocumentSchema,
    implements: text.optional().meta({ description: 'The document the plan carries out, as printed.' }),
    received_stamp: receivedStampSchema.optional(),
    province: text,
    plan_year: z.int().min(1900).max(2200).optional().meta({ description: 'The one year a yearly plan covers.' }),
    period: z.strictObject({ start: whenSchema, end: whenSchema }).optional(),
    phases: z.array(phaseSchema).optional(),
    current_state: currentStateSchema.optional(),
    figures: z
      .array(statedFigureSchema)
      .optional()
      .meta({ description: 'Other figures the document states (scope, framework, summaries of change).' }),
    targets: z.array(planTargetSchema).optional(),
    tasks: z.array(planTaskSchema).optional(),
    funding: planFundingSchema.optional(),
    budget: planBudgetSchema.optional(),
    statements: z.array(statementSchema).optional(),
    tables: z.array(tableSchema).optional(),
    note,
  })
  .refine((plan) => plan.plan_year !== undefined || plan.period !== undefined, {
    error: 'a plan needs a plan_year or a period',
    path: ['period'],
  })
  .meta({ title: 'Plan: IT application plan or action plan (@egov/roadmap)' });

/**
 * A plan of a province or department, as {@link planSchema} returns it.
 *
 * @example
 * ```ts
 * const plan: Plan = parsePlan(input);
 * plan.plan_year ?? plan.period?.end; // 2019, or the last year of the period
 * ```
 */
export interface Plan {
  $schema?: string | undefined;
  kind: string;
  document: PlanDocument;
  implements?: string | undefined;
  received_stamp?: ReceivedStamp | undefined;
  province: string;
  plan_year?: number | undefined;
  period?: { start: number | string; end: number | string } | undefined;
  phases?: Phase[] | undefined;
  current_state?: CurrentState | undefined;
  figures?: StatedFigure[] | undefined;
  targets?: PlanTarget[] | undefined;
  tasks?: PlanTask[] | undefined;
  funding?: PlanFunding | undefined;
  budget?: PlanBudget | undefined;
  statements?: Statement[] | undefined;
  tables?: Table[] | undefined;
  note?: string | undefined;
}
