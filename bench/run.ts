// `npm run bench`: iocc against the floor, side by side in one run, each measurement in its own
// process. Prints a table and writes bench/RESULTS.md (or --out). Nothing here asserts: the figures
// are reported, never used to pass or fail a test.
//
//   node build/bench/run.js [--sizes 1000,10000,100000,1000000] [--forms yaml,list] [--reps 3]
//                           [--out bench/RESULTS.md] [--no-startup] [--no-yara]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateList, generateYaml } from './generate.js';
import { machine, median, renderResults, type FormResult, type StartupResult, type YaraResult } from './report.js';
import { measureYaraGrouping } from './yara.js';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const child = join(root, 'build/bench/child.js');

interface Args {
  sizes: number[];
  forms: ('yaml' | 'list')[];
  reps: number;
  out: string;
  startup: boolean;
  yara: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    sizes: [1_000, 10_000, 100_000, 1_000_000],
    forms: ['yaml', 'list'],
    reps: 3,
    out: join(root, 'bench/RESULTS.md'),
    startup: true,
    yara: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--sizes') args.sizes = value().split(',').map(Number);
    else if (flag === '--forms') args.forms = value().split(',') as Args['forms'];
    else if (flag === '--reps') args.reps = Number(value());
    else if (flag === '--out') args.out = resolve(value());
    else if (flag === '--no-startup') args.startup = false;
    else if (flag === '--no-yara') args.yara = false;
    else throw new Error(`unknown option ${flag}`);
  }
  if (args.sizes.some((n) => !Number.isInteger(n) || n < 10)) throw new Error('--sizes: integers of at least 10');
  if (!Number.isInteger(args.reps) || args.reps < 1) throw new Error('--reps: an integer of at least 1');
  if (args.forms.some((f) => f !== 'yaml' && f !== 'list')) throw new Error('--forms: yaml and/or list');
  return args;
}

/** Runs the child in a fresh Node with room to grow, and returns its JSON line. */
function runChild<T>(args: readonly string[]): T {
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', child, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0)
    throw new Error(`bench child ${args[0]} failed (${r.status ?? r.signal}): ${r.stderr.slice(0, 2000)}`);
  return JSON.parse(r.stdout) as T;
}

interface BuildSample {
  total: number;
  stages: Record<string, number>;
  bytes: number;
  files: number;
  peakRssMiB: number;
  allocatedBytes: number;
  gcMs: number;
}
interface FloorSample {
  total: number;
  peakRssMiB: number;
}

/** Fewer repetitions where one run takes long: the ratio is what matters, and it is taken per pair. */
const repsFor = (n: number, reps: number): number => (n >= 1_000_000 ? 1 : reps);

function measureForm(n: number, form: 'yaml' | 'list', reps: number): FormResult {
  const dir = mkdtempSync(join(tmpdir(), `iocc-bench-${form}-${n}-`));
  const rules = join(dir, 'rules');
  const out = join(dir, 'out');
  try {
    mkdirSync(rules);
    const generated = form === 'yaml' ? generateYaml(rules, n) : generateList(rules, n);
    const builds: BuildSample[] = [];
    const floors: FloorSample[] = [];
    // Alternate floor and build so both see the same machine state; the first build also tells the
    // floor how many bytes to write.
    for (let i = 0; i < repsFor(n, reps); i++) {
      const b = runChild<BuildSample>(['build', rules, out]);
      builds.push(b);
      floors.push(runChild<FloorSample>(['floor', rules, String(b.bytes), String(b.files), join(dir, 'floor')]));
      process.stderr.write(
        `  ${form} ${n}: build ${(b.total / 1000).toFixed(2)} s, floor ` +
          `${(floors[floors.length - 1]!.total / 1000).toFixed(2)} s\n`,
      );
    }
    const ratios = builds.map((b, i) => b.total / floors[i]!.total);
    // The stages shown are those of the run whose ratio is nearest the median.
    const mid = median(ratios);
    const best =
      builds[ratios.reduce((k, r, i) => (Math.abs(r - mid) < Math.abs((ratios[k] ?? r) - mid) ? i : k), 0)] ??
      builds[0]!;
    return {
      n,
      form,
      inputBytes: generated.inputBytes,
      buildMs: median(builds.map((b) => b.total)),
      floorMs: median(floors.map((f) => f.total)),
      ratio: median(ratios),
      stages: best.stages,
      outputBytes: best.bytes,
      files: best.files,
      peakRssMiB: Math.max(...builds.map((b) => b.peakRssMiB)),
      floorRssMiB: Math.max(...floors.map((f) => f.peakRssMiB)),
      reps: builds.length,
      allocatedBytes: median(builds.map((b) => b.allocatedBytes)),
      gcMs: median(builds.map((b) => b.gcMs)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function wallMs(command: readonly string[], cwd: string): number {
  const start = performance.now();
  const r = spawnSync(command[0]!, command.slice(1), { cwd, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${command.join(' ')} exited ${r.status ?? r.signal}`);
  return performance.now() - start;
}

/** A cold `iocc build` of rules/ against `node -e 0`, alternated, 15 pairs. */
function measureStartup(): StartupResult {
  const out = mkdtempSync(join(tmpdir(), 'iocc-bench-startup-'));
  try {
    const node: number[] = [];
    const iocc: number[] = [];
    const cmd = [process.execPath, join(root, 'bin/iocc.js'), 'build', '--out', join(out, 'dist')];
    wallMs(cmd, root); // the file cache, not the process, is warmed: every run below is a new process
    for (let i = 0; i < 15; i++) {
      node.push(wallMs([process.execPath, '-e', '0'], root));
      iocc.push(wallMs(cmd, root));
    }
    const ratios = iocc.map((t, i) => t / node[i]!);
    return { nodeMs: median(node), ioccMs: median(iocc), ratio: median(ratios), pairs: ratios.length };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const forms: FormResult[] = [];
  for (const n of args.sizes) {
    for (const form of args.forms) forms.push(measureForm(n, form, args.reps));
  }
  let startup: StartupResult | undefined;
  if (args.startup) startup = measureStartup();
  let yara: YaraResult[] = [];
  if (args.yara) yara = measureYaraGrouping(root, Math.min(100_000, Math.max(...args.sizes)));
  const text = renderResults({
    machine: machine(),
    forms,
    startup,
    yara,
    command: `node build/bench/run.js ${process.argv.slice(2).join(' ')}`.trim(),
  });
  process.stdout.write(text);
  // Written last and whole, so an interrupted run leaves the previous results in place.
  writeFileSync(`${args.out}.tmp`, text);
  renameSync(`${args.out}.tmp`, args.out);
  process.stderr.write(`bench: results written to ${args.out}\n`);
}

main();
