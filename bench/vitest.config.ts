import { defineProject } from 'vitest/config';
import { sourceConditions, testDefaults } from '../vitest.config.ts';

export default defineProject({
  ...sourceConditions,
  test: {
    ...testDefaults,
    name: '@egov/bench',
    include: ['src/**/*.test.ts'],
  },
});
