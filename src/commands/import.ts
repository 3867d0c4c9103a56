// `iocc import stix|misp|csv FILE`: a rule file from a STIX 2.1 bundle, a MISP event or a CSV list.
// The rule is written to stdout or --out (never over an existing file without --force), only after it
// validated as `iocc validate` would; what the input holds that is not imported is listed on stderr at
// its place. Bad input is a located error and writes nothing.
import { Argument, Option, type Command } from 'commander';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { error, hasErrors, type Diagnostic } from '../diagnostics.js';
import { UsageError } from '../errors.js';
import { diagnosticJson } from '../format.js';
import { importCsv } from '../import/csv.js';
import { Draft } from '../import/draft.js';
import { JsonError, parseJson } from '../import/json.js';
import { importMisp } from '../import/misp.js';
import { importStix } from '../import/stix.js';
import { writeRule, type WrittenRule } from '../import/write-rule.js';
import { loadRuleText } from '../load/index.js';
import { originAt, sourceText } from '../load/source.js';
import { buildRuleSet } from '../model/build.js';
import { decodeUtf8 } from '../util/utf8.js';
import { printDiagnostics, resolveAsOf, type CommonOptions, type Io } from './common.js';

export const importFormats = ['stix', 'misp', 'csv'] as const;
export type ImportFormat = (typeof importFormats)[number];

export interface ImportOptions {
  readonly out?: string;
  readonly force: boolean;
  readonly id?: string;
  readonly asOf?: string;
  readonly format: 'text' | 'json';
  readonly color: boolean;
}

/** Inputs larger than this are refused before parsing. */
export const maxImportBytes = 256 * 1024 * 1024;

/** Reads and converts the input; every problem a located diagnostic in the draft. */
function readInput(format: ImportFormat, path: string, shown: string): Draft {
  const draft = new Draft(shown);
  const start = { file: shown, line: 1, col: 1 };
  const size = statSync(path).size;
  if (size > maxImportBytes) {
    draft.diagnostics.push(
      error(start, 'import-input', `the file has ${size} bytes; iocc imports at most ${maxImportBytes}`),
    );
    return draft;
  }
  const decoded = decodeUtf8(readFileSync(path));
  if (!decoded.ok) {
    const at = originAt(sourceText(shown, decoded.prefix), decoded.prefix.length);
    draft.diagnostics.push(error(at, 'encoding', `invalid UTF-8 at byte ${decoded.offset}`, 'save the file as UTF-8'));
    return draft;
  }
  if (format === 'csv') {
    importCsv(sourceText(shown, decoded.text), draft);
    return draft;
  }
  try {
    const json = parseJson(shown, decoded.text);
    (format === 'stix' ? importStix : importMisp)(json, draft);
  } catch (e) {
    if (!(e instanceof JsonError)) throw e;
    draft.diagnostics.push(error(e.at, 'json-syntax', e.message));
  }
  return draft;
}

const indicatorCount = (d: Draft): number =>
  d.files.length +
  d.software.reduce((n, s) => n + s.versions.length, 0) +
  d.domains.length +
  d.urls.length +
  d.ips.length;

/** Loads the written rule (and its lists) from a scratch folder, as `iocc validate` would. */
function validateWritten(rule: WrittenRule, shownName: string, today: string): Diagnostic[] {
  const dir = mkdtempSync(join(tmpdir(), 'iocc-import-'));
  try {
    for (const l of rule.lists) writeFileSync(join(dir, l.name), l.content);
    const loaded = loadRuleText({ file: shownName, bytes: Buffer.from(rule.yaml, 'utf8'), dir });
    if (loaded.rule === undefined) return loaded.diagnostics;
    return [...loaded.diagnostics, ...buildRuleSet([loaded.rule], today).diagnostics];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function runImport(format: ImportFormat, input: string, opts: ImportOptions, io: Io): number {
  const path = resolve(io.cwd, input);
  if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`${input}: no such file`);
  if (opts.id !== undefined && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(opts.id)) {
    throw new UsageError(`--id ${opts.id}: lower-case words and hyphens`, 'e.g. --id 3cx-desktopapp-2023');
  }
  const out = opts.out === undefined ? undefined : resolve(io.cwd, opts.out);
  const listBase = out === undefined ? undefined : basename(out).replace(/\.ya?ml$/, '');
  const today = resolveAsOf(opts.asOf, io.env);
  const draft = readInput(format, path, input);
  const print = { format: opts.format, color: opts.color } as CommonOptions;
  const counts = [...draft.counts].map(([reason, n]) => `${n}× ${reason}`);
  if (hasErrors(draft.diagnostics) || indicatorCount(draft) === 0) {
    const ds = hasErrors(draft.diagnostics)
      ? draft.diagnostics
      : [
          ...draft.diagnostics,
          error(
            { file: input, line: 1, col: 1 },
            'import-empty',
            'nothing in the input could be imported as an indicator',
          ),
        ];
    report(ds, counts, print, io);
    io.err('iocc: import failed; nothing written');
    return 1;
  }
  const rule = writeRule(draft, {
    ...(opts.id !== undefined && { id: opts.id }),
    today,
    ...(listBase !== undefined && { listBase }),
  });
  const shownOut = opts.out ?? '(stdout)';
  const checked = validateWritten(rule, shownOut, today);
  report([...draft.diagnostics, ...checked], counts, print, io);
  if (hasErrors(checked)) {
    io.err(
      'iocc: the imported rule does not validate (a bug in iocc or a value it should have left out); nothing written',
    );
    return 1;
  }
  if (out === undefined) io.out(rule.yaml.replace(/\n$/, ''));
  else {
    const targets = [out, ...rule.lists.map((l) => join(dirname(out), l.name))];
    const existing = targets.filter((t) => existsSync(t));
    if (existing.length > 0 && !opts.force)
      throw new UsageError(`${existing.join(', ')} exists`, 'pass --force to replace it, or choose another --out');
    mkdirSync(dirname(out), { recursive: true });
    for (const l of rule.lists) writeFileSync(join(dirname(out), l.name), l.content);
    writeFileSync(out, rule.yaml);
  }
  const skipped = draft.diagnostics.filter((d) => d.code === 'import-skipped').length;
  io.err(
    `iocc: imported ${draft.files.length} files, ` +
      `${draft.software.reduce((n, s) => n + s.versions.length, 0)} software versions, ` +
      `${draft.domains.length} domains, ${draft.urls.length} URLs, ${draft.ips.length} IPs from ${input}` +
      `${out === undefined ? '' : ` into ${opts.out}${rule.lists.map((l) => ` and ${l.name}`).join('')}`}; ` +
      `${skipped} not imported (listed above)${counts.length > 0 ? `; ${counts.join('; ')}` : ''}`,
  );
  return 0;
}

function report(ds: readonly Diagnostic[], counts: readonly string[], opts: CommonOptions, io: Io): void {
  if (opts.format === 'json') io.err(JSON.stringify({ diagnostics: ds.map(diagnosticJson), counts }));
  else printDiagnostics(ds, opts, io);
}

const importExamples = `
Examples:
  $ iocc import stix dist/stix/3cx-desktopapp-2023.json --out rules/3cx.yaml
  $ iocc import misp event.json --id emotet-2024 > rules/emotet-2024.yaml
  $ iocc import csv hashes.csv --out rules/feed.yaml     (over 1,000 files: rules/feed-files.csv beside it)

What is not imported is listed on stderr at its place (file:line:col); exit 1 and nothing written on bad input.`;

/** Registers `iocc import` on the program (kept here, so the command line module stays small). */
export function addImportCommand(root: Command, io: Io, setCode: (code: number) => void): void {
  root
    .command('import')
    .description('write a rule file from a STIX 2.1 bundle, a MISP event (JSON) or a CSV list')
    .addArgument(new Argument('<format>', 'the input format').choices([...importFormats]))
    .argument('<file>', 'the input file')
    .option('-o, --out <file>', 'write the rule there (default: stdout); never replaces a file without --force')
    .option('--force', 'replace an existing --out file', false)
    .option('--id <id>', 'the rule id (default: from the input, else made from its title)')
    .option('--as-of <YYYY-MM-DD>', 'the date for a rule whose input has none (default: today, or SOURCE_DATE_EPOCH)')
    .addOption(new Option('--format <format>', 'how to print diagnostics').choices(['text', 'json']).default('text'))
    .option('--no-color', 'never color the output (also: NO_COLOR=1)')
    .addHelpText('after', importExamples)
    .action((format: ImportFormat, file: string, opts: ImportOptions) => setCode(runImport(format, file, opts, io)));
}
