import { describe, expect, it } from 'vitest';
import { findDuplicates } from './find-duplicates';

describe('findDuplicates on a cluster of any size', () => {
  it('scores a cluster of over 200 000 pairs (its lowest score was taken over a spread that overflowed the stack)', () => {
    const stem = 'Cấp giấy phép hoạt động dịch vụ kiểm định kỹ thuật an toàn lao động';
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const names = Array.from({ length: 700 }, (_, i) => ({ name: `${stem} ${letters[i % 26] ?? ''}${letters[Math.floor(i / 26) % 26] ?? ''}`, leadAgency: 'Sở Lao động' }));
    // Every name in one block compared with every other: the whole cluster's pairs, as a large catalogue can give.
    const report = findDuplicates(names, { maxBlockSize: 1_000 });
    expect(report.clusters).toHaveLength(1);
    expect(report.clusters[0]?.members).toHaveLength(700);
    expect(report.clusters[0]?.pairs.length).toBeGreaterThan(200_000);
    expect(report.clusters[0]?.score).toBeGreaterThanOrEqual(0.85);
  });
});
