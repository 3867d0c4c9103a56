// YARA output at scale: the same hashes compiled as one rule per hash and as grouped rules, each
// compiled (and used to scan 1 MiB) by YARA 4's yarac/yara and by YARA-X, in fresh processes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { yara } from '../targets/yara/index.js';
import { generateYaml } from './generate.js';
import type { YaraResult } from './report.js';

type Figures = { compileMs: number; peakRssMiB: number; scanMs?: number };

/** `/usr/bin/time -f '%e %M'`: wall seconds and peak RSS KiB of one command. */
function timeCommand(command: readonly string[]): { ms: number; rssMiB: number } | string {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', ...command], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.error) return `not measured: ${r.error.message}`;
  const last = r.stderr.trim().split('\n').pop() ?? '';
  if (r.status !== 0) return `failed: ${r.stderr.trim().split('\n')[0]?.slice(0, 120) ?? r.status}`;
  const [sec, kib] = last.split(' ').map(Number);
  return { ms: (sec ?? Number.NaN) * 1000, rssMiB: (kib ?? Number.NaN) / 1024 };
}

function yara4(source: string, scan: string, work: string): Figures | string {
  if (spawnSync('yarac', ['--version']).status !== 0) return 'not installed';
  const compiled = join(work, 'rules.yarc');
  const c = timeCommand(['yarac', source, compiled]);
  if (typeof c === 'string') return c;
  const s = timeCommand(['yara', '-C', compiled, scan]);
  return { compileMs: c.ms, peakRssMiB: c.rssMiB, ...(typeof s === 'string' ? {} : { scanMs: s.ms }) };
}

function yaraX(root: string, source: string, scan: string): Figures | string {
  const r = spawnSync(process.execPath, [join(root, 'build/bench/child.js'), 'yarax', source, scan], {
    encoding: 'utf8',
  });
  if (r.status !== 0) return `failed: ${r.stderr.trim().split('\n')[0]?.slice(0, 120) ?? r.status}`;
  return JSON.parse(r.stdout) as Figures;
}

export function measureYaraGrouping(root: string, n: number): YaraResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'iocc-bench-yara-'));
  try {
    const rules = join(dir, 'rules');
    mkdirSync(rules);
    const { files } = generateYaml(rules, n);
    const scan = join(dir, 'sample.bin');
    writeFileSync(scan, Buffer.alloc(1 << 20, 0x5a));
    const variants = [
      { variant: 'one rule per hash', groupAbove: 100_000_000 },
      // group_above=0: grouped whatever the size, so the two rows differ even for a small --sizes.
      {
        variant:
          `grouped, ${String(yara.options.group_size.default)} per rule ` +
          `(the default above ${String(yara.options.group_above.default)} hashes)`,
        groupAbove: 0,
      },
    ];
    return variants.map(({ variant, groupAbove }) => {
      const out = join(dir, `out-${groupAbove}`);
      const b = spawnSync(
        process.execPath,
        [
          join(root, 'bin/iocc.js'),
          'build',
          '-t',
          'yara',
          '--set',
          `yara.group_above=${groupAbove}`,
          '--out',
          out,
          rules,
        ],
        {
          encoding: 'utf8',
          env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' },
        },
      );
      if (b.status !== 0) throw new Error(`iocc build for the YARA benchmark failed: ${b.stderr.slice(0, 500)}`);
      const name = readdirSync(join(out, 'yara')).find((f) => f.endsWith('.yar') && !f.endsWith('.filenames.yar'));
      if (name === undefined) throw new Error('the YARA benchmark build wrote no hash rule file');
      const source = join(out, 'yara', name);
      const text = readFileSync(source, 'utf8');
      process.stderr.write(`  yara ${variant}: compiling\n`);
      return {
        variant,
        n: files,
        rules: text.match(/^(?:private )?rule /gm)?.length ?? 0,
        sourceBytes: Buffer.byteLength(text),
        engines: { 'YARA 4 (yarac, yara)': yara4(source, scan, dir), 'YARA-X': yaraX(root, source, scan) },
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
