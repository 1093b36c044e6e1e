import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';
import { sourceConditions, testDefaults } from '../../vitest.config.ts';

export default defineProject({
  ...sourceConditions,
  plugins: [react()],
  test: {
    ...testDefaults,
    name: '@egov/web',
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
});
