import { defineProject } from 'vitest/config';
import { sourceConditions } from '../../vitest.config.ts';

export default defineProject({
  ...sourceConditions,
  test: {
    name: '@egov/core',
    include: ['src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
