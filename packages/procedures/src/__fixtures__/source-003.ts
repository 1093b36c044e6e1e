import type { Procedure } from '../model/procedure';

// Source 003 (Hà Giang, QĐ 1653/QĐ-UBND, 12/8/2013), section II.1.b: the 15 service groups to be offered at
// level 3 by the end of 2015, with the agency named next to them (the document's column is "Cơ quan đồng
// xử lý"; the lead for deployment is the Department of Information and Communications). Item 12 is spelt
// "Gấp phép và khai thác nguồn nước" in the budget table of the same document.
const groups: readonly (readonly [string, string])[] = [
  ['Đăng ký kinh doanh', 'Sở Kế hoạch và Đầu tư'],
  ['Cấp giấy phép đầu tư', 'Sở Kế hoạch và Đầu tư'],
  ['Cấp giấy phép thành lập chi nhánh, văn phòng đại diện', 'Sở Kế hoạch và Đầu tư'],
  ['Cấp giấy phép xây dựng', 'Sở Xây dựng'],
  ['Cấp chứng chỉ hành nghề hoạt động xây dựng', 'Sở Xây dựng'],
  ['Cấp giấy phép đăng ký hành nghề y, dược', 'Sở Y tế'],
  ['Lao động, việc làm', 'Sở Lao động Thương binh và Xã hội'],
  ['Cấp, đổi giấy phép lái xe', 'Sở Giao thông Vận tải'],
  ['Giải quyết khiếu nại tố cáo', 'Thanh tra tỉnh'],
  ['Đăng ký tạm trú, tạm vắng', 'Công an tỉnh'],
  ['Đăng ký, cấp giấy chứng nhận QSD đất và thế chấp bảo lãnh cho các tổ chức', 'Sở Tài nguyên và Môi trường'],
  ['Cấp phép và khai thác nguồn nước', 'Sở Tài nguyên và Môi trường'],
  ['Thu phí và bảo vệ môi trường', 'Sở Tài nguyên và Môi trường'],
  ['Đăng ký chủ nguồn chất thải gây hại', 'Sở Tài nguyên và Môi trường'],
  ['Thẩm định báo cáo đánh giá tác động môi trường', 'Sở Tài nguyên và Môi trường'],
];

export function source003Level3By2015(): Procedure[] {
  return groups.map(([name, agency]) => ({ name, leadAgency: agency, onlineLevel: 3, tier: 'province' }));
}

/** The typo as printed in the budget table (item 12). */
export const source003Typo = 'Gấp phép và khai thác nguồn nước';
