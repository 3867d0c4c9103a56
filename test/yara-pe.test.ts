// The PE version-information rules of the YARA target, run on built PE files: an affected build matches
// in every written form of its version and in any letter case of its names (Windows ignores case); the
// fixed build, a near version, another name, or the same strings outside a PE match nothing. Expected
// rule names are written by hand from the rules.
import { describe, expect, test } from 'vitest';
import { perTest } from './support/per-test.js';
import { versionInfo, versionPe } from './support/pe-builder.js';
import { engines, yaraArtifacts } from './support/yara-engines.js';

type Strings = Record<string, string>;
interface Case {
  readonly label: string;
  readonly data: Buffer;
  readonly expected: readonly string[];
}

const pe = (s: Strings, pe32plus = false): Buffer => versionPe(Object.entries(s), { pe32plus });
/** The same strings in a file that is no PE: the bare version resource, and a PE whose "MZ" is gone. */
const notPe = (label: string, s: Strings): Case[] => {
  const noMz = pe(s);
  noMz.write('ZM', 0, 'latin1');
  return [
    { label: `${label}: the version resource alone`, data: versionInfo({ strings: Object.entries(s) }), expected: [] },
    { label: `${label}: the PE without its MZ`, data: noMz, expected: [] },
  ];
};
/** PE rules of a .yar: those whose condition reads the version resource. */
const peRules = (source: string): string[] =>
  [...source.matchAll(/^rule (\w+) \{$[^}]*?pe\.version_info/gms)].map((m) => m[1] as string).sort();

// rules/3cx-desktopapp-2023.yaml: 3CXDesktopApp.exe (original name) at 18.12.407 and 18.12.416, and the
// Windows software "3CX Desktop App" at the same versions, fixed in 18.12.422.
const build3cx = 'MAL_3cx_desktopapp_2023_Build_3CXDesktopApp_exe_Win';
const product3cx = 'MAL_3cx_desktopapp_2023_Product_3CX_Desktop_App_Win';
const client: Strings = {
  CompanyName: '3CX Ltd',
  FileDescription: '3CX Desktop App',
  FileVersion: '18.12.407',
  OriginalFilename: '3CXDesktopApp.exe',
  ProductName: '3CX Desktop App',
  ProductVersion: '18.12.407',
};
const at = (s: Strings, v: string): Strings => ({ ...s, FileVersion: v, ProductVersion: v });

const cases3cx = (): Case[] => [
  { label: '18.12.407', data: pe(client), expected: [build3cx, product3cx] },
  { label: '18.12.407, PE32+', data: pe(client, true), expected: [build3cx, product3cx] },
  { label: '18.12.407.0', data: pe(at(client, '18.12.407.0')), expected: [build3cx, product3cx] },
  { label: '18.12.416', data: pe(at(client, '18.12.416')), expected: [build3cx, product3cx] },
  { label: '18.12.416.0', data: pe(at(client, '18.12.416.0')), expected: [build3cx, product3cx] },
  {
    label: 'original name alone, in another case',
    data: pe({ OriginalFilename: '3cxdesktopapp.EXE', FileVersion: '18.12.407.0' }),
    expected: [build3cx],
  },
  {
    label: 'product name alone, in another case',
    data: pe({ OriginalFilename: 'Setup.exe', ProductName: '3cx DESKTOP app', FileVersion: '18.12.416' }),
    expected: [product3cx],
  },
  // The fixed build, a longer or a shorter number, a fifth-part-like suffix: never a prefix match.
  ...['18.12.422', '18.12.4070', '18.12.407.5', '18.12.40', '18.12', '18.12.416.1', '18.12.407 '].map((v) => ({
    label: `version ${JSON.stringify(v)}`,
    data: pe(at(client, v)),
    expected: [],
  })),
  {
    label: 'another original name',
    data: pe({ OriginalFilename: '3CXDesktopApp.exe.old', FileVersion: '18.12.407' }),
    expected: [],
  },
  {
    label: 'another product',
    data: pe({ OriginalFilename: 'Setup.exe', ProductName: '3CX Desktop App Beta', FileVersion: '18.12.407' }),
    expected: [],
  },
  ...notPe('18.12.407', client),
];

// test/fixtures/all-kinds.yaml: App.exe (original name AppMain.exe) at 1.2.3, the Windows software "App"
// at 1.2.3 (fixed in 1.2.4), and tool.exe known by its original name only (any version).
const buildApp = 'MAL_osquery_all_kinds_Build_AppMain_exe_Win';
const productApp = 'MAL_osquery_all_kinds_Product_App_Win';
const tool = 'MAL_osquery_all_kinds_OriginalName_tool_exe';
const app: Strings = {
  OriginalFilename: 'AppMain.exe',
  FileVersion: '1.2.3',
  ProductName: 'App',
  ProductVersion: '1.2.3',
};

const casesAllKinds = (): Case[] => [
  { label: '1.2.3', data: pe(app), expected: [buildApp, productApp] },
  { label: '1.2.3.0', data: pe(at(app, '1.2.3.0')), expected: [buildApp, productApp] },
  { label: '1.2.3.0, PE32+', data: pe(at(app, '1.2.3.0'), true), expected: [buildApp, productApp] },
  {
    label: 'original name alone, in another case',
    data: pe({ OriginalFilename: 'APPMAIN.EXE', FileVersion: '1.2.3' }),
    expected: [buildApp],
  },
  {
    label: 'product name alone, in another case',
    data: pe({ OriginalFilename: 'Other.exe', ProductName: 'app', FileVersion: '1.2.3.0' }),
    expected: [productApp],
  },
  ...['1.2.4', '1.2.30', '1.2.3.1', '1.2', '1.2.3.0.0'].map((v) => ({
    label: `version ${v}`,
    data: pe(at(app, v)),
    expected: [],
  })),
  // The file name is not the original name.
  { label: 'original name App.exe', data: pe({ OriginalFilename: 'App.exe', FileVersion: '1.2.3' }), expected: [] },
  { label: 'product Apps', data: pe({ ProductName: 'Apps', FileVersion: '1.2.3' }), expected: [] },
  { label: 'tool.exe', data: pe({ OriginalFilename: 'tool.exe' }), expected: [tool] },
  { label: 'TOOL.EXE 9.9', data: pe({ OriginalFilename: 'TOOL.EXE', FileVersion: '9.9' }), expected: [tool] },
  { label: 'tool.exe.mui', data: pe({ OriginalFilename: 'tool.exe.mui' }), expected: [] },
  { label: 'xtool.exe', data: pe({ OriginalFilename: 'xtool.exe' }), expected: [] },
  ...notPe('1.2.3', app),
  ...notPe('tool.exe', { OriginalFilename: 'tool.exe' }),
];

// test/fixtures/pe-names.yaml: Café.exe at 1.0 (YARA 4 reads é as its UTF-16 low byte, YARA-X as UTF-8),
// and Āx.exe at 2.0, whose Ā (U+0100) has a low byte of 0, which cuts the string in YARA 4.
const cafe = 'MAL_pe_names_Build_Cafe_exe_Win';
const ax = 'MAL_pe_names_Build_Ax_exe_Win';
const casesNames = (engine: string): Case[] => [
  { label: 'Café.exe 1.0', data: pe({ OriginalFilename: 'Café.exe', FileVersion: '1.0' }), expected: [cafe] },
  { label: 'CAFé.EXE 1.0.0.0', data: pe({ OriginalFilename: 'CAFé.EXE', FileVersion: '1.0.0.0' }), expected: [cafe] },
  {
    label: 'Café.exe "1, 0, 0, 0" (the older resource style)',
    data: pe({ OriginalFilename: 'Café.exe', FileVersion: '1, 0, 0, 0' }),
    expected: [cafe],
  },
  {
    label: 'Café.exe with the affected version in ProductVersion only',
    data: pe({ OriginalFilename: 'Café.exe', FileVersion: '7.7', ProductVersion: '1.0' }),
    expected: [cafe],
  },
  { label: 'Cafe.exe (no accent)', data: pe({ OriginalFilename: 'Cafe.exe', FileVersion: '1.0' }), expected: [] },
  // YARA-X only: the coverage note says so.
  {
    label: 'Āx.exe 2.0',
    data: pe({ OriginalFilename: 'Āx.exe', FileVersion: '2.0' }),
    expected: engine === 'YARA-X' ? [ax] : [],
  },
];

const sources = {
  names: perTest(() => yaraArtifacts('test/fixtures/pe-names.yaml').get('yara/pe-names.yar')!),
  '3cx': perTest(() => yaraArtifacts('rules/3cx-desktopapp-2023.yaml').get('yara/3cx-desktopapp-2023.yar')!),
  'all-kinds': perTest(() => yaraArtifacts('test/fixtures/all-kinds.yaml').get('yara/osquery-all-kinds.yar')!),
};

test('the PE rules of each artifact are the ones the cases below cover', () => {
  expect(peRules(sources['3cx']())).toEqual([build3cx, product3cx]);
  expect(peRules(sources['all-kinds']())).toEqual([buildApp, tool, productApp]);
});

describe.each(engines())('$name', (engine) => {
  test.each([
    ['3cx', cases3cx],
    ['all-kinds', casesAllKinds],
  ] as const)('%s: exactly the affected builds match', async (name, cases) => {
    for (const c of cases()) expect(await engine.scan(sources[name](), c.data), c.label).toEqual(c.expected);
  });
  test('non-ASCII original names, resource version styles, ProductVersion', async () => {
    for (const c of casesNames(engine.name))
      expect(await engine.scan(sources['names'](), c.data), c.label).toEqual(c.expected);
  });
});
