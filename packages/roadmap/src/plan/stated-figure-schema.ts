import * as z from 'zod';
import { asPrinted, note, onlineLevel, text } from '../model/schema-parts';
import { whenSchema } from '../model/when';

/**
 * One part of a {@link StatedFigure}: a count of a breakdown the document prints ("41 tài khoản tại đơn vị
 * Sở", "mức độ 4: 60 TTHC"), optionally naming the items it counts.
 *
 * @example
 * ```ts
 * figurePartSchema.parse({ label: 'Trung tâm Xúc tiến đầu tư', printed: '05', value: 5 });
 * figurePartSchema.parse({ label: 'giảm điểm', value: 1, items: ['Tỷ lệ điện thoại cố định/100 dân'] });
 * ```
 */
export const figurePartSchema: z.ZodType<FigurePart> = z.strictObject({
  id: text.optional(),
  label: text.optional().meta({ description: 'What the part counts, as printed ("tại đơn vị Sở", "nhóm tăng").' }),
  level: onlineLevel.optional().meta({ description: 'The online level the part counts, for a breakdown by level.' }),
  printed: text.optional().meta({ description: 'The part exactly as printed ("05", "2/3").' }),
  value: z.number().optional().meta({ description: 'The printed part read as a number (a ratio gives its numerator).' }),
  of: z.number().optional().meta({ description: 'The denominator of a printed ratio ("2/3" → 3).' }),
  items: z
    .array(text)
    .optional()
    .meta({ description: 'The things the part counts, named as printed (the indicator that went down).' }),
  text: text.optional().meta({ description: 'The phrase the part is printed in, when it is not a plain number.' }),
  remark: text.optional().meta({ description: 'A remark printed with the part (a "Ghi chú" cell or a parenthesis).' }),
  source: text.optional(),
  note,
});

/** One part of a stated figure. */
export interface FigurePart {
  id?: string | undefined;
  label?: string | undefined;
  level?: number | undefined;
  printed?: string | undefined;
  value?: number | undefined;
  of?: number | undefined;
  items?: string[] | undefined;
  text?: string | undefined;
  remark?: string | undefined;
  source?: string | undefined;
  note?: string | undefined;
}

/**
 * A figure the document states, kept so that it can be checked: the figure exactly as `printed`
 * ("2.576", "43/56", "100%", "05"), its `value` read by the transcriber (a count or amount; the printed
 * percentage for "5%" → 5; the numerator of a ratio, with the denominator in `of`: "43/56" → 43 of 56),
 * and optional `parts` that the document says add up to it (to `value`, or to `of` with
 * `parts_add_up_to: 'of'`, as in "07/08 tăng, 01 giảm"). A figure that counts a subset of another one
 * names it in `subset_of` (computers connected to the Internet ⊆ computers). `text` keeps the sentence
 * as printed, `source` the section. Rules compare `printed` with `value` (`plan/printed-value-mismatch`),
 * the parts with the total (`plan/parts-sum-mismatch`) and a subset with its whole
 * (`plan/subset-exceeds-total`).
 *
 * @example
 * ```ts
 * statedFigureSchema.parse({
 *   id: 'eoffice.accounts_issued',
 *   printed: '58',
 *   value: 58,
 *   parts: [
 *     { label: 'tại đơn vị Sở', printed: '41', value: 41 },
 *     { label: 'Trung tâm Xúc tiến đầu tư', printed: '05', value: 5 },
 *     { label: 'BQL ODA', printed: '01', value: 1 },
 *     { label: '11 huyện, thành phố', printed: '11', value: 11 },
 *   ],
 *   source: 'II.2.1',
 * });
 * ```
 */
export const statedFigureSchema: z.ZodType<StatedFigure> = z.strictObject({
  id: text.optional().meta({ description: 'A stable id, "<topic>.<name>" ("eoffice.accounts_issued").' }),
  label: text.optional().meta({ description: 'What is counted, as printed (a table row heading, a subject).' }),
  text: text.optional().meta({ description: 'The sentence or phrase the figure is printed in.' }),
  printed: text.optional().meta({ description: 'The figure exactly as printed ("2.576", "43/56", "100%", "05").' }),
  value: z
    .number()
    .optional()
    .meta({ description: 'The printed figure read as a number: a count or amount, the percentage of "5%" (5), the numerator of a ratio.' }),
  of: z.number().optional().meta({ description: 'The denominator of a printed ratio ("43/56" → 56), or the whole it is "out of".' }),
  unit: text.optional().meta({ description: 'What the figure counts, as printed ("văn bản", "TTHC", "đồng").' }),
  in_words: text
    .optional()
    .meta({ description: 'An amount of money printed in words beside the figure ("Hai mươi hai tỷ đồng"); checked against it.' }),
  parts: z.array(figurePartSchema).optional().meta({ description: 'A breakdown printed with the figure; it should add up.' }),
  parts_add_up_to: z
    .enum(['value', 'of'])
    .optional()
    .meta({ description: 'Which number the parts add up to: `value` (default) or `of` ("07/08 tăng, 01 giảm" → 8).' }),
  subset_of: text
    .optional()
    .meta({ description: 'Id of a figure this one counts a subset of, so it cannot be larger (Internet-connected computers ⊆ computers).' }),
  period: text.optional().meta({ description: 'The time the figure covers, as printed ("9 tháng đầu năm 2018").' }),
  as_of: whenSchema.optional().meta({ description: 'The year (month, day) the figure describes.' }),
  compared_with: whenSchema.optional().meta({ description: 'The year a change is measured against ("so với năm 2016").' }),
  remark: text.optional().meta({ description: 'A remark printed with the figure (a "Ghi chú" cell or a parenthesis).' }),
  details: z
    .record(z.string(), z.union([text, z.number()]))
    .optional()
    .meta({ description: 'Further printed attributes that no rule reads, by name ("qualification").' }),
  source: text.optional().meta({ description: 'Where in the document: section, table, row.' }),
  as_printed: asPrinted,
  note,
});

/**
 * A figure the document states: printed form, value read, parts, source (see {@link statedFigureSchema}).
 *
 * @example
 * ```ts
 * const mailboxes: StatedFigure = { id: 'official_email.mailboxes_issued', printed: '37/38', value: 37, of: 38, source: 'II.2.2' };
 * ```
 */
export interface StatedFigure {
  id?: string | undefined;
  label?: string | undefined;
  text?: string | undefined;
  printed?: string | undefined;
  value?: number | undefined;
  of?: number | undefined;
  unit?: string | undefined;
  in_words?: string | undefined;
  parts?: FigurePart[] | undefined;
  parts_add_up_to?: 'value' | 'of' | undefined;
  subset_of?: string | undefined;
  period?: string | undefined;
  as_of?: number | string | undefined;
  compared_with?: number | string | undefined;
  remark?: string | undefined;
  details?: Record<string, string | number> | undefined;
  source?: string | undefined;
  as_printed?: Record<string, string | number> | undefined;
  note?: string | undefined;
}
