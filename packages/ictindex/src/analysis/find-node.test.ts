import { describe, expect, it } from 'vitest';
import type { FrameworkNode } from '../framework/framework-node';
import { findNode } from './find-node';

describe('findNode', () => {
  it('finds a node among 200 000 children (spreading them into push overflowed the stack)', () => {
    const node = (id: string): FrameworkNode => ({ id, name: { vi: id, en: id } });
    const children = Array.from({ length: 200_000 }, (_, i) => node(`i${String(i)}`));
    const root: FrameworkNode = { ...node('root'), children };
    expect(findNode(root, 'i0').id).toBe('i0');
    expect(findNode(root, 'i199999').id).toBe('i199999');
  });
});
