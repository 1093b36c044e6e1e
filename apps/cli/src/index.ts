export { runCli } from './run-cli';
export type { CliIo } from './output/cli-io';
export { cliVersion } from './version';
