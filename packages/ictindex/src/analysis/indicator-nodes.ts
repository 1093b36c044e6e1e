import type { FrameworkNode } from '../framework/framework-node';

/**
 * The indicators (leaves) under a node, in document order.
 *
 * @param node - Any node, typically a framework's root.
 * @returns The leaf nodes.
 * @example
 * ```ts
 * indicatorNodes(ictIndex2016.root).length; // 30
 * ```
 */
export function indicatorNodes(node: FrameworkNode): FrameworkNode[] {
  if (node.children === undefined) return [node];
  return node.children.flatMap(indicatorNodes);
}
