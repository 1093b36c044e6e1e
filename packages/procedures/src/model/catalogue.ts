import { z } from 'zod';
import { agencySchema } from './agency';
import { isoDateSchema } from './iso-date-schema';
import { procedureSchema } from './procedure';

const catalogueObject = z.object({
  /** Province (or ministry) that publishes the catalogue, e.g. "Lạng Sơn". */
  province: z.string().min(1),
  /** Date the catalogue describes. */
  asOf: isoDateSchema,
  procedures: z.array(procedureSchema).readonly(),
  agencies: z.array(agencySchema).readonly().optional(),
  /** Where the catalogue comes from, e.g. "Kế hoạch 200/KH-SKHĐT ngày 28/9/2018". */
  source: z.string().optional(),
});

/** A catalogue of procedures of a province at a date. */
export type Catalogue = z.output<typeof catalogueObject>;

/**
 * Schema of a {@link Catalogue}.
 *
 * @example
 * ```ts
 * const c = catalogueSchema.parse({ province: 'Lạng Sơn', asOf: '2018-09-28', procedures: [] });
 * c.procedures.length; // 0
 * ```
 */
export const catalogueSchema: z.ZodType<Catalogue> = catalogueObject;
