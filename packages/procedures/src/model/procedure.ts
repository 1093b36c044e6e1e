import { z } from 'zod';
import { isoDateSchema } from './iso-date-schema';
import { onlineClassSchema } from './online-class';
import { onlineLevelSchema } from './online-level';
import { tierSchema } from './tier';

const nfcText = z
  .string()
  .transform((text) => text.normalize('NFC').trim())
  .pipe(z.string().min(1));

const procedureObject = z.object({
  /** Code in the national procedure database, e.g. "1.001193" (opaque; local suffixes kept). */
  code: nfcText.optional(),
  /** Name as published, NFC-normalised. */
  name: nfcText,
  /** Field (lĩnh vực), e.g. "Thành lập và hoạt động của doanh nghiệp". */
  field: nfcText.optional(),
  tier: tierSchema.optional(),
  /** Lead agency (cơ quan chủ trì). */
  leadAgency: nfcText.optional(),
  /** Partner or co-processing agencies (cơ quan phối hợp / đồng xử lý). */
  partnerAgencies: z.array(nfcText).readonly().optional(),
  onlineLevel: onlineLevelSchema.optional(),
  onlineClass: onlineClassSchema.optional(),
  /** Fee or charge in whole đồng; 0 when none applies. */
  fee: z.number().int().nonnegative().optional(),
  /** Time limit for settling, in (working) days as published. */
  timeLimitDays: z.number().nonnegative().optional(),
  /** Whether the procedure is eligible to be offered as a full online service. */
  fullOnlineEligible: z.boolean().optional(),
  validFrom: isoDateSchema.optional(),
  validTo: isoDateSchema.optional(),
});

/** An administrative procedure (TTHC) of a catalogue, with its online level and/or class. */
export type Procedure = z.output<typeof procedureObject>;

/**
 * Schema of a {@link Procedure}. Text is NFC-normalised and trimmed; either the old level (Decree
 * 43/2011) or the new class (Decree 42/2022), or both, may be present.
 *
 * @example
 * ```ts
 * const p = procedureSchema.parse({ name: 'Cấp phép hợp báo', onlineLevel: 4, leadAgency: 'Sở Thông tin và Truyền thông' });
 * p.onlineLevel; // 4
 * ```
 */
export const procedureSchema: z.ZodType<Procedure> = procedureObject;
