// The YARA target: every artifact compiles without a warning on YARA 4 (libyara-wasm), YARA-X and —
// when installed (CI installs it) — Debian's yara; generated files match exactly the listed ones.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { emitWith } from './support/emit.js';
import { buildRuleSet } from '../src/model/build.js';
import { metaString, textString, validRuleName } from '../targets/yara/escape.js';
import { yara } from '../targets/yara/index.js';
import { removeDir, root, tempDir } from './support/helpers.js';
import { perTest } from './support/per-test.js';
import { load, ruleText } from './support/rules.js';
import { pathSegment } from './support/hostile.js';
import {
  externals,
  hasYaraCli,
  skipYaraCli,
  wasmScan,
  yaraArtifacts,
  yaraCli,
  yaraXCheck,
  yaraXScan,
} from './support/yara-engines.js';

const cliTest = skipYaraCli() ? test.skip : test;

const ruleNames = (source: string): string[] => [...source.matchAll(/^rule (\w+) \{$/gm)].map((m) => m[1] as string);
const sha = (alg: string, b: Buffer): string => createHash(alg).update(b).digest('hex');

const outputs = {
  '3cx': perTest(() => yaraArtifacts('rules/3cx-desktopapp-2023.yaml')),
  'all-kinds': perTest(() => yaraArtifacts('test/fixtures/all-kinds.yaml')),
};
let dir: string;
beforeAll(() => {
  dir = tempDir('iocc-yara-');
});
afterAll(() => removeDir(dir));

const yarFiles = (name: keyof typeof outputs): [string, string][] =>
  [...outputs[name]().entries()].filter(([p]) => p.endsWith('.yar'));

describe('artifacts', () => {
  test('3CX: the files written', () => {
    expect([...outputs['3cx']().keys()]).toEqual([
      'yara/3cx-desktopapp-2023-hash-iocs.txt',
      'yara/3cx-desktopapp-2023.filenames.yar',
      'yara/3cx-desktopapp-2023.yar',
    ]);
    const names = ruleNames(outputs['3cx']().get('yara/3cx-desktopapp-2023.yar')!);
    // 26 files by SHA256, 4 by SHA1 only, 6 by MD5 only; 1 PE build and 1 PE product rule
    expect(names.length).toBe(38);
    expect(names.filter((n) => /_Build_|_Product_/.test(n))).toEqual([
      'MAL_3cx_desktopapp_2023_Build_3CXDesktopApp_exe_Win',
      'MAL_3cx_desktopapp_2023_Product_3CX_Desktop_App_Win',
    ]);
    for (const n of names) expect(validRuleName(n), n).toBe(true);
  });

  test.each(['3cx', 'all-kinds'] as const)(
    '%s: every .yar compiles with no error and no warning on YARA 4 (wasm) and YARA-X',
    async (name) => {
      for (const [path, source] of yarFiles(name)) {
        const needsExternals = path.endsWith('.filenames.yar');
        expect(yaraXCheck(source, needsExternals), path).toEqual({ errors: [], warnings: [] });
        if (!needsExternals)
          expect(await wasmScan(source, new Uint8Array(1))).toMatchObject({ errors: [], warnings: [] });
      }
    },
  );

  test('file-name rules are apart because plain engines refuse undefined externals', async () => {
    const source = outputs['3cx']().get('yara/3cx-desktopapp-2023.filenames.yar')!;
    expect((await wasmScan(source, new Uint8Array(1))).errors.join('\n')).toMatch(/undefined identifier "filename"/);
    expect(yaraXCheck(source, false).errors.join('\n')).toMatch(/unknown identifier/);
  });

  cliTest.each(['3cx', 'all-kinds'] as const)(
    "%s: Debian's yara compiles every .yar with --fail-on-warnings",
    (name) => {
      expect(hasYaraCli()).toBe(true);
      for (const [path, source] of yarFiles(name)) {
        const file = join(dir, path.replace('/', '_'));
        writeFileSync(file, source);
        const r = yaraCli(file, join(root, 'package.json'), path.endsWith('.filenames.yar') ? externals : {});
        expect(r.stderr, path).toBe('');
        expect(r.code, path).toBe(0);
      }
    },
  );

  test('hash IOC list: HASH;COMMENT lines for LOKI and THOR', () => {
    const lines = outputs['3cx']().get('yara/3cx-desktopapp-2023-hash-iocs.txt')!.trimEnd().split('\n');
    expect(lines[0]!.startsWith('# ')).toBe(true);
    expect(lines.length - 1).toBe(50); // 26 SHA256, 12 SHA1, 12 MD5
    for (const l of lines.slice(1)) expect(l).toMatch(/^([0-9a-f]{64}|[0-9a-f]{40}|[0-9a-f]{32});[^;\r\n]+$/);
  });
});

describe('true positives: exactly the listed files match', () => {
  const sizes = [1, 100, 4096, 70_001, 300_000];
  /** Random samples, and the rule that lists four of them (sample4 is not listed). */
  const made = perTest(() => {
    const files = sizes.map((n, i) => ({ name: `sample${i}.bin`, data: randomBytes(n) }));
    const [a, b, c, d] = files.map((f) => f.data) as [Buffer, Buffer, Buffer, Buffer];
    // sha256 with size, sha256 without size, sha1 only, md5 only.
    const text = ruleText(
      'tp',
      [
        'files:',
        `  - {name: a.bin, sha256: "${sha('sha256', a)}", size: ${a.length}}`,
        `  - {name: b.bin, sha256: "${sha('sha256', b)}"}`,
        `  - {name: c.bin, sha1: "${sha('sha1', c)}"}`,
        `  - {name: d.bin, md5: "${sha('md5', d)}"}`,
      ].join('\n'),
    );
    const { rule } = load('tp.yaml', text);
    const out = emitWith(yara, buildRuleSet([rule!], '2026-01-01').ruleSet);
    const source = out.artifacts.find((x) => x.path === 'tp.yar')!.content;
    const listed = ruleNames(source);
    expect(listed.length).toBe(4);
    return { files, listed, source };
  });

  /** Each sample, and a near miss of it (same size, one byte flipped). */
  const samples = (): { label: string; data: Buffer; expected: string[] }[] => {
    const { files, listed } = made();
    return files.flatMap((f, i) => {
      const flipped = Buffer.from(f.data);
      flipped[flipped.length - 1] = (flipped[flipped.length - 1] as number) ^ 0x01;
      return [
        { label: f.name, data: f.data, expected: i < 4 ? [listed[i] as string] : [] },
        { label: `${f.name}, one byte flipped`, data: flipped, expected: [] },
      ];
    });
  };

  test('YARA 4 (wasm)', async () => {
    for (const s of samples())
      expect(
        (await wasmScan(made().source, new Uint8Array(s.data))).matches.map((m) => m.rule),
        s.label,
      ).toEqual(s.expected);
  });

  test('YARA-X', () => {
    for (const s of samples()) expect(yaraXScan(made().source, s.data), s.label).toEqual(s.expected);
  });

  cliTest("Debian's yara", () => {
    const ruleFile = join(dir, 'tp.yar');
    writeFileSync(ruleFile, made().source);
    const sampleDir = join(dir, 'samples');
    mkdirSync(sampleDir, { recursive: true });
    for (const s of samples()) {
      const file = join(sampleDir, s.label.replace(/[^a-z0-9.]+/gi, '_'));
      writeFileSync(file, s.data);
      expect(yaraCli(ruleFile, file).matches, s.label).toEqual(s.expected);
    }
  });

  test('file-name rules, with the externals LOKI and THOR set', () => {
    const source = outputs['all-kinds']().get('yara/osquery-all-kinds.filenames.yar')!;
    const names = ruleNames(source);
    const scan = (filename: string, filepath: string): string[] =>
      yaraXScan(source, Buffer.from('x'), { ...externals, filename, filepath });
    const agent = names.find((n) => n.includes('UpdateAgent'))!;
    const installer = names.find((n) => n.includes('setup_1_2_3_msi'))!;
    const implant = names.find((n) => n.includes('implant'))!;
    expect(scan('UpdateAgent', '/Users/bob/Library/Application Support/App')).toEqual([agent]);
    expect(scan('updateagent', '/Users/bob/Library/Application Support/APP')).toEqual([agent]); // macOS ignores case
    expect(scan('UpdateAgent', '/Users/bob/Downloads')).toEqual([]);
    expect(scan('SETUP-1.2.3.msi', 'C:\\Users\\x\\Downloads')).toEqual([installer]);
    expect(scan('setup-1.2.4.msi', 'C:\\Users\\x\\Downloads')).toEqual([]);
    expect(scan('implant', '/tmp')).toEqual([implant]);
    expect(scan('Implant', '/tmp')).toEqual([]); // Linux names are case-sensitive
  });

  cliTest("file-name rules on Debian's yara with -d", () => {
    const ruleFile = join(dir, 'names.yar');
    writeFileSync(ruleFile, outputs['all-kinds']().get('yara/osquery-all-kinds.filenames.yar')!);
    const target = join(root, 'package.json');
    expect(
      yaraCli(ruleFile, target, { ...externals, filename: 'SETUP-1.2.3.msi', filepath: 'C:\\Users\\x\\Downloads' })
        .matches.length,
    ).toBe(1);
    expect(yaraCli(ruleFile, target, { ...externals, filename: 'other.msi', filepath: 'C:\\x' }).matches).toEqual([]);
  });
});

describe('values are data', () => {
  test('meta and text strings escape what YARA needs, and refuse what it cannot hold', () => {
    expect(metaString('a "b" \\ c\n\t\u0007 日本')).toBe('"a \\"b\\" \\\\ c\\n\\t\\x07 日本"');
    expect(textString('日.txt')).toBe('"\\xe6\\x97\\xa5.txt"');
    expect(() => metaString('nul\u0000')).toThrow(/NUL/);
    expect(validRuleName('rule')).toBe(false);
    expect(validRuleName('3abc')).toBe(false);
    expect(validRuleName('A'.repeat(128))).toBe(true);
    expect(validRuleName('A'.repeat(129))).toBe(false);
  });

  const text = fc
    .string({ minLength: 1, maxLength: 60, unit: 'binary' })
    .filter((s) => s.trim() !== '' && !s.includes('\u0000') && !/[\ud800-\udfff]/u.test(s));
  const pathChar = fc.constantFrom(..."abcXYZ019-._~!$&'()*+,;=:@%".split(''));
  const reference = fc.array(pathChar, { maxLength: 30 }).map((cs) => `https://example.com/${cs.join('')}`);
  // No * or ?: names are matched as they are, so a wildcard in one is refused (paths take wildcards).
  const nameChars = fc.constantFrom(...'abcXYZ019 ._-\'"%{}[]#:&!|>@`~^$,;=+()\u00e9\u4e2d\u202e\t'.split(''));
  const fileName = fc
    .array(nameChars, { minLength: 1, maxLength: 24 })
    .map((cs) => cs.join(''))
    .filter((s) => s.trim() === s && s !== '.' && s !== '..');

  test(
    'arbitrary titles, descriptions, references and file names never break compilation or change the ' + 'rules',
    async () => {
      const emit = (title: string, description: string, ref: string, name: string) => {
        const q = (s: string): string => JSON.stringify(s);
        const t = ruleText(
          'prop',
          `files:\n  - {name: ${q(name)}, sha256: "${'ab'.repeat(32)}", os: linux, role: payload}\n  - ` +
            `{name: ${q(name)}, os: linux, paths: [${q(`/opt/${pathSegment(name)}/${pathSegment(name)}`)}]}`,
          `references: [${q(ref)}]`,
        )
          .replace('title: Test rule prop', `title: ${q(title)}`)
          .replace('description: A rule for the tests.', `description: ${q(description)}`);
        const { rule, diagnostics } = load('p.yaml', t);
        expect(diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
        return emitWith(yara, buildRuleSet([rule!], '2026-01-01').ruleSet).artifacts.filter((a) =>
          a.path.endsWith('.yar'),
        );
      };
      const plain = emit('Plain', 'Plain description.', 'https://example.com/', 'plain');
      await fc.assert(
        fc.asyncProperty(text, text, reference, fileName, async (title, description, ref, name) => {
          const artifacts = emit(title, description, ref, name);
          expect(artifacts.map((a) => [a.path, ruleNames(a.content).length])).toEqual(
            plain.map((a) => [a.path, ruleNames(a.content).length]),
          );
          for (const a of artifacts) {
            const named = a.path.endsWith('.filenames.yar');
            expect(yaraXCheck(a.content, named)).toEqual({ errors: [], warnings: [] });
            // The @litko/yara-x binding (like `yara -d`) turns an integer-looking (`+1`, `01`) or boolean-looking
            // (`True`) value into a number or a boolean and refuses it; LOKI and THOR always pass strings, so such
            // names are checked for compilation only (the binding's rule measured: decimals stay strings).
            if (named && /^([+-]?\d+|true|false)$/i.test(name)) continue;
            if (named) {
              // The name matches itself, in its folder, and nothing else.
              expect(
                yaraXScan(a.content, Buffer.from('x'), {
                  ...externals,
                  filename: name,
                  filepath: `/opt/${pathSegment(name)}`,
                }).length,
              ).toBe(1);
              expect(
                yaraXScan(a.content, Buffer.from('x'), {
                  ...externals,
                  filename: `${name}x`,
                  filepath: `/opt/${pathSegment(name)}`,
                }),
              ).toEqual([]);
              continue;
            }
            const scan = await wasmScan(a.content, new Uint8Array(1));
            expect(scan.errors).toEqual([]);
            expect(scan.warnings).toEqual([]);
          }
          // Meta values come back unchanged: a rule that matches any file shows them.
          const probe = artifacts[0]!.content.replace(/condition:\n\s+.*\n\}/, 'condition:\n      filesize >= 0\n}');
          const meta = new Map((await wasmScan(probe, new Uint8Array(1))).matches[0]!.meta);
          expect(meta.get('description')).toContain(title);
          expect(meta.get('reference')).toBe(ref);
          expect(meta.get('file_name')).toBe(name);
        }),
        { numRuns: Number(process.env['IOCC_PROPERTY_RUNS'] ?? 200) },
      );
    },
  );
});

describe('what a hash rule says it detects', () => {
  test.each([
    ['', 'file x.bin'],
    [', role: application', 'application binary x.bin'],
    [', role: payload', 'payload x.bin'],
  ])('a file%s is "the %s"', (role, what) => {
    const { rule } = load(
      'r.yaml',
      ruleText('r', `files: [{name: x.bin, os: linux, sha256: ${'a'.repeat(64)}${role}}]`),
    );
    const source = emitWith(yara, buildRuleSet([rule!], '2026-01-01').ruleSet).artifacts.find(
      (x) => x.path === 'r.yar',
    );
    expect(source?.content).toContain(
      `description = "Detects the ${what} (Linux) of Test rule r (iocc rule r) by its hash"`,
    );
  });
});
