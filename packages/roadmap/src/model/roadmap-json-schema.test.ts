import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { roadmapJsonSchema } from './roadmap-json-schema';

const shippedPath = fileURLToPath(new URL('../../roadmap.schema.json', import.meta.url));

describe('the shipped roadmap.schema.json', () => {
  it('is the schema generated from the zod model (regenerate with UPDATE_SCHEMA=1 pnpm test)', () => {
    const generated = JSON.stringify(roadmapJsonSchema(), null, 2) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(shippedPath, generated);
    expect(readFileSync(shippedPath, 'utf8')).toBe(generated);
  });
});
