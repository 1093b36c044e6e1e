/**
 * Where the roadmap JSON Schema shipped in `@egov/roadmap` (`roadmap.schema.json`) is served once
 * published; editors with the YAML language server validate and complete `roadmap.yaml` against it. Offline,
 * `egov roadmap schema > roadmap.schema.json` writes the same schema next to the file.
 *
 * @example
 * ```ts
 * `# yaml-language-server: $schema=${roadmapSchemaUrl}`;
 * ```
 */
export const roadmapSchemaUrl = 'https://unpkg.com/@egov/roadmap/roadmap.schema.json';

/**
 * The `roadmap.yaml` of a new workspace: a valid roadmap with one example entry (so `egov check` passes
 * from the start) and every other section of the schema as a commented example, with the field names
 * `@egov/roadmap` reads. Comments are in Vietnamese, the language of the decisions it transcribes; field
 * names are the schema's own. The `tables` entry states the unit of `budget.csv`, which `egov check` and
 * `egov budget` read when the table's headers do not say it.
 *
 * @returns The YAML text.
 * @example
 * ```ts
 * roadmapYaml().startsWith('# yaml-language-server: $schema='); // true
 * ```
 */
export function roadmapYaml(): string {
  return `# yaml-language-server: $schema=${roadmapSchemaUrl}
# Lộ trình cung cấp dịch vụ công trực tuyến (roadmap), chép từ quyết định đã ban hành.
# Ghi đúng như văn bản in (tên dịch vụ, số liệu); ngày dạng YYYY-MM-DD, năm dạng 2026, tháng dạng "2026-06".
# Kiểm tra: egov check .    Số dịch vụ theo năm: egov roadmap project roadmap.yaml
# Các mục có dấu # ở đầu dòng là ví dụ: bỏ dấu # và sửa lại khi văn bản có nội dung đó.

decision:
  number: "123/QĐ-UBND"          # số quyết định như in
  date: "2026-01-15"             # ngày ban hành
  # issuer: "Ủy ban nhân dân tỉnh …"
  # signer: "…"
  # signer_title: "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"
  # title: "Phê duyệt Lộ trình cung cấp dịch vụ công trực tuyến …"
  # proposal: "Tờ trình số …/TTr-STTTT ngày …"
  # legal_basis:
  #   - "Nghị định số 42/2022/NĐ-CP ngày 24/6/2022"
  # as_printed: { number: "123 /QĐ-UBND", date: "…, ngày 15 tháng 01 năm 2026" }
province: "Tên tỉnh"
period: { start: 2026, end: 2030 }

# Giai đoạn (phases)
# phases:
#   - { id: "2026-2027", name: "Giai đoạn 2026 - 2027", start: 2026, end: 2027 }
#   - { id: "2028-2030", name: "Giai đoạn 2028 - 2030", start: 2028, end: 2030 }

# Hiện trạng (baseline)
# baseline:
#   as_of: 2025
#   source: "Mục I"
#   units: { districts: 8, communes: 150 }
#   procedures: { total: 1500, provincial: 1100, district: 250, commune: 150 }
#   statement: "Đến cuối năm 2025, …"
#   services:
#     - { id: "2025.1", service: "…", level: 3, lead_agency: "Sở …", co_agencies: [] }

# Danh mục dịch vụ theo lộ trình (entries): mỗi dòng một dịch vụ, hạn (due) và mức độ (NĐ 43/2011)
# hoặc loại (target_class: full = toàn trình, partial = một phần; NĐ 42/2022 Điều 11).
entries:
  - { id: "1", service: "Cấp giấy phép xây dựng", target_level: 3, due: 2026, lead_agency: "Sở Xây dựng", co_agencies: [], source: "Phụ lục, TT 1" }
  # - { id: "2", service: "Đăng ký khai sinh", code: "1.001193", target_class: full, due: 2027, lead_agency: "Ủy ban nhân dân cấp xã", co_agencies: [] }
  # - { id: "3", service: "…", target_level: 4, from_level: 3, due: 2027, phase: "2026-2027", lead_agency: "Sở …", co_agencies: ["Sở …"], budget: "500", list: "Nhóm I", source: "Phụ lục, TT 2" }

# Các bước triển khai (steps)
# steps:
#   - { id: "1", from: "2026-01", to: "2026-06", action: "Rà soát, chuẩn hóa thủ tục và biểu mẫu …", stated_count: 15, services: ["…"] }

# Kinh phí theo dòng (budgets); bảng chi tiết để trong budget.csv (xem tables ở cuối)
# budgets:
#   - { id: "1", label: "Năm 2026", year: 2026, amount: "1.500", unit: "triệu đồng", purpose: "…", source: "Mục III" }

# Các tổng số văn bản nêu (stated_totals), để đối chiếu với danh mục
# stated_totals:
#   - { kind: services, level: 3, by: 2027, value: 30, text: "… 30 dịch vụ công trực tuyến mức độ 3 trở lên …", source: "Mục II" }
#   - { kind: budget, what: "Tổng kinh phí", value: "2.000", unit: "triệu đồng", in_words: "Hai tỷ đồng", source: "Mục III" }
#   - { kind: count, what: "Tổng số thủ tục hành chính", value: 1500, source: "Mục I" }

# Chỉ tiêu (targets): tỷ lệ, số lượng, hoặc mức tối thiểu cho mỗi cơ quan
# targets:
#   - { kind: share, level: 3, value: 0.8, by: 2030, text: "80% dịch vụ đạt mức độ 3 trở lên", source: "Mục II" }
#   - { kind: agency-minimum, level: 3, value: 2, by: 2027, scope: all, text: "mỗi sở, ban, ngành có ít nhất 02 dịch vụ mức độ 3", source: "Mục II" }

# Các quy định không kiểm tra tự động được (statements)
# statements:
#   - { topic: yearly_registration_deadline, text: "Trước ngày 30/11 hằng năm, các cơ quan đăng ký …", source: "Mục IV" }

# Nguồn kinh phí (funding_sources)
# funding_sources:
#   - { kind: "Ngân sách tỉnh", text: "Ngân sách tỉnh bố trí hằng năm", source: "Mục III" }

# Các bảng kèm theo (tables): đơn vị của bảng kinh phí khi tiêu đề bảng không ghi
tables:
  - { file: budget.csv, title: "Dự toán kinh phí", unit: "triệu đồng" }
`;
}
