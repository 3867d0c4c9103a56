// Where the builds that `iocc diff` compares come from: an output folder, the output folder as a git
// revision committed it, or a build made in memory. Each gives its manifest.json and coverage.json.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { OutputFile } from '../report.js';
import type { BuildSnapshot, CoverageJson, ManifestJson } from './compute.js';

function parseReports(label: string, read: (name: string) => string | undefined): BuildSnapshot {
  const manifest = read('manifest.json');
  const coverage = read('coverage.json');
  if (manifest === undefined || coverage === undefined)
    throw new UsageError(
      `${label} holds no iocc build (manifest.json and coverage.json)`,
      'give an output folder of `iocc build`, or a git revision that committed one',
    );
  try {
    return {
      label,
      manifest: JSON.parse(manifest) as ManifestJson,
      coverage: JSON.parse(coverage) as CoverageJson,
    };
  } catch {
    throw new UsageError(`${label}: manifest.json or coverage.json is not valid JSON`);
  }
}

/** A build in memory (the files `build` returned). */
export function snapshotOfFiles(label: string, files: readonly OutputFile[]): BuildSnapshot {
  return parseReports(label, (name) => files.find((f) => f.path === name)?.bytes.toString('utf8'));
}

/** An output folder on disk. */
export function snapshotOfFolder(dir: string, cwd: string): BuildSnapshot {
  const full = resolve(cwd, dir);
  const label = `${dir.replace(/\/+$/, '')}/`;
  return parseReports(label, (name) => {
    try {
      return readFileSync(resolve(full, name), 'utf8');
    } catch {
      return undefined;
    }
  });
}

const git = (args: readonly string[], cwd: string): string | undefined => {
  try {
    return execFileSync('git', [...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 30,
    });
  } catch {
    return undefined;
  }
};

/** The output folder `outDir` as git revision `rev` committed it. */
export function snapshotOfRevision(rev: string, outDir: string, cwd: string): BuildSnapshot {
  if (rev.startsWith('-') || git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], cwd) === undefined)
    throw new UsageError(
      `${rev} is neither a folder nor a git revision here`,
      'give an output folder (dist/), or a revision such as main, HEAD~1 or origin/main',
    );
  const folder = posix.normalize(outDir.split('\\').join('/')).replace(/\/+$/, '');
  return parseReports(`${rev}:${folder}/`, (name) => git(['show', `${rev}:./${folder}/${name}`], cwd));
}

/** A folder when one exists at `arg`, otherwise a git revision. */
export function snapshotOf(arg: string, outDir: string, cwd: string): BuildSnapshot {
  const full = resolve(cwd, arg);
  if (existsSync(full) && statSync(full).isDirectory()) return snapshotOfFolder(arg, cwd);
  return snapshotOfRevision(arg, outDir, cwd);
}
