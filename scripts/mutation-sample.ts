// A sampled mutation score per folder, for a machine where the full run (18,000 mutants, hours on 2 cores)
// does not fit: `sample` picks code lines at random (seeded, so the same sample every time) and prints them
// as Stryker --mutate ranges; `score` reads the JSON report of that run and prints, per folder, the score of
// the sampled mutants with a 95 % Wilson interval, and every survivor. README "Mutation testing" shows how.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const folders = ['src/load', 'src/model', 'targets'] as const;
/** Generated tables checked against their source elsewhere (stryker.config.mjs leaves them out too). */
const skipped = new Set(['src/values/attack-data.ts']);

/** Mulberry32: a small seeded generator, so a sample is the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const tsFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))
    .sort();

/** Lines that can hold a mutant: not blank, a comment, an import or a type declaration. */
const codeLine = (line: string): boolean =>
  !/^\s*($|\/\/|\/?\*|import |export (type|interface) |type |interface |readonly |\})/.test(line);

function sample(perFolder: number, seed: number, only: readonly string[]): string[] {
  const next = random(seed);
  return folders
    .filter((folder) => only.length === 0 || only.includes(folder))
    .flatMap((folder) => {
      const lines = tsFiles(folder)
        .filter((f) => !skipped.has(f))
        .flatMap((f) =>
          readFileSync(f, 'utf8')
            .split('\n')
            .flatMap((text, i) => (codeLine(text) ? [`${f}:${i + 1}-${i + 1}`] : [])),
        );
      const picked = new Set<string>();
      while (picked.size < Math.min(perFolder, lines.length)) picked.add(lines[Math.floor(next() * lines.length)]!);
      return [...picked].sort();
    });
}

/** The 95 % Wilson score interval of k successes in n. */
function wilson(k: number, n: number): [number, number] {
  const z = 1.96;
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const spread = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [Math.max(0, centre - spread), Math.min(1, centre + spread)];
}

interface Mutant {
  readonly status: string;
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly location: { readonly start: { readonly line: number; readonly column: number } };
}

const at = (m: Mutant): string => `${m.location.start.line}:${m.location.start.column}`;

function score(reportPath: string): string[] {
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { files: Record<string, { mutants: Mutant[] }> };
  const out: string[] = [
    '| folder | mutants | killed | of them timeouts | survived | no coverage | score (95 % interval) |',
    '|---|---:|---:|---:|---:|---:|---|',
  ];
  const survivors: string[] = [];
  for (const folder of folders) {
    let killed = 0;
    let timeouts = 0;
    let survived = 0;
    let uncovered = 0;
    // The report's keys are paths relative to the project, as --mutate gave them.
    for (const [path, { mutants }] of Object.entries(report.files)) {
      if (!path.startsWith(`${folder}/`)) continue;
      for (const m of mutants) {
        if (m.status === 'Killed' || m.status === 'Timeout') killed++;
        if (m.status === 'Timeout') timeouts++;
        else if (m.status === 'Survived') survived++;
        else if (m.status === 'NoCoverage') uncovered++;
        else continue; // CompileError, RuntimeError, Ignored: not counted by Stryker's score either
        if (m.status === 'Survived' || m.status === 'NoCoverage')
          survivors.push(`${path}:${at(m)} ${m.status} ${m.mutatorName} ${JSON.stringify(m.replacement ?? '')}`);
      }
    }
    const n = killed + survived + uncovered;
    const [lo, hi] = n > 0 ? wilson(killed, n) : [0, 0];
    const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
    const shown = n > 0 ? `${pct(killed / n)} (${pct(lo)}–${pct(hi)})` : '–';
    out.push(`| \`${folder}\` | ${n} | ${killed} | ${timeouts} | ${survived} | ${uncovered} | ${shown} |`);
  }
  return [...out, '', ...survivors];
}

const [command, ...args] = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
// --folder src/load (repeatable) samples only that folder: a narrower run where one folder lags.
const only = args.flatMap((a, i) => (args[i - 1] === '--folder' ? [a] : []));
const unknown = only.filter((f) => !(folders as readonly string[]).includes(f));
if (unknown.length > 0) {
  console.error(`unknown --folder ${unknown.join(', ')}: one of ${folders.join(', ')}`);
  process.exit(2);
}
if (command === 'sample') console.log(sample(option('--lines', 40), option('--seed', 1), only).join(','));
else if (command === 'score') console.log(score(args[0] ?? 'reports/mutation/mutation.json').join('\n'));
else {
  console.error(
    'usage: mutation-sample sample [--lines N] [--seed S] [--folder F]... | score [reports/mutation/mutation.json]',
  );
  process.exit(2);
}
