// `iocc new <id>` (a rule file to fill in) and `iocc init [dir]` (a rules repository that uses iocc as a
// dev dependency). Both write only files that do not exist yet.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { ruleSchemaPath } from '../paths.js';
import { repositoryFiles } from '../scaffold/repository.js';
import { ruleScaffold } from '../scaffold/rule.js';
import { todayUtc } from '../values/date.js';
import { ioccVersion } from '../version.js';
import type { Io } from './common.js';

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Writes `files` (path → text) under `root`, refusing when any of them exists: nothing is overwritten. */
function writeNew(root: string, files: Readonly<Record<string, string>>): string[] {
  const taken = Object.keys(files).filter((p) => existsSync(join(root, p)));
  if (taken.length > 0)
    throw new UsageError(`refusing to overwrite ${taken.join(', ')}`, 'remove them, or scaffold into another folder');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text, { flag: 'wx' });
  }
  return Object.keys(files);
}

/** The schema reference a rule in `dir` gives editors: iocc's own schema, relative to the rule. */
function schemaRef(dir: string, schema: string): string {
  return relative(dir, schema).split(sep).join('/');
}

export function runNew(id: string, opts: { dir: string }, io: Io): number {
  if (!idPattern.test(id) || id.length > 64)
    throw new UsageError(
      `${JSON.stringify(id)} is not a rule id`,
      'lower-case letters and digits in words joined by single hyphens, at most 64 characters (e.g. ' +
        'acme-backdoor-2026)',
    );
  const dir = resolve(io.cwd, opts.dir);
  // In a repository made by `iocc init`, editors find the schema in node_modules.
  const installed = resolve(io.cwd, 'node_modules', 'iocc', 'src', 'schema', 'rule.schema.json');
  const schema = existsSync(installed) ? installed : ruleSchemaPath;
  const file = `${id}.yaml`;
  writeNew(dir, { [file]: ruleScaffold(id, todayUtc(io.env), schemaRef(dir, schema)) });
  const shown = relative(io.cwd, join(dir, file)) || file;
  io.out(`iocc: wrote ${shown}; replace its TODOs, add indicators, then run iocc validate`);
  return 0;
}

export function runInit(dirArg: string | undefined, opts: { ioccSpec?: string }, io: Io): number {
  const dir = resolve(io.cwd, dirArg ?? '.');
  const name =
    basename(dir)
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'rules';
  const files = repositoryFiles({ name, ioccSpec: opts.ioccSpec ?? `^${ioccVersion}` });
  const written = writeNew(dir, files);
  mkdirSync(join(dir, 'rules'), { recursive: true });
  io.out(`iocc: wrote ${written.join(', ')} in ${relative(io.cwd, dir) || '.'}`);
  io.out(
    'next: npm install (writes package-lock.json), npx iocc new <rule-id>, npx iocc build; commit rules/ and dist/',
  );
  return 0;
}
