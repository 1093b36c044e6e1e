import type { Procedure } from '../model/procedure';

// Source 000 (Lạng Sơn, Kế hoạch 200/KH-SKHĐT, 28/9/2018), section 3.2: the Department of Planning and
// Investment settles 138 procedures: 60 at level 4 (business registration on the national portal), 10 at
// level 3, 68 at level 2, 0 at level 1. Names are placeholders; the counts are the document's.
export const source000 = { total: 138, level4: 60, level3: 10, level2: 68, level1: 0 } as const;

export function source000Procedures(): Procedure[] {
  const agency = 'Sở Kế hoạch và Đầu tư';
  const make = (count: number, level: 1 | 2 | 3 | 4, field: string): Procedure[] =>
    Array.from({ length: count }, (_, i) => ({
      code: `LS-${level}-${String(i + 1).padStart(3, '0')}`,
      name: `Thủ tục mức độ ${level} số ${i + 1}`,
      field,
      tier: 'province',
      leadAgency: agency,
      onlineLevel: level,
    }));
  return [
    ...make(source000.level4, 4, 'Đăng ký doanh nghiệp'),
    ...make(source000.level3, 3, 'Đầu tư'),
    ...make(source000.level2, 2, 'Đầu tư'),
    ...make(source000.level1, 1, 'Đầu tư'),
  ];
}
