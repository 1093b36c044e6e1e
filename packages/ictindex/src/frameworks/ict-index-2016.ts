import type { Framework } from '../framework/framework';
import type { FrameworkNode } from '../framework/framework-node';

function indicator(id: string, vi: string, en: string, unit: string): FrameworkNode {
  return { id, name: { vi, en }, direction: 'higher', unit };
}

/**
 * The provincial ICT-Index framework used from the 2016 edition to 2020 (Ministry of Information and
 * Communications with the Vietnam Association for Information Processing): 3 groups, 6 sub-groups and
 * 30 indicators, named exactly as Lào Cai's Plan 332/KH-UBND (24/12/2017), section II, lists them.
 *
 * The official normalisation and sub-group weights are not published in machine-readable form, so this
 * framework says `method.official: false` and uses documented defaults: every indicator min–max across
 * provinces, equal weights, arithmetic means; each group's mean of its sub-groups is rescaled min–max
 * so the group leader scores exactly 1 (as published sub-indices show); the overall index is the
 * unweighted arithmetic mean of the three groups (published: Đà Nẵng 2019
 * (0,7925 + 0,9538 + 0,85) / 3 = 0,8654). Override any of it by copying the data and editing it.
 *
 * @example
 * ```ts
 * const result = computeIndex(ictIndex2016, { year: 2017, values });
 * result.rank('ict-index', 'lao-cai');
 * ```
 */
export const ictIndex2016: Framework = {
  id: 'ict-index',
  version: '2016',
  name: {
    vi: 'Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin và truyền thông (ICT-Index)',
    en: 'Readiness index for ICT development and application (ICT-Index)',
  },
  source: {
    vi: 'Khung chỉ số ICT-Index từ năm 2016 (Bộ Thông tin và Truyền thông, Hội Tin học Việt Nam), theo liệt kê tại mục II Kế hoạch số 332/KH-UBND ngày 24/12/2017 của UBND tỉnh Lào Cai',
    en: 'ICT-Index framework since 2016 (Ministry of Information and Communications, Vietnam Association for Information Processing), as listed in section II of Lào Cai People’s Committee Plan 332/KH-UBND of 24/12/2017',
  },
  method: {
    official: false,
    note: {
      vi: 'Phương pháp chuẩn hóa và trọng số nhóm con chưa được công bố: mặc định chuẩn hóa min–max giữa các tỉnh, trọng số bằng nhau, trung bình cộng; chỉ số nhóm được chuẩn hóa lại min–max (tỉnh dẫn đầu nhóm đạt 1); chỉ số chung là trung bình cộng không trọng số của 3 nhóm (đã kiểm chứng với số liệu công bố). Không phải phương pháp chính thức.',
      en: 'Normalisation and sub-group weights are not published: defaults are min–max across provinces, equal weights and arithmetic means; group indices are rescaled min–max (the group leader scores 1); the overall index is the unweighted arithmetic mean of the 3 groups (checked against published values). Not the official method.',
    },
  },
  defaults: {
    normalisation: { kind: 'min-max' },
    aggregation: { kind: 'arithmetic' },
    missing: { policy: 'fail' },
    decimals: 4,
  },
  root: {
    id: 'ict-index',
    name: { vi: 'Xếp hạng chung', en: 'Overall ranking' },
    aggregation: { kind: 'arithmetic' },
    children: [
      {
        id: 'technical-infrastructure',
        name: { vi: 'Hạ tầng kỹ thuật', en: 'Technical infrastructure' },
        normalisation: { kind: 'min-max' },
        children: [
          {
            id: 'technical-society',
            name: { vi: 'Hạ tầng kỹ thuật xã hội', en: 'Technical infrastructure of society' },
            children: [
              indicator('fixed-telephones', 'Tỷ lệ điện thoại cố định/100 dân', 'Fixed telephones per 100 inhabitants', '/100 dân'),
              indicator('mobile-phones', 'Tỷ lệ điện thoại di động/100 dân', 'Mobile phones per 100 inhabitants', '/100 dân'),
              indicator('internet-subscriptions', 'Tỷ lệ thuê bao Internet/100 dân', 'Internet subscriptions per 100 inhabitants', '/100 dân'),
              indicator('fixed-broadband', 'Tỷ lệ thuê bao băng rộng cố định/100 dân', 'Fixed broadband subscriptions per 100 inhabitants', '/100 dân'),
              indicator('wireless-broadband', 'Tỷ lệ thuê bao băng rộng không dây/100 dân', 'Wireless broadband subscriptions per 100 inhabitants', '/100 dân'),
              indicator('households-with-computer', 'Tỷ lệ hộ gia đình có máy tính', 'Share of households with a computer', '%'),
              indicator('households-with-broadband', 'Tỷ lệ hộ gia đình có kết nối Internet băng rộng', 'Share of households with broadband Internet', '%'),
              indicator('enterprises-with-broadband', 'Tỷ lệ doanh nghiệp có kết nối Internet băng rộng', 'Share of enterprises with broadband Internet', '%'),
            ],
          },
          {
            id: 'technical-agencies',
            name: { vi: 'Hạ tầng kỹ thuật của các cơ quan nhà nước', en: 'Technical infrastructure of state agencies' },
            children: [
              indicator('computers-per-official', 'Tỷ lệ máy tính/CBCCVC trong các CQNN của tỉnh', 'Computers per official in the province’s state agencies', 'điểm'),
              indicator('bandwidth-per-official', 'Tỷ lệ băng thông/CBCCVC trong các CQNN của tỉnh', 'Bandwidth per official in the province’s state agencies', 'điểm'),
              indicator('agencies-on-wan', 'Tỷ lệ CQNN của tỉnh có kết nối WAN của tỉnh hoặc mạng chuyên dùng của Chính phủ', 'Share of the province’s state agencies connected to the provincial WAN or the Government’s dedicated network', '%'),
              indicator('security-solutions', 'Triển khai các giải pháp an toàn thông tin và an toàn dữ liệu trong các CQNN của tỉnh', 'Information and data security solutions deployed in the province’s state agencies', 'điểm'),
            ],
          },
        ],
      },
      {
        id: 'human-resources',
        name: { vi: 'Hạ tầng nhân lực CNTT', en: 'IT human resources' },
        normalisation: { kind: 'min-max' },
        children: [
          {
            id: 'human-society',
            name: { vi: 'Hạ tầng nhân lực xã hội', en: 'Human resources of society' },
            children: [
              indicator('adult-literacy', 'Tỷ lệ người lớn biết đọc, biết viết', 'Adult literacy rate', '%'),
              indicator('school-enrolment', 'Tỷ lệ học sinh trong độ tuổi đi học đến trường', 'Share of school-age children attending school', '%'),
              indicator('schools-teaching-it', 'Tỷ lệ các trường phổ thông có dạy tin học', 'Share of general schools teaching informatics', '%'),
              indicator('universities-with-it-major', 'Tỷ lệ trường đại học, cao đẳng có đào tạo chuyên ngành CNTT', 'Share of universities and colleges with an IT major', '%'),
            ],
          },
          {
            id: 'human-agencies',
            name: { vi: 'Hạ tầng nhân lực các CQNN', en: 'Human resources of state agencies' },
            children: [
              indicator('dedicated-it-staff', 'Tỷ lệ cán bộ chuyên trách CNTT', 'Share of dedicated IT staff', '%'),
              indicator('it-staff-with-degree', 'Tỷ lệ cán bộ chuyên trách có trình độ đại học trở lên về CNTT', 'Share of dedicated IT staff with a university degree or higher in IT', '%'),
              indicator('security-staff', 'Tỷ lệ cán bộ chuyên trách về an toàn thông tin', 'Share of dedicated information-security staff', '%'),
              indicator('officials-trained-open-source', 'Tỷ lệ công chức, viên chức được tập huấn về phần mềm nguồn mở (PMNM)', 'Share of officials trained in open-source software', '%'),
              indicator('officials-trained-security', 'Tỷ lệ công chức, viên chức trong các CQNN được tập huấn về ATTT', 'Share of officials in state agencies trained in information security', '%'),
            ],
          },
        ],
      },
      {
        id: 'it-application',
        name: { vi: 'Ứng dụng CNTT', en: 'IT application' },
        normalisation: { kind: 'min-max' },
        children: [
          {
            id: 'application-agencies',
            name: { vi: 'Ứng dụng CNTT trong các CQNN', en: 'IT application in state agencies' },
            children: [
              indicator('email-use', 'Sử dụng thư điện tử trong công việc', 'Use of e-mail at work', 'điểm'),
              indicator('basic-applications', 'Triển khai các ứng dụng cơ bản', 'Deployment of basic applications', 'điểm'),
              indicator('sector-databases', 'Xây dựng các CSDL chuyên ngành', 'Sector databases built', 'điểm'),
              indicator('electronic-documents', 'Sử dụng văn bản điện tử', 'Use of electronic documents', 'điểm'),
              indicator('open-source-use', 'Ứng dụng phần mềm nguồn mở', 'Use of open-source software', 'điểm'),
            ],
          },
          {
            id: 'online-services',
            name: { vi: 'Dịch vụ công trực tuyến', en: 'Online public services' },
            note: 'Đánh giá dựa trên tỷ lệ cung cấp 4 mức độ của dịch vụ công trực tuyến (Decree 43/2011/NĐ-CP Art. 3(4)).',
            children: [
              indicator('online-services-level-1', 'Dịch vụ công trực tuyến mức độ 1', 'Share of services online at level 1', '%'),
              indicator('online-services-level-2', 'Dịch vụ công trực tuyến mức độ 2', 'Share of services online at level 2', '%'),
              indicator('online-services-level-3', 'Dịch vụ công trực tuyến mức độ 3', 'Share of services online at level 3', '%'),
              indicator('online-services-level-4', 'Dịch vụ công trực tuyến mức độ 4', 'Share of services online at level 4', '%'),
            ],
          },
        ],
      },
    ],
  },
};
