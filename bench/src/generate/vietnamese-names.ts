// Realistic Vietnamese wording for synthetic catalogues and records: actions, objects and fields as
// provincial catalogues of administrative procedures print them, and the 34 provinces after 1/7/2025.

/** The 34 provincial units after the 2025 merger (Resolution 202/2025/QH15). */
export const provinces: readonly string[] = [
  'Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh',
  'Cao Bằng', 'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Hải Phòng', 'Ninh Bình',
  'Quảng Trị', 'Đà Nẵng', 'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Hồ Chí Minh', 'Đồng Nai',
  'Tây Ninh', 'Cần Thơ', 'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang',
];

/** Fields (lĩnh vực) with the department (Sở) that leads most of their procedures. */
export const fields: readonly { readonly field: string; readonly agency: string }[] = [
  { field: 'Xây dựng', agency: 'Sở Xây dựng' },
  { field: 'Đất đai', agency: 'Sở Nông nghiệp và Môi trường' },
  { field: 'Môi trường', agency: 'Sở Nông nghiệp và Môi trường' },
  { field: 'Giáo dục và Đào tạo', agency: 'Sở Giáo dục và Đào tạo' },
  { field: 'Y tế', agency: 'Sở Y tế' },
  { field: 'Dược phẩm', agency: 'Sở Y tế' },
  { field: 'Hộ tịch', agency: 'Sở Tư pháp' },
  { field: 'Lý lịch tư pháp', agency: 'Sở Tư pháp' },
  { field: 'Đầu tư', agency: 'Sở Tài chính' },
  { field: 'Thành lập và hoạt động doanh nghiệp', agency: 'Sở Tài chính' },
  { field: 'Lao động', agency: 'Sở Nội vụ' },
  { field: 'Việc làm', agency: 'Sở Nội vụ' },
  { field: 'Văn hóa', agency: 'Sở Văn hóa, Thể thao và Du lịch' },
  { field: 'Du lịch', agency: 'Sở Văn hóa, Thể thao và Du lịch' },
  { field: 'Báo chí', agency: 'Sở Văn hóa, Thể thao và Du lịch' },
  { field: 'Xuất bản, In và Phát hành', agency: 'Sở Văn hóa, Thể thao và Du lịch' },
  { field: 'Đường bộ', agency: 'Sở Xây dựng' },
  { field: 'Công nghiệp', agency: 'Sở Công Thương' },
  { field: 'Thương mại', agency: 'Sở Công Thương' },
  { field: 'An toàn thực phẩm', agency: 'Sở Công Thương' },
  { field: 'Khoa học và Công nghệ', agency: 'Sở Khoa học và Công nghệ' },
  { field: 'Viễn thông và Internet', agency: 'Sở Khoa học và Công nghệ' },
  { field: 'Trồng trọt', agency: 'Sở Nông nghiệp và Môi trường' },
  { field: 'Thú y', agency: 'Sở Nông nghiệp và Môi trường' },
];

/** Actions that open procedure names. */
export const actions: readonly string[] = [
  'Cấp giấy phép', 'Cấp lại giấy phép', 'Gia hạn giấy phép', 'Điều chỉnh giấy phép', 'Cấp giấy chứng nhận',
  'Cấp lại giấy chứng nhận', 'Điều chỉnh giấy chứng nhận', 'Thu hồi giấy phép', 'Đăng ký', 'Đăng ký thay đổi',
  'Xác nhận', 'Thẩm định', 'Phê duyệt', 'Công bố', 'Cấp chứng chỉ hành nghề', 'Cấp bản sao', 'Cung cấp thông tin',
  'Chấp thuận', 'Tiếp nhận hồ sơ', 'Giải quyết',
];

/** Objects of procedures (what the paper is about). */
export const objects: readonly string[] = [
  'xây dựng nhà ở riêng lẻ', 'hoạt động in', 'kinh doanh dịch vụ lữ hành nội địa', 'hành nghề khám bệnh, chữa bệnh',
  'đủ điều kiện kinh doanh thuốc', 'quyền sử dụng đất', 'khai thác nước dưới đất', 'xả nước thải vào nguồn nước',
  'thành lập trường trung học phổ thông', 'hoạt động giáo dục kỹ năng sống', 'khai sinh', 'kết hôn', 'khai tử',
  'thay đổi, cải chính hộ tịch', 'lý lịch tư pháp', 'dự án đầu tư', 'doanh nghiệp tư nhân', 'hộ kinh doanh',
  'hợp tác xã', 'lao động nước ngoài', 'biểu diễn nghệ thuật', 'quảng cáo', 'xuất bản bản tin', 'họp báo',
  'phương tiện giao thông', 'giấy phép lái xe', 'bán lẻ rượu', 'cơ sở đủ điều kiện an toàn thực phẩm',
  'chuyển giao công nghệ', 'thiết lập trang thông tin điện tử tổng hợp', 'giống cây trồng', 'vận chuyển động vật',
  'kinh doanh xăng dầu', 'sản xuất phân bón', 'đo lường', 'di tích lịch sử - văn hóa',
];

/** Qualifiers that make names longer and more distinct, as real catalogues do. */
export const qualifiers: readonly string[] = [
  '', '', '', 'cấp tỉnh', 'cấp xã', 'trong khu công nghiệp', 'có vốn đầu tư nước ngoài', 'đối với tổ chức',
  'đối với cá nhân', 'trường hợp bị mất, hỏng', 'do thay đổi thông tin', 'thuộc thẩm quyền của Ủy ban nhân dân tỉnh',
  'có yếu tố nước ngoài', 'lần đầu',
];

/** Commune-level names (xã, phường) to make agencies of the commune tier. */
export const communes: readonly string[] = [
  'Minh Xuân', 'Tân Trào', 'Hòa Bình', 'An Phú', 'Tân Thành', 'Phú Lợi', 'Long Hưng', 'Thạch Bàn', 'Hưng Đạo',
  'Quang Trung', 'Trần Phú', 'Bình Minh', 'Đông Hưng', 'Vĩnh Yên', 'Nam Sơn', 'Hải Châu', 'Sơn Trà', 'Cẩm Lệ',
];

/**
 * Mutates a name the way catalogues do: a dropped letter (typo), "Gấp" for "Cấp" (seen in the Hà Giang
 * budget table), decomposed Unicode (NFD, as some systems export), or another tone-mark placement.
 *
 * @param name - A procedure name.
 * @param next - The random source.
 * @returns The variant.
 * @example
 * ```ts
 * mutateName('Cấp giấy phép hoạt động in', random(1));
 * ```
 */
export function mutateName(name: string, next: () => number): string {
  const choice = next();
  if (choice < 0.35) {
    const at = 1 + Math.floor(next() * (name.length - 2));
    return name.slice(0, at) + name.slice(at + 1);
  }
  if (choice < 0.55) return name.replace('Cấp', 'Gấp');
  if (choice < 0.75) return name.normalize('NFD');
  if (choice < 0.9) return name.replace('hòa', 'hoà').replace('Hóa', 'Hoá').replace('khỏe', 'khoẻ').replace('ký', 'kí');
  return `${name} `.replace(' ', '  ');
}
