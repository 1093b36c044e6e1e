import type { Language } from '@egov/core';

/** Counts of a set of rank changes, for a summary sentence. */
export interface RankChangeCounts {
  readonly previousYear: number;
  readonly up: number;
  readonly down: number;
  readonly unchanged: number;
}

function two(count: number): string {
  return String(count).padStart(2, '0');
}

/**
 * Summarises how many groups rose and fell, in the words of Plan 332/KH-UBND (Lào Cai), section III:
 * "Trong 03 nhóm chỉ số, có 2/3 nhóm tăng, 01 nhóm giảm so với năm 2016".
 *
 * @param counts - Numbers of groups up, down and unchanged, and the earlier year.
 * @param language - `vi` (default) or `en`.
 * @returns One sentence; parts with a zero count are left out.
 * @example
 * ```ts
 * summariseRankChanges({ previousYear: 2016, up: 2, down: 1, unchanged: 0 });
 * // "Trong 03 nhóm chỉ số, có 2/3 nhóm tăng, 01 nhóm giảm so với năm 2016"
 * ```
 */
export function summariseRankChanges(counts: RankChangeCounts, language: Language = 'vi'): string {
  const total = counts.up + counts.down + counts.unchanged;
  const labels = language === 'vi' ? ['tăng', 'giảm', 'giữ nguyên'] : ['rose', 'fell', 'unchanged'];
  const present = [counts.up, counts.down, counts.unchanged]
    .map((count, index) => ({ count, label: labels[index] ?? '' }))
    .filter((part) => part.count > 0);
  // The first part is written as a share ("2/3"), the others as counts ("01"), as the document does.
  const parts = present.map((part, index) => {
    if (language === 'vi') return index === 0 ? `${part.count}/${total} nhóm ${part.label}` : `${two(part.count)} nhóm ${part.label}`;
    return index === 0 ? `${part.count}/${total} ${part.label}` : `${part.count} ${part.label}`;
  });
  if (language === 'vi') return `Trong ${two(total)} nhóm chỉ số, có ${parts.join(', ')} so với năm ${counts.previousYear}`;
  return `Of the ${total} groups, ${parts.join(', ')} compared with ${counts.previousYear}`;
}
