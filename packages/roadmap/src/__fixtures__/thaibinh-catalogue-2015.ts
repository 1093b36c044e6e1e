import type { ProgressCatalogueItem } from '../analysis/roadmap-progress';

/**
 * CONSTRUCTED fixture, not a real export: a small catalogue of online services of Thái Bình "as of
 * 2015-06-30", made up to exercise `roadmapProgress` on the 818/QĐ-UBND roadmap (source 002). The names
 * are the roadmap's own, some written as a portal might (a typo "khai thát", different case and
 * punctuation); the codes and levels are invented.
 */
export const thaiBinhCatalogue2015: readonly ProgressCatalogueItem[] = [
  // 2013.1, at its target level 3.
  { code: 'TB-0001', name: 'Cấp giấy phép xây dựng', level: 3 },
  // 2013.2, written without the comma and the trailing dot, but still at level 2.
  { code: 'TB-0002', name: 'Điều chỉnh Giấy chứng nhận đầu tư nước ngoài vốn dưới 300 tỷ đồng', level: 2 },
  // 2014.3 asks for level 4; the portal gives the class instead (full online, Decree 42/2022).
  { code: 'TB-0003', name: 'CẤP PHÉP HỢP BÁO', class: 'full' },
  // 2014.8, at level 3.
  { code: 'TB-0004', name: 'Cấp Giấy chứng nhận đầu tư nước ngoài vốn dưới 300 tỷ đồng', level: 3 },
  // 2015.2 with a typo ("khai thát"), at level 3 before its due year ends.
  { code: 'TB-0005', name: 'Gia hạn giấy phép khai thát thủy sản', level: 3 },
  // 2015.4 asks for level 4; only level 3 so far.
  { code: 'TB-0006', name: 'Đăng kí nội quy lao động', level: 3 },
  // Baseline services 2012.1 and 2012.4, and two procedures the roadmap does not list.
  { code: 'TB-0007', name: 'Cấp phép hoạt động ngành in', level: 3 },
  { code: 'TB-0008', name: 'Cấp chứng chỉ hành nghề dược', level: 3 },
  { code: 'TB-0009', name: 'Cấp giấy phép lái xe', level: 2 },
  { code: 'TB-0010', name: 'Đăng ký khai sinh', level: 1 },
];
