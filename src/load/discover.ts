// Finding rule files: the paths given, directories walked recursively for *.yaml / *.yml, in a stable
// (byte-wise) order. Symbolic links that lead outside the tree they were found in are refused.
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { diagnostic, error, type Diagnostic } from '../diagnostics.js';
import { UsageError } from '../errors.js';

export interface RuleFile {
  /** The path shown in diagnostics: relative to the working directory when inside it, '/'-separated. */
  readonly display: string;
  readonly absolute: string;
}

const isRuleFileName = (name: string): boolean => /\.ya?ml$/i.test(name) && !name.startsWith('.');

export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  const shown = rel === '' ? '.' : !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
  return shown.split(sep).join('/');
}

const inside = (child: string, parent: string): boolean =>
  child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);

/**
 * What paths are shown relative to: the working directory when the input is inside it; otherwise the
 * project the input belongs to (the nearest folder above it with package.json or .git), else the input's
 * parent folder — never an absolute path, so manifest.json and coverage.json are the same bytes wherever
 * the repository is checked out and wherever iocc is run from.
 */
export function displayBase(input: string, cwd: string): string {
  if (inside(input, cwd)) return cwd;
  for (let dir = dirname(input); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) || existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return dirname(input);
  }
}

interface Walk {
  readonly root: string;
  readonly rootReal: string;
  /** The build's working directory: diagnostics show paths relative to it, as the files found are. */
  readonly cwd: string;
  readonly files: string[];
  readonly diagnostics: Diagnostic[];
}

function walk(dir: string, w: Walk): void {
  const { root, rootReal, cwd, files, diagnostics } = w;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  )) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, w);
    else if (entry.isSymbolicLink()) {
      if (!isRuleFileName(entry.name)) continue;
      let real: string;
      try {
        real = realpathSync(full);
      } catch {
        diagnostics.push(error({ file: displayPath(full, cwd), line: 1, col: 1 }, 'symlink', 'broken symbolic link'));
        continue;
      }
      if (!inside(real, rootReal)) {
        diagnostics.push(
          error(
            { file: displayPath(full, cwd), line: 1, col: 1 },
            'symlink',
            `symbolic link leads outside ${displayPath(root, cwd)} (to ${real}); refused`,
            'copy the rule into the rules tree instead',
          ),
        );
      } else if (statSync(real).isFile()) files.push(full);
    } else if (entry.isFile() && isRuleFileName(entry.name)) files.push(full);
    else if (!entry.isFile() && !entry.isDirectory())
      // A FIFO would block the read, a device or socket is no rule: say so instead of skipping it.
      diagnostics.push(
        diagnostic(
          { file: displayPath(full, cwd), line: 1, col: 1 },
          // Named as a rule, it is a rule that cannot be read.
          isRuleFileName(entry.name) ? 'error' : 'warning',
          'special-file',
          `${entry.isFIFO() ? 'a named pipe (FIFO)' : entry.isSocket() ? 'a socket' : 'a device'} ` +
            'in the rules folder is not read',
          'rules are regular files; move it out of the rules folder',
        ),
      );
  }
}

/** The rule files named by `inputs` (files or directories), each once, sorted. */
export function discoverRuleFiles(
  inputs: readonly string[],
  cwd: string = process.cwd(),
): { files: RuleFile[]; diagnostics: Diagnostic[] } {
  const found: RuleFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    const base = displayBase(abs, cwd);
    const files: string[] = [];
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      throw new UsageError(
        `no such file or directory: ${input}`,
        'give rule files or folders that hold them (default: rules/)',
      );
    }
    if (st.isSymbolicLink()) st = statSync(abs);
    if (st.isDirectory()) walk(abs, { root: abs, rootReal: realpathSync(abs), cwd: base, files, diagnostics });
    else if (st.isFile()) files.push(abs);
    else throw new UsageError(`not a file or directory: ${input}`);
    for (const absolute of files) found.push({ absolute, display: displayPath(absolute, base) });
  }
  const seen = new Set<string>();
  const unique = found.filter((f) => !seen.has(f.absolute) && seen.add(f.absolute) !== undefined);
  return { files: unique.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0)), diagnostics };
}
