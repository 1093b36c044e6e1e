import type { ProvinceGeneration, ProvinceType } from './province-unit';

/**
 * First day the 63-unit list is valid from, as modelled: 1/8/2008, when Hà Tây was merged into Hà Nội
 * (Resolution 15/2008/QH12 of 29/5/2008) and the country had 63 provincial units. Earlier dates are out
 * of the data's range (there were 64 units); no earlier change is modelled.
 */
export const provinces63ValidFrom = '2008-08-01';

/** Last day of the 63 units (Resolution 202/2025/QH15 of 12/6/2025). */
export const provinces63ValidTo = '2025-06-30';

/** First day of the 34 units and of their codes (Resolution 202/2025/QH15; Decision 19/2025/QĐ-TTg). */
export const provinces34ValidFrom = '2025-07-01';

/** A change of name and/or type of one unit version during its validity, with its legal source. */
export interface ProvinceStatusChange {
  readonly generation: ProvinceGeneration;
  readonly code: string;
  /** First day of the new status. */
  readonly effective: string;
  readonly before: { readonly name: string; readonly type: ProvinceType };
  readonly after: { readonly name: string; readonly type: ProvinceType };
  readonly source: string;
}

/**
 * Name and type changes that the CSV columns cannot show (the 63-list shows the state of 1/3/2025, the
 * 34-list the state of 1/7/2025); facts from shared/data/admin-units/README.md.
 */
export const provinceStatusChanges: readonly ProvinceStatusChange[] = [
  {
    generation: '63',
    code: '46',
    effective: '2025-01-01',
    before: { name: 'Thừa Thiên Huế', type: 'tỉnh' },
    after: { name: 'Huế', type: 'thành phố trực thuộc trung ương' },
    source: 'Resolution 1314/NQ-UBTVQH15 (30/11/2024): Thừa Thiên Huế province becomes Huế, a centrally-run city, from 1/1/2025',
  },
  {
    generation: '34',
    code: '75',
    effective: '2026-04-30',
    before: { name: 'Đồng Nai', type: 'tỉnh' },
    after: { name: 'Đồng Nai', type: 'thành phố trực thuộc trung ương' },
    source: 'Resolution 30/2026/QH16: Đồng Nai becomes a centrally-run city on 30/4/2026',
  },
];
