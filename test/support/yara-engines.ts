// Three real YARA engines for the tests: YARA 4.2 compiled to WebAssembly (libyara-wasm), YARA-X 1.20
// (the @litko/yara-x native binding), and Debian's yara 4.2.3 command line when it is installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../../src/build.js';
import { yara } from '../../targets/yara/index.js';
import { root } from './helpers.js';

const require = createRequire(import.meta.url);

export interface Compiled {
  readonly errors: string[];
  readonly warnings: string[];
}

interface WasmVector<T> {
  size(): number;
  get(i: number): T;
}
interface WasmResult {
  compileErrors: WasmVector<{ message: string; lineNumber: number; warning: boolean }>;
  matchedRules: WasmVector<{ ruleName: string; metadata: WasmVector<{ identifier: string; data: string }> }>;
}
interface WasmYara {
  run(data: Uint8Array, rules: string): WasmResult;
}

let wasm: Promise<WasmYara> | undefined;
let wasmRuns = 0;
// libyara-wasm 1.2.1 leaks per run: after ~226 runs an instance silently stops matching (observed), so
// a fresh instance is made every 100 runs.
const wasmRunsPerInstance = 100;
/** A new instance; the Emscripten runtime adds process-wide error listeners per instance, which are removed. */
async function freshWasm(): Promise<WasmYara> {
  const emitter: NodeJS.EventEmitter = process;
  const events = ['uncaughtException', 'unhandledRejection'];
  const before = events.map((e) => new Set(emitter.listeners(e)));
  const instance = await (require('libyara-wasm') as () => Promise<WasmYara>)();
  events.forEach((e, i) => {
    for (const l of emitter.listeners(e))
      if (!before[i]?.has(l)) emitter.removeListener(e, l as (...args: unknown[]) => void);
  });
  return instance;
}

const list = <T>(v: WasmVector<T>): T[] => Array.from({ length: v.size() }, (_, i) => v.get(i));

/** libyara-wasm: compile `source` and scan `data` (it has no way to define external variables). */
export async function wasmScan(
  source: string,
  data: Uint8Array,
): Promise<Compiled & { matches: { rule: string; meta: [string, string][] }[] }> {
  if (wasm === undefined || wasmRuns++ % wasmRunsPerInstance === 0) wasm = freshWasm();
  const r = (await wasm).run(data, source);
  const diags = list(r.compileErrors);
  return {
    errors: diags.filter((d) => !d.warning).map((d) => `${d.lineNumber}: ${d.message}`),
    warnings: diags.filter((d) => d.warning).map((d) => `${d.lineNumber}: ${d.message}`),
    matches: list(r.matchedRules).map((m) => ({
      rule: m.ruleName,
      meta: list(m.metadata).map((x): [string, string] => [x.identifier, x.data]),
    })),
  };
}

interface YaraXRules {
  scan(data: Buffer, externals?: Record<string, string>): { ruleIdentifier: string }[];
  getWarnings(): { code: string; message: string }[];
}
interface YaraX {
  validate(
    source: string,
    options?: { defineVariables?: Record<string, string> },
  ): { warnings: { message: string }[]; errors: { message: string }[] };
  compile(source: string, options?: { defineVariables?: Record<string, string> }): YaraXRules;
}

export const yaraX = require('@litko/yara-x-linux-x64-gnu') as YaraX;

/** The externals LOKI and THOR define; compiling a file-name rule needs all of them defined. */
export const externals = { filename: '', filepath: '', extension: '', filetype: '', owner: '' };

export function yaraXCheck(source: string, withExternals = false): Compiled {
  const r = yaraX.validate(source, withExternals ? { defineVariables: externals } : {});
  return { errors: r.errors.map((e) => e.message), warnings: r.warnings.map((w) => w.message) };
}

export function yaraXScan(source: string, data: Buffer, vars?: Record<string, string>): string[] {
  const rules = yaraX.compile(source, { defineVariables: externals });
  return rules
    .scan(data, vars)
    .map((m) => m.ruleIdentifier)
    .sort();
}

export const hasYaraCli = (): boolean => spawnSync('yara', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * Debian's yara tests are skipped only when yara is missing and a developer allowed it explicitly
 * (IOCC_ALLOW_NO_YARA_CLI=1, never with IOCC_REQUIRE_YARA_CLI=1): a missing yara fails the tests, never
 * passes them silently.
 */
export const skipYaraCli = (): boolean =>
  process.env['IOCC_ALLOW_NO_YARA_CLI'] === '1' && process.env['IOCC_REQUIRE_YARA_CLI'] !== '1' && !hasYaraCli();

/** Debian's yara: compile with warnings as errors and scan `target`; the names of the matching rules. */
export function yaraCli(
  ruleFile: string,
  target: string,
  vars: Record<string, string> = {},
): { code: number | null; matches: string[]; stderr: string } {
  const defines = Object.entries(vars).flatMap(([k, v]) => ['-d', `${k}=${v}`]);
  const r = spawnSync('yara', ['--fail-on-warnings', ...defines, ruleFile, target], { encoding: 'utf8' });
  return {
    code: r.status,
    stderr: r.stderr,
    matches: r.stdout
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => l.split(' ')[0] as string)
      .sort(),
  };
}

/** The YARA files of one rule file (`yara/…` path → text), built as `iocc build` does, as of 2026-01-01. */
export function yaraArtifacts(file: string): Map<string, string> {
  const result = build({ inputs: [file], registry: [yara], selected: [yara], asOf: '2026-01-01', cwd: root });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`${file}: ${errors.map((d) => d.message).join('; ')}`);
  return new Map(result.files.filter((f) => f.path.startsWith('yara/')).map((f) => [f.path, f.bytes.toString('utf8')]));
}

export interface Engine {
  readonly name: string;
  /** The sorted names of the rules of `source` that match `data`; throws on any compile error or warning. */
  scan(source: string, data: Buffer): Promise<string[]>;
}

/** YARA-X, YARA 4 (wasm) and Debian's yara (unless skipYaraCli()). */
export function engines(): Engine[] {
  const list: Engine[] = [
    { name: 'YARA-X', scan: async (source, data) => yaraXScan(source, data) },
    {
      name: 'YARA 4 (wasm)',
      scan: async (source, data) => {
        const r = await wasmScan(source, new Uint8Array(data));
        if (r.errors.length + r.warnings.length > 0) throw new Error([...r.errors, ...r.warnings].join('\n'));
        return r.matches.map((m) => m.rule).sort();
      },
    },
  ];
  if (!skipYaraCli())
    list.push({
      name: "Debian's yara",
      scan: async (source, data) => {
        const dir = mkdtempSync(join(tmpdir(), 'iocc-yara-scan-'));
        try {
          writeFileSync(join(dir, 'rules.yar'), source);
          writeFileSync(join(dir, 'sample'), data);
          const r = yaraCli(join(dir, 'rules.yar'), join(dir, 'sample'));
          if (r.code !== 0 || r.stderr !== '') throw new Error(`yara exited ${r.code}: ${r.stderr}`);
          return r.matches;
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    });
  return list;
}
