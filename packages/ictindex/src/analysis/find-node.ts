import { EgovError } from '@egov/core';
import type { FrameworkNode } from '../framework/framework-node';

/**
 * Finds a node by id in a tree.
 *
 * @param root - The tree's root.
 * @param nodeId - The id to find.
 * @returns The node.
 * @throws {EgovError} `ictindex/unknown-node` when no node has that id.
 * @example
 * ```ts
 * findNode(ictIndex2016.root, 'online-services').children?.length; // 4
 * ```
 */
export function findNode(root: FrameworkNode, nodeId: string): FrameworkNode {
  const stack = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.id === nodeId) return node;
    for (const child of node.children ?? []) stack.push(child);
  }
  throw new EgovError({ code: 'ictindex/unknown-node', message: `No node "${nodeId}" under "${root.id}"` });
}
