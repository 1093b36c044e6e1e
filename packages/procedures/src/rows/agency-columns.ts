/** A field of an agency row. */
export type AgencyColumn = 'name' | 'code' | 'kind' | 'tier';

/**
 * Header aliases of agency tables, Vietnamese and English (matched after folding). The first alias of
 * each field is the Vietnamese header written by {@link agenciesToRows}, the second the English one.
 *
 * @example
 * ```ts
 * agencyColumnAliases.name[0]; // "Tên cơ quan"
 * ```
 */
export const agencyColumnAliases: Readonly<Record<AgencyColumn, readonly string[]>> = {
  name: ['Tên cơ quan', 'Agency name', 'Cơ quan', 'Tên đơn vị', 'Đơn vị', 'Agency', 'Name'],
  code: ['Mã cơ quan', 'Agency code', 'Mã đơn vị', 'Mã', 'Code'],
  kind: ['Loại cơ quan', 'Kind', 'Loại', 'Loại đơn vị'],
  tier: ['Cấp', 'Tier', 'Cấp hành chính'],
};
