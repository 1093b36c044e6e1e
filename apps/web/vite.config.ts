import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceConditions } from '../../vitest.config.ts';

// The @egov packages are read from their TypeScript sources (`@egov/source` condition), so the app
// builds without building them first.
export default defineConfig({
  ...sourceConditions,
  plugins: [react()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
});
