// YARA: per rule, yara/<rule-id>.yar (hash and PE version rules, `import "hash"`), and where the rule has
// file-name indicators yara/<rule-id>.filenames.yar (external variables filename/filepath, as LOKI and
// THOR define them), plus a LOKI/THOR hash IOC list yara/<rule-id>-hash-iocs.txt.
import { knownName } from '../../src/model/describe.js';
import type { Rule } from '../../src/model/types.js';
import {
  sharedCarried,
  type Carried,
  type EmitContext,
  type RuleOutput,
  type StreamedArtifact,
  type Target,
} from '../../src/target.js';
import type { Render } from '../../src/template.js';
import { metaString, Unrepresentable, validRuleName } from './escape.js';
import { planRule, type MetaValue, type YaraRule } from './plan.js';
import { yaraDiagnostics } from './codes.js';

type YaraOptions = { prefix: string; group_above: number; group_size: number };

/** Names unique across the whole build: a clash (rare: same threat, role, OS, version and hash prefix) gets _2, _3 … */
function uniqueNames(rules: readonly YaraRule[], unique: EmitContext['unique']): string[] {
  return rules.map((r) => {
    let base = r.baseName.slice(0, 120).replace(/_+$/, '');
    if (/^\d/.test(base)) base = `_${base}`;
    const name = unique(base);
    if (!validRuleName(name)) throw new Error(`generated an invalid YARA rule name ${name}`);
    return name;
  });
}

/** Rules rendered per chunk: a grouped feed file is written a slice at a time, never whole. */
const rulesPerChunk = 200;

/**
 * The file's text in chunks. Each rule's block of the template stands alone, so rendering a slice of
 * the rules gives the file's head and then that slice's blocks: the head is written once.
 */
function* file(
  render: Render,
  rule: Rule,
  rules: readonly YaraRule[],
  names: readonly string[],
  what: string,
): Generator<string> {
  const used = new Set(rules.flatMap((r) => r.modules));
  const page = (from: number, to: number): string =>
    render({
      header: `${what} compiled by iocc from rule ${rule.id}. Edit the rule, not this file.`,
      imports: (['hash', 'pe'] as const).filter((m) => used.has(m)),
      rules: rules.slice(from, to).map((r, i) => ({
        name: names[from + i],
        meta: r.meta.map(([key, value]) => ({ key, value })),
        condition: r.condition,
      })),
    });
  const head = page(0, 0);
  yield head;
  for (let from = 0; from < rules.length; from += rulesPerChunk) {
    const text = page(from, from + rulesPerChunk);
    if (!text.startsWith(head)) throw new Error('the YARA template does not render rules one after the other');
    yield text.slice(head.length);
  }
}

/** Every meta string escaped once before anything is written, so a value YARA cannot hold fails the rule first. */
function checkMeta(rules: readonly YaraRule[]): void {
  for (const r of rules) for (const [, value] of r.meta) if (typeof value === 'string') metaString(value);
}

/** The LOKI/THOR hash list: each hash with its rule, file and the indicator's own comment, a line at a time. */
function* hashList(rule: Rule): Generator<string> {
  // LOKI splits at the first `;`: one in the comment becomes a comma; breaks and controls a space; runs of
  // white space one space.
  const clean = (s: string): string =>
    s
      .replace(/\s*;[\s;]*/g, ', ')
      .replace(/[\s\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
      .trim();
  yield `# iocc rule ${rule.id}: HASH;COMMENT (LOKI and THOR hash IOC format)\n`;
  for (const f of rule.files) {
    const version = f.version !== undefined ? ` ${f.version}` : '';
    const comment = f.comment !== undefined ? `: ${f.comment}` : '';
    for (const a of ['sha256', 'sha1', 'md5'] as const) {
      if (f[a] !== undefined)
        yield `${f[a]};${clean(`${rule.title} - ${knownName(f) ?? 'file'}${version}${comment}`)}\n`;
    }
  }
}

function emitRule(rule: Rule, o: YaraOptions, context: EmitContext): RuleOutput {
  const render = context.templates['rules'] as Render;
  const plan = planRule(rule, { prefix: o.prefix, groupAbove: o.group_above, groupSize: o.group_size });
  const artifacts: StreamedArtifact[] = [];
  const carried = new Map<string, Carried>();
  const account = sharedCarried();
  const add = (path: string, rules: readonly YaraRule[], what: string): void => {
    if (rules.length === 0) return;
    const names = uniqueNames(rules, context.unique);
    checkMeta(rules);
    artifacts.push({
      path,
      chunks: file(render, rule, rules, names, what),
      rules: [rule.id],
      indicators: new Set(rules.flatMap((r) => r.carries)).size,
    });
    for (const r of rules)
      for (const id of r.carries) {
        const note = plan.notes.get(id);
        if (!carried.has(id)) carried.set(id, account(path, note));
      }
  };
  try {
    add(`${rule.id}.yar`, plan.hashRules, 'Hash and version-information rules');
    add(`${rule.id}.filenames.yar`, plan.nameRules, 'File-name rules (external variables filename and filepath)');
  } catch (e) {
    if (!(e instanceof Unrepresentable)) throw e;
    throw yaraDiagnostics.limit(
      rule.origin,
      'yara-unrepresentable',
      `rule ${rule.id} cannot be written as YARA: ${e.message}`,
      'remove the character from the rule text',
    );
  }
  if (rule.files.some((f) => f.sha256 !== undefined || f.sha1 !== undefined || f.md5 !== undefined)) {
    artifacts.push({
      path: `${rule.id}-hash-iocs.txt`,
      chunks: hashList(rule),
      rules: [rule.id],
      indicators: rule.files.reduce((n, f) => n + [f.sha256, f.sha1, f.md5].filter((x) => x !== undefined).length, 0),
    });
  }
  const diagnostics = plan.asciiOnlyInLoki.map((f) =>
    yaraDiagnostics.warning(
      f.fieldOrigins.name ?? f.origin,
      'yara-loki-ascii',
      `LOKI passes non-ASCII characters of file names and folders as ?, so its file-name rule for ` +
        `${f.name} never matches in LOKI`,
      'THOR and yara -d pass names as they are; a hash makes the file findable everywhere',
    ),
  );
  return { artifacts, carried, reasons: plan.reasons, diagnostics };
}

export const yara: Target<YaraOptions> = {
  id: 'yara',
  title: 'YARA rules',
  description:
    'Per rule: yara/<rule-id>.yar with one hash rule per file (hash.sha256(0, filesize), a filesize guard ' +
    'when the size is known) and PE version-information rules for affected Windows builds; ' +
    'yara/<rule-id>.filenames.yar for files known by name (externals filename/filepath, as LOKI and THOR ' +
    'set them); a LOKI/THOR hash IOC list.',
  codes: yaraDiagnostics.codes,
  expresses: [
    { kind: 'sha256', how: 'hash.sha256(0, filesize) == "…" (filesize == N first when known)' },
    { kind: 'sha1', how: 'hash.sha1(0, filesize)' },
    { kind: 'md5', how: 'hash.md5(0, filesize)' },
    { kind: 'original-file-name', how: 'pe.version_info["OriginalFilename"] with FileVersion' },
    { kind: 'software-version', how: 'pe.version_info["ProductName"] with FileVersion (Windows)' },
    {
      kind: 'file-name',
      how: 'filename/filepath externals (separate file) for name-only entries and versioned installer names',
    },
  ],
  options: {
    prefix: {
      type: 'string',
      default: 'MAL',
      pattern: '^[A-Z][A-Za-z0-9]{0,15}$',
      description: 'first part of every rule name (signature-base style: MAL, APT, SUSP, HKTL …)',
    },
    group_above: {
      type: 'integer',
      default: 1000,
      minimum: 0,
      maximum: 100000000,
      description:
        'a rule with more hash files than this gets grouped hash rules instead of one per file (see bench/RESULTS.md)',
    },
    group_size: {
      type: 'integer',
      default: 100,
      minimum: 1,
      maximum: 1000,
      description: 'files per grouped hash rule (each an OR of their conditions)',
    },
  },
  templates: {
    rules: {
      file: 'targets/yara/rules.hbs',
      helpers: { meta: (v: MetaValue) => (typeof v === 'number' ? String(v) : metaString(v)) },
    },
  },
  emitRule,
};
