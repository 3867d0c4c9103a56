// One measurement in a fresh process (so peak RSS is its own): `build <rules> <out>` runs the iocc
// pipeline stage by stage; `floor <rules> <bytes> <out>` does the least any tool must do with the same
// input and output: load the YAML (and read the lists) with js-yaml, and write the same number of bytes.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import yaml from 'js-yaml';
import { build } from '../src/build.js';
import { Timings } from '../src/util/timing.js';
import { writeDist } from '../src/write.js';
import { targets } from '../targets/index.js';

const [mode = '', rules = '', third = '', fourth = ''] = process.argv.slice(2);
const peakRssMiB = (): number => process.resourceUsage().maxRSS / 1024;

if (mode === 'build') {
  const out = third;
  const timings = new Timings();
  const start = performance.now();
  const result = build({ inputs: [rules], registry: targets, selected: targets, asOf: '2026-06-01', cwd: process.cwd(), timings });
  if (!result.ok) {
    process.stderr.write(`${result.diagnostics.filter((d) => d.severity === 'error').slice(0, 5).map((d) => d.message).join('\n')}\n`);
    process.exit(1);
  }
  rmSync(out, { recursive: true, force: true });
  timings.time('write', () => writeDist(out, result.files));
  const total = performance.now() - start;
  const bytes = result.files.reduce((n, f) => n + f.bytes.length, 0);
  process.stdout.write(JSON.stringify({ total, stages: timings.ms, bytes, files: result.files.length, peakRssMiB: peakRssMiB() }));
} else if (mode === 'floor') {
  const bytes = Number(third);
  const out = fourth;
  const start = performance.now();
  let items = 0;
  for (const name of readdirSync(rules).sort()) {
    const text = readFileSync(join(rules, name), 'utf8');
    if (name.endsWith('.yaml')) items += JSON.stringify(yaml.load(text, { schema: yaml.CORE_SCHEMA })).length > 0 ? 1 : 0;
    else items += text.split('\n').length;
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const chunk = Buffer.alloc(1 << 20, 0x61);
  let left = bytes;
  for (let i = 0; left > 0; i++) {
    const n = Math.min(left, chunk.length * 16);
    writeFileSync(join(out, `part-${i}`), n === chunk.length * 16 ? Buffer.concat(new Array(16).fill(chunk)) : Buffer.alloc(n, 0x61));
    left -= n;
  }
  process.stdout.write(JSON.stringify({ total: performance.now() - start, items, peakRssMiB: peakRssMiB() }));
} else if (mode === 'yarax') {
  // YARA-X is a dev dependency: only the benchmark and the tests load it.
  const yaraX = createRequire(import.meta.url)('@litko/yara-x-linux-x64-gnu') as { compile(source: string): { scan(data: Buffer): unknown[] } };
  const source = readFileSync(rules, 'utf8');
  const start = performance.now();
  const compiled = yaraX.compile(source);
  const compileMs = performance.now() - start;
  const data = readFileSync(third);
  const scanStart = performance.now();
  compiled.scan(data);
  process.stdout.write(JSON.stringify({ compileMs, scanMs: performance.now() - scanStart, peakRssMiB: peakRssMiB() }));
} else {
  process.stderr.write('usage: child.js build <rules> <out> | floor <rules> <bytes> <out> | yarax <rules.yar> <file>\n');
  process.exit(2);
}
