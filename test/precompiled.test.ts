// The validator and templates precompiled by `npm run build` must behave exactly like the ones compiled
// at run time, and the build must have made them (else every run pays to compile them again).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ValidateFunction } from 'ajv';
import yaml from 'js-yaml';
import { ruleAjv, validatorSource } from '../src/load/schema.js';
import { ruleSchemaPath } from '../src/paths.js';
import { loadPrecompiled } from '../src/precompiled.js';
import { build } from '../src/build.js';
import { targets } from '../targets/index.js';
import { templateSource } from '../src/template.js';
import { fixtures, root, snapshotTree } from './support/helpers.js';

const schemaText = readFileSync(ruleSchemaPath, 'utf8');

const aliasBombs = ['billion-laughs.yaml', 'bomb-mapping-aliases.yaml'];

/** Every file that does not reach the validator, and why: anything else dropped fails the size check. */
const SKIPPED: [string, string][] = [
  ['billion-laughs.yaml', 'alias bomb'],
  ['bomb-mapping-aliases.yaml', 'alias bomb'],
  ['document-end-then-more.yaml', 'not YAML'],
  ['duplicate-key-nested.yaml', 'not YAML'],
  ['duplicate-key.yaml', 'not YAML'],
  ['multi-document-at-end.yaml', 'not YAML'],
  ['multi-document-inline.yaml', 'not YAML'],
  ['multi-document.yaml', 'not YAML'],
  ['nul-byte-raw.yaml', 'not YAML'],
  ['python-tag.yaml', 'not YAML'],
  ['tab-indent.yaml', 'not YAML'],
  ['yaml-syntax.yaml', 'not YAML'],
];
/** test/fixtures/bad and rules/ held 84 documents when this was written; fewer means files were lost. */
const MIN_DOCUMENTS = 84;

interface Corpus {
  readonly files: number;
  readonly documents: [string, unknown][];
  /** Files that never reach the validator, and why. */
  readonly skipped: [string, string][];
}

function corpus(): Corpus {
  const dirs = [join(fixtures, 'bad'), join(root, 'rules')];
  const documents: [string, unknown][] = [];
  const skipped: [string, string][] = [];
  let files = 0;
  for (const dir of dirs) {
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.yaml'))
      .sort()) {
      files++;
      const text = readFileSync(join(dir, f), 'utf8');
      // iocc refuses these alias bombs before validation; js-yaml would expand them here. Named, not
      // guessed by a pattern: a pattern for `&` once dropped a real rule (a comment with "... &,").
      if (aliasBombs.includes(f)) {
        skipped.push([f, 'alias bomb']);
        continue;
      }
      try {
        documents.push([f, yaml.load(text, { schema: yaml.CORE_SCHEMA })]);
      } catch {
        skipped.push([f, 'not YAML']); // a file that is not YAML never reaches the validator
      }
    }
  }
  return { files, documents, skipped };
}

const all = corpus();

describe('the corpus of documents compared', () => {
  test('holds every file but those that never reach the validator, named here one by one', () => {
    expect(all.skipped).toEqual(SKIPPED);
    expect(all.documents.length + all.skipped.length).toBe(all.files);
    // A floor, so that a corpus emptied by a broken filter fails here instead of passing vacuously.
    expect(all.documents.length).toBeGreaterThanOrEqual(MIN_DOCUMENTS);
  });
});

describe('precompiled rule validator', () => {
  const precompiled = loadPrecompiled<ValidateFunction>('rule-validator', validatorSource(schemaText));
  const runtime = ruleAjv().compile(JSON.parse(schemaText) as object);

  test('exists for the current schema', () => {
    expect(precompiled).toBeTypeOf('function');
  });

  test.each(all.documents)('%s: same verdict and same errors as the run-time validator', (_, value) => {
    const a = precompiled?.(value);
    const b = runtime(value);
    expect(a).toBe(b);
    expect(JSON.stringify(precompiled?.errors ?? null)).toBe(JSON.stringify(runtime.errors ?? null));
  });

  test('an edited schema is not served by a stale file', () => {
    expect(loadPrecompiled('rule-validator', validatorSource(`${schemaText} `))).toBeUndefined();
  });
});

describe('precompiled templates', () => {
  test.each(['targets/sigma/rule.hbs', 'targets/yara/rules.hbs'])('%s exists for the current template', (file) => {
    expect(loadPrecompiled<object>('template', templateSource(readFileSync(join(root, file), 'utf8')))).toBeDefined();
  });

  test('a build that compiles everything at run time writes the same bytes as the precompiled one', () => {
    const out = mkdtempSync(join(tmpdir(), 'iocc-noprecompiled-'));
    try {
      const r = spawnSync(
        process.execPath,
        [join(root, 'bin/iocc.js'), 'build', '--as-of', '2026-06-01', '--out', join(out, 'dist')],
        {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, IOCC_PRECOMPILED: '0' },
        },
      );
      expect(r.status, r.stderr).toBe(0);
      const precompiled = build({
        inputs: ['rules'],
        registry: targets,
        selected: targets,
        asOf: '2026-06-01',
        cwd: root,
      });
      expect(precompiled.files.length).toBeGreaterThan(10);
      expect(Object.keys(snapshotTree(join(out, 'dist'))).sort()).toEqual(precompiled.files.map((f) => f.path).sort());
      for (const f of precompiled.files)
        expect(readFileSync(join(out, 'dist', f.path)).equals(Buffer.from(f.bytes)), f.path).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
