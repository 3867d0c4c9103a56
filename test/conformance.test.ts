// The conformance suite (like ESLint's RuleTester): what every registered target must do, written once and
// run over the registry, so a new target gets it by its line in targets/index.ts. What differs between
// targets is data, in `adapters` below (a target without an entry gets the defaults): how its artifacts are
// read back is chosen by file extension (`readers`), so a new format needs a reader, not a new test.
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../src/diagnostics.js';
import { buildRuleSet } from '../src/model/build.js';
import { observablesOf } from '../src/model/observables.js';
import type { AnyTarget, Artifact } from '../src/target.js';
import { targets } from '../targets/index.js';
import { emitWith, type Emitted } from './support/emit.js';
import { root } from './support/helpers.js';
import { yamlQuote } from './support/hostile.js';
import { wordsInOrder } from './support/text.js';
import { load, ruleText } from './support/rules.js';

const runs = Number(process.env['IOCC_PROPERTY_RUNS'] ?? 25);

/** Every string a format's real parser reads out of an artifact (deep, for structured formats). */
type Reader = (text: string) => string[];

const strings = (v: unknown): string[] =>
  typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.flatMap(strings)
      : v !== null && typeof v === 'object'
        ? [...Object.keys(v), ...Object.values(v).flatMap(strings)]
        : [];

const yaraEscapes: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r' };

/** The meta strings of a YARA rule (`name = "…"` lines) as yara's lexer decodes them: \\ \" \n \t \xHH. */
const yaraStrings: Reader = (text) =>
  [...text.matchAll(/^\s*\w+ = "((?:[^"\\\n]|\\.)*)"\s*$/gm)].map((m) =>
    (m[1] ?? '').replace(/\\(x[0-9a-fA-F]{2}|.)/g, (_, e: string) =>
      e.startsWith('x') ? String.fromCharCode(parseInt(e.slice(1), 16)) : (yaraEscapes[e] ?? e),
    ),
  );

const readers: Readonly<Record<string, Reader>> = {
  json: (t) => strings(JSON.parse(t)),
  conf: (t) => strings(JSON.parse(t)),
  yml: (t) => strings(yaml.load(t, { schema: yaml.CORE_SCHEMA })),
  yaml: (t) => strings(yaml.load(t, { schema: yaml.CORE_SCHEMA })),
  csv: (t): string[] => {
    const rows: string[][] = parseCsv(t, { relax_column_count: false, record_delimiter: ['\r\n', '\n'] });
    return rows.flat();
  },
  yar: yaraStrings,
  // Kusto and plain text: the lines themselves (KQL carries free text in // comments).
  kql: (t) => t.split('\n'),
  txt: (t) => t.split('\n'),
  md: (t) => t.split('\n'),
};

const extension = (path: string): string => /\.([a-z0-9]+)$/.exec(path)?.[1] ?? '';

function readBack(a: Artifact): string[] {
  const reader = readers[extension(a.path)];
  if (reader === undefined) throw new Error(`${a.path}: no reader for .${extension(a.path)}; add one to readers`);
  return reader(a.content);
}

interface Adapter {
  /** How the target writes free text it carries (e.g. one line, neutralized), as it documents it. */
  readonly textForm: (s: string) => string;
  /** Whether a string read back from an artifact holds the text (in its textForm). */
  readonly readsBack: (readBack: string, text: string) => boolean;
  /** Artifacts whose format has no place for a TLP marking, with the reason. */
  readonly unmarked: readonly { readonly path: RegExp; readonly why: string }[];
}

const oneLine = (s: string): string =>
  s.replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');

const defaults: Adapter = { textForm: (s) => s, readsBack: (r, t) => r.includes(t), unmarked: [] };
const adapters: Readonly<Record<string, Partial<Adapter>>> = {
  defender: { textForm: oneLine },
  kql: { textForm: oneLine },
  osquery: { textForm: oneLine },
  sigma: {
    // SigmaHQ's conventions rewrite free text (ASCII punctuation, no format characters, sentence case):
    // its words come back, in order, not its punctuation.
    readsBack: wordsInOrder,
    unmarked: [{ path: /\/README\.md$/, why: 'how to convert the rules; it carries no indicator' }],
  },
  yara: {
    unmarked: [{ path: /-hash-iocs\.txt$/, why: 'LOKI/THOR hash lists: one `hash;comment` per line, no header' }],
  },
  stix: {
    unmarked: [
      {
        path: /^sentinel\//,
        why: "Sentinel's upload body: TLP is the bundle's marking-definition, in the .json beside it",
      },
    ],
  },
};
const adapterOf = (t: AnyTarget): Adapter => ({ ...defaults, ...adapters[t.id] });

function emitText(target: AnyTarget, ...texts: string[]): Emitted & { modelDiagnostics: readonly Diagnostic[] } {
  const rules = texts.map((t, i) => {
    const { rule, diagnostics } = load(`rules/r${i}.yaml`, t);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return rule!;
  });
  const model = buildRuleSet(rules, '2026-01-01');
  return { ...emitWith(target, model.ruleSet), modelDiagnostics: model.diagnostics };
}

const errorsOf = (ds: readonly Diagnostic[]): string[] =>
  ds.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.file}:${d.line}:${d.col} ${d.message}`);

const fixture = (rel: string): string => readFileSync(join(root, rel), 'utf8');
const corpus = [
  ['3cx', fixture('rules/3cx-desktopapp-2023.yaml')],
  ['all-kinds', fixture('test/fixtures/all-kinds.yaml')],
] as const;

const small = (id: string, extra = ''): string =>
  ruleText(
    id,
    `files:\n  - {name: a.exe, sha256: "${'a'.repeat(64)}", os: windows, role: payload, comment: c}\nnetwork: {domains: [{value: evil.example.com, comment: c}], ips: [45.77.1.2], urls: ['http://evil.example.com/x']}`,
    extra,
  );

describe.each(targets.map((t) => [t.id, t] as const))('target %s', (_, target) => {
  const adapter = adapterOf(target);

  test('declares itself: a lower-case id, a title, options with defaults, something it expresses', () => {
    expect(target.id).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(target.title.length).toBeGreaterThan(0);
    expect(target.expresses.length).toBeGreaterThan(0);
    for (const [name, spec] of Object.entries(target.options)) {
      expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(spec.description.length, name).toBeGreaterThan(0);
    }
  });

  test('declares its diagnostic codes: each <id>-…, none a core code, and the corpus gives no other', () => {
    for (const code of target.codes) expect(code).toMatch(new RegExp(`^${target.id}-[a-z0-9]+(-[a-z0-9]+)*$`));
    expect(new Set(target.codes).size).toBe(target.codes.length);
    const given = corpus.flatMap(([, text]) => emitText(target, text).diagnostics.map((d) => d.code));
    for (const code of given) expect(target.codes, code).toContain(code);
  });

  test.each(corpus)(
    '%s: every observable carried (in an artifact it wrote) or explained; no bug reported',
    (_, text) => {
      const r = emitText(target, text);
      expect(errorsOf(r.diagnostics)).toEqual([]);
      const { rule } = load('rules/r0.yaml', text);
      const ids = observablesOf(buildRuleSet([rule!], '2026-01-01').ruleSet.rules[0]!).map((o) => o.id);
      expect(ids.length).toBeGreaterThan(0);
      const paths = new Set(r.artifacts.map((a) => a.path));
      const claimed = new Map(r.coverage.map((c) => [c.observable, c]));
      for (const id of ids) {
        const c = claimed.get(id);
        expect(c, `${id} is neither carried nor explained`).toBeDefined();
        if (c?.carried === true) expect(paths.has(c.artifact), `${id} carried in ${c.artifact}`).toBe(true);
        else expect(c?.reason.length, id).toBeGreaterThan(0);
      }
      expect(r.coverage.length).toBe(ids.length);
      // Something is carried: a target that explains everything away passes nothing on.
      expect(r.coverage.some((c) => c.carried)).toBe(true);
    },
  );

  test.each(corpus)('%s: deterministic — the same bytes twice, unique safe paths, in a stable order', (_, text) => {
    const a = emitText(target, text).artifacts;
    const b = emitText(target, text).artifacts;
    expect(b.map((x) => [x.path, x.content])).toEqual(a.map((x) => [x.path, x.content]));
    expect(new Set(a.map((x) => x.path)).size).toBe(a.length);
    for (const x of a) expect(x.path).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._/-]*$/);
  });

  test('every artifact is read back by its format parser', () => {
    for (const [, text] of corpus)
      for (const a of emitText(target, text).artifacts) expect(() => readBack(a), a.path).not.toThrow();
  });

  test('an empty rule (no indicators): no error, and nothing it writes claims an indicator', () => {
    const r = emitText(target, ruleText('empty'));
    expect(errorsOf(r.diagnostics)).toEqual([]);
    expect(r.coverage).toEqual([]);
    for (const a of r.artifacts) {
      expect(a.indicators, a.path).toBe(0);
      expect(() => readBack(a), a.path).not.toThrow();
    }
  });

  test('TLP: a TLP:AMBER rule marks every artifact it writes (unless its format has no place for it)', () => {
    const r = emitText(target, small('amber').replace('tlp: clear', 'tlp: amber'));
    expect(r.artifacts.length).toBeGreaterThan(0);
    for (const a of r.artifacts) {
      if (adapter.unmarked.some((u) => u.path.test(a.path))) continue;
      expect(a.content, a.path).toMatch(/tlp[:._ -]?amber/i);
    }
    const clear = emitText(target, small('clear'));
    for (const a of clear.artifacts) expect(a.content, a.path).not.toMatch(/tlp[:._ -]?amber/i);
  });

  test('limits are located: a rule at the loader limits is written or refused at its file, never a bug', () => {
    const domains = Array.from({ length: 5000 }, (_, i) => `    - d${i}.${'x'.repeat(50)}.example.com`);
    const text = ruleText('big', `network:\n  domains:\n${domains.join('\n')}`).replace(
      'description: A rule for the tests.',
      `description: ${'long text '.repeat(5999)}`,
    );
    const r = emitText(target, text);
    for (const d of r.diagnostics) {
      expect(d.code).not.toBe('target-failed');
      expect(d.file).toBe('rules/r0.yaml');
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.col).toBeGreaterThanOrEqual(1);
    }
  });

  // Printable text that breaks formats: quotes, escapes, comment and template delimiters, CSV and SQL syntax.
  const hostileChar = fc.constantFrom(
    ...'"\'\\`%_*?[]{}(),;:#|<>=+-@&$!/ ab\u00e9\u4e2d\u202e'.split(''),
    '*/',
    '/*',
    '{{',
    '}}',
    '--',
    "');",
    '\u{1f642}',
  );
  const hostileTitle = fc.array(hostileChar, { minLength: 1, maxLength: 40 }).map((cs) => `T ${cs.join('')} end`);

  test('hostile titles and comments: the same artifacts as plain text, and the title read back as written', () => {
    const plain = emitText(target, small('hostile')).artifacts.map((a) => a.path);
    fc.assert(
      fc.property(hostileTitle, hostileTitle, (title, comment) => {
        // Replacer functions: a `$` in the text must not be read as a replacement pattern.
        const text = small('hostile')
          .replace('title: Test rule hostile', () => `title: ${yamlQuote(title)}`)
          .replace(/comment: c\b/g, () => `comment: ${yamlQuote(comment)}`);
        const r = emitText(target, text);
        expect(errorsOf(r.diagnostics)).toEqual([]);
        expect(r.artifacts.map((a) => a.path)).toEqual(plain);
        const back = r.artifacts.flatMap(readBack);
        const form = adapter.textForm(title);
        expect(
          back.some((s) => adapter.readsBack(s, form)),
          `${target.id}: the title ${JSON.stringify(title)} is not read back from any artifact`,
        ).toBe(true);
      }),
      { numRuns: runs },
    );
  });
});

describe('the suite itself', () => {
  test('runs over every registered target, and every adapter names a registered target', () => {
    expect(targets.length).toBeGreaterThanOrEqual(4);
    for (const id of Object.keys(adapters)) expect(targets.map((t) => t.id)).toContain(id);
  });

  test('a target that drops an observable silently fails the coverage check', () => {
    const [first] = targets;
    const dropping: AnyTarget = {
      ...first!,
      id: 'dropping',
      emitRule: (rule, options, context) => {
        const out = first!.emitRule(rule, options, context);
        return { ...out, carried: new Map(), reasons: new Map() };
      },
    };
    const r = emitText(dropping, small('drop'));
    expect(r.coverage).toEqual([]);
  });

  test('a diagnostic with a code the target did not declare is reported as a bug, at its place', () => {
    const [first] = targets;
    const undeclared: AnyTarget = {
      ...first!,
      id: 'undeclared',
      codes: [],
      emitRule: (rule, options, context) => ({
        ...first!.emitRule(rule, options, context),
        diagnostics: [{ ...rule.origin, severity: 'warning', code: 'undeclared-thing', message: 'm' }],
      }),
    };
    const r = emitText(undeclared, small('undeclared'));
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.file}:${d.line}`)).toEqual([
      'error target-code rules/r0.yaml:1',
    ]);
    expect(r.diagnostics[0]?.message).toBe('target undeclared reported an undeclared code undeclared-thing: m');
  });
});
