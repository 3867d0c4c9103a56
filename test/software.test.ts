// Installed software: a listed version matches a package whose full version equals it or whose
// upstream version equals it, in every ecosystem's own written form — never a prefix, never osquery's
// fuzzy version collation. Each row below is what the package table of osquery reports on a host; the
// expectations are written by hand from the semantics in the README (src/values/ecosystem.ts).
import { describe, expect, test } from 'vitest';
import { hits, compilePacks, rowsOn, type Pack } from './support/osquery-packs.js';
import type { Host } from './support/osquery-sim.js';
import { load, ruleText } from './support/rules.js';
import { tempDir, removeDir } from './support/helpers.js';
import { perTest } from './support/per-test.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const software = `software:
  - {name: openssh-server, ecosystem: deb, versions: ["9.6p1"]}
  - {name: libfoo, ecosystem: deb, versions: ["1:2.0-3"]}
  - {name: libbar, ecosystem: deb, versions: ["2.0-3"]}
  - {name: libzero, ecosystem: deb, versions: ["0:3.1-1"]}
  - {name: libcase, ecosystem: deb, versions: ["1.0rc1-1"]}
  - {name: xz-libs, ecosystem: rpm, versions: ["5.6.0"]}
  - {name: xz, ecosystem: rpm, versions: ["5.6.0-2.fc40"]}
  - {name: liblzma5, ecosystem: rpm, versions: ["1:5.4.6-3.fc40"]}
  - {name: xz, ecosystem: homebrew, versions: ["5.6.1"]}
  - {name: openssl@3, ecosystem: homebrew, versions: ["3.0.7_1"]}
  - {name: "@ctrl/tinycolor", ecosystem: npm, versions: ["4.1.1"]}
  - {name: typing_extensions, ecosystem: pypi, versions: ["4.12.0"]}
  - {name: Example App, os: windows, versions: ["18.12.407"]}
  - {name: git, ecosystem: chocolatey, versions: ["2.40.0"]}
  - {name: Evil, os: macos, versions: ["1.2"]}
`;

const compiledPack = perTest((): Pack => {
  const dir = tempDir();
  try {
    mkdirSync(join(dir, 'rules'));
    writeFileSync(join(dir, 'rules', 'sw.yaml'), ruleText('sw', software));
    const { result, packs } = compilePacks([join(dir, 'rules', 'sw.yaml')]);
    if (result.diagnostics.some((d) => d.severity === 'error')) throw new Error(JSON.stringify(result.diagnostics));
    return packs.get('osquery/sw.conf') as Pack;
  } finally {
    removeDir(dir);
  }
});

/** A text or number cell of a query result, as text; anything else is a broken fixture. */
function cell(v: unknown): string {
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  throw new Error(`unexpected cell ${typeof v}`);
}

/** `table name version` of every row any query returns on the host. */
function found(host: Host): string[] {
  const out: string[] = [];
  for (const [name, q] of Object.entries(compiledPack().queries)) {
    if (q.platform !== undefined && q.platform !== host.platform) continue;
    const table = name.replace(/^installed_/, '').replace(/_(windows|darwin|linux)$/, '');
    for (const r of rowsOn(host, q.query)) {
      const version = [r['version'] ?? r['bundle_short_version'], r['release']]
        .filter((x) => x != null)
        .map(cell)
        .join('/');
      out.push(`${table} ${cell(r['name'])} ${version}${r['epoch'] != null ? ` e${cell(r['epoch'])}` : ''}`);
    }
  }
  return out.sort();
}

const deb = (name: string, version: string, status = 'install ok installed') => ({ name, version, status });
const rpm = (name: string, version: string, release: string, epoch?: number) => ({
  name,
  version,
  release,
  ...(epoch !== undefined && { epoch }),
});

describe('Linux: deb, rpm, npm, PyPI', () => {
  const host: Host = {
    platform: 'linux',
    tables: {
      users: [
        { username: 'root', uid: 0, directory: '/root' },
        { username: 'bob', uid: 1000, directory: '/home/bob' },
      ],
      deb_packages: [
        deb('openssh-server', '1:9.6p1-3'), // upstream with an epoch
        deb('openssh-server', '9.6p1-3ubuntu13'), // upstream, another revision
        deb('openssh-server', '9.6p1'), // a native package
        deb('openssh-server', '9.6p1+really9.3-1'), // a revert: never
        deb('openssh-server', '9.6p10-1'), // a longer version: never
        deb('openssh-server', '9.6p1-1', 'deinstall ok config-files'), // removed: never
        deb('libfoo', '1:2.0-3'), // the epoch written: equal
        deb('libfoo', '2.0-3'), // epoch 0 is not epoch 1: never
        deb('libbar', '1:2.0-3'), // written without the epoch: equal
        deb('libbar', '2.0-3+b1'), // a binNMU is another version: never
        deb('libzero', '3.1-1'), // dpkg never prints 0:
        deb('libcase', '1.0RC1-1'), // another case: never (osquery's collation must not decide)
      ],
      rpm_packages: [
        rpm('xz-libs', '5.6.0', '1.fc40'), // upstream: every release
        rpm('xz-libs', '5.6.0', '2.fc40'),
        rpm('xz-libs', '5.6.0.revert', '1'), // never
        rpm('xz', '5.6.0', '2.fc40'), // version-release
        rpm('xz', '5.6.0', '1.fc40'), // another release: never
        rpm('liblzma5', '5.4.6', '3.fc40', 1), // epoch:version-release
        rpm('liblzma5', '5.4.6', '3.fc40'), // no epoch is epoch 0: never
      ],
    },
    npm: [
      {
        name: '@ctrl/tinycolor',
        version: '4.1.1',
        path: '/usr/lib/node_modules/@ctrl/tinycolor/package.json',
        directory: '/usr/lib',
        root: true,
      },
      {
        name: '@ctrl/tinycolor',
        version: '4.1.10',
        path: '/usr/lib/node_modules/x/node_modules/@ctrl/tinycolor/package.json',
        directory: '/usr/lib',
        root: true,
      },
      {
        name: '@ctrl/tinycolor',
        version: '4.1.1-rc.1',
        path: '/opt/node_modules/@ctrl/tinycolor/package.json',
        directory: '/opt',
        root: true,
      },
    ],
    python: [
      {
        name: 'typing_extensions',
        version: '4.12.0',
        path: '/usr/lib/python3/dist-packages/typing_extensions-4.12.0.dist-info',
        directory: '/usr/lib/python3/dist-packages',
        uid: 0,
      },
      {
        name: 'Typing-Extensions',
        version: '4.12.0',
        path: '/home/bob/.venv/t',
        directory: '/home/bob/.venv',
        uid: 1000,
      },
      {
        name: 'typing.extensions',
        version: '4.12.0',
        path: '/home/bob/.venv/u',
        directory: '/home/bob/.venv',
        uid: 1000,
      },
      {
        name: 'typing_extensions',
        version: '4.12.0.post1',
        path: '/home/bob/.venv/v',
        directory: '/home/bob/.venv',
        uid: 1000,
      },
    ],
  };
  test('every written form of an affected version, nothing else', () => {
    expect(found(host)).toEqual([
      'deb_packages libbar 1:2.0-3',
      'deb_packages libfoo 1:2.0-3',
      'deb_packages libzero 3.1-1',
      'deb_packages openssh-server 1:9.6p1-3',
      'deb_packages openssh-server 9.6p1',
      'deb_packages openssh-server 9.6p1-3ubuntu13',
      'npm_packages @ctrl/tinycolor 4.1.1',
      'python_packages Typing-Extensions 4.12.0',
      'python_packages typing.extensions 4.12.0',
      'python_packages typing_extensions 4.12.0',
      'rpm_packages liblzma5 5.4.6/3.fc40 e1',
      'rpm_packages xz 5.6.0/2.fc40',
      'rpm_packages xz-libs 5.6.0/1.fc40',
      'rpm_packages xz-libs 5.6.0/2.fc40',
    ]);
  });
});

describe('macOS: Homebrew and apps', () => {
  const host: Host = {
    platform: 'darwin',
    tables: {
      homebrew_packages: [
        { name: 'xz', version: '5.6.1', type: 'formula' },
        { name: 'xz', version: '5.6.1_1', type: 'formula' }, // a rebuild of 5.6.1
        { name: 'xz', version: '5.6.10', type: 'formula' },
        { name: 'xz', version: '5.6.1.1', type: 'formula' },
        { name: 'openssl@3', version: '3.0.7_1', type: 'formula' },
        { name: 'openssl@3', version: '3.0.7', type: 'formula' }, // not the rebuild listed
        { name: 'openssl@3', version: '3.0.7_10', type: 'formula' },
      ],
      apps: [
        { name: 'Evil.app', path: '/Applications/Evil.app', bundle_short_version: '1.2' },
        { name: 'Evil.app', path: '/Users/bob/Applications/Evil.app', bundle_short_version: '1.2.0' },
        { name: 'Evil.app', path: '/Users/bob/Downloads/Evil.app', bundle_short_version: '1.20' },
      ],
    },
  };
  test('keg revisions and zero padding, nothing else', () => {
    expect(found(host)).toEqual([
      'homebrew_packages openssl@3 3.0.7_1',
      'homebrew_packages xz 5.6.1',
      'homebrew_packages xz 5.6.1_1',
      'software Evil.app 1.2',
      'software Evil.app 1.2.0',
    ]);
  });
});

describe('Windows: programs and Chocolatey', () => {
  const host: Host = {
    platform: 'windows',
    tables: {
      programs: [
        { name: 'Example App', version: '18.12.407' },
        { name: 'example app', version: '18.12.407.0' },
        { name: 'Example App', version: '18.12.407.5' },
        { name: 'Example App', version: '18.12.4070' },
      ],
      chocolatey_packages: [
        { name: 'git', version: '2.40.0' },
        { name: 'Git', version: '2.40.0.0' },
        { name: 'git', version: '2.40' },
        { name: 'git', version: '2.40.1' },
      ],
    },
  };
  test('zero padding both ways and names in any case, nothing else', () => {
    expect(found(host)).toEqual([
      'chocolatey_packages Git 2.40.0.0',
      'chocolatey_packages git 2.40',
      'chocolatey_packages git 2.40.0',
      'software Example App 18.12.407',
      'software example app 18.12.407.0',
    ]);
  });
  test('a query for each ecosystem, on its platform', () => {
    expect(
      Object.entries(compiledPack().queries)
        .map(([n, q]) => `${n} ${q.platform ?? 'all'}`)
        .sort(),
    ).toEqual([
      'installed_chocolatey_packages windows',
      'installed_deb_packages linux',
      'installed_homebrew_packages darwin',
      'installed_npm_packages all',
      'installed_python_packages_darwin darwin',
      'installed_python_packages_linux linux',
      'installed_python_packages_windows windows',
      'installed_rpm_packages linux',
      'installed_software_darwin darwin',
      'installed_software_windows windows',
    ]);
    expect(hits(compiledPack(), { platform: 'windows' })).toEqual([]);
  });
});

describe('versions that can never match are refused where they are written', () => {
  test.each([
    ['npm', 'v4.1.1', 'error', 'write 4.1.1'],
    ['npm', '4.1', 'error', 'MAJOR.MINOR.PATCH'],
    ['pypi', 'v8.3.41', 'warning', 'write 8.3.41'],
    ['deb', 'latest', 'warning', undefined],
    ['rpm', '5.6.0-2-fc40', 'warning', undefined],
  ])('%s %s: %s', (ecosystem, version, severity, hint) => {
    const { diagnostics } = load(
      'v.yaml',
      ruleText('v', `software:\n  - {name: p, ecosystem: ${ecosystem}, versions: ["${version}"]}`),
    );
    const d = diagnostics.find((x) => x.code === 'software-version');
    expect(d).toMatchObject({ severity, line: 10 });
    if (hint !== undefined) expect(d?.hint).toContain(hint);
  });
  test('an ecosystem on the wrong OS, and an entry with neither os nor ecosystem', () => {
    const wrong = load(
      'w.yaml',
      ruleText('w', 'software:\n  - {name: p, ecosystem: deb, os: windows, versions: ["1"]}'),
    );
    expect(wrong.diagnostics.map((d) => d.code)).toContain('software-os');
    const none = load('n.yaml', ruleText('n', 'software:\n  - {name: p, versions: ["1"]}'));
    expect(none.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([
      'required software[0] needs os or ecosystem',
    ]);
  });
});
