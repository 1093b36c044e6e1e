import { keySimilarity, foldKey } from '@egov/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { source002By2014, source002Level3In2012 } from '../__fixtures__/source-002';
import { source003Level3By2015, source003Typo } from '../__fixtures__/source-003';
import { proceduresFromRows } from '../rows/procedures-from-rows';
import { findDuplicates } from './find-duplicates';

const tnmt = 'Sở Tài nguyên và Môi trường';

/** Whether one folded name's words are a proper sub-multiset of the other's. */
function addsWords(a: string, b: string): boolean {
  const [short, long] = a.split(' ').length < b.split(' ').length ? [a, b] : [b, a];
  const rest = long.split(' ');
  if (rest.length === short.split(' ').length) return false;
  for (const word of short.split(' ')) {
    const at = rest.indexOf(word);
    if (at < 0) return false;
    rest.splice(at, 1);
  }
  return true;
}

describe('findDuplicates: exact', () => {
  it('finds the same code', () => {
    const { clusters, findings } = findDuplicates([
      { code: '1.001193', name: 'Đăng ký thành lập doanh nghiệp' },
      { code: '1.000001', name: 'Cấp phép hợp báo' },
      { code: '1.001193', name: 'Đăng ký doanh nghiệp tư nhân' },
    ]);
    expect(clusters).toEqual([
      { members: [0, 2], kind: 'exact', reasons: ['same-code'], score: 1, pairs: [{ a: 0, b: 2, reason: 'same-code', score: 1 }] },
    ]);
    expect(findings[0]?.ruleId).toBe('procedures/duplicate-procedure');
    expect(findings[0]?.path).toBe('/procedures/0');
  });

  it('treats tone placement, Unicode form, case and punctuation as the same name', () => {
    const names = [
      'Gia hạn giấy phép khai thác thủy sản',
      'Gia hạn giấy phép khai thác thuỷ sản',
      'Gia hạn giấy phép khai thác thủy sản'.normalize('NFD'),
      'GIA HẠN GIẤY PHÉP KHAI THÁC THỦY SẢN.',
    ];
    const { clusters } = findDuplicates(names.map((name) => ({ name, leadAgency: 'Sở Nông nghiệp và Phát triển nông thôn' })));
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.members).toEqual([0, 1, 2, 3]);
    expect(clusters[0]?.reasons).toEqual(['same-name-and-agency']);
  });

  it('does not flag the same name under two agencies unless asked to compare across the catalogue', () => {
    const procedures = [
      { name: 'Cấp giấy phép xây dựng', leadAgency: 'Ban Quản lý các Khu Công nghiệp' },
      { name: 'Cấp giấy phép xây dựng', leadAgency: 'Sở Xây dựng' },
    ];
    expect(findDuplicates(procedures).clusters).toEqual([]);
    const across = findDuplicates(procedures, { scope: 'catalogue' });
    expect(across.clusters[0]?.reasons).toEqual(['same-name']);
  });
});

describe('findDuplicates: near', () => {
  it('finds the "Gấp phép" typo of source 003', () => {
    const procedures = [...source003Level3By2015(), { name: source003Typo, leadAgency: tnmt }];
    const { clusters, findings } = findDuplicates(procedures);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.members).toEqual([11, 15]);
    expect(clusters[0]?.kind).toBe('near');
    expect(clusters[0]?.score).toBeGreaterThan(0.9);
    expect(clusters[0]?.score).toBeLessThan(1);
    expect(findings[0]?.ruleId).toBe('procedures/near-duplicate-procedure');
    expect(findings[0]?.message.vi).toContain('"Gấp phép và khai thác nguồn nước"');
  });

  it('finds swapped words', () => {
    const { clusters } = findDuplicates([
      { name: 'Đăng ký tạm trú, tạm vắng', leadAgency: 'Công an tỉnh' },
      { name: 'Đăng ký tạm vắng, tạm trú', leadAgency: 'Công an tỉnh' },
    ]);
    expect(clusters[0]?.pairs).toEqual([{ a: 0, b: 1, reason: 'similar-name', score: 0.99 }]);
  });

  it('finds a dropped letter and chains clusters through several pairs', () => {
    const { clusters } = findDuplicates([
      { name: 'Cấp chứng chỉ hành nghề dược', leadAgency: 'Sở Y tế' },
      { name: 'Cấp chứng chỉ hành nghê dươc', leadAgency: 'Sở Y tế' },
      { name: 'Cấp chứng chỉ hàh nghề dược', leadAgency: 'Sở Y tế' },
      { name: 'Cấp giấy phép xuất bản bản tin', leadAgency: 'Sở Y tế' },
    ]);
    expect(clusters.map((c) => [c.members, c.kind, c.reasons])).toEqual([[[0, 1, 2], 'exact', ['same-name-and-agency', 'similar-name']]]);
  });

  it('raises only one candidate among the 21 services of source 002, as information to review', () => {
    const { procedures } = proceduresFromRows([...source002Level3In2012, ...source002By2014]);
    const { clusters, findings } = findDuplicates(procedures);
    // "Cấp mã số đơn vị sử dụng ngân sách huyện, thành phố" and "… ngân sách nhà nước" stay apart; issuing
    // and adjusting the same certificate differ by one verb and are offered for review (info, not warning).
    expect(clusters.map((c) => c.members.map((i) => procedures[i]?.name))).toEqual([
      ['Điều chỉnh Giấy chứng nhận, đầu tư nước ngoài vốn dưới 300 tỷ đồng.', 'Cấp Giấy chứng nhận đầu tư nước ngoài vốn dưới 300 tỷ đồng'],
    ]);
    expect(clusters[0]?.score).toBeLessThan(0.9);
    expect(findings.map((f) => f.severity)).toEqual(['info']);
    expect(findDuplicates(procedures, { minScore: 0.9 }).clusters).toEqual([]);
  });

  it('never merges a name with the same name plus qualifier words (today-2026 look-alikes)', () => {
    const procedures = ['Đăng ký khai sinh', 'Đăng ký lại khai sinh', 'Cấp giấy phép xây dựng', 'Cấp lại giấy phép xây dựng', 'Đăng ký kết hôn', 'Đăng ký kết hôn có yếu tố nước ngoài'].map((name) => ({ name }));
    expect(findDuplicates(procedures).clusters).toEqual([]);
    // A typo in the same words is still found.
    expect(findDuplicates([{ name: 'Đăng ký khai tử' }, { name: 'Đăng kí khai tử' }]).clusters.map((c) => c.members)).toEqual([[0, 1]]);
  });

  it('finds every near-duplicate that an all-pairs comparison finds, for a single typo or swap', () => {
    const base = [
      ...source003Level3By2015().map((p) => p.name),
      ...[...source002Level3In2012, ...source002By2014].map((row) => String(row['Tên DVCTT'])),
    ];
    fc.assert(
      fc.property(fc.nat(base.length - 1), fc.nat(200), fc.boolean(), (which, at, swap) => {
        const original = base[which] ?? '';
        let mutated: string;
        if (swap) {
          const words = original.split(' ');
          const i = at % (words.length - 1);
          [words[i], words[i + 1]] = [words[i + 1] ?? '', words[i] ?? ''];
          mutated = words.join(' ');
        } else {
          const i = at % original.length;
          mutated = original.slice(0, i) + original.slice(i + 1);
        }
        const names = [...base, mutated];
        const procedures = names.map((name) => ({ name }));
        const { clusters } = findDuplicates(procedures);
        const clusterOf = (index: number) => clusters.find((c) => c.members.includes(index));
        // Brute force over every pair with the mutated name, with the same score function; a name that is
        // the other plus whole words is a distinct procedure by definition.
        const last = names.length - 1;
        for (let i = 0; i < last; i += 1) {
          const score = keySimilarity(foldKey(names[i] ?? ''), foldKey(mutated));
          if (score >= 0.85 && !addsWords(foldKey(names[i] ?? ''), foldKey(mutated))) expect(clusterOf(last)?.members).toContain(i);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is not quadratic: the comparisons grow linearly with the number of names', () => {
    // Names from a vocabulary of 400 syllables with a skewed (Zipf-like) frequency, 5–12 words long.
    const onsets = ['c', 'gi', 'ph', 'x', 'd', 'ch', 'nh', 'tr', 'th', 'ng', 'l', 'h', 'k', 'b', 'm', 'v', 's', 'r', 't', 'đ'];
    const rhymes = ['ấp', 'ấy', 'ép', 'ây', 'ựng', 'ứng', 'ỉ', 'ành', 'ề', 'ược', 'ận', 'ầu', 'ư', 'ai', 'ác', 'ôi', 'iên', 'uốc', 'ơn', 'a'];
    const vocabulary = onsets.flatMap((onset) => rhymes.map((rhyme) => onset + rhyme));
    let state = 12345;
    const next = (): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const word = (): string => vocabulary[Math.floor(vocabulary.length * next() ** 2)] ?? 'a';
    const names = Array.from({ length: 4000 }, () => ({
      name: Array.from({ length: 5 + Math.floor(next() * 8) }, word).join(' '),
      leadAgency: 'Sở Xây dựng',
    }));
    const { stats } = findDuplicates(names);
    expect(stats.comparisons).toBeLessThan(names.length * 200);
    expect(stats.comparisons).toBeLessThan((names.length * (names.length - 1)) / 2 / 20);
  });
});
