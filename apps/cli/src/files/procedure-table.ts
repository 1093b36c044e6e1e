import { formatPercent, isCatalogueHeaders } from '@egov/procedures';

// Catalogues and count tables are read by @egov/documents; the CLI's commands import them from here.
export { catalogueFromTable, levelCountsFromTable, locateDuplicateFindings, type CatalogueTable } from '@egov/documents';

/**
 * Whether a table is a procedure catalogue; `@egov/procedures`' {@link isCatalogueHeaders} under the
 * name the CLI's commands use.
 *
 * @param headers - The table's headers.
 * @returns `true` for `examples/today-2026-catalogue/catalogue.csv`.
 * @example
 * ```ts
 * isCatalogueTable(['Mã thủ tục', 'Tên thủ tục', 'Lĩnh vực', 'Cấp', 'Cơ quan chủ trì', 'Mức độ']); // true
 * ```
 */
export const isCatalogueTable: (headers: readonly string[]) => boolean = isCatalogueHeaders;

/**
 * An exact share as documents should print it: "70/138 = 50,72%" (comma in Vietnamese, point in English);
 * "0/0" when there is nothing to count.
 *
 * @param share - Numerator and denominator.
 * @param lang - Language of the decimal mark.
 * @returns The text.
 * @example
 * ```ts
 * ratioText({ numerator: 70, denominator: 138 }, 'vi'); // "70/138 = 50,72%"
 * ```
 */
export function ratioText(share: { readonly numerator: number; readonly denominator: number }, lang: 'vi' | 'en'): string {
  if (share.denominator === 0) return `${String(share.numerator)}/0`;
  return `${String(share.numerator)}/${String(share.denominator)} = ${formatPercent(share, { language: lang })}`;
}
