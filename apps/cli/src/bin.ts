#!/usr/bin/env node
import { cliVersion } from './version';

const argv = process.argv.slice(2);

// `egov --version` answers before anything else loads: importing commander alone costs 50–100 ms on a
// loaded machine, and a version check is what scripts and CI run most. The output is the one commander
// prints for the same flag (the version and a newline, exit 0); anything else goes through commander.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${cliVersion}\n`);
} else {
  // `egov … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });

  // runCli answers every failure itself (exit 2, or 70 for a bug); what escapes it (an error thrown by a
  // stream event, a failed import) is a bug too, never the exit code 1 of "findings with errors".
  const internal = (error: unknown): void => {
    process.stderr.write(
      `egov: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nThis is a bug in egov, not a problem with your files: please report it (the command you ran, the file if you can share it, and this message) on the issue tracker of @egov/cli.\n`,
    );
    process.exitCode = 70;
  };
  process.on('uncaughtException', (error) => {
    internal(error);
    process.exit(70);
  });
  import('./run-cli')
    .then(({ runCli }) => runCli(argv))
    .then((code) => {
      process.exitCode = code;
    }, internal);
}
