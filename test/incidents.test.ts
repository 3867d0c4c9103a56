// The incident rules of rules/ (written from public reports, sources in docs/incidents/): they compile
// without errors, and their osquery packs find each compromise on the simulated infected hosts of the
// reports — by package version in every written form, by hash at known and wildcard paths, by loaded
// module, process, DNS name and socket — and return no row at all on clean or fixed hosts.
import { describe, expect, test } from 'vitest';
import { perTest } from './support/per-test.js';
import { build } from '../src/build.js';
import { targets } from '../targets/index.js';
import { root } from './support/helpers.js';
import {
  sunburstClean,
  sunburstInfected,
  uaParserClean,
  uaParserInfected,
  uaParserInProject,
  ultralyticsClean,
  ultralyticsInfected,
  xzClean,
  xzInfected,
} from './support/incident-hosts.js';
import { compilePacks, hits, rowsOn, type Pack } from './support/osquery-packs.js';
import { yaraArtifacts, yaraXScan } from './support/yara-engines.js';

const incidents = ['xz-utils-backdoor-2024', 'solarwinds-sunburst-2020', 'ua-parser-js-2021', 'ultralytics-pypi-2024'];
/** The osquery pack of one incident's rule file. */
function packOf(id: string): Pack {
  const { result, packs: built } = compilePacks([`rules/${id}.yaml`]);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return built.get(`osquery/${id}.conf`) as Pack;
}
const packs = Object.fromEntries(incidents.map((id) => [id, perTest(() => packOf(id))]));

test('every rule of rules/ compiles for every target without an error', () => {
  const result = build({ inputs: ['rules'], registry: targets, selected: targets, asOf: '2026-12-01', cwd: root });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.ruleSet?.rules.map((r) => r.id)).toEqual(expect.arrayContaining(incidents));
});

describe('XZ Utils backdoor: Debian, Fedora, openSUSE and Homebrew', () => {
  const expected: Record<string, string[]> = {
    'Debian sid, xz-utils 5.6.1-1, sshd has the library loaded': [
      'file_hash_linux_system',
      'installed_deb_packages',
      'loaded_module_hash_linux',
    ],
    'Kali rolling, xz-utils 5.6.0-0.2 (packages only)': ['installed_deb_packages'],
    'Fedora 40 beta, xz-libs 5.6.0-2.fc40 (no epoch)': ['installed_rpm_packages'],
    'openSUSE Tumbleweed 20240321, liblzma5 5.6.1-1.1': ['installed_rpm_packages'],
    'macOS, Homebrew xz 5.6.1 kept beside 5.4.6 (no brew cleanup)': ['installed_homebrew_packages'],
  };
  test.each(Object.keys(xzInfected))('infected: %s', (name) => {
    expect(hits(packs['xz-utils-backdoor-2024']!(), xzInfected[name]!)).toEqual(expected[name]);
  });
  test.each(Object.keys(xzClean))('clean: %s', (name) => {
    expect(hits(packs['xz-utils-backdoor-2024']!(), xzClean[name]!)).toEqual([]);
  });
  test('the Debian rows found are the installed packages, each once', () => {
    const q = packs['xz-utils-backdoor-2024']!().queries['installed_deb_packages']!.query;
    const rows = rowsOn(xzInfected['Debian sid, xz-utils 5.6.1-1, sshd has the library loaded']!, q);
    expect(rows.map((r) => `${String(r['name'])} ${String(r['version'])}`).sort()).toEqual([
      'liblzma-dev 5.6.1-1',
      'liblzma5 5.6.1-1',
      'xz-utils 5.6.1-1',
    ]);
  });
});

describe('SolarWinds SUNBURST: a Windows server', () => {
  const pack = (): Pack => packs['solarwinds-sunburst-2020']!();
  test('the infected Orion server: loaded module, DLL at its path and in the assembly cache, TEARDROP, DNS', () => {
    expect(
      hits(pack(), sunburstInfected['Orion 2019.4 HF 5 server, BusinessLayerHost running, TEARDROP installed']!),
    ).toEqual([
      'dns_cache_windows',
      'file_exists_windows_system',
      'file_hash_windows_system',
      'file_hash_windows_wildcard_1',
      'file_hash_windows_wildcard_2',
      'loaded_module_hash_windows',
    ]);
  });
  test('the wildcard queries list only their folders and find the copies below them', () => {
    const host = sunburstInfected['Orion 2019.4 HF 5 server, BusinessLayerHost running, TEARDROP installed']!;
    const paths = ['file_hash_windows_wildcard_1', 'file_hash_windows_wildcard_2'].flatMap((n) =>
      rowsOn(host, pack().queries[n]!.query).map((r) => String(r['path'])),
    );
    expect(paths.sort()).toEqual([
      'C:\\Program Files (x86)\\SolarWinds\\Orion\\NPM\\SolarWinds.Orion.Core.BusinessLayer.dll',
      'C:\\Windows\\System32\\config\\systemprofile\\AppData\\Local\\assembly\\tmp\\7XQRWQ9D\\' +
        'SolarWinds.Orion.Core.BusinessLayer.dll',
    ]);
  });
  test.each(Object.keys(sunburstClean))('clean: %s', (name) => {
    expect(hits(pack(), sunburstClean[name]!)).toEqual([]);
  });
});

describe('ua-parser-js: an npm package compromise', () => {
  const pack = (): Pack => packs['ua-parser-js-2021']!();
  const expected: Record<string, string[]> = {
    'Linux, global npm install of 0.7.29, miner running': [
      'file_hash_linux_system',
      'installed_npm_packages',
      'open_sockets',
      'process_hash_linux',
    ],
    'Windows, global npm install of 1.0.0, miner and stealer running': [
      'dns_cache_windows',
      'file_hash_windows',
      'installed_npm_packages',
      'loaded_module_hash_windows',
      'process_hash_windows',
    ],
  };
  test.each(Object.keys(uaParserInfected))('infected: %s', (name) => {
    expect(hits(pack(), uaParserInfected[name]!)).toEqual(expected[name]);
  });
  test.each(Object.keys(uaParserClean))('clean: %s', (name) => {
    expect(hits(pack(), uaParserClean[name]!)).toEqual([]);
  });
  test('a project-local install is found only when its folder is given (npm_directories)', () => {
    expect(hits(pack(), uaParserInProject)).toEqual([]);
    const { packs: withFolder } = compilePacks(['rules/ua-parser-js-2021.yaml'], {
      npm_directories: ['/home/bob/app'],
    });
    expect(hits(withFolder.get('osquery/ua-parser-js-2021.conf')!, uaParserInProject)).toEqual([
      'installed_npm_packages',
    ]);
  });
});

describe('ultralytics: a PyPI package compromise', () => {
  const pack = (): Pack => packs['ultralytics-pypi-2024']!();
  const expected: Record<string, string[]> = {
    "Linux, 8.3.41 in a user's virtualenv, miner running (comm cut to 15 characters)": [
      'file_exists_linux_system',
      'installed_python_packages_linux',
      'process_path_linux_system',
    ],
    'Linux, the miner still running after its file was deleted': ['process_path_linux_system'],
    'macOS, 8.3.42 in the system site-packages, written Ultralytics': ['installed_python_packages_darwin'],
    'Windows, 8.3.46 (no miner ran there)': ['installed_python_packages_windows'],
  };
  test.each(Object.keys(ultralyticsInfected))('infected: %s', (name) => {
    expect(hits(pack(), ultralyticsInfected[name]!)).toEqual(expected[name]);
  });
  test.each(Object.keys(ultralyticsClean))('clean: %s', (name) => {
    expect(hits(pack(), ultralyticsClean[name]!)).toEqual([]);
  });
  test("without the users join, osquery would read only its own user's environments", () => {
    const host =
      ultralyticsInfected["Linux, 8.3.41 in a user's virtualenv, miner running (comm cut to 15 characters)"]!;
    expect(rowsOn(host, "SELECT name FROM python_packages WHERE name = 'ultralytics';")).toEqual([]);
  });
});

describe('YARA file-name rules with the folders LOKI and THOR give', () => {
  const scan = (rule: string, file: string, filename: string, filepath: string): string[] =>
    yaraXScan(yaraArtifacts(`rules/${rule}.yaml`).get(`yara/${file}`)!, Buffer.from('x'), { filename, filepath });
  test('TEARDROP: netsetupsvc.dll in SysWOW64 on any drive, never the genuine one in System32', () => {
    const rule = 'MAL_solarwinds_sunburst_2020_Filename_Win_netsetupsvc_dll_1';
    const at = (path: string): string[] =>
      scan('solarwinds-sunburst-2020', 'solarwinds-sunburst-2020.filenames.yar', 'NetSetupSvc.dll', path);
    expect(at('C:\\Windows\\SysWOW64')).toEqual([rule]);
    expect(at('D:\\WINDOWS\\syswow64')).toEqual([rule]);
    expect(at('C:\\Windows\\System32')).toEqual([]);
    expect(at('C:\\Backup\\Windows\\SysWOW64')).toEqual([]);
  });
  test('ultralytics: the miner in /tmp itself, not in a folder that ends with tmp', () => {
    const at = (path: string): string[] =>
      scan('ultralytics-pypi-2024', 'ultralytics-pypi-2024.filenames.yar', 'ultralytics_runner', path);
    expect(at('/tmp')).toEqual([
      'MAL_ultralytics_pypi_2024_Filename_Lnx_ultralytics_runner_1',
      'MAL_ultralytics_pypi_2024_Filename_MacOS_ultralytics_runner_2',
    ]);
    expect(at('/var/tmp')).toEqual([]);
    expect(at('/private/tmp')).toEqual(['MAL_ultralytics_pypi_2024_Filename_MacOS_ultralytics_runner_2']);
  });
});
