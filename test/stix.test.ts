// The STIX target: every bundle validates against the OASIS STIX 2.1 JSON schemas (ajv), every
// pattern parses with a parser of the OASIS pattern grammar and reads back exactly the rule's values,
// ids are deterministic, and the Sentinel upload bodies hold what the API takes.
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { perTest } from './support/per-test.js';
import { build } from '../src/build.js';
import { buildRuleSet } from '../src/model/build.js';
import type { Rule } from '../src/model/types.js';
import { targets } from '../targets/index.js';
import { stix } from '../targets/stix/index.js';
import { indicatorId, relationshipId, stixId } from '../targets/stix/ids.js';
import { stringLiteral } from '../targets/stix/pattern.js';
import { emitWith } from './support/emit.js';
import { root } from './support/helpers.js';
import { hostileFileName, hostileText, yamlQuote as q } from './support/hostile.js';
import { load, ruleText } from './support/rules.js';
import { comparisons, parsePattern, PatternError, type Literal } from '../src/import/stix-pattern.js';
import { bundleErrors, stixErrors } from './support/stix-schema.js';

const runs = Number(process.env['IOCC_PROPERTY_RUNS'] ?? 100);

type Obj = Record<string, unknown> & { type: string; id: string };
interface Bundle {
  type: string;
  id: string;
  objects: Obj[];
}

const buildRules = () =>
  build({ inputs: ['rules'], registry: targets, selected: [stix], asOf: '2026-12-01', cwd: root });
const rulesBuild = perTest(buildRules);
const bundles = () =>
  rulesBuild()
    .files.filter((f) => /^stix\/[^/]+\.json$/.test(f.path))
    .map((f) => ({ path: f.path, bundle: JSON.parse(Buffer.from(f.bytes).toString('utf8')) as Bundle }));
const bundleAt = (path: string): Bundle => {
  const found = bundles().find((b) => b.path === path);
  if (found === undefined) throw new Error(`no bundle ${path}`);
  return found.bundle;
};
const ruleById = () => new Map((rulesBuild().ruleSet?.rules ?? []).map((r) => [r.id, r]));
/** The bundle each rule file of rules/ should give, named without running the build (its file name is its id). */
const bundlePaths = readdirSync(join(root, 'rules'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ path: `stix/${f.slice(0, -'.yaml'.length)}.json` }));

/** The values of a rule as each pattern must carry them, computed from the rule, not from the target. */
function expectedValues(rule: Rule): string[] {
  const out: string[] = [];
  for (const f of rule.files) {
    const hashes = [
      ...(f.sha256 ? [`file:hashes.SHA-256=${f.sha256}`] : []),
      ...(f.sha1 ? [`file:hashes.SHA-1=${f.sha1}`] : []),
      ...(f.md5 ? [`file:hashes.MD5=${f.md5}`] : []),
    ];
    if (hashes.length > 0) out.push(hashes.join(' | '));
    else if (f.name !== undefined)
      out.push([`file:name=${f.name}`, ...(f.size !== undefined ? [`file:size=${f.size}`] : [])].join(' | '));
  }
  for (const s of rule.software)
    for (const v of s.versions) out.push(`software:name=${s.name} | software:version=${v}`);
  for (const d of rule.domains) out.push(`domain-name:value=${d.value}`);
  for (const u of rule.urls) out.push(`url:value=${u.value}`);
  for (const i of rule.ips) out.push(`${i.value.includes(':') ? 'ipv6-addr' : 'ipv4-addr'}:value=${i.value}`);
  return [...new Set(out)].sort();
}

const literalText = (v: Literal | readonly Literal[]): string =>
  Array.isArray(v) ? `(${v.map(literalText).join(',')})` : String((v as Literal).value);

/** What a parsed pattern compares, in the form of expectedValues (every comparison `=`). */
function patternValues(pattern: string): string {
  return comparisons(parsePattern(pattern))
    .map((c) => {
      expect(c.op).toBe('EQ');
      return `${c.path}=${literalText(c.value)}`;
    })
    .join(' | ');
}

const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('bundles of rules/', () => {
  test('there is one bundle per rule, and the build has no errors', () => {
    expect(rulesBuild().diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const written = bundles().map((b) => b.path);
    expect(written.sort()).toEqual([...ruleById().keys()].map((id) => `stix/${id}.json`).sort());
    expect(written.sort()).toEqual(bundlePaths.map((b) => b.path).sort());
  });

  test.each(bundlePaths)('$path: every object validates against its OASIS schema, and the bundle too', ({ path }) => {
    const bundle = bundleAt(path);
    expect(bundle.type).toBe('bundle');
    expect(Object.keys(bundle)).toEqual(['type', 'id', 'objects']); // no spec_version on a 2.1 bundle
    for (const o of bundle.objects) expect(stixErrors(o), `${o.type} ${o.id}`).toEqual([]);
    expect(bundleErrors(bundle)).toEqual([]);
  });

  test.each(bundlePaths)(
    '$path: ids unique, every reference inside the bundle, timestamps as the validator wants',
    ({ path }) => {
      const bundle = bundleAt(path);
      const ids = bundle.objects.map((o) => o.id);
      expect(new Set(ids).size).toBe(ids.length);
      const has = new Set(ids);
      for (const o of bundle.objects) {
        const refs = [
          o['created_by_ref'],
          o['source_ref'],
          o['target_ref'],
          ...((o['object_marking_refs'] as string[]) ?? []),
        ];
        for (const r of refs.filter((x): x is string => x !== undefined))
          expect(has.has(r), `${o.id} → ${r}`).toBe(true);
        for (const k of ['created', 'modified']) if (o[k] !== undefined) expect(o[k]).toMatch(ms);
        if (o['modified'] !== undefined) expect((o['modified'] as string) >= (o['created'] as string)).toBe(true);
        if (o.type === 'indicator' && o['valid_until'] !== undefined)
          expect((o['valid_until'] as string) > (o['valid_from'] as string)).toBe(true);
        if (o['confidence'] !== undefined) expect([15, 50, 85]).toContain(o['confidence']);
      }
    },
  );

  test.each(bundlePaths)("$path: every pattern parses and the patterns carry exactly the rule's values", ({ path }) => {
    const bundle = bundleAt(path);
    const rule = ruleById().get(
      bundle.objects.find((o) => o.type === 'campaign')!['external_references']
        ? (bundle.objects.find((o) => o.type === 'campaign')!['external_references'] as { external_id?: string }[])[0]!
            .external_id!
        : '',
    )!;
    expect(rule).toBeDefined();
    const patterns = bundle.objects.filter((o) => o.type === 'indicator').map((o) => o['pattern'] as string);
    expect(patterns.map(patternValues).sort()).toEqual(expectedValues(rule));
  });

  test.each(bundlePaths)('$path: the TLP 2.0 marking by its OASIS id marks every object', ({ path }) => {
    const bundle = bundleAt(path);
    const tlp2: Record<string, string> = {
      clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
      green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
      amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
      'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
      red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
    };
    const markings = bundle.objects.filter((o) => o.type === 'marking-definition');
    expect(markings).toHaveLength(1);
    const level = (markings[0]!['extensions'] as Record<string, { tlp_2_0: string }>)[
      'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d'
    ]!.tlp_2_0;
    expect(markings[0]!.id).toBe(tlp2[level]);
    for (const o of bundle.objects.filter((x) => x.type !== 'marking-definition'))
      expect(o['object_marking_refs']).toEqual([tlp2[level]]);
  });

  test('the same rules give the same bytes', () => {
    const again = buildRules();
    expect(again.files.map((f) => [f.path, Buffer.from(f.bytes).toString('hex')])).toEqual(
      rulesBuild().files.map((f) => [f.path, Buffer.from(f.bytes).toString('hex')]),
    );
  });

  test('ATT&CK: techniques are attack-patterns with their tactics, indicated by indicators', () => {
    const b = bundleAt('stix/3cx-desktopapp-2023.json');
    const ap = b.objects.filter((o) => o.type === 'attack-pattern');
    const byExt = new Map(ap.map((o) => [(o['external_references'] as { external_id: string }[])[0]!.external_id, o]));
    expect([...byExt.keys()].sort()).toEqual(['T1071.001', 'T1102.001', 'T1195.002', 'T1574.001']);
    expect(byExt.get('T1195.002')!['kill_chain_phases']).toEqual([
      { kill_chain_name: 'mitre-attack', phase_name: 'initial-access' },
    ]);
    const indicates = b.objects.filter((o) => o.type === 'relationship' && o['relationship_type'] === 'indicates');
    for (const t of byExt.values()) expect(indicates.some((r) => r['target_ref'] === t.id)).toBe(true);
    const vuln = b.objects.filter((o) => o.type === 'vulnerability');
    expect(vuln.map((v) => v['name'])).toEqual(['CVE-2023-29059']);
  });
});

describe('ids', () => {
  const one = (body: string): Obj[] => {
    const { rule, diagnostics } = load('r.yaml', ruleText('r', body));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const r = emitWith(stix, buildRuleSet([rule!], '2024-06-01').ruleSet);
    return (JSON.parse(r.artifacts.find((a) => a.path === 'r.json')!.content) as Bundle).objects;
  };

  test("an indicator's id is OpenCTI's: UUIDv5 in the STIX namespace over the JCS of {pattern}", () => {
    // Expected ids computed with Python's uuid.uuid5 and json.dumps(sort_keys, compact), not with iocc.
    const ind = one('network:\n  domains: [circl.lu]').find((o) => o.type === 'indicator')!;
    expect(ind['pattern']).toBe("[domain-name:value = 'circl.lu']");
    expect(ind.id).toBe('indicator--2ab8f690-76da-53c9-af94-d749ea91da6f');
    const named = one('files:\n  - {name: "it\'s \\\\ é.dll", os: linux}').find((o) => o.type === 'indicator')!;
    expect(named['pattern']).toBe("[file:name = 'it\\'s \\\\ é.dll']");
    expect(named.id).toBe('indicator--82580e11-5303-5a58-86a8-cf31285c2914');
  });

  test("a relationship's id is UUIDv5 in the STIX namespace over the JCS of iocc's relationship key", () => {
    // Python: uuid5(stix namespace, json.dumps({iocc, relationship_type, source, target}, sort_keys, compact)).
    const rel = one('network:\n  domains: [circl.lu]').find((o) => o.type === 'relationship')!;
    expect([rel['source_ref'], rel['relationship_type'], rel['target_ref']]).toEqual([
      'indicator--2ab8f690-76da-53c9-af94-d749ea91da6f',
      'indicates',
      'campaign--2c7210b3-7c02-5391-9411-58f45e342428',
    ]);
    expect(rel.id).toBe('relationship--8fe7a21e-a120-542a-acce-635f78057ad7');
  });

  test('the two ids written out by hand are stixId over the JCS of the same properties, for any text', () => {
    // indicatorId and relationshipId skip canonicalJson's key sort (a feed makes a million of each).
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), fc.string(), fc.string(), (p, type, source, target) => {
        expect(indicatorId(p)).toBe(stixId('indicator', { pattern: p.trim() }));
        expect(relationshipId(type, source, target)).toBe(
          stixId('relationship', { target, source, relationship_type: type, iocc: 'relationship' }),
        );
      }),
      { numRuns: 300 },
    );
  });

  test('expires is the last day: valid_until is the next midnight; confidence on the STIX scale', () => {
    const ind = one('network:\n  domains: [{value: evil.example.com, expires: 2024-12-31, confidence: medium}]').find(
      (o) => o.type === 'indicator',
    )!;
    expect(ind['valid_from']).toBe('2024-01-01T00:00:00.000Z');
    expect(ind['valid_until']).toBe('2025-01-01T00:00:00.000Z');
    expect(ind['confidence']).toBe(50);
  });
});

describe('the pattern checker (negative cases from stix.md)', () => {
  const h = 'a'.repeat(64);
  test.each([
    ["[file:name = 'it''s.dll']", 'SQL-style quote doubling'],
    [`[file:hashes.SHA-256 = '${h}']`, 'unquoted hash key with a hyphen'],
    [`[file:hashes."SHA-256" = '${h}']`, 'double-quoted hash key'],
    [`[file:hashes.'SHA-256' IN ('${h}', '${'b'.repeat(64)}')]`, 'IN on hashes'],
    ["[file:hashes.'SHA-256' = 'x']", 'a hash of the wrong length'],
    [`[file:hashes.sha256 = '${h}']`, 'a non-canonical hash key'],
    ["file:name = 'x'", 'missing brackets'],
    ["[file:name = 'x\\n']", "an escape other than \\\\ and \\'"],
    ["[file:name = 'x]", 'an unterminated string'],
  ])('%s is refused (%s)', (pattern) => {
    expect(() => parsePattern(pattern)).toThrow(PatternError);
  });

  test.each([
    `[file:hashes.'SHA-256' = '${h}' OR file:hashes.MD5 = '${'c'.repeat(32)}']`,
    "[domain-name:value IN ('a.example', 'b.example')]",
    "[file:name MATCHES '^ffmpeg\\\\.dll$']",
    "[process:name = 'x.exe'] FOLLOWEDBY [network-traffic:dst_ref.value = '1.2.3.4'] WITHIN 60 SECONDS",
    "[ipv4-addr:value = '198.51.100.0/24'] OR [ipv6-addr:value = '2001:db8::1']",
  ])('%s parses', (pattern) => {
    expect(() => parsePattern(pattern)).not.toThrow();
  });
});

describe('values are data', () => {
  test('any text round-trips through the escaper and the pattern parser', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const c = comparisons(parsePattern(`[file:name = ${stringLiteral(s)}]`));
        expect(c).toEqual([{ path: 'file:name', op: 'EQ', value: { kind: 'string', value: s } }]);
      }),
      { numRuns: runs * 10 },
    );
  });

  test('hostile names and texts: the same objects, valid, every pattern reads back the value', () => {
    const ruleOf = (name: string, text: string): string =>
      ruleText(
        'h',
        `files:\n  - {name: ${q(name)}, os: linux, comment: ${q(text)}}\n  - {name: ${q(name)}, sha256: ` +
          `"${'a'.repeat(64)}", os: linux, comment: ${q(text)}}\n` +
          `software:\n  - {name: ${q(text)}, os: windows, versions: ["1.0"]}`,
        `references: [https://example.com/r]\nattack: [T1195.002]`,
      ).replace('title: Test rule h', `title: ${q(text)}`);
    const emitted = (name: string, text: string) => {
      const { rule, diagnostics } = load('h.yaml', ruleOf(name, text));
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const r = emitWith(stix, buildRuleSet([rule!], '2026-01-01').ruleSet);
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      return (JSON.parse(r.artifacts.find((a) => a.path === 'h.json')!.content) as Bundle).objects;
    };
    const plainTypes = emitted('n', 't').map((o) => o.type);
    fc.assert(
      fc.property(hostileFileName(), hostileText(200), (name, text) => {
        const objects = emitted(name, text);
        expect(objects.map((o) => o.type)).toEqual(plainTypes);
        for (const o of objects) expect(stixErrors(o)).toEqual([]);
        const values = objects.filter((o) => o.type === 'indicator').map((o) => patternValues(o['pattern'] as string));
        expect(values).toEqual([
          `file:name=${name}`,
          `file:hashes.SHA-256=${'a'.repeat(64)}`,
          `software:name=${text} | software:version=1.0`,
        ]);
        expect(objects.find((o) => o.type === 'campaign')!['name']).toBe(text);
      }),
      { numRuns: runs },
    );
  });
});

describe('Sentinel upload bodies', () => {
  const batches = () =>
    rulesBuild()
      .files.filter((f) => f.path.startsWith('stix/sentinel/'))
      .map((f) => JSON.parse(Buffer.from(f.bytes).toString('utf8')) as { sourcesystem: string; stixobjects: Obj[] });

  test('at most 100 objects a request, the API body shape, only the documented types', () => {
    expect(batches().length).toBeGreaterThan(0);
    for (const b of batches()) {
      expect(Object.keys(b)).toEqual(['sourcesystem', 'stixobjects']);
      expect(b.sourcesystem).toBe('iocc');
      expect(b.stixobjects.length).toBeGreaterThan(0);
      expect(b.stixobjects.length).toBeLessThanOrEqual(100);
      for (const o of b.stixobjects) {
        expect(['identity', 'attack-pattern', 'indicator', 'relationship']).toContain(o.type);
        expect(stixErrors(o)).toEqual([]);
      }
    }
  });

  test('every indicator of every bundle once, references resolved, TLP 1.0 marking ids', () => {
    const all = batches().flatMap((b) => b.stixobjects);
    const ids = new Set(all.map((o) => o.id));
    expect(ids.size).toBe(all.length);
    const indicators = bundles().flatMap((b) =>
      b.bundle.objects.filter((o) => o.type === 'indicator').map((o) => o.id),
    );
    expect(
      all
        .filter((o) => o.type === 'indicator')
        .map((o) => o.id)
        .sort(),
    ).toEqual([...new Set(indicators)].sort());
    const seen = new Set<string>();
    for (const o of all) {
      // Referenced objects come in an earlier request or earlier in the same one.
      for (const r of [o['created_by_ref'], o['source_ref'], o['target_ref']].filter(
        (x) => x !== undefined && x !== o.id,
      ))
        expect(seen.has(r as string), `${o.id} → ${String(r)}`).toBe(true);
      expect(o['object_marking_refs']).toEqual(['marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9']);
      seen.add(o.id);
    }
  });
});
