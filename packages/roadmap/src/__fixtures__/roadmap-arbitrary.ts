import fc from 'fast-check';

/**
 * A fast-check arbitrary of schema-valid roadmap inputs (plain JSON, as parsed from YAML), for property
 * tests. Services come from a small pool of names taken from the Thái Bình and Hà Giang roadmaps (sources
 * 002, 003), with the variants real documents have: a typo ("Gấp phép"), another case, a trailing dot, a
 * different tone placement. Levels 1–4 or classes, dues within and outside the period, steps, stated
 * totals, budgets in đồng, triệu đồng and tỷ đồng, targets.
 */
const baseNames = [
  'Cấp giấy phép xây dựng',
  'Gia hạn giấy phép xây dựng',
  'Cấp phép và khai thác nguồn nước',
  'Cấp phép hợp báo',
  'Đăng kí nội quy lao động',
  'Cấp Giấy chứng nhận đầu tư nước ngoài vốn dưới 300 tỷ đồng',
  'Cấp Giấy chứng nhận đầu tư trong nước vốn dưới 300 tỷ đồng',
  'Cấp chứng chỉ hành nghề dược',
];
const variants = [
  'Gấp phép và khai thác nguồn nước',
  'CẤP GIẤY PHÉP XÂY DỰNG',
  'Cấp giấy phép xây dựng.',
  'Đăng ký nội quy lao động',
  'Gia hạn giấy phép xây dưng',
  'Cấp phép họp báo',
];
const names = [...baseNames, ...variants];
const agencies = ['Sở Xây dựng', 'Sở Y tế', 'Sở Thông tin và Truyền thông', 'Ban Quản lý các Khu Công nghiệp'];
const amounts: readonly (readonly [string | number, string])[] = [
  ['2.200.000.000', 'đồng'],
  ['1.800.000.000', 'đồng'],
  ['2.000.000.000', 'đồng'],
  ['6', 'tỷ đồng'],
  ['1.4', 'tỷ đồng'],
  ['0.8', 'tỷ đồng'],
  ['15.200', 'tỷ đồng'],
  [500, 'triệu đồng'],
  ['mười', 'đồng'],
];
const words = ['Sáu tỷ đồng', 'Hai tỷ hai trăm triệu đồng', 'Một tỷ tám trăm triệu đồng', 'Sáu tỷ năm trăm đồng'];

const name = fc.constantFrom(...names);
const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arbitrary, { nil: undefined });
/** Drops the keys whose value is undefined, since the input is JSON. */
const compact = (record: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));

/** A schema-valid roadmap input. */
export const roadmapInputArbitrary: fc.Arbitrary<Record<string, unknown>> = fc
  .record({ start: fc.integer({ min: 2012, max: 2016 }), length: fc.integer({ min: 1, max: 8 }) })
  .chain(({ start, length }) => {
    const end = start + length;
    const phaseIds = ['p1', 'p2'];
    const year = fc.integer({ min: start - 2, max: end + 2 });
    const when = fc.oneof(
      year,
      fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, month]) => `${String(y)}-${String(month).padStart(2, '0')}`),
    );
    const phaseRef = fc.constantFrom('p1', 'p2', 'p9');
    const entry = fc
      .record({
        id: optional(fc.integer({ min: 1, max: 20 }).map((n) => `e${String(n)}`)),
        service: name,
        code: optional(fc.constantFrom('1.001234', '1.004567', '2.000089')),
        target_level: optional(fc.integer({ min: 1, max: 4 })),
        target_class: optional(fc.constantFrom('full', 'partial')),
        from_level: optional(fc.integer({ min: 1, max: 4 })),
        due: when,
        phase: optional(phaseRef),
        lead_agency: optional(fc.constantFrom(...agencies)),
        co_agencies: optional(fc.array(fc.constantFrom(...agencies), { maxLength: 2 })),
        budget: optional(fc.constantFrom('0.8', 1.4)),
      })
      .map(compact);
    const step = fc
      .record({
        id: optional(fc.constantFrom('s1', 's2', 's3')),
        from: when,
        to: when,
        action: fc.constantFrom('Rà soát, chuẩn hóa thủ tục', 'Triển khai xây dựng dịch vụ công'),
        kind: optional(fc.constantFrom('approve_projects', 'deploy_projects')),
        refers_to_step: optional(fc.constantFrom('s1', 's2', 's9')),
        services: optional(fc.array(name, { maxLength: 4 })),
        stated_count: optional(fc.integer({ min: 0, max: 6 })),
      })
      .map(compact);
    const budget = fc
      .record({
        amount: fc.constantFrom(...amounts),
        label: optional(fc.constantFrom('Giai đoạn 2013 - 2014', 'Trong năm 2015')),
        phase: optional(phaseRef),
        from: optional(year),
        to: optional(year),
        year: optional(year),
        service: optional(name),
        entry: optional(fc.integer({ min: 1, max: 20 }).map((n) => `e${String(n)}`)),
        services_count: optional(fc.integer({ min: 0, max: 15 })),
      })
      .map(({ amount: [amount, unit], ...rest }) => compact({ ...rest, amount, unit }));
    const statedTotal = fc.oneof(
      fc
        .record({
          kind: fc.constant('services'),
          level: fc.integer({ min: 1, max: 4 }),
          by: when,
          value: fc.integer({ min: 0, max: 12 }),
          comparison: optional(fc.constantFrom('at-least', 'exactly')),
          include_baseline: optional(fc.boolean()),
        })
        .map(compact),
      fc
        .record({
          kind: fc.constant('budget'),
          amount: fc.constantFrom(...amounts),
          in_words: optional(fc.constantFrom(...words)),
          phase: optional(phaseRef),
          year: optional(year),
          service: optional(name),
        })
        .map(({ amount: [value, unit], ...rest }) => compact({ ...rest, value, unit })),
      fc.record({ kind: fc.constant('count'), what: fc.constant('Tổng số thủ tục hành chính của tỉnh'), value: fc.nat(2000) }),
    );
    const target = fc
      .record({
        kind: fc.constantFrom('share', 'count', 'agency-minimum'),
        level: fc.integer({ min: 1, max: 4 }),
        value: fc.constantFrom(0, 0.3, 0.5, 1, 2, 30),
        by: when,
        agencies: optional(fc.array(fc.constantFrom(...agencies), { maxLength: 2 })),
        scope: optional(fc.constantFrom('all', 'remaining')),
        source: optional(fc.constant('KH 3701/KH-UBND')),
      })
      .map(compact);
    const baseline = fc
      .record({
        procedures: optional(fc.record({ total: fc.nat(1500) })),
        services: optional(
          fc.array(
            fc
              .record({ service: name, level: optional(fc.integer({ min: 1, max: 4 })), lead_agency: optional(fc.constantFrom(...agencies)) })
              .map(compact),
            { maxLength: 3 },
          ),
        ),
      })
      .map(compact);
    return fc
      .record({
        phases: optional(fc.constant([
          { id: phaseIds[0], start: start, end: start + Math.floor(length / 2) },
          { id: phaseIds[1], start: start + Math.floor(length / 2) + 1, end },
        ])),
        baseline: optional(baseline),
        entries: fc.array(entry, { maxLength: 12 }),
        steps: optional(fc.array(step, { maxLength: 3 })),
        budgets: optional(fc.array(budget, { maxLength: 4 })),
        stated_totals: optional(fc.array(statedTotal, { maxLength: 3 })),
        targets: optional(fc.array(target, { maxLength: 2 })),
      })
      .map((parts) =>
        compact({
          decision: { number: '818/QĐ-UBND', date: '2013-05-04' },
          province: 'Thái Bình',
          period: { start, end },
          ...parts,
        }),
      );
  });
