// Paths as incident reports write them: every variable of a default Windows install (any case), ~,
// $HOME and ${HOME}, and * / ? wildcards within one folder or file name. Each target finds the file
// where its consumer sees it — osquery on simulated hosts, YARA with LOKI's externals, Sigma values read
// back with Sigma's own string rules — and near misses (another folder level, another name) never match.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { perTest } from './support/per-test.js';
import { emitWith } from './support/emit.js';
import { buildRuleSet } from '../src/model/build.js';
import type { AnyTarget, Artifact } from '../src/target.js';
import { osquery } from '../targets/osquery/index.js';
import { sigma } from '../targets/sigma/index.js';
import { yara } from '../targets/yara/index.js';
import { pathSegment, yamlQuote as q } from './support/hostile.js';
import { rowsOn, type Pack } from './support/osquery-packs.js';
import type { Host } from './support/osquery-sim.js';
import { load, ruleText } from './support/rules.js';
import { parseSigmaString } from './support/sigma-string.js';
import { yaraXCheck, yaraXScan } from './support/yara-engines.js';

const runs = Number(process.env['IOCC_PROPERTY_RUNS'] ?? 100);
const hash = 'ab'.repeat(32);

function emit(files: string): { osquery: Pack; sigma: readonly Artifact[]; yara: readonly Artifact[] } {
  const { rule, diagnostics } = load('p.yaml', ruleText('p', `files:\n${files}`));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const built = buildRuleSet([rule!], '2026-01-01');
  expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const model = built.ruleSet;
  const art = (t: AnyTarget) => emitWith(t, model).artifacts;
  return { osquery: JSON.parse(art(osquery)[0]!.content) as Pack, sigma: art(sigma), yara: art(yara) };
}

/** Paths of the files that the pack's file_hash queries find on the host. */
function hashed(pack: Pack, host: Host): string[] {
  return Object.entries(pack.queries)
    .filter(([n, qy]) => n.startsWith('file_hash_') && (qy.platform ?? host.platform) === host.platform)
    .flatMap(([, qy]) => rowsOn(host, qy.query).map((r) => String(r['path'])))
    .sort();
}

const file = (path: string, sha256 = hash) => ({ path, size: 100, sha256 });
/** A hash of its own for the i-th file of a rule (one hash in two entries is a merge, not two files). */
const hashOf = (i: number): string => i.toString(16).padStart(2, '0').repeat(32);

describe('Windows variables, in any case, where osquery finds them', () => {
  const vars: [string, string][] = [
    ['%USERPROFILE%', 'C:\\Users\\alice'],
    ['%HomeDrive%%HomePath%', 'C:\\Users\\alice'],
    ['%appdata%', 'C:\\Users\\alice\\AppData\\Roaming'],
    ['%LOCALAPPDATA%', 'C:\\Users\\alice\\AppData\\Local'],
    ['%Temp%', 'C:\\Users\\alice\\AppData\\Local\\Temp'],
    ['%TMP%', 'C:\\Windows\\Temp'],
    ['%windir%', 'C:\\Windows'],
    ['%SystemRoot%', 'C:\\Windows'],
    ['%SYSTEMDRIVE%', 'C:'],
    ['%ProgramFiles%', 'C:\\Program Files'],
    ['%ProgramFiles(x86)%', 'C:\\Program Files (x86)'],
    ['%ProgramW6432%', 'C:\\Program Files'],
    ['%CommonProgramFiles%', 'C:\\Program Files\\Common Files'],
    ['%CommonProgramFiles(x86)%', 'C:\\Program Files (x86)\\Common Files'],
    ['%ProgramData%', 'C:\\ProgramData'],
    ['%ALLUSERSPROFILE%', 'C:\\ProgramData'],
    ['%PUBLIC%', 'C:\\Users\\Public'],
  ];
  const pack = perTest(
    () =>
      emit(
        vars
          .map(
            ([v], i) =>
              `  - {name: e${i}.exe, sha256: "${hashOf(i)}", os: windows, role: payload, paths: ` +
              `[${q(`${v}\\x\\e${i}.exe`)}]}`,
          )
          .join('\n'),
      ).osquery,
  );
  test.each(vars.map(([v, at], i) => [v, at, i] as const))('%s → %s', (_v, at, i) => {
    const host: Host = {
      platform: 'windows',
      files: [file(`${at}\\x\\e${i}.exe`, hashOf(i)), file(`${at}\\y\\e${i}.exe`, hashOf(i))],
      tables: { users: [{ username: 'alice', uid: 1001, directory: 'C:\\Users\\alice' }] },
    };
    expect(hashed(pack(), host)).toEqual([`${at}\\x\\e${i}.exe`]);
  });
});

describe('wildcards within one folder or file name', () => {
  const pack = perTest(
    () =>
      emit(
        [
          `  - {name: liblzma.so.5.6.1, sha256: "${hash}", os: linux, role: library, paths: ` +
            `['/usr/lib/*/liblzma.so.5.?.1', '~/.local/lib/*/liblzma.so.5.6.1']}`,
          `  - {name: evil.exe, sha256: "${hashOf(1)}", os: windows, role: payload, paths: ` +
            `['%LOCALAPPDATA%\\*\\bin\\evil.exe', '%ProgramFiles%\\Evil*\\evil.exe']}`,
        ].join('\n'),
      ).osquery,
  );
  test('Linux: one folder level per *, ? one character, case kept; per user under ~', () => {
    const host: Host = {
      platform: 'linux',
      files: [
        file('/usr/lib/x86_64-linux-gnu/liblzma.so.5.6.1'),
        file('/usr/lib/aarch64-linux-gnu/liblzma.so.5.4.1'),
        file('/usr/lib/a/b/liblzma.so.5.6.1'), // two levels: no
        file('/usr/lib/x/liblzma.so.5.6.10'), // ? is one character: no
        file('/usr/lib/x/LIBLZMA.so.5.6.1'), // Linux names keep their case: no
        file('/home/bob/.local/lib/py/liblzma.so.5.6.1'),
        file('/home/bob/.local/liblzma.so.5.6.1'), // the * folder is missing: no
      ],
      tables: {
        users: [
          { username: 'root', uid: 0, directory: '/root' },
          { username: 'bob', uid: 1000, directory: '/home/bob' },
        ],
      },
    };
    expect(hashed(pack(), host)).toEqual([
      '/home/bob/.local/lib/py/liblzma.so.5.6.1',
      '/usr/lib/aarch64-linux-gnu/liblzma.so.5.4.1',
      '/usr/lib/x86_64-linux-gnu/liblzma.so.5.6.1',
    ]);
  });
  test('Windows: names compared without case; a * in part of a name', () => {
    const host: Host = {
      platform: 'windows',
      files: [
        file('C:\\Users\\alice\\AppData\\Local\\Vendor\\bin\\EVIL.EXE', hashOf(1)),
        file('C:\\Users\\alice\\AppData\\Local\\Vendor\\sub\\bin\\evil.exe', hashOf(1)), // two levels: no
        file('C:\\Program Files\\EvilCorp\\evil.exe', hashOf(1)),
        file('C:\\Program Files\\GoodCorp\\evil.exe', hashOf(1)), // Evil* does not fit: no
      ],
      tables: { users: [{ username: 'alice', uid: 1001, directory: 'C:\\Users\\alice' }] },
    };
    // osquery's hash table reports the path it was asked for (the file system ignored the case).
    expect(hashed(pack(), host)).toEqual([
      'C:\\Program Files\\EvilCorp\\evil.exe',
      'C:\\Users\\alice\\AppData\\Local\\Vendor\\bin\\evil.exe',
    ]);
  });
});

// Folder names with everything a file system allows but / and the wildcards.
const folder = fc
  .string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(...'aZ09 ._-[]{}%\'",;!@#$^&()=+~`é中'.split('')) })
  .filter((s) => s.trim() === s && s !== '.' && s !== '..' && pathSegment(s) === s);

describe('wildcard paths are data everywhere but their wildcards', () => {
  test('osquery: the folder around the wildcard is literal (GLOB and SQL specials included)', () => {
    fc.assert(
      fc.property(folder, (dir) => {
        const { osquery: pack } = emit(
          `  - {name: x.bin, sha256: "${hash}", os: linux, role: payload, paths: [${q(`/opt/${dir}/*/x.bin`)}]}`,
        );
        const on = (path: string): string[] => hashed(pack, { platform: 'linux', files: [file(path)] });
        expect(on(`/opt/${dir}/v1/x.bin`)).toEqual([`/opt/${dir}/v1/x.bin`]);
        expect(on(`/opt/${dir}x/v1/x.bin`)).toEqual([]);
        expect(on(`/opt/${dir}/v1/v2/x.bin`)).toEqual([]);
      }),
      { numRuns: runs },
    );
  });

  test('YARA: the filepath test is a regular expression that matches the folder as LOKI gives it', () => {
    fc.assert(
      fc.property(folder, (dir) => {
        const { yara: artifacts } = emit(
          `  - {name: x.bin, os: linux, role: other, paths: [${q(`/opt/${dir}/*/x.bin`)}]}`,
        );
        const names = artifacts.find((a) => a.path.endsWith('.filenames.yar'))!.content;
        expect(yaraXCheck(names, true)).toEqual({ errors: [], warnings: [] });
        const scan = (filepath: string): number =>
          yaraXScan(names, Buffer.from('x'), { filename: 'x.bin', filepath }).length;
        expect(scan(`/opt/${dir}/v1`)).toBe(1);
        expect(scan(`/opt/${dir}x/v1`)).toBe(0);
        expect(scan(`/opt/${dir}/v1/v2`)).toBe(0);
      }),
      { numRuns: runs },
    );
  });

  test('Sigma: the value reads back as the path tail with exactly its wildcards', () => {
    fc.assert(
      fc.property(
        folder.filter((d) => !/[<>"|]/.test(d) && !/%[^%]+%/.test(d)),
        (dir) => {
          const { sigma: artifacts } = emit(
            `  - {name: x.exe, os: windows, role: payload, paths: [${q(`%ProgramData%\\${dir}\\*\\x?.exe`)}]}`,
          );
          const text = artifacts.find((a) => a.path.includes('proc_creation_win_'))!.content;
          const value = /Image\|endswith: '((?:[^']|'')*)'/.exec(text)?.[1]?.replace(/''/g, "'");
          expect(parseSigmaString(value ?? '')).toEqual([
            `\\${dir}\\`,
            { wildcard: '*' },
            '\\x',
            { wildcard: '?' },
            '.exe',
          ]);
        },
      ),
      { numRuns: runs },
    );
  });
});

describe('paths that cannot be matched are refused where they are written', () => {
  test.each([
    ['%APPNAME%\\x.exe', 'path-variable'],
    ['C:\\Users\\x\\%TEMP%\\y.exe', 'path-variable'],
    ['%HOMEPATH%\\x.exe', 'path-variable'],
    ['$TMPDIR/x', 'path-variable'],
    ['/usr/**/x.so', 'path-wildcard'],
    ['~bob/x', 'path-syntax'],
  ])('%s: %s', (path, code) => {
    const { diagnostics } = load('b.yaml', ruleText('b', `files:\n  - {name: x, paths: [${q(path)}]}`));
    expect(diagnostics.map((d) => d.code)).toContain(code);
  });
});
