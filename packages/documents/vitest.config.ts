import { defineProject } from 'vitest/config';
import { sourceConditions, testDefaults } from '../../vitest.config.ts';

export default defineProject({
  ...sourceConditions,
  test: {
    ...testDefaults,
    name: '@egov/documents',
    include: ['src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
