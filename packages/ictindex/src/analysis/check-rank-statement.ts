import { createFinding, type Finding, type SourceLocation } from '@egov/core';

/** What a document says about a rank: the rank it prints and the change it claims (+ = rose). */
export interface RankStatement {
  readonly nodeId: string;
  readonly previousYear: number;
  readonly currentYear: number;
  /** The rank the sentence prints for the current year ("Xếp thứ 15"). */
  readonly statedRank?: number | undefined;
  /** The change the sentence claims, positive when it says "tăng" ("tăng 02 bậc" = +2). */
  readonly statedPlaces?: number | undefined;
  /** The direction the sentence claims when it gives no number ("tụt hạng mạnh" = `down`). */
  readonly statedDirection?: 'up' | 'down' | undefined;
  /** The sentence as printed, for the message. */
  readonly text?: string | undefined;
  /** Where the sentence is (a file and row), copied into the findings. */
  readonly location?: SourceLocation | undefined;
}

/**
 * Checks a sentence about a rank against the ranks of the two years (from a table or a computation) —
 * the kind of contradiction Plan 332/KH-UBND has: its table gives Lào Cai's "Hạ tầng kỹ thuật xã hội"
 * 15 (2016) and 13 (2017), while the text says "Xếp thứ 15 (tăng 02 bậc so với năm 2016)".
 *
 * @param statement - What the document says.
 * @param previousRank - The rank in the earlier year.
 * @param currentRank - The rank in the later year.
 * @returns Findings `ictindex/rank-statement-mismatch` (error), empty when the sentence is right.
 * @example
 * ```ts
 * checkRankStatement({ nodeId: 'technical-society', previousYear: 2016, currentYear: 2017, statedRank: 15, statedPlaces: 2 }, 15, 13);
 * // one finding: stated rank 15, table says 13
 * checkRankStatement({ nodeId: 'overall', previousYear: 2015, currentYear: 2016, statedDirection: 'down' }, 4, 18);
 * // []: "tụt hạng" for 4th → 18th
 * ```
 */
export function checkRankStatement(statement: RankStatement, previousRank: number, currentRank: number): Finding[] {
  const findings: Finding[] = [];
  const quoted = statement.text === undefined ? '' : ` ("${statement.text}")`;
  const path = ['statements', statement.nodeId, statement.currentYear];
  const located = statement.location === undefined ? {} : { location: statement.location };
  if (statement.statedRank !== undefined && statement.statedRank !== currentRank) {
    findings.push(
      createFinding({
        ruleId: 'ictindex/rank-statement-mismatch',
        severity: 'error',
        message: {
          vi: `Văn bản ghi "${statement.nodeId}" xếp thứ ${statement.statedRank} năm ${statement.currentYear}${quoted}, nhưng bảng xếp hạng ghi thứ ${currentRank}`,
          en: `The text ranks "${statement.nodeId}" ${statement.statedRank} in ${statement.currentYear}${quoted}, but the ranking says ${currentRank}`,
        },
        path,
        ...located,
        data: { node: statement.nodeId, stated: statement.statedRank, expected: currentRank },
      }),
    );
  }
  const places = previousRank - currentRank;
  if (statement.statedPlaces !== undefined && statement.statedPlaces !== places) {
    findings.push(
      createFinding({
        ruleId: 'ictindex/rank-statement-mismatch',
        severity: 'error',
        message: {
          vi: `Văn bản ghi "${statement.nodeId}" thay đổi ${statement.statedPlaces} bậc so với năm ${statement.previousYear}${quoted}, nhưng từ thứ ${previousRank} đến thứ ${currentRank} là ${places} bậc`,
          en: `The text says "${statement.nodeId}" moved ${statement.statedPlaces} places since ${statement.previousYear}${quoted}, but ${previousRank} → ${currentRank} is ${places}`,
        },
        path,
        ...located,
        data: { node: statement.nodeId, statedPlaces: statement.statedPlaces, expectedPlaces: places },
      }),
    );
  }
  const moved = places > 0 ? 'up' : places < 0 ? 'down' : undefined;
  if (statement.statedDirection !== undefined && statement.statedDirection !== moved) {
    const said = statement.statedDirection === 'up' ? { vi: 'tăng hạng', en: 'rose' } : { vi: 'tụt hạng', en: 'fell' };
    findings.push(
      createFinding({
        ruleId: 'ictindex/rank-statement-mismatch',
        severity: 'error',
        message: {
          vi: `Văn bản ghi "${statement.nodeId}" ${said.vi} so với năm ${statement.previousYear}${quoted}, nhưng từ thứ ${previousRank} đến thứ ${currentRank} là ${places} bậc`,
          en: `The text says "${statement.nodeId}" ${said.en} since ${statement.previousYear}${quoted}, but ${previousRank} → ${currentRank} is ${places} places`,
        },
        path,
        ...located,
        data: { node: statement.nodeId, statedDirection: statement.statedDirection, expectedPlaces: places },
      }),
    );
  }
  return findings;
}
