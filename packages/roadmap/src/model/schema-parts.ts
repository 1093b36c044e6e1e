import { safeParseStatedFigure } from '@egov/core';
import * as z from 'zod';

// Building blocks shared by the roadmap and plan models (internal: not exported from the package).

/** A non-empty, trimmed string. */
export const text = z.string().trim().min(1);

/** How a value was printed in the document, next to its normalised form: `{ due: "Đến năm 2013" }`. */
export const asPrinted = z
  .record(z.string(), z.union([z.string(), z.number()]))
  .optional()
  .meta({
    description:
      'Values exactly as printed in the document, by field name (or dotted path below the object, "units.districts"), where they differ from the normalised value.',
  });

/** A free-text note of the transcriber. */
export const note = z.string().optional().meta({ description: 'A note of the person who transcribed the document.' });

/** Decree 43/2011 Art. 3(4) online levels; levels 1–2 are information only, 3–4 are online services. */
export const onlineLevel = z.int().min(1).max(4).meta({ description: 'Online level 1–4 (Decree 43/2011/NĐ-CP Art. 3).' });

/**
 * A figure as printed ("trên 120", "ít nhất 02", "khoảng 40", "88-90%"), read with `@egov/core`'s stated
 * figures; text that is not a figure is a schema error that quotes the reader's message.
 */
export const printedFigure = text.check((ctx) => {
  const read = safeParseStatedFigure(ctx.value, { notation: 'vi' });
  if (!read.ok) ctx.issues.push({ code: 'custom', input: ctx.value, message: read.error.message.en });
});

/** A count stated as a number or as a printed figure ("trên 120"). */
export const statedCount = z
  .union([z.int().nonnegative(), printedFigure])
  .meta({ description: 'A count: a number, or the figure as printed with its qualifier ("trên 120", "khoảng 40", "từ 50 đến 60").' });
