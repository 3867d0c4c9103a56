// Writes an imported draft as a canonical rule file: the schema line, every required field (a field
// the input did not give gets a value that validates and a `# TODO` comment saying what to check), the
// indicators with their comments, and — above a size — the files as a `files_from` CSV beside the rule.
// Every text goes through yamlString, so input text is data in the YAML, never structure.
import type { Draft, ImportedFile, ImportedNetwork, ImportedSoftware } from './draft.js';

/** A YAML double-quoted scalar: JSON's escapes, plus \u escapes for what YAML does not print as is. */
export function yamlString(s: string): string {
  return JSON.stringify(s).replace(
    /[\u007f-\u0084\u0086-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** An id the schema accepts, from a title or file name: lower-case words and hyphens, at most 64. */
export function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  let out = '';
  for (const w of words) {
    const next = out === '' ? w : `${out}-${w}`;
    if (next.length > 64) break;
    out = next;
  }
  return out === '' ? 'imported-rule' : out;
}

/** Above this many files, they go to a CSV list beside the rule (`files_from`). */
export const filesInline = 1000;

export const csvColumns = ['sha256', 'sha1', 'md5', 'name', 'os', 'version', 'role', 'size', 'comment'] as const;

/** An RFC 4180 field on one line (the list reader reads a record per line): breaks become spaces. */
function csvField(v: string | number | undefined): string {
  if (v === undefined) return '';
  const s = String(v).replace(/[\r\n]+/g, ' ');
  return /[",]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface WrittenRule {
  readonly yaml: string;
  /** Files to write beside the rule (the files_from list), by name. */
  readonly lists: readonly { readonly name: string; readonly content: string }[];
}

interface Todo {
  readonly value: string;
  readonly todo?: string;
}

const line = (key: string, t: Todo): string => `${key}: ${t.value}${t.todo === undefined ? '' : `  # TODO: ${t.todo}`}`;
const flow = (items: readonly string[]): string => `[${items.map(yamlString).join(', ')}]`;

function fileEntry(f: ImportedFile): string {
  const keys: [string, string | undefined][] = [
    ['name', f.name === undefined ? undefined : yamlString(f.name)],
    ['original_name', f.original_name === undefined ? undefined : yamlString(f.original_name)],
    ['sha256', f.sha256],
    ['sha1', f.sha1],
    ['md5', f.md5],
    ['size', f.size === undefined ? undefined : String(f.size)],
    ['os', f.os],
    ['version', f.version === undefined ? undefined : yamlString(f.version)],
    ['role', f.role],
    ['paths', f.paths === undefined || f.paths.length === 0 ? undefined : flow(f.paths)],
    ['confidence', f.confidence],
    ['expires', f.expires],
    ['comment', f.comment === undefined ? undefined : yamlString(f.comment)],
  ];
  const set = keys.filter((k): k is [string, string] => k[1] !== undefined);
  return set.map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}`).join('\n');
}

function softwareEntry(s: ImportedSoftware): string {
  const keys: [string, string | undefined][] = [
    ['name', yamlString(s.name)],
    ['ecosystem', s.ecosystem],
    ['os', s.os],
    ['versions', flow(s.versions)],
    ['publisher', s.publisher === undefined ? undefined : yamlString(s.publisher)],
    ['bundle_id', s.bundle_id === undefined ? undefined : yamlString(s.bundle_id)],
    ['fixed_in', s.fixed_in === undefined ? undefined : flow(s.fixed_in)],
    ['confidence', s.confidence],
    ['comment', s.comment === undefined ? undefined : yamlString(s.comment)],
  ];
  const set = keys.filter((k): k is [string, string] => k[1] !== undefined);
  const todo = s.os === undefined && s.ecosystem === undefined ? '  # TODO: set os or ecosystem' : '';
  return set.map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}`).join('\n') + todo;
}

function networkEntry(n: ImportedNetwork): string {
  const extra = [
    n.comment === undefined ? undefined : `comment: ${yamlString(n.comment)}`,
    n.confidence === undefined ? undefined : `confidence: ${n.confidence}`,
    n.expires === undefined ? undefined : `expires: ${n.expires}`,
  ].filter((x) => x !== undefined);
  return extra.length === 0
    ? `    - ${yamlString(n.value)}`
    : `    - {value: ${yamlString(n.value)}, ${extra.join(', ')}}`;
}

/** A file the list can hold whole: only the list's columns, and a comment on one line. */
const fitsList = (f: ImportedFile): boolean =>
  f.confidence === undefined &&
  f.expires === undefined &&
  f.original_name === undefined &&
  (f.paths === undefined || f.paths.length === 0) &&
  !/[\r\n]/.test(f.comment ?? '');

function filesCsv(files: readonly ImportedFile[]): string {
  const rows = files.map((f) => csvColumns.map((c) => csvField(f[c])).join(','));
  return `${csvColumns.join(',')}\n${rows.join('\n')}\n`;
}

export interface WriteOptions {
  /** The id to use (--id), else the input's, else one made from the title. */
  readonly id?: string;
  /** Today, for a `date` the input lacks. */
  readonly today: string;
  /** The rule file's name without folder, to name its files_from list; none when writing to stdout. */
  readonly listBase?: string;
}

export function writeRule(d: Draft, o: WriteOptions): WrittenRule {
  const from = `imported from ${d.file}`;
  const id = o.id ?? d.id ?? slug(d.title ?? d.file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''));
  const out: string[] = [
    '# yaml-language-server: $schema=../src/schema/rule.schema.json',
    `# ${from} by iocc import; check every TODO, then run iocc validate.`,
    'iocc: 1',
    line('id', { value: id, ...(o.id === undefined && d.id === undefined && { todo: 'an id made from the title' }) }),
    line(
      'title',
      d.title !== undefined
        ? { value: yamlString(d.title) }
        : {
            value: yamlString(`Imported indicators (${d.file.replace(/^.*[\\/]/, '')})`.slice(0, 200)),
            todo: 'a title',
          },
    ),
    line(
      'description',
      d.description !== undefined
        ? { value: yamlString(d.description) }
        : { value: yamlString(`Indicators ${from}.`), todo: 'what the threat is and what a hit means' },
    ),
    line(
      'author',
      d.author !== undefined
        ? { value: yamlString(d.author) }
        : { value: yamlString('unknown'), todo: 'who wrote the indicators' },
    ),
    line('date', d.date !== undefined ? { value: d.date } : { value: o.today, todo: 'the date of the report' }),
    ...(d.modified !== undefined && d.modified > (d.date ?? o.today) ? [`modified: ${d.modified}`] : []),
    line(
      'severity',
      d.severity !== undefined
        ? { value: d.severity }
        : { value: 'medium', todo: 'informational, low, medium, high or critical' },
    ),
    line(
      'tlp',
      d.tlp !== undefined
        ? { value: d.tlp }
        : { value: 'amber', todo: 'the input has no TLP; amber until you know it may be shared' },
    ),
  ];
  if (d.references.length > 0) out.push('references:', ...d.references.map((r) => `  - ${yamlString(r)}`));
  if (d.attack.length > 0) out.push(`attack: ${flow(d.attack)}`);
  if (d.cve.length > 0) out.push(`cve: ${flow(d.cve)}`);
  const lists: { name: string; content: string }[] = [];
  const listed = d.files.filter(fitsList);
  const inline =
    listed.length > filesInline && o.listBase !== undefined ? d.files.filter((f) => !fitsList(f)) : d.files;
  if (inline !== d.files) {
    const name = `${o.listBase}-files.csv`;
    lists.push({ name, content: filesCsv(listed) });
    out.push('files_from:', `  - {path: ${yamlString(name)}}`);
  }
  if (inline.length > 0) out.push('files:', ...inline.map(fileEntry));
  if (d.software.length > 0) out.push('software:', ...d.software.map(softwareEntry));
  const net = (['domains', 'urls', 'ips'] as const).filter((k) => d[k].length > 0);
  if (net.length > 0) out.push('network:', ...net.flatMap((k) => [`  ${k}:`, ...d[k].map(networkEntry)]));
  return { yaml: `${out.join('\n')}\n`, lists };
}
