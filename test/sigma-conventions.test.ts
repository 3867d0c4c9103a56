// Every Sigma rule iocc writes passes SigmaHQ's conventions as our own offline checks state them
// (test/support/sigmahq.ts: tags and tactics against the shipped ATT&CK table, file-name prefixes, field
// names per log source, permalinks, titles and descriptions), for rules/, the all-kinds fixture, a rule
// full of ATT&CK references and rules full of hostile values; and each check catches a broken rule.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { perTest } from './support/per-test.js';
import { emitWith } from './support/emit.js';
import { build } from '../src/build.js';
import { buildRuleSet } from '../src/model/build.js';
import { sigma } from '../targets/sigma/index.js';
import { root } from './support/helpers.js';
import { hostileFileName, hostileText, hostileUrlPath, pathSegment, yamlQuote as q } from './support/hostile.js';
import { load } from './support/rules.js';
import { parseSigmaYaml } from './support/sigma-schema.js';
import {
  allProblems,
  fieldProblems,
  fileNameProblems,
  referenceProblems,
  tagProblems,
  textProblems,
  type SigmaDoc,
} from './support/sigmahq.js';

type Emitted = [file: string, doc: SigmaDoc][];

const ymlOf = (files: { path: string; text: string }[]): Emitted =>
  files
    .filter((f) => f.path.endsWith('.yml'))
    .map((f) => [f.path.split('/').pop() as string, parseSigmaYaml<SigmaDoc>(f.text)]);

function compile(inputs: string[]): Emitted {
  const result = build({ inputs, registry: [sigma], selected: [sigma], asOf: '2026-01-01', cwd: root });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return ymlOf(result.files.map((f) => ({ path: f.path, text: f.bytes.toString('utf8') })));
}

function emit(text: string): Emitted {
  const { rule, diagnostics } = load('r.yaml', text);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const model = buildRuleSet([rule!], '2026-01-01').ruleSet;
  return ymlOf(emitWith(sigma, model).artifacts.map((a) => ({ path: a.path, text: a.content })));
}

const header = (id: string, title: string, extra = ''): string =>
  `iocc: 1\nid: ${id}\ntitle: ${q(title)}\ndescription: d\nauthor: a\ndate: 2024-01-01\nseverity: ` +
  `high\ntlp: clear\n${extra}`;

/** Host and network techniques, one with two tactics, a revoked one (T1562.001 → T1685), and a tactic. */
const attackRich = `${header(
  'attack-rich',
  'Loader with side-loading and C2 over web protocols',
  'references: [https://example.com/report]\nattack: [execution, T1574.001, T1562.001, T1071.001, T1041, T1566.002]\n',
)}files:
  - {name: loader.exe, sha256: "${'1'.repeat(64)}", os: windows, role: payload}
  - {name: side.dll, sha256: "${'2'.repeat(64)}", os: windows, role: library}
  - {name: implant, sha256: "${'3'.repeat(64)}", os: linux, role: payload}
network:
  domains: [c2.example.net]
  urls: [https://c2.example.net/gate.php]
`;

type HostileFields = { title: string; name: string; path: string; urlPath: string; software: string };
const hostile: fc.Arbitrary<HostileFields> = fc.record({
  title: hostileText(200),
  name: hostileFileName(),
  path: hostileUrlPath(),
  // An indicator URL with * or \ is refused (tested in test/unit); a reference may hold them.
  urlPath: hostileUrlPath('*\\'),
  software: hostileText(60),
});

/** A Windows executable's name made of a hostile name (no backslash: it would be a path). */
const exeName = (name: string): string => `${name.replace(/\\/g, '_')}.exe`;

const hostileRule = (f: HostileFields): string => `${header(
  'hostile',
  f.title,
  `references: [${q(`https://example.com${f.path}`)}]\nattack: [T1195.002, T1071.001]\n`,
)}files:
  - {name: ${q(f.name)}, sha256: "${'a'.repeat(64)}", os: linux, role: payload,
    paths: [${q(`/opt/x/${pathSegment(f.name)}`)}]}
  - {name: ${q(exeName(f.name))}, original_name: ${q(exeName(f.name))}, version: "1.0", sha256: "${'b'.repeat(64)}",
    os: windows, role: application}
  - {name: ${q(f.name)}, os: macos, role: payload, paths: [${q(`/Users/x/${pathSegment(f.name)}`)}]}
software:
  - {name: ${q(f.software)}, os: windows, versions: ["1.0"]}
network:
  urls: [${q(`https://evil.example.com${f.urlPath}`)}]
`;

const sets = {
  'rules/': perTest(() => compile(['rules'])),
  'all-kinds': perTest(() => compile(['test/fixtures/all-kinds.yaml'])),
  'attack-rich': perTest(() => emit(attackRich)),
  // A short id still gives file names of SigmaHQ's length (proxy_x_iocs.yml), and a title with no word the id.
  'short-id': perTest(() => emit(`${header('x', '\u2014')}network: {domains: [evil.example.org]}\n`)),
  hostile: perTest(() =>
    fc
      .sample(hostile, { seed: 12, numRuns: Number(process.env['IOCC_PROPERTY_RUNS'] ?? 100) })
      .flatMap((f) => emit(hostileRule(f))),
  ),
};

describe("SigmaHQ's conventions, every rule iocc writes", () => {
  test.each(['rules/', 'all-kinds', 'attack-rich', 'short-id', 'hostile'] as const)('%s', (name) => {
    const emitted = sets[name]();
    expect(emitted.length).toBeGreaterThan(0);
    for (const [file, doc] of emitted) expect(allProblems(file, doc), `${file}: ${doc.title}`).toEqual([]);
  });

  test('a short id and a title without words', () => {
    expect(sets['short-id']().map(([file, doc]) => `${file}: ${doc.title}`)).toEqual([
      'dns_query_win_x.yml: X - DNS Query',
      'proxy_x_iocs.yml: X - Proxy',
    ]);
  });

  test('the ATT&CK-rich rule: host and network techniques apart, each with all its tactics', () => {
    const tags = Object.fromEntries(
      sets['attack-rich']().map(([file, doc]) => [file.split('_attack')[0] ?? file, doc.tags]),
    );
    expect(tags['proc_creation_win']).toEqual([
      'attack.initial-access',
      'attack.execution',
      'attack.stealth',
      'attack.defense-impairment',
      'attack.t1566.002',
      'attack.t1574.001',
      'attack.t1685',
      'detection.emerging-threats',
    ]);
    expect(tags['proxy']).toEqual([
      'attack.execution',
      'attack.command-and-control',
      'attack.exfiltration',
      'attack.t1041',
      'attack.t1071.001',
      'detection.emerging-threats',
    ]);
  });
});

describe('each check catches a broken rule', () => {
  /** Two good rules of the 3CX content, to break one field at a time. */
  const docs = perTest(() => {
    const good = sets['rules/']().find(([f]) => f === 'proc_creation_win_3cx_desktopapp_2023.yml')!;
    const dns = sets['rules/']().find(([f]) => f === 'dns_query_win_3cx_desktopapp_2023.yml')!;
    expect(allProblems(...good)).toEqual([]);
    return { good, dns };
  });
  const withDoc = (change: Partial<SigmaDoc>): SigmaDoc => ({ ...docs().good[1], ...change });

  test('file names: pattern, length and the prefix of the log source', () => {
    expect(fileNameProblems('proc_creation_3cx.yml', docs().good[1])).toEqual([
      'file name proc_creation_3cx.yml does not start with proc_creation_win_',
    ]);
    expect(fileNameProblems('Proc-Creation-Win-3CX.yml', docs().good[1]).length).toBeGreaterThan(0);
    expect(fileNameProblems(docs().good[0], docs().dns[1])).toEqual([
      `file name ${docs().good[0]} does not start with dns_query_win_`,
    ]);
    expect(
      fileNameProblems('proc_creation_win_x.yml', withDoc({ logsource: { category: 'process_creation' } })),
    ).toEqual(['log source /process_creation has no SigmaHQ file-name prefix here']);
  });

  test('fields: only those of the log source; hashes as ALGO=hex', () => {
    const sel = (s: Record<string, unknown>): SigmaDoc =>
      withDoc({ detection: { selection: s, condition: 'selection' } });
    expect(fieldProblems(sel({ sha256: 'ab' }))).toEqual(['field sha256 is not a windows/process_creation field']);
    expect(fieldProblems(sel({ 'TargetFilename|endswith': '\\x' }))).toEqual([
      'field TargetFilename is not a windows/process_creation field',
    ]);
    expect(fieldProblems(sel({ 'Hashes|contains': ['SHA256:' + 'A'.repeat(64)] }))).toEqual([
      `Hashes|contains value SHA256:${'A'.repeat(64)} is not ALGO=hex`,
    ]);
    expect(
      fieldProblems({
        ...docs().dns[1],
        logsource: { category: 'file_event', product: 'windows' },
        detection: { s: { 'Hashes|contains': 'x' } },
      }),
    ).toContain('field Hashes is not a windows/file_event field');
  });

  test('tags: tactics of every technique, current ATT&CK only, host/network split, order, format', () => {
    const tags = docs().good[1].tags;
    expect(tagProblems(withDoc({ tags: tags.filter((t) => t !== 'attack.stealth') }))).toEqual([
      'attack.t1574.001 comes without its tactic attack.stealth',
    ]);
    expect(tagProblems(withDoc({ tags: ['attack.defense-evasion', ...tags] }))).toContain(
      'attack.defense-evasion is not a current ATT&CK tactic',
    );
    expect(tagProblems(withDoc({ tags: [...tags.slice(0, 5), 'attack.t1562.001', ...tags.slice(5)] }))).toContain(
      'attack.t1562.001 is not a current ATT&CK technique',
    );
    expect(tagProblems(withDoc({ tags: [...tags.slice(0, 4), 'attack.t1071.001', ...tags.slice(4)] }))).toEqual([
      'attack.t1071.001 is a network technique on a process_creation rule',
    ]);
    expect(tagProblems(withDoc({ tags: [...tags].reverse() }))[0]).toMatch(/^tags are not in SigmaHQ's order/);
    expect(tagProblems(withDoc({ tags: [...tags, 'detection.dfir'] }))).toContain('not exactly one detection tag');
    expect(tagProblems(withDoc({ tags: [...tags, 'Attack.T1195'] }))).toContain(
      'tag Attack.T1195 is not namespace.name in lower case',
    );
    expect(tagProblems(withDoc({ tags: [...tags, tags[0]!] }))).toContain('a tag is listed twice');
  });

  test('references: permalinks only, no ATT&CK links', () => {
    expect(referenceProblems(withDoc({ references: ['https://github.com/o/r/blob/master/x.txt'] }))).toEqual([
      'reference https://github.com/o/r/blob/master/x.txt is a branch link, not a permalink',
    ]);
    expect(referenceProblems(withDoc({ references: ['https://raw.githubusercontent.com/o/r/main/a.ico'] }))).toEqual([
      'reference https://raw.githubusercontent.com/o/r/main/a.ico is a branch link, not a permalink',
    ]);
    expect(referenceProblems(withDoc({ references: ['https://attack.mitre.org/techniques/T1195/002/'] }))).toEqual([
      'reference https://attack.mitre.org/techniques/T1195/002/ links ATT&CK: use a tag',
    ]);
  });

  test('titles: length, case, no Detects, no full stop, ASCII punctuation', () => {
    const title = (t: string): string[] => textProblems(withDoc({ title: t }));
    expect(title('3CX supply-chain compromise - Process Creation')).toEqual([
      'title word supply-chain is not in title case',
      'title word compromise is not in title case',
    ]);
    expect(title('Detects 3CX - Process Creation')).toEqual(['title starts with Detect(s)']);
    expect(title('3CX Compromise.')).toEqual(['title ends with a full stop']);
    expect(title(`3CX ${'Long '.repeat(30)}`.trim())).toEqual(['title is longer than 120 characters']);
    expect(title('3CX Compromise \u2014 Process Creation')).toEqual([
      'title has non-ASCII punctuation, spaces or control characters',
    ]);
  });

  test('descriptions: Detects, one or two sentences, ASCII punctuation, nothing of this repository', () => {
    const description = (d: string): string[] => textProblems(withDoc({ description: d }));
    expect(description('Finds the 3CX compromise by file hash.')).toEqual([
      'description does not start with "Detects "',
    ]);
    expect(description('Detects it.')).toEqual(['description is shorter than 16 characters']);
    expect(description('Detects the 3CX compromise')).toEqual(['description does not end with a full stop']);
    expect(description('Detects the 3CX compromise \u2014 by hash.')).toEqual([
      'description has non-ASCII punctuation, spaces or control characters',
    ]);
    expect(description('Detects the 3CX\u00a0compromise by hash.')).toEqual([
      'description has non-ASCII punctuation, spaces or control characters',
    ]);
    expect(description('Detects the 3CX compromise.\nBy hash.')).toContain(
      'description has non-ASCII punctuation, spaces or control characters',
    );
    expect(description('Detects one. And two. And three.')).toEqual(['description has more than two sentences']);
    expect(description('Detects files listed in the iocc rule 3cx-desktopapp-2023.')).toEqual([
      'description names things of the iocc repository',
    ]);
    expect(description('Detects the 3CX compromise (see reference/3cx-iocs.md).')).toEqual([
      'description names things of the iocc repository',
    ]);
    expect(description('Detects MITRE ATT&CK T1195 by hash.')).toEqual(['the ATT&CK trademark is in the text']);
  });
});
