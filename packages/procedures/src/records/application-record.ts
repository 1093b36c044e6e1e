import { z } from 'zod';
import { isoDateSchema } from '../model/iso-date-schema';

const applicationRecordObject = z.object({
  /** Record (dossier) number, kept for samples of invalid records. */
  id: z.string().optional(),
  /** Code of the procedure the application is filed under. */
  procedureCode: z.string().min(1),
  /** Agency that receives and settles it. */
  agency: z.string().min(1),
  /** Date received (ISO). */
  received: isoDateSchema,
  /** Date the result is due (ngày hẹn trả, ISO); absent when settled on the spot. */
  due: isoDateSchema.optional(),
  /** Date settled (ISO); absent while open. */
  finished: isoDateSchema.optional(),
  /** How it was filed. */
  channel: z.enum(['online', 'counter', 'post']),
  /** Fee paid online; absent when no fee applies. */
  paidOnline: z.boolean().optional(),
  /** Dossier digitised (số hóa hồ sơ). */
  digitised: z.boolean().optional(),
  /** Result issued electronically. */
  electronicResult: z.boolean().optional(),
  /** A complaint or petition (phản ánh, kiến nghị) was filed about it. */
  complaint: z.boolean().optional(),
});

/** An application (hồ sơ) filed under a procedure. Dates are ISO strings `YYYY-MM-DD`. */
export type ApplicationRecord = z.output<typeof applicationRecordObject>;

/** How an application was filed: online, at the counter (trực tiếp) or by public post (bưu chính). */
export type Channel = ApplicationRecord['channel'];

/**
 * Schema of an {@link ApplicationRecord}, for validating records at a boundary. The aggregator does its
 * own faster checks and never throws on a bad record.
 *
 * @example
 * ```ts
 * applicationRecordSchema.parse({ procedureCode: '1.001193', agency: 'Sở Kế hoạch và Đầu tư', received: '2018-03-01', due: '2018-03-06', channel: 'online' });
 * ```
 */
export const applicationRecordSchema: z.ZodType<ApplicationRecord> = applicationRecordObject;
