/**
 * Names of the budget plans' funding sources and spending types (`@egov/budget` keys) for printed output,
 * in Vietnamese and English. Keys not listed print as they are.
 *
 * @example
 * ```ts
 * budgetKeyNames['provincial']?.vi; // "Ngân sách tỉnh"
 * ```
 */
export const budgetKeyNames: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = {
  central: { vi: 'Ngân sách trung ương', en: 'Central budget' },
  provincial: { vi: 'Ngân sách tỉnh', en: 'Provincial budget' },
  district: { vi: 'Ngân sách huyện', en: 'District budget' },
  oda: { vi: 'Vốn ODA', en: 'ODA' },
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprises' },
  other: { vi: 'Nguồn khác', en: 'Other' },
  investment: { vi: 'Chi đầu tư', en: 'Investment' },
  recurrent: { vi: 'Chi thường xuyên', en: 'Recurrent' },
  'service-rental': { vi: 'Thuê dịch vụ', en: 'Service rental' },
};
