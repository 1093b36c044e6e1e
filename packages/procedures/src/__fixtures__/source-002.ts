import type { Row } from '../rows/row';

// Source 002 (Thái Bình, QĐ 818/QĐ-UBND, 04/5/2013): the six services already at level 3 at the end of
// 2012 and the services to reach level 3/4 by 2013 and 2014, as the document's tables print them
// (headers "TT, Tên DVCTT, Mức DVCTT, Cơ quan chủ trì xử lý, Cơ quan đồng xử lý").
const h = {
  tt: 'TT',
  name: 'Tên DVCTT',
  level: 'Mức DVCTT',
  lead: 'Cơ quan chủ trì xử lý',
  partner: 'Cơ quan đồng xử lý',
} as const;

function row(tt: number, name: string, level: string, lead: string, partner = ''): Row {
  return { [h.tt]: tt, [h.name]: name, [h.level]: level, [h.lead]: lead, [h.partner]: partner };
}

export const source002Level3In2012: readonly Row[] = [
  row(1, 'Cấp phép hoạt động ngành in', '3', 'Sở Thông tin và Truyền thông'),
  row(2, 'Cấp giấy phép xuất bản bản tin', '3', 'Sở Thông tin và Truyền thông'),
  row(3, 'Cấp giấy phép xuất bản tài liệu không kinh doanh', '3', 'Sở Thông tin và Truyền thông'),
  row(4, 'Cấp chứng chỉ hành nghề dược', '3', 'Sở Y tế'),
  row(5, 'Cấp chứng chỉ hành nghề kỹ sư hoạt động xây dựng', '3', 'Sở Xây dựng'),
  row(6, 'Xác minh giải quyết đơn khiếu nại lần 1', '3', 'Thanh tra tỉnh'),
];

export const source002By2014: readonly Row[] = [
  row(1, 'Cấp giấy phép xây dựng', '3', 'Ban Quản lý các Khu Công nghiệp'),
  row(2, 'Điều chỉnh Giấy chứng nhận, đầu tư nước ngoài vốn dưới 300 tỷ đồng.', '3', 'Ban Quản lý các Khu Công nghiệp'),
  row(1, 'Cấp giấy phép in gia công cho nước ngoài', '3', 'Sở Thông tin và Truyền thông'),
  row(2, 'Cấp giấy chứng nhận hoạt động văn phòng đại diện của cơ quan báo chí trên địa bàn tỉnh', '3', 'Sở Thông tin và Truyền thông'),
  row(3, 'Cấp phép hợp báo', '4', 'Sở Thông tin và Truyền thông'),
  row(4, 'Đăng ký Công bố hợp quy phân bón', '3', 'Sở Nông nghiệp và Phát triển nông thôn'),
  row(5, 'Đăng ký Công bố hợp quy thức ăn chăn nuôi', '3', 'Sở Nông nghiệp và Phát triển nông thôn'),
  row(6, 'Điều chỉnh giấy phép xây dựng', '3', 'Ban Quản lý các Khu Công nghiệp'),
  row(7, 'Gia hạn giấy phép xây dựng', '3', 'Ban Quản lý các Khu Công nghiệp'),
  row(8, 'Cấp Giấy chứng nhận đầu tư nước ngoài vốn dưới 300 tỷ đồng', '3', 'Ban Quản lý các Khu Công nghiệp', 'Sở, ngành, địa phương'),
  row(9, 'Chuyển nhượng dự án đầu tư nước ngoài', '3', 'Ban Quản lý các Khu Công nghiệp', 'Sở, ngành, địa phương'),
  row(10, 'Xác nhận nhân sự chủ chốt cho các doanh nghiệp khu công nghiệp', '3', 'Ban Quản lý các Khu Công nghiệp'),
  row(11, 'Cấp mã số đơn vị sử dụng ngân sách huyện, thành phố', '3', 'Sở Tài chính'),
  row(12, 'Cấp mã số đơn vị sử dụng ngân sách nhà nước', '3', 'Sở Tài chính'),
  row(13, 'Cung cấp thông tin về lĩnh vực Tài nguyên và Môi trường', '3', 'Sở Tài nguyên và Môi trường'),
];
