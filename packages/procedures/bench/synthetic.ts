// Deterministic synthetic data for the benchmarks: national-scale record streams and catalogues.
import type { ApplicationRecord } from '../src/index';

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

function isoDate(dayOfYear: number, year: number): string {
  const date = new Date(Date.UTC(year, 0, 1 + dayOfYear));
  return date.toISOString().slice(0, 10);
}

/** `count` records over `agencies` agencies and `procedures` procedure codes in one year. */
export function syntheticRecords(count: number, agencies = 40, procedures = 2_000, seed = 1): ApplicationRecord[] {
  const next = random(seed);
  const agencyNames = Array.from({ length: agencies }, (_, i) => `Cơ quan ${String(i + 1)}`);
  const codes = Array.from({ length: procedures }, (_, i) => `1.${String(i).padStart(6, '0')}`);
  const days = Array.from({ length: 400 }, (_, i) => isoDate(i, 2024));
  const channels = ['online', 'counter', 'post'] as const;
  const records: ApplicationRecord[] = new Array<ApplicationRecord>(count);
  for (let i = 0; i < count; i += 1) {
    const received = Math.floor(next() * 360);
    const limit = 3 + Math.floor(next() * 15);
    const took = Math.floor(next() * 20);
    const done = next() < 0.9;
    const hasFee = next() < 0.5;
    // A procedure belongs to one agency, as in a real catalogue.
    const procedure = Math.floor(next() * procedures);
    const record: ApplicationRecord = {
      procedureCode: codes[procedure] ?? '1.000000',
      agency: agencyNames[procedure % agencies] ?? 'Cơ quan 1',
      received: days[received] ?? '2024-01-01',
      due: days[received + limit] ?? '2024-01-01',
      channel: channels[Math.floor(next() * 3)] ?? 'online',
      digitised: next() < 0.7,
      complaint: next() < 0.01,
      ...(done ? { finished: days[received + took] ?? '2024-01-01', electronicResult: next() < 0.5 } : {}),
      ...(hasFee ? { paidOnline: next() < 0.6 } : {}),
    };
    records[i] = record;
  }
  return records;
}

// Procedure names: a head phrase from real catalogue wording, then 2–8 words drawn from a vocabulary of
// 2 000 Vietnamese-like syllables with a skewed (Zipf-like) frequency, as real names reuse common words.
const heads = [
  'Cấp giấy phép',
  'Cấp lại giấy phép',
  'Gia hạn giấy phép',
  'Điều chỉnh giấy chứng nhận',
  'Đăng ký',
  'Xác nhận',
  'Thẩm định',
  'Công bố hợp quy',
  'Chuyển nhượng',
  'Cung cấp thông tin',
  'Thu hồi giấy phép',
  'Cấp chứng chỉ hành nghề',
];
const onsets = ['c', 'gi', 'ph', 'x', 'd', 'ch', 'nh', 'tr', 'th', 'ng', 'l', 'h', 'k', 'b', 'm', 'v', 's', 'r', 't', 'đ', 'kh', 'qu', 'g', 'n', 'ngh'];
const rhymes = [
  'ấp', 'ấy', 'ép', 'ây', 'ựng', 'ứng', 'ỉ', 'ành', 'ề', 'ược', 'ận', 'ầu', 'ư', 'ai', 'ác', 'ôi', 'iên', 'uốc', 'ơn', 'a',
  'oàn', 'ương', 'ịch', 'ụ', 'ông', 'ình', 'ạt', 'ệ', 'uyên', 'ối', 'ản', 'ước', 'ỏ', 'ăm', 'ân', 'iệp', 'ướng', 'ạc', 'ũ', 'ơi',
  'ổ', 'ửa', 'ộng', 'ải', 'ính', 'ưởng', 'ặc', 'ười', 'ảo', 'iểm', 'ục', 'ậu', 'ình', 'oạt', 'ớp', 'ảng', 'ểu', 'ắc', 'ụng', 'ốc',
  'ờ', 'ượng', 'ổng', 'iết', 'ùng', 'ưu', 'ẫn', 'ạch', 'uẩn', 'iều', 'ỗ', 'ách', 'ưng', 'ọc', 'ến', 'oá', 'uế', 'ệt', 'ằng', 'ội',
];
const vocabulary = onsets.flatMap((onset) => rhymes.map((rhyme) => onset + rhyme));

/** Mutates a name the way catalogues do: a typo, a swapped pair of words, another tone placement. */
function mutate(name: string, next: () => number): string {
  const choice = next();
  if (choice < 0.34) {
    const at = 1 + Math.floor(next() * (name.length - 2));
    return name.slice(0, at) + name.slice(at + 1);
  }
  if (choice < 0.67) {
    const words = name.split(' ');
    const at = Math.floor(next() * (words.length - 1));
    const a = words[at] ?? '';
    words[at] = words[at + 1] ?? '';
    words[at + 1] = a;
    return words.join(' ');
  }
  return name.replace('Cấp', 'Gấp').replace('oá', 'óa');
}

/** `count` procedure names with agencies and codes; about 2% are near-duplicates of an earlier name. */
export function syntheticNames(count: number, seed = 7): { name: string; leadAgency: string; code: string }[] {
  const next = random(seed);
  const word = (): string => vocabulary[Math.floor(vocabulary.length * next() ** 2)] ?? 'a';
  const out: { name: string; leadAgency: string; code: string }[] = [];
  for (let i = 0; i < count; i += 1) {
    if (i > 10 && next() < 0.02) {
      const source = out[Math.floor(next() * out.length)];
      if (source !== undefined) {
        out.push({ name: mutate(source.name, next), leadAgency: source.leadAgency, code: `X.${String(i)}` });
        continue;
      }
    }
    const head = heads[Math.floor(next() * heads.length)] ?? 'Cấp';
    const words = Array.from({ length: 2 + Math.floor(next() * 7) }, word).join(' ');
    const agency = `Cơ quan ${String(1 + Math.floor(next() * 300))}`;
    out.push({ name: `${head} ${words}`, leadAgency: agency, code: `1.${String(i).padStart(6, '0')}` });
  }
  return out;
}
