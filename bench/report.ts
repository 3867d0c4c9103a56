// Rendering the benchmark: a Markdown file with the machine, the figures and the goals as ratios.
import { cpus, freemem, platform, release, totalmem } from 'node:os';
import { spawnSync } from 'node:child_process';

export interface FormResult {
  n: number;
  form: 'yaml' | 'list';
  inputBytes: number;
  buildMs: number;
  floorMs: number;
  ratio: number;
  stages: Record<string, number>;
  outputBytes: number;
  files: number;
  peakRssMiB: number;
  floorRssMiB: number;
  reps: number;
  /** Bytes allocated on the JS heap during the build (median run). */
  allocatedBytes: number;
  /** Time spent in garbage collection (median run). */
  gcMs: number;
}
export interface StartupResult {
  nodeMs: number;
  ioccMs: number;
  ratio: number;
  pairs: number;
}
export interface YaraResult {
  variant: string;
  n: number;
  rules: number;
  sourceBytes: number;
  /** engine → figures, or the reason it could not be measured */
  engines: Record<string, { compileMs: number; peakRssMiB: number; scanMs?: number } | string>;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const lo = s[Math.floor((s.length - 1) / 2)];
  const hi = s[Math.floor(s.length / 2)];
  return lo === undefined || hi === undefined ? Number.NaN : (lo + hi) / 2;
};

export function machine(): string {
  const cpu = cpus();
  const yara = spawnSync('yara', ['--version'], { encoding: 'utf8' });
  return [
    `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
    `${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM (${(freemem() / 2 ** 30).toFixed(1)} GiB free at the start)`,
    `${platform()} ${release()}, Node ${process.versions.node}, V8 ${process.versions.v8}`,
    `YARA command line ${yara.status === 0 ? yara.stdout.trim() : 'not installed'}`,
  ].join('; ');
}

const s = (ms: number): string => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
const mib = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);
const x = (r: number): string => `${r.toFixed(2)}×`;

function formsTable(forms: readonly FormResult[]): string[] {
  const lines = [
    '| indicators | form | input MiB | iocc s | floor s | **iocc / floor** | peak RSS MiB (floor) | output ' +
      'MiB | files | runs |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const f of forms) {
    lines.push(
      `| ${f.n.toLocaleString('en')} | ${f.form} | ${mib(f.inputBytes)} | ${s(f.buildMs)} | ` +
        `${s(f.floorMs)} | **${x(f.ratio)}** | ${f.peakRssMiB.toFixed(0)} (${f.floorRssMiB.toFixed(0)}) | ` +
        `${mib(f.outputBytes)} | ${f.files} | ${f.reps} |`,
    );
  }
  return lines;
}

function stagesTable(forms: readonly FormResult[]): string[] {
  const names = [...new Set(forms.flatMap((f) => Object.keys(f.stages)))];
  const lines = [`| indicators | form | ${names.join(' | ')} |`, `|---:|---|${names.map(() => '---:').join('|')}|`];
  for (const f of forms)
    lines.push(`| ${f.n.toLocaleString('en')} | ${f.form} | ${names.map((n) => s(f.stages[n] ?? 0)).join(' | ')} |`);
  return lines;
}

function allocationTable(forms: readonly FormResult[]): string[] {
  const lines = [
    '| indicators | form | allocated MiB | **KiB per indicator** | GC s | GC share of build time |',
    '|---:|---|---:|---:|---:|---:|',
  ];
  for (const f of forms)
    lines.push(
      `| ${f.n.toLocaleString('en')} | ${f.form} | ${mib(f.allocatedBytes)} | ` +
        `**${(f.allocatedBytes / f.n / 1024).toFixed(1)}** | ${s(f.gcMs)} | ` +
        `${((100 * f.gcMs) / f.buildMs).toFixed(0)} % |`,
    );
  return lines;
}

function linearity(forms: readonly FormResult[]): string[] {
  const lines: string[] = [];
  for (const form of ['yaml', 'list'] as const) {
    const big = forms.find((f) => f.form === form && f.n === 1_000_000);
    const small = forms.find((f) => f.form === form && f.n === 100_000);
    if (big && small)
      lines.push(
        `- ${form}: 1M / 100k time ratio **${(big.buildMs / small.buildMs).toFixed(1)}** (goal ≤ 11); ` +
          `floor ${(big.floorMs / small.floorMs).toFixed(1)}`,
      );
  }
  return lines;
}

function yaraTable(results: readonly YaraResult[]): string[] {
  if (results.length === 0) return [];
  const engines = [...new Set(results.flatMap((r) => Object.keys(r.engines)))];
  const lines = [
    '## YARA at scale: one rule per hash vs. grouped rules',
    '',
    'YARA 4: `yarac` wall time and peak RSS, then `yara -C` on a 1 MiB file (loading the compiled rules',
    'and scanning, wall time of the process). YARA-X: `compile()` and `scan()` of 1 MiB timed inside one',
    "Node process, and that process's peak RSS.",
    '',
    `| variant | hashes | rules | source MiB | ` +
      `${engines.map((e) => `${e}: compile s / RSS MiB / scan s`).join(' | ')} |`,
    `|---|---:|---:|---:|${engines.map(() => '---').join('|')}|`,
  ];
  for (const r of results) {
    const cells = engines.map((e) => {
      const v = r.engines[e];
      if (v === undefined) return '';
      if (typeof v === 'string') return v;
      return `${s(v.compileMs)} / ${v.peakRssMiB.toFixed(0)}${v.scanMs === undefined ? '' : ` / ${s(v.scanMs)}`}`;
    });
    lines.push(
      `| ${r.variant} | ${r.n.toLocaleString('en')} | ${r.rules.toLocaleString('en')} | ` +
        `${mib(r.sourceBytes)} | ${cells.join(' | ')} |`,
    );
  }
  return lines;
}

export function renderResults(r: {
  machine: string;
  forms: readonly FormResult[];
  startup: StartupResult | undefined;
  yara: readonly YaraResult[];
  command: string;
}): string {
  const out = [
    '# iocc benchmark results',
    '',
    `Produced by \`npm run bench\` (\`${r.command}\`). Machine: ${r.machine}.`,
    '',
    'Every figure is measured in a fresh process (module loading excluded; start-up is measured apart);',
    'iocc and the floor run alternately in the same run, and each ratio is the median of the per-pair',
    'ratios. The floor loads the same input with js-yaml (and reads the list) and writes the same number',
    'of bytes, in as many files, as iocc wrote. "yaml" puts every indicator in the rule; "list" names a',
    'CSV with `files_from:`. 90 % of the indicators are SHA-256 file hashes with a name and an OS, 10 %',
    'are domains; every registered target is compiled.',
    '',
    '## Build time, memory and output against the floor',
    '',
    ...formsTable(r.forms),
    '',
    ...linearity(r.forms),
    '',
    '## Allocation and garbage collection',
    '',
    'Bytes allocated on the JS heap during the build (what each collection freed plus the growth of the',
    "heap, from V8's GC profiler) and the time its collections took, in the median run.",
    '',
    ...allocationTable(r.forms),
    '',
    '## Where the time goes (seconds per stage, median run)',
    '',
    ...stagesTable(r.forms),
    '',
  ];
  if (r.startup) {
    out.push(
      '## Start-up',
      '',
      `A cold \`iocc build\` of \`rules/\` (a new process each time, all targets, writing dist/): ` +
        `${s(r.startup.ioccMs)} s against \`node -e 0\` ${s(r.startup.nodeMs)} s, ` +
        `**${x(r.startup.ratio)}** (median of ${r.startup.pairs} alternated pairs; goal ≤ 3×).`,
      '',
    );
  }
  out.push(...yaraTable(r.yara), '');
  return `${out.join('\n').trimEnd()}\n`;
}
