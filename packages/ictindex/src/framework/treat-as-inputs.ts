import { EgovError } from '@egov/core';
import type { Framework } from './framework';
import type { FrameworkNode } from './framework-node';

/**
 * Turns composite nodes into input indicators that take published scores as they are (normalisation
 * `none`), dropping their subtrees. Use it when a report publishes group or sub-group indices but not
 * the raw indicators, e.g. to recompute the overall ICT-Index and ranks from the three group indices.
 *
 * @param framework - Any framework.
 * @param nodeIds - Ids of composite nodes to treat as inputs.
 * @returns A new framework (the input is not changed), with version suffixed `+inputs`.
 * @throws {EgovError} `ictindex/unknown-node` when an id is not a composite node of the framework.
 * @example
 * ```ts
 * const groups = treatAsInputs(ictIndex2016, ['technical-infrastructure', 'human-resources', 'it-application']);
 * computeIndex(groups, { year: 2019, values: { 'da-nang': { 'technical-infrastructure': 0.7925, 'human-resources': 0.9538, 'it-application': 0.85 } } })
 *   .score('ict-index', 'da-nang'); // 0.865433…
 * ```
 */
export function treatAsInputs(framework: Framework, nodeIds: readonly string[]): Framework {
  const pending = new Set(nodeIds);
  const rewrite = (node: FrameworkNode): FrameworkNode => {
    if (node.children === undefined) return node;
    if (pending.delete(node.id)) {
      const input: FrameworkNode = {
        id: node.id,
        name: node.name,
        direction: 'higher',
        normalisation: { kind: 'none' },
        ...(node.weight === undefined ? {} : { weight: node.weight }),
        ...(node.note === undefined ? {} : { note: node.note }),
      };
      return input;
    }
    return { ...node, children: node.children.map(rewrite) };
  };
  const root = rewrite(framework.root);
  if (pending.size > 0) {
    throw new EgovError({
      code: 'ictindex/unknown-node',
      message: `Not composite nodes of "${framework.id}": ${[...pending].join(', ')}`,
    });
  }
  return { ...framework, version: `${framework.version}+inputs`, root };
}
