import { Command, CommanderError, Option } from 'commander';
import { checkCommand } from './commands/check';
import { roadmapProjectCommand, roadmapSchemaCommand, roadmapValidateCommand } from './commands/roadmap';
import { commandContext, UsageError, type CommandContext } from './context';
import { processIo, type CliIo } from './output/cli-io';
import { cliVersion } from './version';

interface RawGlobals {
  lang?: string;
  format?: string;
  json?: boolean;
  quiet?: boolean;
}

/**
 * Runs the `egov` command line with the given arguments and returns its exit code: 0 clean, 1 when a
 * finding is an error, 2 for usage or input errors (unknown option, missing file, unknown kind). Never
 * calls `process.exit`, so it can be embedded and tested.
 *
 * @param argv - Arguments after the program name, e.g. `['check', 'examples']`.
 * @param io - Streams and environment (the process's by default).
 * @returns The exit code.
 * @example
 * ```ts
 * const code = await runCli(['roadmap', 'validate', 'roadmap.yaml', '--lang', 'en']);
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode = 0;
  const program = new Command('egov');
  const contextOf = (command: Command): CommandContext => commandContext(io, command.optsWithGlobals<RawGlobals>());

  program
    .description('Kiểm tra và giải thích kế hoạch, lộ trình, kinh phí, danh mục thủ tục và chỉ số của tỉnh.\nCheck and explain provincial e-government plans, roadmaps, budgets, catalogues and indices.')
    .version(cliVersion, '-v, --version')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ / language').choices(['vi', 'en']).default('vi'))
    .addOption(new Option('--format <format>', 'định dạng kết quả / output format').choices(['text', 'json', 'sarif']).default('text'))
    .option('--json', 'kết quả JSON cho máy / JSON output (same as --format json)')
    .option('-q, --quiet', 'chỉ in lỗi / print errors only')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('check')
    .description('kiểm tra các tệp (lộ trình, …) / check files, folders recursively')
    .argument('<paths...>', 'tệp hoặc thư mục / files or folders')
    .option('--kind <kind>', 'loại tệp thay vì tự nhận / file kind instead of detection')
    .addHelpText('after', '\nExamples:\n  egov check examples/\n  egov check roadmap.yaml --lang en\n  egov check examples --format sarif > egov.sarif')
    .action(async (paths: string[], options: { kind?: string }, command: Command) => {
      exitCode = await checkCommand(contextOf(command), paths, options);
    });

  const roadmap = program.command('roadmap').description('lộ trình cung cấp dịch vụ công trực tuyến / online service roadmaps');
  roadmap
    .command('validate')
    .description('kiểm tra một lộ trình / validate one roadmap')
    .argument('<file>', 'roadmap.yaml or .json')
    .option('--config <file>', 'cấu hình luật / rule configuration (YAML or JSON with "rules")')
    .addHelpText('after', '\nExamples:\n  egov roadmap validate roadmap.yaml\n  egov roadmap validate roadmap.yaml --config rules.yaml --format sarif')
    .action(async (file: string, options: { config?: string }, command: Command) => {
      exitCode = await roadmapValidateCommand(contextOf(command), file, options);
    });
  roadmap
    .command('schema')
    .description('in JSON Schema của lộ trình / print the roadmap JSON Schema')
    .addHelpText('after', '\nExample:\n  egov roadmap schema > roadmap.schema.json')
    .action((_options: unknown, command: Command) => {
      exitCode = roadmapSchemaCommand(contextOf(command));
    });
  roadmap
    .command('project')
    .description('số dịch vụ theo mức độ từng năm / services per level, year by year')
    .argument('<file>', 'roadmap.yaml or .json')
    .addHelpText('after', '\nExample:\n  egov roadmap project examples/thaibinh-2013-roadmap/roadmap.yaml')
    .action(async (file: string, _options: unknown, command: Command) => {
      exitCode = await roadmapProjectCommand(contextOf(command), file);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through exitOverride with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`egov: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
