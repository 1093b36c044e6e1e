import { defineConfig } from 'tsup';
import { egovTsupConfig } from '../../tsup.base.config.ts';

export default defineConfig(egovTsupConfig);
