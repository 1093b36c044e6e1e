import { createFinding, type Finding } from '@egov/core';
import type { Framework } from '../framework/framework';
import type { IndexData } from '../data/index-data';
import { compileFramework, type CompiledFramework, type ComputeOptions } from './compile-framework';
import { ComputationState, evaluateNodes } from './computation-state';
import type { IndexComputation } from './index-computation';

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Computes a compiled framework (internal entry point shared by what-if and Monte-Carlo runs).
 *
 * @param compiled - From {@link compileFramework}.
 * @param data - Raw values of one year.
 * @returns The computation.
 * @example
 * ```ts
 * computeCompiled(compileFramework(ictIndex2016), data).rank('ict-index', 'lao-cai');
 * ```
 */
export function computeCompiled(compiled: CompiledFramework, data: IndexData): ComputationState {
  const units = Object.keys(data.values).sort(compareIds);
  const unitIndex = new Map(units.map((unit, index) => [unit, index]));
  const nodeCount = compiled.nodes.length;
  const raw: Float64Array[] = compiled.nodes.map((node) =>
    node.isIndicator ? new Float64Array(units.length).fill(Number.NaN) : new Float64Array(0),
  );
  const inputFindings: Finding[] = [];
  const unknown = new Set<string>();
  units.forEach((unit, u) => {
    const row = data.values[unit] ?? {};
    for (const [indicatorId, value] of Object.entries(row)) {
      const index = compiled.byId.get(indicatorId);
      const node = index === undefined ? undefined : compiled.nodes[index];
      if (node?.isIndicator !== true) {
        if (!unknown.has(indicatorId)) {
          unknown.add(indicatorId);
          inputFindings.push(
            createFinding({
              ruleId: 'ictindex/unknown-indicator',
              severity: 'warning',
              message: {
                vi: `Chỉ tiêu "${indicatorId}" không có trong khung "${compiled.framework.id}": bị bỏ qua`,
                en: `Indicator "${indicatorId}" is not in framework "${compiled.framework.id}": ignored`,
              },
              path: ['values', unit, indicatorId],
              data: { indicator: indicatorId },
            }),
          );
        }
        continue;
      }
      if (value === null || value === undefined) continue;
      if (!Number.isFinite(value)) {
        inputFindings.push(
          createFinding({
            ruleId: 'ictindex/invalid-value',
            severity: 'error',
            message: {
              vi: `Giá trị chỉ tiêu "${indicatorId}" của "${unit}" không phải số hữu hạn: ${String(value)}`,
              en: `The value of indicator "${indicatorId}" for "${unit}" is not a finite number: ${String(value)}`,
            },
            path: ['values', unit, indicatorId],
            data: { unit, indicator: indicatorId },
          }),
        );
        continue;
      }
      const column = raw[node.index];
      if (column !== undefined) column[u] = value;
    }
  });
  // Packed (not holey) arrays keep element access fast in the hot loops.
  const empty = new Float64Array(0);
  const scores: Float64Array[] = compiled.nodes.map(() => empty);
  const bases: Float64Array[] = compiled.nodes.map(() => empty);
  const nodeFindings: (readonly Finding[])[] = [...compiled.nodes.map(() => [] as readonly Finding[]), []];
  evaluateNodes(compiled, units, raw, scores, bases, nodeFindings);
  nodeFindings[nodeCount] = inputFindings;
  return new ComputationState(compiled, data.year, units, unitIndex, raw, scores, bases, nodeFindings);
}

/**
 * Computes a composite index: normalises every indicator across units, aggregates up the tree, and
 * ranks every node (competition ranking on scores rounded to the framework's decimals; indicators are
 * ranked on their capped raw values). The result depends only on the framework, the options and the
 * data, never on the order of units or keys. Problems in the data (missing or non-finite values,
 * unknown indicators) are findings; affected scores are `null`.
 *
 * @param framework - A framework, e.g. {@link ictIndex2016} or one validated by `safeParseFramework`.
 * @param data - Raw values of one year.
 * @param options - Overrides of decimals and missing-data policy.
 * @returns Scores and ranks of every node for every unit, with findings.
 * @throws {EgovError} `ictindex/duplicate-node` for a framework with duplicate ids (validate first).
 * @example
 * ```ts
 * const result = computeIndex(ictIndex2016, { year: 2017, values: { 'lao-cai': { 'open-source-use': 5.61, … }, … } });
 * result.rank('ict-index', 'lao-cai'); // e.g. 7
 * result.score('open-source-use', 'lao-cai'); // normalised score
 * ```
 */
export function computeIndex(framework: Framework, data: IndexData, options: ComputeOptions = {}): IndexComputation {
  return computeCompiled(compileFramework(framework, options), data);
}
