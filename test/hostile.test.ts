// Untrusted rule files: any text in any free-text or name field reaches every artifact as data. The
// real parser of each format reads back the same value (or its documented neutralized form), and each
// artifact has as many rules, queries, rows and columns as for plain text. CI runs 1,000 cases per
// target (IOCC_PROPERTY_RUNS=1000).
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { emitWith } from './support/emit.js';
import { buildRuleSet } from '../src/model/build.js';
import type { AnyTarget, Artifact } from '../src/target.js';
import { defender } from '../targets/defender/index.js';
import { header } from './support/defender-facts.js';
import { osquery } from '../targets/osquery/index.js';
import { sigma } from '../targets/sigma/index.js';
import { yara } from '../targets/yara/index.js';
import { kql } from '../targets/kql/index.js';
import { analyze } from './support/kusto.js';
import { hostileFileName, hostileText, hostileUrlPath, pathSegment, yamlQuote as q } from './support/hostile.js';
import { osqueryDb, smokeHost, type Platform } from './support/osquery-sim.js';
import { load } from './support/rules.js';
import { sigmaLiteralValue } from './support/sigma-string.js';
import { wordsInOrder } from './support/text.js';
import { wasmScan, yaraXCheck } from './support/yara-engines.js';

const runs = Number(process.env['IOCC_PROPERTY_RUNS'] ?? 100);

interface Fields {
  title: string;
  description: string;
  author: string;
  recommendation: string;
  comment: string;
  name: string;
  dir: string;
  software: string;
  refPath: string;
  urlPath: string;
}

const fields: fc.Arbitrary<Fields> = fc.record({
  title: hostileText(200),
  description: hostileText(2000),
  author: hostileText(200),
  recommendation: hostileText(1000),
  comment: hostileText(1000),
  name: hostileFileName(),
  dir: hostileFileName(),
  software: hostileText(100),
  refPath: hostileUrlPath(),
  // * and \ make a URL indicator an error (url-wildcard, url-ambiguous); a reference may hold them.
  urlPath: hostileUrlPath('*\\'),
});

const plain: Fields = {
  title: 'Plain',
  description: 'Plain.',
  author: 'a',
  recommendation: 'r',
  comment: 'c',
  name: 'n',
  dir: 'd',
  software: 's',
  refPath: '/r',
  urlPath: '/u',
};

const segment = pathSegment;

/** A Windows executable's name made of a hostile name (no backslash: it would be a path). */
const exeName = (name: string): string => `${name.replace(/\\/g, '_')}.exe`;

/** One rule that puts the text in every field a target reads. */
function ruleOf(f: Fields): string {
  return `iocc: 1
id: hostile
title: ${q(f.title)}
description: ${q(f.description)}
author: ${q(f.author)}
date: 2024-01-01
severity: high
tlp: amber
references: [${q(`https://example.com${f.refPath}`)}]
response: {action: audit, recommendation: ${q(f.recommendation)}}
files:
  - {name: ${q(f.name)}, sha256: "${'a'.repeat(64)}", os: linux, role: payload, comment: ${q(f.comment)},
    paths: [${q(`/opt/${segment(f.dir)}/${segment(f.name)}`)}]}
  - {name: ${q(f.name)}, os: linux, role: payload, comment: ${q(f.comment)},
    paths: [${q(`/srv/${segment(f.dir)}/${segment(f.name)}`)}]}
  - {name: ${q(exeName(f.name))}, original_name: ${q(exeName(f.name))}, version: "1.0", sha256: "${'b'.repeat(64)}",
    os: windows, role: application, comment: ${q(f.comment)}}
software:
  - {name: ${q(f.software)}, os: windows, versions: ["1.0"], comment: ${q(f.comment)}}
  - {name: ${q(f.software)}, os: macos, versions: ["1.0"]}
network:
  domains: [{value: evil.example.com, comment: ${q(f.comment)}}]
  urls: [{value: ${q(`https://evil.example.com${f.urlPath}`)}, comment: ${q(f.comment)}}]
  ips: [{value: 45.77.1.2, comment: ${q(f.comment)}}]
`;
}

function emit(target: AnyTarget, f: Fields): readonly Artifact[] {
  const { rule, diagnostics } = load('hostile.yaml', ruleOf(f));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const r = emitWith(target, buildRuleSet([rule!], '2026-01-01').ruleSet);
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.artifacts;
}

const shape = (artifacts: readonly Artifact[]) => artifacts.map((a) => a.path);

describe('hostile text in every field', () => {
  test('the loader reads every generated rule back exactly', () => {
    fc.assert(
      fc.property(fields, (f) => {
        const { rule } = load('hostile.yaml', ruleOf(f));
        expect(rule).toBeDefined();
        const d = rule!.draft;
        expect([
          d.title,
          d.description,
          d.author,
          d.recommendation,
          d.files[0]?.name,
          d.files[0]?.comment,
          d.software[0]?.name,
        ]).toEqual([f.title, f.description, f.author, f.recommendation, f.name, f.comment, f.software]);
      }),
      { numRuns: runs },
    );
  });

  test('osquery: the same queries, each one statement that runs, the JSON reads back', () => {
    const plainPack = JSON.parse(emit(osquery, plain)[0]!.content) as {
      queries: Record<string, { query: string; platform?: string; description: string }>;
    };
    // One database per platform, reused: the smoke host has no files, so queries leave no state.
    const dbs = Object.fromEntries(
      (['windows', 'darwin', 'linux'] as const).map((p) => [p, osqueryDb(smokeHost(p))]),
    ) as Record<Platform, ReturnType<typeof osqueryDb>>;
    fc.assert(
      fc.property(fields, (f) => {
        const artifacts = emit(osquery, f);
        expect(shape(artifacts)).toEqual(['hostile.conf']);
        const pack = JSON.parse(artifacts[0]!.content) as typeof plainPack;
        expect(Object.keys(pack.queries)).toEqual(Object.keys(plainPack.queries));
        for (const [name, qy] of Object.entries(pack.queries)) {
          expect(qy.description.startsWith(`TLP:AMBER ${f.title} (hostile): `), name).toBe(true);
          for (const p of (qy.platform === undefined ? ['linux'] : [qy.platform]) as Platform[]) {
            // One statement (better-sqlite3 refuses more), valid, required columns constrained.
            dbs[p].prepare(qy.query).all();
          }
        }
      }),
      { numRuns: runs },
    );
    for (const db of Object.values(dbs)) db.close();
  });

  test('sigma: the same rules, valid YAML, values back after Sigma unescaping', () => {
    const plainShape = shape(emit(sigma, plain));
    fc.assert(
      fc.property(fields, (f) => {
        const artifacts = emit(sigma, f);
        expect(shape(artifacts)).toEqual(plainShape);
        for (const a of artifacts.filter((x) => x.path.endsWith('.yml'))) {
          const r = yaml.load(a.content, { schema: yaml.CORE_SCHEMA }) as {
            title: string;
            description: string;
            author: string;
            references: string[];
            tags: string[];
            detection: Record<string, Record<string, unknown>>;
          };
          // A Sigma description is one line about the threat (the title), with ASCII punctuation.
          expect(wordsInOrder(r.description, f.title), r.description).toBe(true);
          expect(r.description).toMatch(/^Detects [^\n]+\.$/);
          expect(r.author).toBe(f.author);
          expect(r.references).toEqual([`https://example.com${f.refPath}`]);
          expect(r.tags).toContain('tlp.amber');
          for (const [sel, map] of Object.entries(r.detection)) {
            if (sel === 'condition') continue;
            for (const [key, v] of Object.entries(map)) {
              for (const value of Array.isArray(v) ? v : [v]) {
                const literal = sigmaLiteralValue(String(value));
                expect(literal, `${key}: ${String(value)}`).toBeDefined();
                if (key === 'TargetFilename|endswith' || key === 'Image|endswith')
                  expect([
                    `/srv/${segment(f.dir)}/${segment(f.name)}`,
                    `\\${f.name.replace(/\\/g, '_')}.exe`,
                  ]).toContain(literal);
                if (key === 'Product') expect(literal).toBe(f.software);
              }
            }
          }
        }
      }),
      { numRuns: runs },
    );
  });

  test('yara: the same rules, zero warnings on YARA-X and YARA 4, meta back as written', async () => {
    const plainArtifacts = emit(yara, plain);
    const rules = (s: string): number => (s.match(/^rule \w+ \{$/gm) ?? []).length;
    await fc.assert(
      fc.asyncProperty(fields, async (f) => {
        const artifacts = emit(yara, f);
        expect(artifacts.map((a) => [a.path, rules(a.content)])).toEqual(
          plainArtifacts.map((a) => [a.path, rules(a.content)]),
        );
        for (const a of artifacts.filter((x) => x.path.endsWith('.yar')))
          expect(yaraXCheck(a.content, a.path.endsWith('.filenames.yar'))).toEqual({ errors: [], warnings: [] });
        const main = artifacts.find((a) => a.path === 'hostile.yar')!.content;
        const probe = main.replace(/condition:\n\s+.*\n\}/g, 'condition:\n      filesize >= 0\n}');
        const scan = await wasmScan(probe, new Uint8Array(1));
        expect(scan.errors).toEqual([]);
        expect(scan.warnings).toEqual([]);
        // libyara-wasm hands meta strings to JavaScript through a TextDecoder, which may drop a leading
        // U+FEFF; YARA itself keeps it (yara -m prints the bytes EF BB BF). Compare without it.
        const meta = new Map(scan.matches[0]!.meta);
        const decoded = (s: string | undefined): string | undefined => s?.replace(/^\ufeff+/, '');
        expect(decoded(meta.get('author'))).toBe(decoded(f.author));
        expect(decoded(meta.get('comment'))).toBe(decoded(f.comment));
        expect(meta.get('description')).toContain(f.title);
        expect(meta.get('reference')).toBe(`https://example.com${f.refPath}`);
        expect(meta.get('tlp')).toBe('TLP:AMBER');
      }),
      { numRuns: runs },
    );
  });

  test('defender: the same rows and columns and actions, texts back in their neutralized form', () => {
    const oneLine = (s: string): string =>
      s.replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
    const unneutralized = (cell: string): string => cell.replace(/^'(?=[=+\-@\t'])/, '');
    const plainShape = shape(emit(defender, plain));
    fc.assert(
      fc.property(fields, (f) => {
        const artifacts = emit(defender, f);
        expect(shape(artifacts)).toEqual(plainShape);
        const rows = artifacts
          .filter((a) => a.path.endsWith('.csv'))
          .flatMap((a) => {
            const records = parseCsv(a.content, { relax_column_count: false, record_delimiter: '\r\n' });
            expect(records[0]).toEqual(header);
            return records.slice(1);
          });
        expect(rows.map((r) => `${r[0]} ${r[3]} ${r.length}`)).toEqual([
          'FileSha256 Audit 12',
          'FileSha256 Audit 12',
          'IpAddress Audit 12',
          'DomainName Audit 12',
          'Url Audit 12',
        ]);
        for (const r of rows) {
          for (const cell of [r[5], r[6], r[7]]) expect(cell).not.toMatch(/^[=+\-@\t\r]|[\r\n]/);
          expect(unneutralized(r[5]!).startsWith(oneLine(f.title))).toBe(true);
          expect(unneutralized(r[7]!)).toBe(oneLine(f.recommendation));
          const comment = oneLine(f.comment);
          // A blank comment adds at most a full stop between the rule's sentence and the reference.
          if (comment.trim() === '')
            expect(unneutralized(r[6]!)).toMatch(/\)\.\s*\.? Reference: https:\/\/example\.com/);
          else expect(unneutralized(r[6]!)).toContain(comment.slice(0, 40));
        }
      }),
      { numRuns: runs },
    );
  });
  test('kql: the same queries, zero errors in the Kusto language service, values back as Kusto reads them', () => {
    const plainShape = shape(emit(kql, plain));
    fc.assert(
      fc.property(fields, (f) => {
        const artifacts = emit(kql, f);
        expect(shape(artifacts)).toEqual(plainShape);
        const text = (p: string): string => artifacts.find((a) => a.path === `hostile/${p}`)!.content;
        const queries = new Map<string, string>();
        const literals = new Map<string, string[]>();
        for (const a of artifacts.filter((x) => x.path.endsWith('.kql'))) {
          const lines = a.content.split('\n');
          // Four header comment lines, each one line, then the query.
          expect(
            lines.slice(0, 4).every((l) => l.startsWith('// ')),
            a.path,
          ).toBe(true);
          expect(lines[4]!.startsWith('//')).toBe(false);
          expect(lines[0]!.startsWith('// TLP:AMBER ')).toBe(true);
          const r = analyze(a.content);
          expect(r.diagnostics, a.path).toEqual([]);
          const key = a.path.replace(/^hostile\/|\.kql$/g, '');
          queries.set(key, lines.slice(4).join('\n').trimEnd());
          literals.set(key, r.strings);
        }
        const strings = (key: string): string[] => literals.get(key) ?? [];
        const exe = `${f.name.replace(/\\/g, '_')}.exe`;
        expect(strings('file')).toEqual(expect.arrayContaining([f.name, `/srv/${segment(f.dir)}/${segment(f.name)}`]));
        expect(strings('process')).toContain(exe);
        expect(strings('software')).toContain(f.software);
        expect(strings('network')).toEqual(expect.arrayContaining(['evil.example.com', '45.77.1.2']));
        for (const [key, query] of queries) {
          if (key === 'software') continue;
          const g = JSON.parse(text(`defender/${key}.json`)) as {
            displayName: string;
            queryCondition: { queryText: string };
            detectionAction: { alertTemplate: { description: string; recommendedActions: string } };
          };
          expect(g.queryCondition.queryText).toBe(query);
          expect(g.displayName.startsWith(f.title)).toBe(true);
          expect(g.detectionAction.alertTemplate.description.startsWith('TLP:AMBER. ')).toBe(true);
          expect(g.detectionAction.alertTemplate.description).toContain(f.description);
          expect(g.detectionAction.alertTemplate.recommendedActions).toBe(f.recommendation);
          const y = yaml.load(text(`sentinel/${key}.yaml`)) as {
            name: string;
            description: string;
            query: string;
            tags: string[];
          };
          expect(y.query).toBe(query.replace('| project Timestamp,', '| project TimeGenerated,'));
          expect(analyze(y.query, 'sentinel').diagnostics).toEqual([]);
          expect(y.name.startsWith(f.title)).toBe(true);
          expect(y.description).toContain(f.description);
          expect(y.tags).toEqual(['TLP:AMBER']);
        }
      }),
      { numRuns: runs },
    );
  });
});
