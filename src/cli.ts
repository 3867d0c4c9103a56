// The command line: parses argv, prints, and is the only place that decides the exit code.
// 0: ok; 1: problems in the rules or the build; 2: the command itself is wrong (usage).
import { Argument, Command, CommanderError, Option } from 'commander';
import { targets as registry } from '../targets/index.js';
import { runBuild, runValidate, type BuildOptions } from './commands/build.js';
import { addCommonOptions, type CommonOptions, type Io } from './commands/common.js';
import { completionScript, shells, type Shell } from './commands/completion.js';
import { addImportCommand } from './commands/import.js';
import { runDiff, type DiffOptions } from './commands/diff.js';
import { runInit, runNew } from './commands/scaffold.js';
import { runTargets } from './commands/targets.js';
import { diffFormats } from './diff/render.js';
import { UsageError } from './errors.js';
import { terminalProgress } from './progress.js';
import type { AnyTarget } from './target.js';
import { ioccVersion } from './version.js';
import { BuildError } from './write.js';

const examples = `
Examples:
  $ iocc build                          compile rules/ into dist/ for every target
  $ iocc build --check                  fail (exit 1) if dist/ is not what rules/ compiles to
  $ iocc build -t osquery,yara --out out/   only two targets, into out/
  $ iocc validate rules/3cx-desktopapp-2023.yaml   check one rule file, write nothing
  $ iocc validate --format github       annotations for GitHub Actions
  $ iocc targets                        what each target expresses, and its options

Exit codes: 0 ok, 1 rule or build errors, 2 usage errors.
Diagnostics read file:line:col: severity: message [code].`;

const diffExamples = `
Examples:
  $ iocc diff                           dist/ against the rules built now: what committing would change
  $ iocc diff main                      dist/ as main committed it, against the rules built now
  $ iocc diff main HEAD                 dist/ as committed on main and on HEAD
  $ iocc diff old-dist/ dist/           two output folders
  $ iocc diff origin/main --format markdown > diff.md   the comment CI posts on a pull request

OLD and NEW are output folders when such a folder exists, otherwise git revisions (their --out folder).
Formats: text, json, markdown (a pull-request comment), github (workflow annotations at each indicator).
Exit codes: 0 compared (1 with --exit-code when the builds differ), 1 the rules do not build, 2 usage errors.`;

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function colorAllowed(isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  return isTTY && (env['NO_COLOR'] === undefined || env['NO_COLOR'] === '') && env['TERM'] !== 'dumb';
}

function program(io: Io, targets: readonly AnyTarget[], setCode: (code: number) => void): Command {
  const root = new Command('iocc')
    .description(
      'Compile canonical IOC rule files into osquery packs, Sigma rules, YARA hash rules and Defender indicator CSVs.',
    )
    .version(ioccVersion, '-V, --version')
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, '')), writeErr: (s) => io.err(s.replace(/\n$/, '')) })
    .addHelpText('after', examples)
    .exitOverride();

  addCommonOptions(
    root
      .command('build')
      .description('compile rule files (default: rules/) into an output folder (default: dist/), atomically')
      .argument('[paths...]', 'rule files or folders (default: rules/)')
      .option('-o, --out <dir>', 'output folder; iocc only replaces a folder it created', 'dist')
      .option('--check', 'compare with the output folder instead of writing; exit 1 on any difference', false)
      .addOption(
        new Option(
          '--allow-tlp <level>',
          'also write rules of this TLP level (TLP:RED rules are left out otherwise)',
        ).choices(['red']),
      ),
    targets,
  )
    .addHelpText('after', examples)
    .action((paths: string[], opts: BuildOptions) => setCode(runBuild(paths, opts, targets, io)));

  addCommonOptions(
    root
      .command('validate')
      .description('check rule files and what each target makes of them, without writing anything')
      .argument('[paths...]', 'rule files or folders (default: rules/)'),
    targets,
  )
    .addHelpText('after', examples)
    .action((paths: string[], opts: CommonOptions) => setCode(runValidate(paths, opts, targets, io)));

  root
    .command('diff')
    .description(
      'what changed between two builds, per rule and target: indicators added, removed and changed, artifacts',
    )
    .argument('[old]', 'an output folder or a git revision (default: the output folder, --out)')
    .argument('[new]', 'an output folder or a git revision (default: the rules, built now in memory)')
    .option('-o, --out <dir>', 'the output folder (and its path in a git revision)', 'dist')
    .option('--rules <path>', 'rule files or folders to build for NEW (repeatable; default: rules/)', collect, [])
    .addOption(new Option('--format <format>', 'how to print the changes').choices([...diffFormats]).default('text'))
    .option('--exit-code', 'exit 1 when the builds differ', false)
    .option('-t, --target <ids>', 'targets to build for NEW, comma-separated or repeated', collect, [])
    .option('--set <target.option=value>', 'a target option for the build of NEW (repeatable)', collect, [])
    .option('--as-of <YYYY-MM-DD>', 'judge `expires` against this date in the build of NEW')
    .option('--no-color', 'never color the output')
    .addHelpText('after', diffExamples)
    .action((oldArg: string | undefined, newArg: string | undefined, opts: DiffOptions) =>
      setCode(
        runDiff(
          [oldArg, newArg].filter((a): a is string => a !== undefined),
          opts,
          targets,
          io,
        ),
      ),
    );

  root
    .command('new')
    .description(
      'write a new rule file to fill in: every required field (TODO until replaced), examples of each indicator',
    )
    .argument('<id>', 'the rule id: lower-case words joined by hyphens, e.g. acme-backdoor-2026')
    .option('--dir <dir>', 'the folder of the rules', 'rules')
    .addHelpText(
      'after',
      '\nExample:\n  $ iocc new acme-backdoor-2026      writes rules/acme-backdoor-2026.yaml (never overwrites)',
    )
    .action((id: string, opts: { dir: string }) => setCode(runNew(id, opts, io)));

  root
    .command('init')
    .description('set up a rules repository that uses iocc: package.json, rules/, the GitHub workflow, a README')
    .argument('[dir]', 'the folder of the new repository (default: the current folder)')
    .option('--iocc-spec <spec>', 'the iocc dependency in package.json (default: ^ this version)')
    .addHelpText(
      'after',
      '\nExample:\n  $ mkdir acme-rules && cd acme-rules && iocc init && npm install && npx iocc new ' +
        'acme-backdoor-2026',
    )
    .action((dir: string | undefined, opts: { ioccSpec?: string }) => setCode(runInit(dir, opts, io)));

  root
    .command('completion')
    .description('print a shell completion script for bash, zsh or fish')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices([...shells]))
    .addHelpText(
      'after',
      '\nExamples:\n  $ source <(iocc completion bash)       in ~/.bashrc\n' +
        '  $ source <(iocc completion zsh)        in ~/.zshrc\n' +
        '  $ iocc completion fish > ~/.config/fish/completions/iocc.fish',
    )
    .action((shell: Shell) => {
      io.out(
        completionScript(
          shell,
          root,
          targets.map((t) => t.id),
        ).replace(/\n$/, ''),
      );
      setCode(0);
    });

  root
    .command('targets')
    .description('list the output targets: what each expresses and its options')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action((opts: { format: 'text' | 'json' }) => setCode(runTargets(opts.format, targets, io)));

  addImportCommand(root, io, (c) => setCode(c));

  for (const cmd of root.commands) cmd.exitOverride();
  return root;
}

/** Runs iocc with `argv` (without node and script) and returns the exit code; never throws. */
export async function run(argv: readonly string[], io: Io, targets: readonly AnyTarget[] = registry): Promise<number> {
  let code = 0;
  try {
    const p = program(io, targets, (c) => (code = c));
    if (argv.length === 0) {
      p.outputHelp();
      return 2;
    }
    await p.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help'
        ? 0
        : 2;
    }
    if (e instanceof UsageError) {
      io.err(`iocc: error: ${e.message}`);
      if (e.hint !== undefined) io.err(`    hint: ${e.hint}`);
      return 2;
    }
    if (e instanceof BuildError) {
      io.err(`iocc: error: ${e.message}`);
      return 1;
    }
    const err = e as NodeJS.ErrnoException;
    if (typeof err?.code === 'string' && typeof err.path === 'string') {
      io.err(`iocc: error: ${err.code}: ${err.path}`);
      return 1;
    }
    io.err(`iocc: internal error: ${e instanceof Error ? e.message : String(e)}`);
    if (io.env['IOCC_DEBUG'] !== undefined && e instanceof Error && e.stack !== undefined) io.err(e.stack);
    else io.err('    hint: this is a bug in iocc; set IOCC_DEBUG=1 to see where');
    return 1;
  }
}

/** A reader that stops early (`iocc build | head`) closes the pipe: that ends the output, not the build. */
function ignoreClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
}

export async function main(): Promise<void> {
  ignoreClosedPipe(process.stdout);
  ignoreClosedPipe(process.stderr);
  const io: Io = {
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(`${s}\n`),
    color: colorAllowed(process.stderr.isTTY === true, process.env),
    cwd: process.cwd(),
    env: process.env,
    ...(process.stderr.isTTY === true && {
      progress: (targets: readonly string[]) =>
        terminalProgress(
          (s) => process.stderr.write(s),
          () => process.stderr.columns,
          { targets },
        ),
    }),
  };
  process.exitCode = await run(process.argv.slice(2), io);
}
