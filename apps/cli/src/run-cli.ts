import { Command, CommanderError, Option } from 'commander';
import { commandContext, type CommandContext } from './context';
import type { BudgetWordsOptions } from './commands/budget';
import { classifyFailure, type CliFailure } from './output/cli-failure';
import { processIo, type CliIo } from './output/cli-io';
import { isOneJsonDocument, requestedFormat } from './output/machine-output';
import { printable } from './output/printable';
import { cliVersion } from './version';
import { tableReadingOptions, type TableReadingOptions } from './files/table-reading';

interface RawGlobals {
  lang?: string;
  format?: string;
  json?: boolean;
  quiet?: boolean;
}

/**
 * Runs the `egov` command line with the given arguments and returns its exit code: 0 clean, 1 when a
 * finding is an error, 2 for usage or input errors (unknown option, missing file, unknown kind), 70 for a
 * bug in egov (with a message asking to report it). Never calls `process.exit` and never throws, so it
 * can be embedded and tested.
 *
 * With `--json` or `--format sarif`, stdout is always exactly one JSON (SARIF) document, failures
 * included: a usage error, a file the system refuses or a bug is answered with `{ "error": … }` (an
 * unsuccessful SARIF run with the message as a notification) instead of the command's result. Commands
 * write into a buffer that is checked to be one document before it is printed.
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
  const format = requestedFormat(argv);
  // Machine formats: what commands (and commander's help) write is held until the end, so a failure half
  // way replaces it with one error document instead of leaving half a document and then another.
  let held = '';
  let writes = 0;
  const hold = (text: string): void => {
    held += text;
    writes++;
  };
  const out: CliIo = format === 'text' ? io : { ...io, stdout: hold };
  // Commander's messages and the failure messages repeat arguments and file names: shown, never obeyed.
  const safeStderr = (text: string): void => {
    io.stderr(printable(text));
  };
  const program = new Command('egov');
  const contextOf = (command: Command, noFindings?: string): CommandContext => commandContext(out, command.optsWithGlobals<RawGlobals>(), noFindings);
  // Commands that report no findings refuse --format sarif (exit 2) and say so in their help.
  const noSarifHelp = '\n--format sarif: không áp dụng, lệnh này không kiểm tra tệp nào (dùng --json) / not available: this command reports no findings about files (use --json)';

  program
    .description('Kiểm tra và giải thích kế hoạch, lộ trình, kinh phí, danh mục thủ tục và chỉ số của tỉnh.\nCheck and explain provincial e-government plans, roadmaps, budgets, catalogues and indices.')
    .version(cliVersion, '-v, --version')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ / language').choices(['vi', 'en']).default('vi'))
    .addOption(new Option('--format <format>', 'định dạng kết quả; sarif cho các lệnh kiểm tra / output format; sarif for commands that report findings').choices(['text', 'json', 'sarif']).default('text'))
    .option('--json', 'kết quả JSON cho máy / JSON output (same as --format json)')
    .option('-q, --quiet', 'chỉ in lỗi / print errors only')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => {
        out.stdout(format === 'text' ? printable(text) : text);
      },
      writeErr: safeStderr,
    });

  tableReadingOptions(program
    .command('check'))
    .description('kiểm tra các tệp (lộ trình, …) / check files, folders recursively')
    .argument('<paths...>', 'tệp hoặc thư mục / files or folders')
    .option('--kind <kind>', 'loại tệp thay vì tự nhận (roadmap, plan, budget, procedure-levels, records, catalogue, indicators, ranks) / file kind instead of detection')
    .option('--unit <unit>', 'đơn vị bảng kinh phí khi tiêu đề không ghi (tỷ, triệu, đồng) / budget table unit when headers do not say')
    .addHelpText('after', '\nExamples:\n  egov check examples/\n  egov check roadmap.yaml --lang en\n  egov check budget.csv --unit tỷ\n  egov check examples --format sarif > egov.sarif')
    .action(async (paths: string[], options: { kind?: string; unit?: string } & TableReadingOptions, command: Command) => {
      // Command modules load on use, so `egov --version` does not import the domain packages.
      const { checkCommand } = await import('./commands/check');
      exitCode = await checkCommand(contextOf(command), paths, options);
    });

  program
    .command('init')
    .description('tạo thư mục mẫu để điền số liệu / create a ready-to-fill workspace')
    .argument('<folder>', 'thư mục mới (hoặc rỗng) / a new or empty folder')
    .option('--force', 'thêm các tệp còn thiếu vào thư mục đã có tệp; không ghi đè tệp nào / add missing files to a non-empty folder, never overwriting')
    .addHelpText(
      'after',
      `\nTạo / creates: README.md, roadmap.yaml, budget.csv, catalogue.csv, records.csv, indicators.csv (tiêu đề cột tiếng Việt / Vietnamese headers)\n\nExamples:\n  egov init ho-so-2026\n  egov init ho-so-2026 --lang en        # README in English\n  egov init . --force                   # add what is missing, overwrite nothing\n  egov check ho-so-2026\n${noSarifHelp}`,
    )
    .action(async (folder: string, options: { force?: boolean }, command: Command) => {
      const { initCommand } = await import('./commands/init');
      exitCode = await initCommand(contextOf(command, 'init'), folder, options);
    });

  const roadmap = program.command('roadmap').description('lộ trình cung cấp dịch vụ công trực tuyến / online service roadmaps');
  roadmap
    .command('validate')
    .description('kiểm tra một lộ trình / validate one roadmap')
    .argument('<file>', 'roadmap.yaml or .json')
    .option('--config <file>', 'cấu hình luật / rule configuration (YAML or JSON with "rules")')
    .addHelpText('after', '\nExamples:\n  egov roadmap validate roadmap.yaml\n  egov roadmap validate roadmap.yaml --config rules.yaml --format sarif')
    .action(async (file: string, options: { config?: string }, command: Command) => {
      const { roadmapValidateCommand } = await import('./commands/roadmap');
      exitCode = await roadmapValidateCommand(contextOf(command), file, options);
    });
  roadmap
    .command('schema')
    .description('in JSON Schema của lộ trình / print the roadmap JSON Schema')
    .addHelpText('after', `\nExample:\n  egov roadmap schema > roadmap.schema.json\n${noSarifHelp}`)
    .action(async (_options: unknown, command: Command) => {
      const { roadmapSchemaCommand } = await import('./commands/roadmap');
      exitCode = roadmapSchemaCommand(contextOf(command, 'roadmap schema'));
    });
  roadmap
    .command('project')
    .description('số dịch vụ theo mức độ từng năm / services per level, year by year')
    .argument('<file>', 'roadmap.yaml or .json')
    .addHelpText('after', '\nExample:\n  egov roadmap project examples/thaibinh-2013-roadmap/roadmap.yaml')
    .action(async (file: string, _options: unknown, command: Command) => {
      const { roadmapProjectCommand } = await import('./commands/roadmap');
      exitCode = await roadmapProjectCommand(contextOf(command), file);
    });
  roadmap
    .command('progress')
    .description('tiến độ so với danh mục thực tế tại một ngày / progress against the actual catalogue of a day')
    .argument('<file>', 'roadmap.yaml or .json')
    .requiredOption('--catalogue <file>', 'danh mục thủ tục thực tế (CSV, XLSX) / the actual procedure catalogue')
    .requiredOption('--as-of <day>', 'ngày của danh mục (YYYY-MM-DD) / the catalogue\'s day')
    .addHelpText(
      'after',
      `\nExamples:\n  egov roadmap progress roadmap.yaml --catalogue danh-muc-2015.csv --as-of 2015-12-31\n  egov roadmap progress roadmap.yaml --catalogue danh-muc.xlsx --as-of 2016-06-30 --json\n${noSarifHelp}`,
    )
    .action(async (file: string, options: { catalogue: string; asOf: string }, command: Command) => {
      const { roadmapProgressCommand } = await import('./commands/roadmap');
      exitCode = await roadmapProgressCommand(contextOf(command, 'roadmap progress'), file, options);
    });

  const budget = program.command('budget').description('kinh phí: số tiền, bằng chữ, tổng hợp, đối chiếu / budgets: amounts, words, totals, reconciliation');
  budget
    .command('words')
    .description('số tiền bằng chữ (và ngược lại) / an amount in words (and back)')
    .argument('<amount...>', 'số tiền: 15200000000, "15,2 tỷ", hoặc chữ / amount, or words to read back')
    .option('--unit <unit>', 'đơn vị của số không ghi đơn vị (tỷ, triệu, nghìn, đồng) / unit of a bare number')
    .option('--le', '"lẻ" thay cho "linh" / "lẻ" instead of "linh"')
    .option('--ngan', '"ngàn" thay cho "nghìn" / "ngàn" instead of "nghìn"')
    .option('--ti', '"tỉ" thay cho "tỷ" / "tỉ" instead of "tỷ"')
    .option('--bon', '"bốn" thay cho "tư" sau "mươi" / "bốn" instead of "tư" after "mươi"')
    .option('--no-dong', 'không thêm "đồng" / without "đồng"')
    .option('--chan', 'thêm "chẵn" / append "chẵn"')
    .addHelpText(
      'after',
      '\nExamples:\n  egov budget words 15200000000        # Mười lăm tỷ hai trăm triệu đồng\n  egov budget words "15,2 tỷ"\n  egov budget words 6.000.000.000 --chan\n  egov budget words 1005000 --le --ngan\n  egov budget words "Sáu tỷ đồng"        # 6.000.000.000 đồng\n' + noSarifHelp,
    )
    .action(async (amount: string[], options: BudgetWordsOptions, command: Command) => {
      const { budgetWordsCommand } = await import('./commands/budget');
      exitCode = budgetWordsCommand(contextOf(command, 'budget words'), amount.join(' '), options);
    });
  budget
    .command('parse')
    .description('đọc số tiền như văn bản ghi / read an amount as documents print it')
    .argument('<text...>', 'số tiền: "15,2 tỷ", "2.200.000.000 đồng", "1.4" / amount as printed')
    .option('--unit <unit>', 'đơn vị của bảng (tỷ, triệu, nghìn, đồng) / the table unit')
    .option('--notation <notation>', 'vi ("15,2"), en ("15.2") hoặc auto / number notation')
    .addHelpText('after', '\nExamples:\n  egov budget parse "15,2 tỷ"\n  egov budget parse 1.4 --unit tỷ\n  egov budget parse 15.200 --unit tỷ   # ambiguous: exit 1\n  egov budget parse 15.200 --unit tỷ --notation vi\n' + noSarifHelp)
    .action(async (text: string[], options: { unit?: string; notation?: string }, command: Command) => {
      const { budgetParseCommand } = await import('./commands/budget');
      exitCode = budgetParseCommand(contextOf(command, 'budget parse'), text.join(' '), options);
    });
  tableReadingOptions(budget
    .command('summary'))
    .description('tổng kinh phí theo năm, nguồn vốn, loại chi / totals by year, funding source, spending type')
    .argument('<file>', 'bảng kinh phí CSV/XLSX hoặc kế hoạch YAML/JSON / budget table or plan')
    .option('--unit <unit>', 'đơn vị khi tiêu đề không ghi (tỷ, triệu, đồng) / unit when headers do not say')
    .addHelpText('after', '\nExamples:\n  egov budget summary examples/hagiang-2013-roadmap/budget.csv\n  egov budget summary budget.xlsx --unit triệu --json')
    .action(async (file: string, options: { unit?: string } & TableReadingOptions, command: Command) => {
      const { budgetSummaryCommand } = await import('./commands/budget');
      exitCode = await budgetSummaryCommand(contextOf(command), file, options);
    });
  tableReadingOptions(budget
    .command('reconcile'))
    .description('đối chiếu các tổng với các khoản / check stated totals against their parts')
    .argument('<file>', 'bảng kinh phí CSV/XLSX hoặc kế hoạch YAML/JSON / budget table or plan')
    .option('--unit <unit>', 'đơn vị khi tiêu đề không ghi (tỷ, triệu, đồng) / unit when headers do not say')
    .option('--exact', 'mọi chênh lệch là lỗi / any difference is an error')
    .addHelpText('after', '\nExamples:\n  egov budget reconcile examples/hagiang-2013-roadmap/budget.csv\n  egov budget reconcile examples/langson-2019-it-plan/budget.csv --lang en\n  egov budget reconcile budget.csv --unit tỷ --format sarif')
    .action(async (file: string, options: { unit?: string; exact?: boolean } & TableReadingOptions, command: Command) => {
      const { budgetReconcileCommand } = await import('./commands/budget');
      exitCode = await budgetReconcileCommand(contextOf(command), file, options);
    });

  const ictindex = program.command('ictindex').description('chỉ số ICT-Index, EGDI: điểm, xếp hạng, so sánh / composite indices: scores, ranks, comparisons');
  const frameworkOption = () => new Option('--framework <framework>', 'ict-index-2016 (mặc định), egdi, hoặc tệp .json/.yaml / built-in name or framework file').default(undefined, 'ict-index-2016');
  ictindex
    .command('frameworks')
    .description('các khung chỉ số có sẵn / built-in frameworks')
    .addHelpText('after', `\nExamples:\n  egov ictindex frameworks\n  egov ictindex frameworks --json\n${noSarifHelp}`)
    .action(async (_options: unknown, command: Command) => {
      const { ictindexFrameworksCommand } = await import('./commands/ictindex');
      exitCode = ictindexFrameworksCommand(contextOf(command, 'ictindex frameworks'));
    });
  tableReadingOptions(ictindex
    .command('compute'))
    .description('tính điểm và xếp hạng / scores and ranks')
    .argument('<file>', 'số liệu: dài (Tỉnh, Chỉ tiêu, Năm, Giá trị) hoặc rộng / long or wide data table')
    .addOption(frameworkOption())
    .option('--year <year>', 'năm (mặc định: năm mới nhất) / year (default: latest)')
    .addHelpText('after', '\nExamples:\n  egov ictindex compute ictindex.csv --year 2017\n  egov ictindex compute egdi.csv --framework egdi --json\n  egov ictindex compute data.xlsx --framework my-framework.yaml')
    .action(async (file: string, options: { framework?: string; year?: string } & TableReadingOptions, command: Command) => {
      const { ictindexComputeCommand } = await import('./commands/ictindex');
      exitCode = await ictindexComputeCommand(contextOf(command), file, options);
    });
  ictindex
    .command('compare')
    .description('thay đổi thứ hạng giữa hai năm / rank changes between two years')
    .argument('<yearA>', 'năm trước / earlier year')
    .argument('<yearB>', 'năm sau / later year')
    .argument('<file>', 'số liệu chỉ tiêu hoặc bảng thứ hạng (unit, year, node, rank) / indicator data or a rank table')
    .requiredOption('--unit <unit>', 'tỉnh / province')
    .addOption(frameworkOption())
    .addHelpText('after', '\nExamples:\n  egov ictindex compare 2016 2017 --unit "Lào Cai" examples/laocai-2018-ictindex-plan/ictindex-ranks.csv\n  egov ictindex compare 2016 2017 --unit "Yên Bái" ictindex.csv --lang en')
    .action(async (yearA: string, yearB: string, file: string, options: { unit?: string; framework?: string }, command: Command) => {
      const { ictindexCompareCommand } = await import('./commands/ictindex');
      exitCode = await ictindexCompareCommand(contextOf(command), yearA, yearB, file, options);
    });
  ictindex
    .command('whatif')
    .description('nếu thay đổi giá trị chỉ tiêu thì xếp hạng ra sao / ranks after changing values')
    .argument('<file>', 'số liệu chỉ tiêu / indicator data')
    .requiredOption('--unit <unit>', 'tỉnh / province')
    .option('--set <change...>', 'chỉ tiêu=giá trị, vd. online-services=0.85 / indicatorId=value')
    .option('--year <year>', 'năm (mặc định: năm mới nhất) / year (default: latest)')
    .addOption(frameworkOption())
    .addHelpText('after', '\nExamples:\n  egov ictindex whatif ictindex.csv --unit "Yên Bái" --set online-services=0.85\n  egov ictindex whatif ictindex.csv --unit "Lào Cai" --year 2017 --set human-society=0.6 technical-society=0.5')
    .action(async (file: string, options: { unit?: string; set?: string[]; year?: string; framework?: string }, command: Command) => {
      const { ictindexWhatIfCommand } = await import('./commands/ictindex');
      exitCode = await ictindexWhatIfCommand(contextOf(command), file, options);
    });

  const procedures = program.command('procedures').description('danh mục thủ tục hành chính: thống kê, trùng lặp, phân loại / procedure catalogues: statistics, duplicates, classes');
  tableReadingOptions(procedures
    .command('stats'), false)
    .description('số thủ tục và tỷ lệ theo mức độ, loại / counts and exact shares by level and class')
    .argument('<catalogue>', 'danh mục CSV/XLSX, hoặc bảng số thủ tục theo mức độ / catalogue table, or a count table by level')
    .option('--by <dimension>', 'nhóm theo agency, field hoặc tier / group by lead agency, field or tier')
    .addHelpText('after', '\nExamples:\n  egov procedures stats examples/langson-2019-it-plan/procedure-levels.csv   # 70/138 = 50,72% at level ≥ 3\n  egov procedures stats examples/today-2026-catalogue/catalogue.csv --by tier\n  egov procedures stats danh-muc.xlsx --by agency --json')
    .action(async (file: string, options: { by?: string } & TableReadingOptions, command: Command) => {
      const { proceduresStatsCommand } = await import('./commands/procedures');
      exitCode = await proceduresStatsCommand(contextOf(command), file, options);
    });
  tableReadingOptions(procedures
    .command('dedupe'), false)
    .description('thủ tục trùng lặp hoặc gần trùng / duplicate and near-duplicate procedures')
    .argument('<catalogue>', 'danh mục CSV/XLSX / catalogue table')
    .option('--scope <scope>', 'agency (mặc định: trong từng cơ quan) hoặc catalogue (toàn danh mục) / compare within each agency or across the catalogue')
    .option('--min-score <score>', 'độ giống tối thiểu, mặc định 0.85 / minimum similarity (default 0.85)')
    .addHelpText('after', '\nExamples:\n  egov procedures dedupe examples/today-2026-catalogue/catalogue.csv\n  egov procedures dedupe danh-muc.csv --scope catalogue --json')
    .action(async (file: string, options: { scope?: string; minScore?: string } & TableReadingOptions, command: Command) => {
      const { proceduresDedupeCommand } = await import('./commands/procedures');
      exitCode = await proceduresDedupeCommand(contextOf(command), file, options);
    });
  tableReadingOptions(procedures
    .command('classify'), false)
    .description('mức độ (NĐ 43/2011) sang loại toàn trình/một phần (NĐ 42/2022) / Decree 43 level to Decree 42 class, per procedure')
    .argument('<catalogue>', 'danh mục CSV/XLSX / catalogue table')
    .addHelpText('after', '\nExamples:\n  egov procedures classify danh-muc.csv\n  egov procedures classify danh-muc.csv --lang en --json')
    .action(async (file: string, options: TableReadingOptions, command: Command) => {
      const { proceduresClassifyCommand } = await import('./commands/procedures');
      exitCode = await proceduresClassifyCommand(contextOf(command), file, options);
    });

  const records = program.command('records').description('hồ sơ thủ tục hành chính / application records');
  records
    .command('stats')
    .description('thống kê hồ sơ, đọc dạng luồng (tệp lớn, stdin) / record statistics, streamed (any size, stdin)')
    .argument('<files...>', 'tệp CSV, "-" cho stdin / CSV files, "-" for stdin')
    .option('--group-by <dimension>', 'agency, procedure, field, tier, level, class (field… cần --catalogue); nhiều: agency,procedure')
    .option('--period <period>', 'month, quarter hoặc year / by month, quarter or year received')
    .option('--as-of <date>', 'ngày tính quá hạn YYYY-MM-DD; không có: hồ sơ đang giải quyết không xét quá hạn / date open records are judged at')
    .option('--score', 'chấm điểm theo Quyết định 766/QĐ-TTg (ước tính) / Decision 766 score (estimate)')
    .option('--catalogue <file>', 'danh mục thủ tục (lĩnh vực, cấp, mức độ) / procedure catalogue for field, tier, level, class')
    .addHelpText(
      'after',
      '\nExamples:\n  egov records stats ho-so-2024.csv --as-of 2024-12-31\n  egov records stats ho-so-*.csv --group-by agency --period quarter --as-of 2024-12-31 --score\n  cat ho-so.csv | egov records stats - --json\n  egov records stats ho-so.csv --group-by field --catalogue danh-muc.csv',
    )
    .action(async (files: string[], options: { groupBy?: string; period?: string; asOf?: string; score?: boolean; catalogue?: string }, command: Command) => {
      const { recordsStatsCommand } = await import('./commands/records');
      exitCode = await recordsStatsCommand(contextOf(command), files, options);
    });

  program
    .command('report')
    .description('báo cáo của một tỉnh: Markdown, HTML có biểu đồ, XLSX / one report of a province folder: Markdown, HTML with charts, XLSX')
    .argument('<folder>', 'thư mục của tỉnh, hoặc thư mục chứa nhiều tỉnh (mỗi thư mục con một báo cáo) / province folder, or a folder of them (one report each)')
    .option('--out <dir>', 'thư mục ghi báo cáo (mặc định: egov-report) / output folder (default: egov-report)')
    .option('--formats <list>', 'md, html, xlsx, cách nhau bởi dấu phẩy (mặc định: cả ba) / outputs, comma-separated (default: all three)')
    .option('--force', 'ghi đè tệp đã có / overwrite existing files')
    .addHelpText(
      'after',
      '\nExamples:\n  egov report examples/hagiang-2013-roadmap                # egov-report/report.md, .html, .xlsx\n  egov report examples/thaibinh-2013-roadmap --out bao-cao --lang en\n  egov report examples --out reports                      # one report per province: reports/<folder>/\n  egov report ho-so-tinh --formats html,xlsx --force\n  egov report examples/langson-2019-it-plan --out /tmp/rep --json',
    )
    .action(async (folder: string, options: { out?: string; formats?: string; force?: boolean }, command: Command) => {
      const { reportCommand } = await import('./commands/report');
      exitCode = await reportCommand(contextOf(command), folder, options);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    if (exitCode !== 0 && exitCode !== 1 && exitCode !== 2) throw new Error(`a command returned exit code ${String(exitCode)}`);
    if (format === 'text') return exitCode;
    if (!isOneJsonDocument(held, writes)) throw new Error(`the ${format} output is not one JSON document (${String(held.length)} characters: ${JSON.stringify(held.slice(0, 80))}…)`);
    io.stdout(escapeC1(held));
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError && error.exitCode === 0) {
      // --help and --version end through exitOverride with exit code 0.
      if (format !== 'text') {
        const { infoDocument } = await import('./output/failure-document');
        io.stdout(infoDocument(format, error.code === 'commander.version' ? 'version' : 'help', held, cliVersion, process.cwd()));
      }
      return 0;
    }
    return reportFailure(classifyFailure(error), error instanceof CommanderError, format, { ...io, stderr: safeStderr });
  }
}

/**
 * JSON.stringify escapes C0 controls but writes DEL, the C1 controls (U+009B is a CSI some terminals obey)
 * and U+2028/U+2029 as they are: written as `\u` escapes, the document reads back to the same data and is
 * safe to show on a terminal. They can only occur inside strings of a JSON text, where escapes are valid.
 */
function escapeC1(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Says why a command could not finish: on stderr for people (commander has already written its own usage
 * errors there), and as one document on stdout in a machine format.
 */
async function reportFailure(failure: CliFailure, saidByCommander: boolean, format: 'text' | 'json' | 'sarif', io: CliIo): Promise<number> {
  if (!saidByCommander) io.stderr(`egov: ${failure.message}\n${failure.stack === undefined ? '' : `${failure.stack}\n`}`);
  if (format !== 'text') {
    const { failureDocument } = await import('./output/failure-document');
    io.stdout(escapeC1(failureDocument(format, failure, cliVersion, process.cwd())));
  }
  return failure.exitCode;
}
