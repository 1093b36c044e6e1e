import * as z from 'zod';
import { asPrinted, note, onlineLevel, printedFigure, statedCount, text } from './schema-parts';
import { whenSchema } from './when';

/** Decree 42/2022 Art. 11 online classes. */
const onlineClass = z
  .enum(['full', 'partial'])
  .meta({ description: 'Online class: full (toàn trình) or partial (một phần), Decree 42/2022/NĐ-CP Art. 11.' });

/**
 * The decision that issues a roadmap: number ("818/QĐ-UBND"), date, issuer and signer.
 *
 * @example
 * ```ts
 * decisionSchema.parse({ number: '818/QĐ-UBND', date: '2013-05-04', issuer: 'UBND tỉnh Thái Bình' });
 * ```
 */
export const decisionSchema: z.ZodType<Decision> = z.strictObject({
  number: text.meta({ description: 'Number as printed, e.g. "818/QĐ-UBND".' }),
  date: z.iso.date().meta({ description: 'Date of signature (ISO).' }),
  issuer: text.optional(),
  signer: text.optional(),
  title: text.optional(),
  signer_title: text.optional(),
  proposal: text.optional().meta({ description: 'The submission the decision answers (tờ trình).' }),
  legal_basis: z.array(text).optional(),
  related: z
    .array(text)
    .optional()
    .meta({ description: 'Other documents the decision refers to, outside its legal basis.' }),
  as_printed: asPrinted,
  note,
});

/** The decision that issues a roadmap. */
export interface Decision {
  number: string;
  date: string;
  issuer?: string | undefined;
  signer?: string | undefined;
  title?: string | undefined;
  signer_title?: string | undefined;
  proposal?: string | undefined;
  legal_basis?: string[] | undefined;
  related?: string[] | undefined;
  as_printed?: Record<string, string | number> | undefined;
  note?: string | undefined;
}

/**
 * A phase of a roadmap ("giai đoạn 2013 - 2015").
 *
 * @example
 * ```ts
 * phaseSchema.parse({ id: '2013-2015', start: 2013, end: 2015 });
 * ```
 */
export const phaseSchema: z.ZodType<Phase> = z.strictObject({
  id: text,
  name: text.optional(),
  start: whenSchema,
  end: whenSchema,
  as_printed: asPrinted,
  note,
});

/** A phase of a roadmap. */
export interface Phase {
  id: string;
  name?: string | undefined;
  start: number | string;
  end: number | string;
  as_printed?: Record<string, string | number> | undefined;
  note?: string | undefined;
}

/**
 * A service already online before the roadmap starts (the baseline).
 *
 * @example
 * ```ts
 * baselineServiceSchema.parse({ service: 'Cấp phép hoạt động ngành in', level: 3, lead_agency: 'Sở Thông tin và Truyền thông' });
 * ```
 */
export const baselineServiceSchema: z.ZodType<BaselineService> = z.strictObject({
  id: text.optional(),
  service: text,
  code: text.optional(),
  level: onlineLevel.optional(),
  class: onlineClass.optional(),
  lead_agency: text.optional(),
  co_agencies: z.array(text).optional(),
  source: text.optional(),
  as_printed: asPrinted,
  note,
});

/** A service already online before the roadmap starts. */
export interface BaselineService {
  id?: string | undefined;
  service: string;
  code?: string | undefined;
  level?: number | undefined;
  class?: 'full' | 'partial' | undefined;
  lead_agency?: string | undefined;
  co_agencies?: string[] | undefined;
  source?: string | undefined;
  as_printed?: Record<string, string | number> | undefined;
  note?: string | undefined;
}

/**
 * What the province had when the roadmap was written: unit counts, procedure counts by tier, and services
 * already online.
 *
 * @example
 * ```ts
 * baselineSchema.parse({ units: { districts: 8, communes: 286 }, procedures: { total: 1409, provincial: 1005, district: 275, commune: 129 } });
 * ```
 */
export const baselineSchema: z.ZodType<Baseline> = z.strictObject({
  as_of: whenSchema.optional(),
  units: z.record(z.string(), z.int().nonnegative()).optional(),
  procedures: z
    .strictObject({
      total: z.int().nonnegative().optional(),
      provincial: z.int().nonnegative().optional(),
      district: z.int().nonnegative().optional(),
      commune: z.int().nonnegative().optional(),
    })
    .optional(),
  services: z.array(baselineServiceSchema).optional(),
  statement: text.optional().meta({ description: 'The baseline sentence as printed.' }),
  source: text.optional(),
  as_printed: asPrinted,
  note,
});

/** What the province had when the roadmap was written. */
export interface Baseline {
  as_of?: number | string | undefined;
  units?: Record<string, number> | undefined;
  procedures?:
    | {
        total?: number | undefined;
        provincial?: number | undefined;
        district?: number | undefined;
        commune?: number | undefined;
      }
    | undefined;
  services?: BaselineService[] | undefined;
  statement?: string | undefined;
  source?: string | undefined;
  as_printed?: Record<string, string | number> | undefined;
  note?: string | undefined;
}

/**
 * One commitment of the roadmap: a service (by code or by name) reaches a level or class by a due time.
 *
 * @example
 * ```ts
 * entrySchema.parse({ service: 'Cấp giấy phép xây dựng', target_level: 3, due: 2013, lead_agency: 'Ban Quản lý các Khu Công nghiệp' });
 * ```
 */
export const entrySchema: z.ZodType<Entry> = z.strictObject({
  id: text.optional(),
  service: text.meta({ description: 'Service name as printed.' }),
  code: text.optional().meta({ description: 'Procedure code in the national database, when printed.' }),
  target_level: onlineLevel.optional(),
  target_class: onlineClass.optional(),
  from_level: onlineLevel
    .optional()
    .meta({ description: 'The level the document says the service is upgraded from ("từ mức độ 3 lên mức độ 4").' }),
  due: whenSchema,
  phase: text.optional().meta({ description: 'Id of the phase the entry is listed under.' }),
  lead_agency: text.optional(),
  co_agencies: z.array(text).optional(),
  budget: z.union([text, z.number()]).optional().meta({ description: 'Amount as printed.' }),
  list: text.optional().meta({ description: 'The list or table of the document the entry comes from.' }),
  merged_cell_from: text.optional().meta({
    description:
      'Id of the entry whose merged table cell supplied a value of this one (the cell is printed once for several rows), so the reading of a damaged table stays visible.',
  }),
  source: text.optional().meta({ description: 'Where in the document: section, table, row.' }),
  as_printed: asPrinted,
  note,
});

/** One commitment of the roadmap. */
export interface Entry {
  id?: string | undefined;
  service: string;
  code?: string | undefined;
  target_level?: number | undefined;
  target_class?: 'full' | 'partial' | undefined;
  from_level?: number | undefined;
  due: number | string;
  phase?: string | undefined;
  lead_agency?: string | undefined;
  co_agencies?: string[] | undefined;
  budget?: string | number | undefined;
  list?: string | undefined;
  merged_cell_from?: string | undefined;
  source?: string | undefined;
  as_printed?: Record<string, string | number> | undefined;
  note?: string | undefined;
}

/**
 * A step of the schedule: a date range, what is done, and the services it covers.
 *
 * @example
 * ```ts
 * stepSchema.parse({ from: '2013-01', to: '2014-06', action: 'Rà soát, chuẩn hóa thủ tục', services: ['Cấp giấy phép xây dựng'], stated_count: 15 });
 * ```
 */
export const stepSchema: z.ZodType<Step> = z.strictObject({
  id: text.optional(),
  from: whenSchema,
  from_inferred: z
    .boolean()
    .optional()
    .meta({ description: 'True when the start is not printed and was inferred ("Đến hết năm 2015").' }),
  to: whenSchema,
  action: text,
  kind: text
    .optional()
    .meta({ description: 'What the step does, as a short tag: "approve_projects", "deploy_projects", …' }),
  refers_to_step: text
    .optional()
    .meta({ description: 'Id of an earlier step this one continues ("deploy the projects approved in 2013").' }),
  services: z.array(text).optional(),
  stated_count: z.int().nonnegative().optional().meta({ description: 'The number of services the text states.' }),
  source: text.optional(),
  as_printed: asPrinted,
  note,
});

/** A step of the schedule. */
export interface Step {
  id?: string | undefined;
  from: number | string;
  from_inferred?: boolean | undefined;
  to: number | string;
  action: string;
  kind?: string | undefined;
  refers_to_step?: string | undefined;
  services?: string[] | undefined;
  stated_count?: number | undefined;
  source?: string | undefined;
  as_printed?: Record<string, string | number> | undefined;
  note?: string | undefined;
}

/**
 * A budget line: an amount as printed, for a phase, a span of years, a year or a service, with its unit.
 * `phase` is the id of one of the roadmap's phases; a line for another span ("Giai đoạn 2013 - 2014" in a
 * roadmap whose phases are 2013–2015 and 2016–2020) gives `from`/`to` and its heading in `label`.
 *
 * @example
 * ```ts
 * budgetLineSchema.parse({ label: 'Giai đoạn 2013 - 2014', from: 2013, to: 2014, amount: '2.200.000.000', unit: 'đồng', services_count: 15 });
 * budgetLineSchema.parse({ service: 'Gấp phép và khai thác nguồn nước', entry: '2015.12', year: 2014, amount: '0.8', unit: 'tỷ đồng' });
 * ```
 */
export const budgetLineSchema: z.ZodType<BudgetLine> = z.strictObject({
  id: text.optional(),
  label: text.optional().meta({ description: 'The heading of the line as printed ("Trong năm 2015").' }),
  phase: text.optional().meta({ description: 'Id of the roadmap phase the line is for.' }),
  from: whenSchema.optional().meta({ description: 'First year (or month, day) the line is for.' }),
  to: whenSchema.optional().meta({ description: 'Last year (or month, day) the line is for.' }),
  year: z.int().optional(),
  service: text.optional().meta({ description: 'The service the line is for, as printed in the budget table.' }),
  entry: text.optional().meta({ description: 'Id of the entry the line is for (the transcriber’s link by name).' }),
  amount: z.union([text, z.number()]).meta({ description: 'Amount as printed ("2.200.000.000", "1,4").' }),
  unit: text.optional().meta({ description: 'Unit as printed: "đồng", "triệu đồng", "tỷ đồng".' }),
  services_count: z.int().nonnegative().optional().meta({ description: 'Number of services the line says it pays for.' }),
  purpose: text.optional().meta({ description: 'What the line pays for, as printed.' }),
  source: text.optional(),
  as_printed: asPrinted,
  note,
});

/** A budget line. */
export interface BudgetLine {
  id?: string | undefined;
  label?: string | undefined;
  phase?: string | undefined;
  from?: number | string | undefined;
  to?: number | string | undefined;
  year?: number | undefined;
  service?: string | undefined;
  entry?: string | undefined;
  amount: string | number;
  unit?: string | undefined;
  services_count?: number | undefined;
  purpose?: string | undefined;
  source?: string | undefined;
  as_printed?: Record<string, string | number> | undefined;
  note?: string | undefined;
}

/**
 * A total the document states, to be checked against the entries: a number of services at a level by a
 * time (`services`, checked by `roadmap/stated-total-mismatch`), a budget total with its amount in words
 * (`budget`), or another stated count such as the number of procedures (`count`).
 *
 * @example
 * ```ts
 * statedTotalSchema.parse({ kind: 'services', level: 3, by: 2015, value: 33, source: 'II.1.1' });
 * statedTotalSchema.parse({ kind: 'services', level: 3, by: 2020, value: 'trên 120' }); // a lower bound
 * statedTotalSchema.parse({ kind: 'budget', value: '6', unit: 'tỷ đồng', in_words: 'Sáu tỷ đồng', source: 'III' });
 * statedTotalSchema.parse({ kind: 'count', what: 'Tổng số thủ tục hành chính của tỉnh', value: 1409, as_printed: { value: '1.409' } });
 * ```
 */
export const statedTotalSchema: z.ZodType<StatedTotal> = z.discriminatedUnion('kind', [
  z.strictObject({
    id: text.optional(),
    kind: z.literal('services'),
    level: onlineLevel,
    by: whenSchema,
    value: statedCount,
    unit: text.optional().meta({ description: 'What is counted, as printed ("nhóm thủ tục hành chính").' }),
    comparison: z.enum(['at-least', 'exactly']).optional().meta({
      description: 'Count services at this level or higher (default) or at exactly this level.',
    }),
    include_baseline: z.boolean().optional(),
    source: text.optional(),
    text: text.optional(),
    as_printed: asPrinted,
    note,
  }),
  z.strictObject({
    id: text.optional(),
    kind: z.literal('budget'),
    what: text.optional().meta({ description: 'The label of the total as printed ("Tổng kinh phí").' }),
    value: z.union([text, z.number()]).meta({ description: 'Amount as printed ("15.2", "6").' }),
    unit: text.optional(),
    in_words: text.optional().meta({ description: 'The amount in words as printed ("Sáu tỷ đồng").' }),
    phase: text.optional().meta({ description: 'Id of the roadmap phase the total is for.' }),
    year: z.int().optional(),
    service: text.optional().meta({ description: 'The service a row total is for, as printed.' }),
    entry: text.optional().meta({ description: 'Id of the entry a row total is for.' }),
    source: text.optional(),
    text: text.optional(),
    as_printed: asPrinted,
    note,
  }),
  z.strictObject({
    id: text.optional(),
    kind: z.literal('count'),
    what: text.meta({ description: 'What is counted, as printed ("Tổng số thủ tục hành chính của tỉnh").' }),
    value: statedCount,
    unit: text.optional(),
    source: text.optional(),
    text: text.optional(),
    as_printed: asPrinted,
    note,
  }),
]);

/** A total the document states. */
export type StatedTotal =
  | {
      id?: string | undefined;
      kind: 'services';
      level: number;
      by: number | string;
      /** A number, or the figure as printed ("trên 120"). */
      value: number | string;
      unit?: string | undefined;
      comparison?: 'at-least' | 'exactly' | undefined;
      include_baseline?: boolean | undefined;
      source?: string | undefined;
      text?: string | undefined;
      as_printed?: Record<string, string | number> | undefined;
      note?: string | undefined;
    }
  | {
      id?: string | undefined;
      kind: 'budget';
      what?: string | undefined;
      value: string | number;
      unit?: string | undefined;
      in_words?: string | undefined;
      phase?: string | undefined;
      year?: number | undefined;
      service?: string | undefined;
      entry?: string | undefined;
      source?: string | undefined;
      text?: string | undefined;
      as_printed?: Record<string, string | number> | undefined;
      note?: string | undefined;
    }
  | {
      id?: string | undefined;
      kind: 'count';
      what: string;
      /** A number, or the figure as printed ("khoảng 1.400"). */
      value: number | string;
      unit?: string | undefined;
      source?: string | undefined;
      text?: string | undefined;
      as_printed?: Record<string, string | number> | undefined;
      note?: string | undefined;
    };

/**
 * A target: a share or count of services at a level by a time, or a per-agency minimum, with its source.
 * A per-agency minimum that applies to "every other department" (mỗi sở, ban, ngành còn lại) has
 * `scope: 'remaining'`: the agencies not otherwise named by the roadmap.
 *
 * @example
 * ```ts
 * targetSchema.parse({ kind: 'share', level: 3, value: 0.5, by: 2017, source: 'KH 3701/KH-UBND' });
 * targetSchema.parse({ kind: 'share', level: 3, value: 'tối thiểu 50%', by: 2017 }); // at least 0.5
 * targetSchema.parse({ kind: 'agency-minimum', scope: 'remaining', level: 3, value: 2, by: 2020, source: '1653/QĐ-UBND, 2.4' });
 * ```
 */
export const targetSchema: z.ZodType<Target> = z.strictObject({
  id: text.optional(),
  kind: z.enum(['share', 'count', 'agency-minimum']),
  level: onlineLevel,
  value: z.union([z.number().nonnegative(), printedFigure]).meta({
    description:
      'A share in [0, 1] for "share", else a count; or the figure as printed ("tối thiểu 50%", "ít nhất 02", "trên 120").',
  }),
  by: whenSchema,
  agencies: z.array(text).optional().meta({ description: 'For agency-minimum: the agencies it applies to.' }),
  scope: z.enum(['all', 'remaining']).optional().meta({
    description:
      'For agency-minimum: all agencies (default) or only the remaining ones, those the roadmap does not otherwise name ("mỗi sở, ban, ngành còn lại").',
  }),
  source: text.optional(),
  text: text.optional(),
  as_printed: asPrinted,
  note,
});

/** A target. */
export interface Target {
  id?: string | undefined;
  kind: 'share' | 'count' | 'agency-minimum';
  level: number;
  /** A share in [0, 1] or a count; or the figure as printed ("tối thiểu 50%"). */
  value: number | string;
  by: number | string;
  agencies?: string[] | undefined;
  scope?: 'all' | 'remaining' | undefined;
  source?: string | undefined;
  text?: string | undefined;
  as_printed?: Record<string, string | number> | undefined;
  note?: string | undefined;
}

/**
 * A rule or commitment of the document that cannot be checked mechanically ("hầu hết các dịch vụ … sẽ
 * được nâng cấp lên mức độ 4", "đăng ký … trước ngày 15 tháng 10 hàng năm"), kept with its value as
 * printed so that a reader sees it beside the checked targets.
 *
 * @example
 * ```ts
 * statementSchema.parse({ topic: 'most_level3_upgraded_to_level4', text: 'Định hướng giai đoạn 2016-2020, hầu hết …', value: 'hầu hết', level: 4, by: 2020, source: 'I.2' });
 * ```
 */
export const statementSchema: z.ZodType<Statement> = z.strictObject({
  id: text.optional(),
  topic: text.optional().meta({ description: 'What the statement is about, as a short tag ("yearly_registration_deadline").' }),
  text: text.meta({ description: 'The sentence as printed.' }),
  value: z.union([text, z.number()]).optional().meta({ description: 'The value it states, as printed ("hầu hết", "100%", 3).' }),
  level: onlineLevel.optional(),
  by: whenSchema.optional(),
  source: text.optional(),
  as_printed: asPrinted,
  note,
});

/** A rule or commitment of the document that cannot be checked mechanically. */
export interface Statement {
  id?: string | undefined;
  topic?: string | undefined;
  text: string;
  value?: string | number | undefined;
  level?: number | undefined;
  by?: number | string | undefined;
  source?: string | undefined;
  as_printed?: Record<string, string | number> | undefined;
  note?: string | undefined;
}

/**
 * A source of funding the document names (IV.6 "Giải pháp tài chính"), with its heading as `kind`.
 *
 * @example
 * ```ts
 * fundingSourceSchema.parse({ kind: 'Ngân sách tỉnh', text: 'Triển khai các dịch vụ công trực tuyến mức độ 3 theo Quyết định này.', source: 'IV.6' });
 * ```
 */
export const fundingSourceSchema: z.ZodType<FundingSource> = z.strictObject({
  kind: text.optional().meta({ description: 'The heading the source is listed under, as printed ("Ngân sách trung ương").' }),
  text: text.meta({ description: 'The source as printed.' }),
  source: text.optional(),
  as_printed: asPrinted,
  note,
});

/** A source of funding the document names. */
export interface FundingSource {
  kind?: string | undefined;
  text: string;
  source?: string | undefined;
  as_printed?: Record<string, string | number> | undefined;
  note?: string | undefined;
}

/**
 * A table of the document kept beside the roadmap as a file (for example the budget table as CSV).
 *
 * @example
 * ```ts
 * tableSchema.parse({ file: 'budget.csv', title: 'KHÁI TOÁN KINH PHÍ …', unit: 'tỷ đồng', source: 'III' });
 * ```
 */
export const tableSchema: z.ZodType<Table> = z.strictObject({
  file: text.meta({ description: 'Path of the file, relative to the roadmap file.' }),
  title: text.optional().meta({ description: 'The title of the table as printed.' }),
  unit: text.optional().meta({ description: 'The unit of the table as printed ("Đơn vị: tỷ đồng").' }),
  source: text.optional(),
  as_printed: asPrinted,
  note,
});

/** A table of the document kept beside the roadmap as a file. */
export interface Table {
  file: string;
  title?: string | undefined;
  unit?: string | undefined;
  source?: string | undefined;
  as_printed?: Record<string, string | number> | undefined;
  note?: string | undefined;
}

/**
 * A roadmap of online public services, as a province issues it (sources 002 and 003): the decision,
 * period and phases, baseline, entries, steps, budgets, stated totals, targets, statements that cannot be
 * checked, funding sources and attached tables. Unknown fields are errors, at every level.
 *
 * @example
 * ```ts
 * const roadmap = roadmapSchema.parse({
 *   decision: { number: '818/QĐ-UBND', date: '2013-05-04' },
 *   province: 'Thái Bình',
 *   period: { start: 2013, end: 2020 },
 *   entries: [{ service: 'Cấp giấy phép xây dựng', target_level: 3, due: 2013 }],
 * });
 * ```
 */
export const roadmapSchema: z.ZodType<Roadmap> = z
  .strictObject({
    $schema: z.string().optional(),
    decision: decisionSchema,
    province: text,
    period: z.strictObject({ start: whenSchema, end: whenSchema }),
    phases: z.array(phaseSchema).optional(),
    baseline: baselineSchema.optional(),
    entries: z.array(entrySchema),
    steps: z.array(stepSchema).optional(),
    budgets: z.array(budgetLineSchema).optional(),
    stated_totals: z.array(statedTotalSchema).optional(),
    targets: z.array(targetSchema).optional(),
    statements: z.array(statementSchema).optional(),
    funding_sources: z.array(fundingSourceSchema).optional(),
    tables: z.array(tableSchema).optional(),
  })
  .meta({ title: 'Roadmap of online public services (@egov/roadmap)' });

/** A roadmap of online public services. */
export interface Roadmap {
  $schema?: string | undefined;
  decision: Decision;
  province: string;
  period: { start: number | string; end: number | string };
  phases?: Phase[] | undefined;
  baseline?: Baseline | undefined;
  entries: Entry[];
  steps?: Step[] | undefined;
  budgets?: BudgetLine[] | undefined;
  stated_totals?: StatedTotal[] | undefined;
  targets?: Target[] | undefined;
  statements?: Statement[] | undefined;
  funding_sources?: FundingSource[] | undefined;
  tables?: Table[] | undefined;
}
