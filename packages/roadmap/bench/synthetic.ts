// Deterministic synthetic roadmaps for the benchmark: a provincial roadmap blown up to N entries.

/** A small fast deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const heads = ['Cấp giấy phép', 'Gia hạn giấy phép', 'Điều chỉnh giấy chứng nhận', 'Đăng ký', 'Xác nhận', 'Thẩm định', 'Công bố hợp quy', 'Cung cấp thông tin'];
const onsets = ['c', 'gi', 'ph', 'x', 'd', 'ch', 'nh', 'tr', 'th', 'ng', 'l', 'h', 'k', 'b', 'm', 'v', 's', 'r', 't', 'đ', 'kh', 'qu'];
const rhymes = ['ấp', 'ấy', 'ép', 'ựng', 'ứng', 'ành', 'ề', 'ược', 'ận', 'ầu', 'ai', 'ác', 'ôi', 'iên', 'uốc', 'ơn', 'oàn', 'ương', 'ịch', 'ông', 'ình', 'ạt', 'uyên', 'ản', 'ước', 'ăm', 'ân', 'iệp', 'ướng', 'ổng'];
const vocabulary = onsets.flatMap((onset) => rhymes.map((rhyme) => onset + rhyme));

/** A variant as real documents print one: a dropped letter, a "Gấp" for "Cấp", upper case, a trailing dot. */
function variant(name: string, next: () => number): string {
  const choice = next();
  if (choice < 0.25) {
    const at = 4 + Math.floor(next() * (name.length - 5));
    return name.slice(0, at) + name.slice(at + 1);
  }
  if (choice < 0.5) return name.replace('Cấp', 'Gấp').replace('Đăng ký', 'Đăng kí');
  if (choice < 0.75) return name.toUpperCase();
  return `${name}.`;
}

/**
 * A schema-valid roadmap input with `count` entries over 2013–2020: about two entries in three are a
 * service's first commitment (level 3), one in three its upgrade to level 4 in a later year; about 20% of
 * the entries print the service's name with a variant. Steps list the services of each year, budget lines
 * cover each year, stated totals and targets give the counts per level.
 */
export function syntheticRoadmap(count: number, seed = 11): Record<string, unknown> {
  const next = random(seed);
  const word = (): string => vocabulary[Math.floor(vocabulary.length * next() ** 2)] ?? 'a';
  const names: string[] = [];
  const entries: Record<string, unknown>[] = [];
  const byYear = new Map<number, string[]>();
  for (let i = 0; i < count; i += 1) {
    const upgrade = names.length > 10 && next() < 0.33;
    const serviceIndex = upgrade ? Math.floor(next() * names.length) : names.length;
    if (!upgrade) names.push(`${heads[Math.floor(next() * heads.length)] ?? 'Cấp'} ${Array.from({ length: 3 + Math.floor(next() * 5) }, word).join(' ')}`);
    const base = names[serviceIndex] ?? '';
    const service = next() < 0.2 ? variant(base, next) : base;
    const due = upgrade ? 2016 + Math.floor(next() * 5) : 2013 + Math.floor(next() * 3);
    entries.push({
      id: String(i + 1),
      service,
      target_level: upgrade ? 4 : 3,
      ...(upgrade ? { from_level: 3 } : {}),
      due,
      phase: due <= 2015 ? '2013-2015' : '2016-2020',
      lead_agency: `Sở ${String(1 + Math.floor(next() * 40))}`,
    });
    const list = byYear.get(due);
    if (list === undefined) byYear.set(due, [service]);
    else list.push(service);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return {
    decision: { number: '818/QĐ-UBND', date: '2013-05-04', issuer: 'UBND tỉnh Thái Bình' },
    province: 'Thái Bình',
    period: { start: 2013, end: 2020 },
    phases: [
      { id: '2013-2015', start: 2013, end: 2015 },
      { id: '2016-2020', start: 2016, end: 2020 },
    ],
    baseline: { procedures: { total: count * 2 } },
    entries,
    steps: years.map((year) => ({ from: `${String(year)}-01`, to: `${String(year)}-12`, action: 'Xây dựng và triển khai dịch vụ công trực tuyến', kind: 'deploy_projects', services: byYear.get(year) })),
    budgets: years.map((year) => ({ year, amount: '2.200.000.000', unit: 'đồng', services_count: new Set(byYear.get(year)).size })),
    stated_totals: [
      { kind: 'budget', value: String(2.2 * years.length), unit: 'tỷ đồng' },
      { kind: 'services', level: 3, by: 2015, value: Math.round(count * 0.6) },
    ],
    targets: [{ kind: 'share', level: 3, value: 0.3, by: 2020 }],
  };
}
