import type { Language } from '@egov/core';

/**
 * The README.md of a new workspace: what each file is for, what to fill in, and the commands to run
 * next. Vietnamese by default (provincial staff fill these files), English with `--lang en`.
 *
 * @param lang - Language of the README.
 * @returns The Markdown text.
 * @example
 * ```ts
 * workspaceReadme('vi').startsWith('# Hồ sơ'); // true
 * ```
 */
export function workspaceReadme(lang: Language): string {
  if (lang === 'en') {
    return `# E-government workspace

Created by \`egov init\`. Fill in the files below with your province's data, then check them with \`egov\`.
Column headers are in Vietnamese, as the readers expect: keep them (English headers such as
"Procedure name" are read too). Every table has one example row: replace it.

| file | what to put in it |
|---|---|
| \`roadmap.yaml\` | the online-service roadmap as decided: decision number and date, province, period, and one line per service in \`entries\` (due year, level 1–4 or class full/partial). The other sections are commented examples. Editors with the YAML extension check it against the schema while you type. |
| \`budget.csv\` | the budget table: one task per row, funding source ("Nguồn vốn"), spending type ("Loại chi"), one column per year, "Tổng kinh phí"; a last row with the stated totals. The unit is in \`roadmap.yaml\` (\`tables\`: "triệu đồng"). |
| \`catalogue.csv\` | the procedure catalogue: code, name, field, tier, lead agency, level ("Mức độ", Decree 43/2011) and class ("Toàn trình/Một phần", Decree 42/2022). |
| \`records.csv\` | application records (hồ sơ): record id, procedure code, agency, dates received / due / settled (dd/mm/yyyy), channel ("Trực tuyến" or "Trực tiếp"), paid online, digitised. |
| \`indicators.csv\` | ICT-Index indicator values: province, year, indicator (name or id, see \`egov ictindex frameworks\`), value. |

## Next commands

\`\`\`sh
egov check .                                   # check every file; exit 1 on errors
egov roadmap project roadmap.yaml              # services per level, year by year
egov budget reconcile budget.csv               # stated totals against their parts
egov procedures stats catalogue.csv --by tier  # counts and shares by level and class
egov records stats records.csv --as-of 2026-12-31 --score
egov ictindex compute indicators.csv
egov check . --format sarif > egov.sarif       # for code-scanning annotations in CI
\`\`\`

Add \`--lang en\` to any command for English output, \`--json\` for machine-readable output.
`;
  }
  return `# Hồ sơ chính quyền điện tử

Thư mục này được tạo bằng \`egov init\`. Điền số liệu của tỉnh vào các tệp dưới đây, rồi kiểm tra bằng \`egov\`.
Giữ nguyên dòng tiêu đề các cột. Mỗi bảng có một dòng ví dụ: hãy thay bằng số liệu thật.
Các tệp CSV mở được bằng Excel (mã UTF-8); khi lưu lại, chọn "CSV UTF-8".

| tệp | điền gì |
|---|---|
| \`roadmap.yaml\` | lộ trình cung cấp dịch vụ công trực tuyến theo quyết định: số, ngày quyết định, tỉnh, giai đoạn, và mỗi dịch vụ một dòng trong \`entries\` (năm hoàn thành, mức độ 1–4 hoặc loại toàn trình/một phần). Các mục khác là ví dụ đã đóng dấu #. Trình soạn thảo có tiện ích YAML sẽ kiểm tra ngay khi gõ. |
| \`budget.csv\` | bảng kinh phí: mỗi nhiệm vụ một dòng, nguồn vốn, loại chi, mỗi năm một cột, tổng kinh phí; dòng cuối là tổng văn bản ghi. Đơn vị ghi trong \`roadmap.yaml\` (mục \`tables\`: "triệu đồng"). |
| \`catalogue.csv\` | danh mục thủ tục hành chính: mã, tên, lĩnh vực, cấp thực hiện, cơ quan chủ trì, mức độ (NĐ 43/2011) và loại toàn trình/một phần (NĐ 42/2022). |
| \`records.csv\` | hồ sơ thủ tục hành chính: mã hồ sơ, mã thủ tục, cơ quan, ngày tiếp nhận / hẹn trả / hoàn thành (dd/mm/yyyy), kênh nộp ("Trực tuyến" hoặc "Trực tiếp"), thanh toán trực tuyến, số hóa. |
| \`indicators.csv\` | số liệu chỉ số ICT-Index: tỉnh, năm, chỉ tiêu (tên hoặc mã, xem \`egov ictindex frameworks\`), giá trị. |

## Các lệnh tiếp theo

\`\`\`sh
egov check .                                   # kiểm tra mọi tệp; mã thoát 1 khi có lỗi
egov roadmap project roadmap.yaml              # số dịch vụ theo mức độ từng năm
egov budget reconcile budget.csv               # đối chiếu các tổng với các khoản
egov procedures stats catalogue.csv --by tier  # số thủ tục và tỷ lệ theo mức độ, loại
egov records stats records.csv --as-of 2026-12-31 --score
egov ictindex compute indicators.csv
egov check . --format sarif > egov.sarif       # cho chú thích tự động trong CI
\`\`\`

Thêm \`--lang en\` để có kết quả tiếng Anh, \`--json\` để có kết quả cho máy đọc.
`;
}
