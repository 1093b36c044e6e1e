// Writes the synthetic data sets to bench/.data: `pnpm generate [--full]` (--full adds 10 million rows).
import { ensureCatalogue, ensureIctIndex, ensureRecords, ensureRoadmap, type GeneratedFile } from './data-files';

const full = process.argv.includes('--full');
const show = (label: string, file: GeneratedFile): void => {
  const rate = file.seconds > 0 ? `written in ${file.seconds.toFixed(1)} s` : 'already there';
  console.log(`${label}: ${file.path} (${(file.bytes / 1e6).toFixed(1)} MB), ${rate}`);
};
show('records 1 M', ensureRecords(1_000_000));
if (full) show('records 10 M', ensureRecords(10_000_000));
show('national catalogue', ensureCatalogue());
show('roadmap 100 000', ensureRoadmap(100_000));
show('roadmap 10 000', ensureRoadmap(10_000));
show('ICT-Index 63 × 30 × 5', ensureIctIndex());
