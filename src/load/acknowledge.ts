// `acknowledge:` — the warnings a rule has decided to live with. Read here into what each entry covers
// (whole files, or the span of the rule under its `path`); matched against the build's warnings by the
// core (src/acknowledge.ts), which alone knows every code and every warning.
import type { Acknowledgement, Span } from '../model/input.js';
import { shown } from '../util/suggest.js';
import { listDisplay } from './files-from.js';
import type { Reader } from './reader.js';
import { originAt } from './source.js';
import { locate, type PathStep } from './yaml.js';

/** `files[2].sha256`, `network.domains`, `targets["x y"]` → steps; undefined when it is not such a path. */
export function parsePathText(text: string): PathStep[] | undefined {
  const steps: PathStep[] = [];
  const token = /\.?([A-Za-z_][A-Za-z0-9_+-]*)|\[(\d{1,6})\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let at = 0;
  while (at < text.length) {
    token.lastIndex = at;
    const m = token.exec(text);
    if (m === null || (m[1] !== undefined && m[0].startsWith('.') === (at === 0))) return undefined;
    if (m[1] !== undefined) steps.push(m[1]);
    else if (m[2] !== undefined) steps.push(Number(m[2]));
    else steps.push(String(JSON.parse(m[3] ?? '""')));
    at = token.lastIndex;
  }
  return steps.length > 0 ? steps : undefined;
}

/** The lists the rule names with `files_from`, by index, as diagnostics name them. */
function listFiles(r: Reader): (string | undefined)[] {
  return r.list(['files_from'], 100).map((_, i) => {
    const rel = r.string(['files_from', i, 'path']);
    return rel === undefined ? undefined : listDisplay(r.doc.src.file, rel);
  });
}

/** What `path` covers: the span of its node in the rule file, and the lists of the files_from under it. */
function scopeOf(
  r: Reader,
  steps: PathStep[],
  lists: readonly (string | undefined)[],
): Omit<Acknowledgement, 'code' | 'reason' | 'origin'> | undefined {
  const { node, key } = locate(r.doc.root, steps);
  if (node === undefined) return undefined;
  const from = originAt(r.doc.src, key?.start ?? node.start);
  const to = originAt(r.doc.src, node.end);
  const span: Span = {
    file: from.file,
    start: { line: from.line, col: from.col },
    end: { line: to.line, col: to.col },
  };
  const under = (i: number): boolean =>
    steps[0] === 'files_from' && (steps.length === 1 || (steps[1] === i && steps.length <= 3));
  const files = lists.filter((f, i): f is string => f !== undefined && under(i));
  return { files, spans: [span] };
}

export function readAcknowledgements(r: Reader): Acknowledgement[] {
  const lists = listFiles(r);
  const everywhere = [r.doc.src.file, ...lists.filter((f): f is string => f !== undefined)];
  const out: Acknowledgement[] = [];
  r.list(['acknowledge'], 100).forEach((_, i) => {
    const code = r.string(['acknowledge', i, 'code']);
    const reason = r.string(['acknowledge', i, 'reason']);
    if (code === undefined || reason === undefined) return; // the schema said so
    const base = { code, reason, origin: r.at(['acknowledge', i, 'code']) };
    const path = r.string(['acknowledge', i, 'path']);
    if (path === undefined) return void out.push({ ...base, files: everywhere, spans: [] });
    const steps = parsePathText(path);
    const scope = steps === undefined ? undefined : scopeOf(r, steps, lists);
    if (scope === undefined)
      return r.error(
        ['acknowledge', i, 'path'],
        'acknowledge-path',
        `acknowledge[${i}].path ${shown(path)} names no place in this rule`,
        'write it as iocc names places in messages: files[2], network.domains, files_from[0]',
      );
    out.push({ ...base, ...scope });
  });
  return out;
}
