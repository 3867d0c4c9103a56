// `files_from:` — the lists of file indicators a rule names, each read from the rule's own folder (a
// list may not lead outside it: no `..`, no absolute path, no symbolic link out).
import { realpathSync } from 'node:fs';
import { isAbsolute, posix, resolve, sep } from 'node:path';
import type { FileIndicator } from '../model/types.js';
import { append } from '../util/array.js';
import { shown } from '../util/suggest.js';
import { oneOf, optionalConfidence, optionalText, osValues, roles } from './indicators.js';
import { readList } from './list.js';
import type { Reader } from './reader.js';
import type { PathStep } from './yaml.js';

/** How diagnostics name a list: its path beside the rule file's, '/'-separated. */
export const listDisplay = (ruleFile: string, rel: string): string =>
  posix.join(posix.dirname(ruleFile), rel.split(sep).join('/'));

/** The lists named by `files_from`, each inside the rule file's folder. */
export function readFilesFrom(r: Reader, dir: string | undefined): FileIndicator[] {
  const out: FileIndicator[] = [];
  r.list(['files_from'], 100).forEach((_, i) => {
    const base: PathStep[] = ['files_from', i];
    const rel = r.string([...base, 'path']);
    if (rel === undefined) return;
    if (dir === undefined)
      return r.error([...base, 'path'], 'list-file', 'files_from needs the rule to be read from a file on disk');
    if (isAbsolute(rel) || rel.split(/[\\/]/).some((s) => s === '..')) {
      return r.error(
        [...base, 'path'],
        'list-file',
        `files_from path ${shown(rel)} must be relative and stay in the rule's folder`,
      );
    }
    const full = resolve(dir, rel);
    let real: string;
    try {
      real = realpathSync(full);
    } catch {
      return r.error([...base, 'path'], 'list-file', `files_from: ${shown(rel)} does not exist`);
    }
    if (!real.startsWith(realpathSync(dir) + sep))
      return r.error(
        [...base, 'path'],
        'list-file',
        `files_from: ${shown(rel)} leads outside the rule's folder; refused`,
      );
    const display = listDisplay(r.doc.src.file, rel);
    const ignoreColumns = r
      .list([...base, 'ignore_columns'], 100)
      .map((_, j) => r.string([...base, 'ignore_columns', j]))
      .filter((c): c is string => c !== undefined);
    const reading = { ignoreColumns, empty: r.string([...base, 'empty']) === 'skip' ? 'skip' : 'error' } as const;
    const list = readList(
      real,
      display,
      {
        ...optionalText(r, base, 'comment'),
        ...optionalConfidence(r, base),
        ...(oneOf(r.string([...base, 'os']), osValues) !== undefined && {
          os: oneOf(r.string([...base, 'os']), osValues),
        }),
        ...(oneOf(r.string([...base, 'role']), roles) !== undefined && {
          role: oneOf(r.string([...base, 'role']), roles),
        }),
      },
      reading,
    );
    append(r.diagnostics, list.diagnostics);
    for (const f of list.files) out.push(f);
  });
  return out;
}
