// The Sigma target: every rule valid against the Sigma v2 JSON schema and SigmaHQ's conventions, the
// 3CX hashes where they can match, and values that round-trip through YAML and Sigma escaping.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { perTest } from './support/per-test.js';
import { emitWith } from './support/emit.js';
import { build } from '../src/build.js';
import { buildRuleSet } from '../src/model/build.js';
import { sigmaLiteral, yamlScalar } from '../targets/sigma/escape.js';
import { sigma } from '../targets/sigma/index.js';
import { sigmaTitle } from '../targets/sigma/text.js';
import { root } from './support/helpers.js';
import { load, ruleText } from './support/rules.js';
import { parseSigmaString, sigmaLiteralValue } from './support/sigma-string.js';
import { parseSigmaYaml, validateSigmaSchema } from './support/sigma-schema.js';
import { wordsInOrder } from './support/text.js';

type SigmaRule = Record<string, unknown> & {
  title: string;
  id: string;
  related?: { id: string; type: string }[];
  tags: string[];
  logsource: { category: string; product?: string };
  detection: Record<string, unknown> & { condition: string };
  description: string;
  falsepositives: string[];
};

const validateSchema = validateSigmaSchema;
const parse = (text: string): SigmaRule => parseSigmaYaml<SigmaRule>(text);

function compile(file: string): Map<string, string> {
  const result = build({ inputs: [file], registry: [sigma], selected: [sigma], asOf: '2026-01-01', cwd: root });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return new Map(
    result.files.filter((f) => f.path.startsWith('sigma/')).map((f) => [f.path, f.bytes.toString('utf8')]),
  );
}

const prefixOf: Record<string, string> = {
  'process_creation/windows': 'proc_creation_win_',
  'image_load/windows': 'image_load_',
  'create_stream_hash/windows': 'create_stream_hash_',
  'file_event/windows': 'file_event_win_',
  'dns_query/windows': 'dns_query_win_',
  'network_connection/windows': 'net_connection_win_',
  'proxy/': 'proxy_',
  'process_creation/macos': 'proc_creation_macos_',
  'file_event/macos': 'file_event_macos_',
  'process_creation/linux': 'proc_creation_lnx_',
  'file_event/linux': 'file_event_lnx_',
};

/** Every value of every field of every selection, with its field key. */
function fieldValues(rule: SigmaRule): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  for (const [name, sel] of Object.entries(rule.detection)) {
    if (name === 'condition') continue;
    for (const [key, v] of Object.entries(sel as Record<string, unknown>))
      for (const value of Array.isArray(v) ? v : [v]) out.push({ key, value: String(value) });
  }
  return out;
}

const outputs = {
  '3cx': perTest(() => compile('rules/3cx-desktopapp-2023.yaml')),
  'all-kinds': perTest(() => compile('test/fixtures/all-kinds.yaml')),
};

const ruleFiles = (name: keyof typeof outputs): [string, string][] =>
  [...outputs[name]().entries()].filter(([p]) => p.endsWith('.yml'));

describe('Sigma rules', () => {
  test('3CX: the rules and their log sources', () => {
    expect(
      ruleFiles('3cx').map(([p, t]) => `${p} ${parse(t).logsource.category}/${parse(t).logsource.product ?? ''}`),
    ).toEqual([
      'sigma/3cx-desktopapp-2023/create_stream_hash_3cx_desktopapp_2023.yml create_stream_hash/windows',
      'sigma/3cx-desktopapp-2023/dns_query_win_3cx_desktopapp_2023.yml dns_query/windows',
      'sigma/3cx-desktopapp-2023/file_event_macos_3cx_desktopapp_2023.yml file_event/macos',
      'sigma/3cx-desktopapp-2023/file_event_win_3cx_desktopapp_2023.yml file_event/windows',
      'sigma/3cx-desktopapp-2023/image_load_3cx_desktopapp_2023.yml image_load/windows',
      'sigma/3cx-desktopapp-2023/net_connection_win_3cx_desktopapp_2023.yml network_connection/windows',
      'sigma/3cx-desktopapp-2023/proc_creation_macos_3cx_desktopapp_2023.yml process_creation/macos',
      'sigma/3cx-desktopapp-2023/proc_creation_win_3cx_desktopapp_2023.yml process_creation/windows',
      'sigma/3cx-desktopapp-2023/proxy_3cx_desktopapp_2023.yml proxy/',
    ]);
    expect(outputs['3cx']().has('sigma/3cx-desktopapp-2023/README.md')).toBe(true);
  });

  test('all kinds: one rule per log source with something to match', () => {
    expect(ruleFiles('all-kinds').map(([p]) => p.split('/')[2])).toEqual([
      'create_stream_hash_osquery_all_kinds.yml',
      'dns_query_win_osquery_all_kinds.yml',
      'file_event_lnx_osquery_all_kinds.yml',
      'file_event_macos_osquery_all_kinds.yml',
      'file_event_win_osquery_all_kinds.yml',
      'image_load_osquery_all_kinds.yml',
      'net_connection_win_osquery_all_kinds.yml',
      'proc_creation_lnx_osquery_all_kinds.yml',
      'proc_creation_macos_osquery_all_kinds.yml',
      'proc_creation_win_osquery_all_kinds.yml',
      'proxy_osquery_all_kinds.yml',
    ]);
  });

  test.each(['3cx', 'all-kinds'] as const)('%s: every rule validates against the Sigma v2 JSON schema', (name) => {
    for (const [path, text] of ruleFiles(name)) {
      const ok = validateSchema(parse(text));
      expect(validateSchema.errors ?? [], path).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  test('the schema check can fail', () => {
    const [, text] = ruleFiles('3cx')[0]!;
    for (const broken of [
      text.replace(/^date: .*$/m, 'date: 2023/03/29'),
      text.replace(/^status: .*$/m, 'status: active'),
      text.replace(/^id: .*$/m, 'id: not-a-uuid'),
      text.replace(/^level: .*$/m, 'level: severe'),
    ]) {
      expect(validateSchema(parse(broken))).toBe(false);
    }
  });

  test.each(['3cx', 'all-kinds'] as const)(
    "%s: SigmaHQ's conventions (file names, fields, tags, title case, layout)",
    (name) => {
      const files = ruleFiles(name);
      const ids = files.map(([, t]) => parse(t).id);
      for (const [path, text] of files) {
        const r = parse(text);
        const file = path.split('/')[2]!;
        expect(file, path).toMatch(/^[a-z0-9_]{10,70}\.yml$/);
        expect(file.startsWith(prefixOf[`${r.logsource.category}/${r.logsource.product ?? ''}`]!), path).toBe(true);
        for (const key of [
          'title',
          'id',
          'status',
          'description',
          'references',
          'author',
          'date',
          'tags',
          'logsource',
          'detection',
          'falsepositives',
          'level',
        ]) {
          if (key !== 'references' || name === '3cx') expect(r, `${path} ${key}`).toHaveProperty(key);
        }
        expect(r.description.startsWith('Detects ')).toBe(true);
        expect(r.description.length).toBeGreaterThanOrEqual(16);
        // SigmaHQ title-case check: no all-lower-case word except the allowed ones.
        for (const w of r.title.split(' '))
          expect(
            w === w.toLowerCase() &&
              w !== w.toUpperCase() &&
              !/[./_]/.test(w) &&
              !/^\d/.test(w) &&
              ![
                'a',
                'an',
                'and',
                'as',
                'at',
                'by',
                'for',
                'from',
                'in',
                'new',
                'of',
                'on',
                'or',
                'over',
                'the',
                'through',
                'to',
                'via',
                'with',
                'without',
              ].includes(w),
            `${path}: ${w}`,
          ).toBe(false);
        expect(r.title.endsWith('.')).toBe(false);
        expect(new Set(r.tags).size).toBe(r.tags.length);
        for (const t of r.tags) expect(t).toMatch(/^[a-z0-9_-]+\.[a-z0-9._-]+$/);
        expect(r.tags).toContain('detection.emerging-threats');
        for (const fp of r.falsepositives) expect(['Unknown', 'Unlikely']).toContain(fp);
        expect(r.related?.map((x) => x.id).sort()).toEqual(ids.filter((i) => i !== r.id).sort());
        for (const x of r.related ?? []) expect(x.type).toBe('similar');
        // A condition naming selections that exist; values that are not wildcards in disguise.
        const selections = Object.keys(r.detection).filter((k) => k !== 'condition');
        if (r.detection.condition === '1 of selection_*') {
          // `1 of` over one selection would be a plain `selection`; every selection must be covered by the glob.
          expect(selections.length, path).toBeGreaterThan(1);
          for (const s of selections) expect(s, path).toMatch(/^selection_[a-z0-9_]+$/);
        } else expect(selections).toEqual([r.detection.condition]);
        for (const { key, value } of fieldValues(r)) {
          expect(
            value.startsWith('*') || (value.endsWith('*') && !value.endsWith('\\*')),
            `${path} ${key}: ${value}`,
          ).toBe(false);
          if (/^Hash(es)?\|contains$/.test(key))
            expect(value).toMatch(/^(SHA256=[0-9A-F]{64}|SHA1=[0-9A-F]{40}|MD5=[0-9A-F]{32})$/);
        }
        // yamllint as SigmaHQ runs it: 4-space indentation, no trailing spaces, LF, final newline, no ---.
        expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
        expect(text).not.toMatch(/[ \t]$/m);
        expect(text).not.toContain('\r');
        expect(text.startsWith('---')).toBe(false);
        for (const line of text.split('\n')) expect((/^ */.exec(line)?.[0].length ?? 0) % 2).toBe(0);
      }
    },
  );

  test('ids are stable: UUIDv5 of the log source in the rule uuid, never random', () => {
    const [, text] = ruleFiles('3cx').find(([p]) => p.includes('proc_creation_win'))!;
    // Computed independently: Python's uuid.uuid5(uuid5(iocc namespace, rule id), 'proc_creation_win').
    expect(parse(text).id).toBe('ce9281a4-2864-585b-97b6-becca0cece14');
  });

  test(
    '3CX: every Windows client-binary SHA256 is in the process-creation rule, every installer SHA256 in the ' +
      'download rule',
    () => {
      const rule = yaml.load(readFileSync(join(root, 'rules/3cx-desktopapp-2023.yaml'), 'utf8'), {
        schema: yaml.CORE_SCHEMA,
      }) as { files: { sha256?: string; os?: string; role?: string }[] };
      const values = (file: string): string[] =>
        fieldValues(parse(outputs['3cx']().get(`sigma/3cx-desktopapp-2023/${file}`)!)).map((v) => v.value);
      const processes = values('proc_creation_win_3cx_desktopapp_2023.yml');
      const downloads = values('create_stream_hash_3cx_desktopapp_2023.yml');
      const windows = rule.files.filter((f) => f.os === 'windows' && f.sha256 !== undefined);
      expect(windows.filter((f) => f.role === 'application').length).toBe(6);
      expect(windows.filter((f) => f.role === 'installer').length).toBe(3);
      for (const f of windows.filter((x) => x.role === 'application'))
        expect(processes).toContain(`SHA256=${f.sha256!.toUpperCase()}`);
      // An .msi never is a process image (msiexec.exe is); Sysmon event 15 hashes the downloaded file itself.
      for (const f of windows.filter((x) => x.role === 'installer'))
        expect(downloads).toContain(`SHA256=${f.sha256!.toUpperCase()}`);
      expect(processes).toContain('3CXDesktopApp.exe');
    },
  );

  test('IPv6 addresses are written as Sysmon logs DestinationIp: eight groups, no ::', () => {
    const { rule } = load(
      'v6.yaml',
      ruleText(
        'v6',
        'network: {ips: ["2001:4860:4860::8844", "2a0d:5600:24:0:0:0:0:7", 45.77.1.2, "2a0d:5600:24::/48"]}',
      ),
    );
    const r = emitWith(sigma, buildRuleSet([rule!], '2026-01-01').ruleSet);
    const net = r.artifacts.find((a) => a.path.includes('net_connection_win_'))!;
    const values = fieldValues(parse(net.content)).map(({ key, value }) => `${key} ${value}`);
    expect(values).toEqual([
      'DestinationIp 2001:4860:4860:0:0:0:0:8844',
      'DestinationIp 2a0d:5600:24:0:0:0:0:7',
      'DestinationIp 45.77.1.2',
      'DestinationIp|cidr 2a0d:5600:24::/48',
    ]);
  });

  test('an https URL with a path is carried by the proxy rule, with the coverage note that TLS hides the path', () => {
    const { rule } = load(
      'u.yaml',
      ruleText(
        'u',
        'network: {urls: [https://evil9.example/stage2.exe, http://evil9.example/x, https://evil9.example]}',
      ),
    );
    const r = emitWith(sigma, buildRuleSet([rule!], '2026-01-01').ruleSet);
    expect(r.coverage.map((c) => [c.observable, c.carried && c.artifact, c.carried && c.note])).toEqual([
      [
        'url:https://evil9.example/stage2.exe',
        'u/proxy_u_iocs.yml',
        'the path is in proxy logs only with TLS inspection; without it the proxy logs CONNECT host:443',
      ],
      ['url:http://evil9.example/x', 'u/proxy_u_iocs.yml', undefined],
      ['url:https://evil9.example/', 'u/proxy_u_iocs.yml', undefined],
    ]);
  });

  test.each(['3cx', 'all-kinds'] as const)(
    '%s: domains are matched in DNS queries and proxy logs, never in the reverse-lookup DestinationHostname',
    (name) => {
      const rules = ruleFiles(name).map(([path, text]) => [path, parse(text)] as const);
      for (const [path, r] of rules)
        expect(
          fieldValues(r).filter((v) => v.key.startsWith('DestinationHostname')),
          path,
        ).toEqual([]);
      const valuesOf = (category: string): string[] =>
        rules
          .filter(([, r]) => r.logsource.category === category)
          .flatMap(([, r]) => fieldValues(r).map((v) => v.value));
      const file = name === '3cx' ? 'rules/3cx-desktopapp-2023.yaml' : 'test/fixtures/all-kinds.yaml';
      const result = build({ inputs: [file], registry: [sigma], selected: [sigma], asOf: '2026-01-01', cwd: root });
      const domains = result.coverage.filter((e) => e.observable.kind === 'domain');
      expect(domains.length).toBeGreaterThan(0);
      for (const e of domains) {
        expect(e.carriedBy, e.observable.id).toEqual(['sigma']);
        expect(valuesOf('dns_query')).toContain(e.observable.value);
        expect(valuesOf('proxy')).toContain(e.observable.value);
      }
    },
  );

  test('a file without an OS goes where its paths say: POSIX to macOS and Linux, none or Windows to Windows', () => {
    const rulesFor = (entry: string): string[] => {
      const { rule } = load('o.yaml', ruleText('o', `files: [${entry}]`));
      const r = emitWith(sigma, buildRuleSet([rule!], '2026-01-01').ruleSet);
      return r.artifacts
        .filter((a) => a.path.endsWith('.yml'))
        .map((a) => `${a.path} ${String(a.content.toLowerCase().includes('a'.repeat(64)))}`);
    };
    const hash = `sha256: ${'a'.repeat(64)}, name: x`;
    expect(rulesFor(`{${hash}, paths: ['/opt/x/x']}`)).toEqual([
      'o/proc_creation_macos_o.yml true',
      'o/proc_creation_lnx_o.yml true',
    ]);
    expect(rulesFor(`{${hash}}`)).toEqual(['o/proc_creation_win_o.yml true']);
    expect(rulesFor(`{${hash}, paths: ['C:\\\\x\\\\x']}`)).toEqual(['o/proc_creation_win_o.yml true']);
    expect(rulesFor(`{${hash}, os: linux}`)).toEqual(['o/proc_creation_lnx_o.yml true']);
  });

  test('deprecated rules are marked; TLP other than clear becomes a tag', () => {
    const [, text] = ruleFiles('all-kinds')[0]!;
    expect(parse(text).tags).toContain('tlp.amber');
    const { rule } = load('d.yaml', ruleText('dep', 'network: {domains: [evil.example.com]}', 'status: deprecated'));
    const model = buildRuleSet([rule!], '2026-01-01').ruleSet;
    const r = emitWith(sigma, model);
    expect(parse(r.artifacts[0]!.content)['status']).toBe('deprecated');
  });
});

describe('values are data', () => {
  test('Sigma escaping: * and ? match only themselves, backslashes stay backslashes', () => {
    for (const v of ['\\3CXDesktopApp.exe', 'a*b?c', 'C:\\*\\x', 'end\\', '\\\\server\\share', '*', '\\*', 'x\\?y']) {
      expect(sigmaLiteralValue(sigmaLiteral(v)), v).toBe(v);
    }
    expect(sigmaLiteral('\\3CXDesktopApp.exe')).toBe('\\3CXDesktopApp.exe');
    expect(parseSigmaString('18.12.407.*')).toEqual(['18.12.407.', { wildcard: '*' }]);
  });

  test('YAML scalars read back as the same string', () => {
    for (const v of [
      "it's",
      'a "b"',
      'line\nbreak',
      'tab\there',
      '\u0000nul',
      '\u202eRTL',
      'émoji 🙂',
      ' padded ',
      '- list',
      '#hash',
      'key: value',
      '\u2028sep',
      '\u0085nel',
    ]) {
      expect(yaml.load(`v: ${yamlScalar(v)}`, { schema: yaml.CORE_SCHEMA })).toEqual({ v });
    }
  });

  // No * or ?: names are matched as they are, so a wildcard in one is refused (paths take wildcards).
  const nameChars = fc.constantFrom(...'abcXYZ019 ._-\\\'"%{}[]#:&!|>@`~^$,;=+()\u00e9\u4e2d\u202e'.split(''));
  // With .bin at the end: what a file is (and so which log sources see it) follows its extension.
  const fileName = fc
    .array(nameChars, { minLength: 1, maxLength: 24 })
    .map((cs) => `${cs.join('')}.bin`)
    .filter((s) => s.trim() === s);
  const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
  const domain = fc
    .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'net', 'wiki', 'xn--p1ai'))
    .map(([ls, tld]) => [...ls, tld].join('.'));
  const title = fc
    .string({ minLength: 1, maxLength: 80, unit: 'binary' })
    .filter(
      (s) =>
        s.trim() !== '' &&
        !s.includes('\u0000') &&
        !/[\ud800-\udfff]/.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '')),
    );

  test('arbitrary file names, domains and titles round-trip and never change the number of rules', () => {
    const q = (s: string): string => JSON.stringify(s);
    const emit = (t: string, name: string, d: string) => {
      const { rule, diagnostics } = load(
        'p.yaml',
        ruleText(
          'prop',
          `files:\n  - {name: ${q(name)}, os: linux, role: payload}\nnetwork:\n  domains: [${q(d)}]`,
        ).replace('title: Test rule prop', `title: ${q(t)}`),
      );
      expect(diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
      return emitWith(sigma, buildRuleSet([rule!], '2026-01-01').ruleSet).artifacts.filter((a) =>
        a.path.endsWith('.yml'),
      );
    };
    const plain = emit('Plain', 'plain', 'example.com');
    fc.assert(
      fc.property(title, fileName, domain, (t, name, d) => {
        const artifacts = emit(t, name, d);
        expect(artifacts.map((a) => a.path)).toEqual(plain.map((a) => a.path));
        for (const a of artifacts) {
          const r = parse(a.content);
          expect(validateSchema(r)).toBe(true);
          expect(wordsInOrder(r.description, t), r.description).toBe(true);
          for (const { key, value } of fieldValues(r)) {
            const literal = sigmaLiteralValue(value);
            expect(literal, `${key}: ${value}`).toBeDefined();
            if (key === 'Image|endswith' || key === 'TargetFilename|endswith') expect(literal).toBe(`/${name}`);
            if (key === 'QueryName' || key === 'DestinationHostname' || key === 'cs-host') expect(literal).toBe(d);
            if (key.endsWith('|endswith') && /Query|Host|host/.test(key)) expect(literal).toBe(`.${d}`);
          }
          expect([...r.title].length).toBeLessThanOrEqual(120);
          const base = /[\p{L}\p{N}]/u.test(sigmaTitle(t)) ? sigmaTitle(t) : 'Prop';
          if ([...base].length < 80) expect(r.title.startsWith(`${base} - `), r.title).toBe(true);
        }
      }),
      { numRuns: Number(process.env['IOCC_PROPERTY_RUNS'] ?? 300) },
    );
  });
});
