// One measurement in a fresh process (so peak RSS is its own): `build <rules> <out>` runs the iocc
// pipeline stage by stage; `floor <rules> <bytes> <files> <out>` does the least any tool must do with
// the same input and output: load the YAML (and read the lists) with js-yaml, and write the same number
// of bytes in the same number of files. Each mode imports only what it uses, so RSS is its own too.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { GCProfiler, getHeapStatistics } from 'node:v8';

const [mode = '', rules = '', third = '', fourth = '', fifth = ''] = process.argv.slice(2);
const peakRssMiB = (): number => process.resourceUsage().maxRSS / 1024;

interface GcStats {
  statistics: { cost: number; beforeGC: HeapAt; afterGC: HeapAt }[];
}
interface HeapAt {
  heapStatistics: { usedHeapSize: number };
}

/** Bytes allocated on the JS heap (what each collection freed, plus the growth) and GC time (cost is in µs). */
function gcFigures(stats: GcStats, usedBefore: number, usedAfter: number): { allocatedBytes: number; gcMs: number } {
  let freed = 0;
  let cost = 0;
  for (const s of stats.statistics) {
    freed += Math.max(0, s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize);
    cost += s.cost;
  }
  return { allocatedBytes: freed + Math.max(0, usedAfter - usedBefore), gcMs: cost / 1000 };
}

if (mode === 'build') {
  const out = third;
  const [{ buildTo }, { Timings }, { stageDist }, { folderSink }, { targets }] = await Promise.all([
    import('../src/build.js'),
    import('../src/util/timing.js'),
    import('../src/write.js'),
    import('../src/sink.js'),
    import('../targets/index.js'),
  ]);
  rmSync(out, { recursive: true, force: true }); // the previous run's output, outside the timed part
  const timings = new Timings();
  // Every collection with the heap before and after it: what was allocated, and the time spent in GC.
  const gc = new GCProfiler();
  gc.start();
  const usedBefore = getHeapStatistics().used_heap_size;
  const start = performance.now();
  // As `iocc build` does: every file streamed into a staging folder that is swapped in at the end.
  const result = stageDist(out, (staging) => {
    const r = buildTo(
      { inputs: [rules], registry: targets, selected: targets, asOf: '2026-06-01', cwd: process.cwd(), timings },
      folderSink(staging),
    );
    return { publish: r.ok, value: r };
  });
  if (!result.ok) {
    process.stderr.write(
      `${result.diagnostics
        .filter((d) => d.severity === 'error')
        .slice(0, 5)
        .map((d) => d.message)
        .join('\n')}\n`,
    );
    process.exit(1);
  }
  const total = performance.now() - start;
  const { allocatedBytes, gcMs } = gcFigures(gc.stop(), usedBefore, getHeapStatistics().used_heap_size);
  const bytes = result.written.reduce((n, f) => n + f.size, 0);
  process.stdout.write(
    JSON.stringify({
      total,
      stages: timings.ms,
      bytes,
      files: result.written.length,
      peakRssMiB: peakRssMiB(),
      allocatedBytes,
      gcMs,
    }),
  );
} else if (mode === 'floor') {
  const yaml = (await import('js-yaml')).default;
  const [bytes, files, out] = [Number(third), Math.max(1, Number(fourth)), fifth];
  rmSync(out, { recursive: true, force: true });
  const start = performance.now();
  for (const name of readdirSync(rules).sort()) {
    const text = readFileSync(join(rules, name), 'utf8');
    if (name.endsWith('.yaml')) yaml.load(text, { schema: yaml.CORE_SCHEMA });
    else text.split('\n');
  }
  mkdirSync(out, { recursive: true });
  // The same bytes in the same number of files, each filled with one repeated character.
  const size = Math.floor(bytes / files);
  for (let i = 0; i < files; i++)
    writeFileSync(join(out, `part-${i}`), Buffer.alloc(i === files - 1 ? bytes - size * (files - 1) : size, 0x61));
  process.stdout.write(JSON.stringify({ total: performance.now() - start, peakRssMiB: peakRssMiB() }));
} else if (mode === 'yarax') {
  // YARA-X is a dev dependency: only the benchmark and the tests load it.
  const yaraX = createRequire(import.meta.url)('@litko/yara-x-linux-x64-gnu') as {
    compile(source: string): { scan(data: Buffer): unknown[] };
  };
  const source = readFileSync(rules, 'utf8');
  const start = performance.now();
  const compiled = yaraX.compile(source);
  const compileMs = performance.now() - start;
  const data = readFileSync(third);
  const scanStart = performance.now();
  compiled.scan(data);
  process.stdout.write(JSON.stringify({ compileMs, scanMs: performance.now() - scanStart, peakRssMiB: peakRssMiB() }));
} else {
  process.stderr.write(
    'usage: child.js build <rules> <out> | floor <rules> <bytes> <files> <out> | yarax <rules.yar> <file>\n',
  );
  process.exit(2);
}
