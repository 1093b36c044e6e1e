import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from './plan-json-schema';

const shippedPath = fileURLToPath(new URL('../../plan.schema.json', import.meta.url));

describe('the shipped plan.schema.json', () => {
  it('is the schema generated from the zod model (regenerate with UPDATE_SCHEMA=1 pnpm test)', () => {
    const generated = JSON.stringify(planJsonSchema(), null, 2) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(shippedPath, generated);
    expect(readFileSync(shippedPath, 'utf8')).toBe(generated);
  });

  it('rejects unknown fields and requires the document, kind and province', () => {
    const schema = planJsonSchema();
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['kind', 'document', 'province']);
  });
});
