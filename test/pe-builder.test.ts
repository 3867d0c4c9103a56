// The PE builder of the tests makes images that YARA's pe module reads as written, on every engine: the
// headers, the resource tree, and each version-information string, in order.
import { describe, expect, test } from 'vitest';
import { buildPe, LANG_EN_US, RT_MANIFEST, RT_VERSION, versionInfo, versionPe } from './support/pe-builder.js';
import { engines } from './support/yara-engines.js';

const strings: [string, string][] = [
  ['CompanyName', 'Example Corp'],
  ['FileDescription', 'Test program'],
  ['FileVersion', '18.12.407'],
  ['OriginalFilename', 'Example.exe'],
  ['ProductName', 'Example Product'],
  ['ProductVersion', '18.12.407.0'],
];

/** A rule source with one rule per named condition; a check passes when its rule matches. */
const rules = (checks: Record<string, string>): string =>
  `import "pe"\n${Object.entries(checks)
    .map(([name, condition]) => `rule ${name} { condition: ${condition} }`)
    .join('\n')}\n`;
const names = (checks: Record<string, string>): string[] => Object.keys(checks).sort();

const layout = (bits: 32 | 64): Record<string, string> => ({
  is_pe: 'pe.is_pe == 1',
  bits: bits === 64 ? 'pe.is_64bit() and not pe.is_32bit()' : 'pe.is_32bit() and not pe.is_64bit()',
  machine: bits === 64 ? 'pe.machine == pe.MACHINE_AMD64' : 'pe.machine == pe.MACHINE_I386',
  one_section: 'pe.number_of_sections == 1 and pe.sections[0].name == ".rsrc"',
  one_resource: 'pe.number_of_resources == 1',
  version_resource: 'pe.resources[0].type == pe.RESOURCE_TYPE_VERSION and pe.resources[0].id == 1',
  language: 'pe.resources[0].language == 0x409',
  count: `pe.number_of_version_infos == ${strings.length}`,
  // Each key and value, and the list in the order written.
  ...Object.fromEntries(strings.map(([k, v]) => [`value_${k}`, `pe.version_info["${k}"] == "${v}"`])),
  ...Object.fromEntries(
    strings.map(([k, v], i) => [
      `list_${i}`,
      `pe.version_info_list[${i}].key == "${k}" and pe.version_info_list[${i}].value == "${v}"`,
    ]),
  ),
});

// Near misses that must not match, so a parser that reads nothing (or everything) fails.
const misses = {
  miss_value: 'pe.version_info["OriginalFilename"] == "Example.ex"',
  miss_key: 'defined pe.version_info["InternalName"]',
  miss_count: `pe.number_of_version_infos == ${strings.length + 1}`,
};

describe.each(engines())('$name', (engine) => {
  test.each([32, 64] as const)(
    'PE%s: headers, resource tree and every version string read as written',
    async (bits) => {
      const pe = versionPe(strings, { pe32plus: bits === 64 });
      const checks = { ...layout(bits), ...misses };
      expect(await engine.scan(rules(checks), pe)).toEqual(names(layout(bits)));
    },
  );

  test('two resources: both counted, in type order, and the version resource still read', async () => {
    const pe = buildPe({
      resources: [
        { type: RT_MANIFEST, name: 1, language: LANG_EN_US, data: Buffer.from('<assembly/>') },
        { type: RT_VERSION, name: 1, language: LANG_EN_US, data: versionInfo({ strings }) },
      ],
    });
    const checks = {
      two: 'pe.number_of_resources == 2',
      order: 'pe.resources[0].type == 16 and pe.resources[1].type == 24 and pe.resources[1].length == 11',
      read: 'pe.version_info["OriginalFilename"] == "Example.exe"',
    };
    expect(await engine.scan(rules(checks), pe)).toEqual(names(checks));
  });

  test('another language and code page in the StringTable key', async () => {
    const pe = buildPe({
      resources: [{ type: RT_VERSION, name: 1, language: 0x407, data: versionInfo({ strings, table: '040704E4' }) }],
    });
    const checks = {
      read: 'pe.version_info["ProductName"] == "Example Product"',
      lang: 'pe.resources[0].language == 0x407',
    };
    expect(await engine.scan(rules(checks), pe)).toEqual(names(checks));
  });

  // UTF-16 "Café 日本": YARA-X converts it to UTF-8; YARA 4 keeps the low byte of each UTF-16 unit
  // (strlcpy_w in libyara/strutils.c), so é is \xe9, 日 (U+65E5) is \xe5 and 本 (U+672C) is ",".
  test('a non-ASCII value: UTF-8 on YARA-X, the low byte of each UTF-16 unit on YARA 4', async () => {
    const pe = versionPe([...strings, ['LegalCopyright', 'Café 日本']]);
    const checks = {
      utf8: 'pe.version_info["LegalCopyright"] == "Caf\\xc3\\xa9 \\xe6\\x97\\xa5\\xe6\\x9c\\xac"',
      low_bytes: 'pe.version_info["LegalCopyright"] == "Caf\\xe9 \\xe5,"',
      ascii_kept: 'pe.version_info["OriginalFilename"] == "Example.exe"',
    };
    expect(await engine.scan(rules(checks), pe)).toEqual(
      engine.name === 'YARA-X' ? ['ascii_kept', 'utf8'] : ['ascii_kept', 'low_bytes'],
    );
  });

  test('the bytes of the version resource alone are no PE: nothing is read', async () => {
    const checks = { is_pe: 'pe.is_pe == 1', read: 'defined pe.version_info["OriginalFilename"]' };
    expect(await engine.scan(rules(checks), versionInfo({ strings }))).toEqual([]);
  });
});

test('VS_VERSIONINFO layout: lengths, DWORD alignment and the String value length in WORDs', () => {
  const v = versionInfo({ strings: [['FileVersion', '1.2.3.4']] });
  const u16 = (at: number): number => v.readUInt16LE(at);
  // Root: wLength = the whole resource, wValueLength = sizeof(VS_FIXEDFILEINFO), wType 0 (binary).
  expect([u16(0), u16(2), u16(4)]).toEqual([v.length, 52, 0]);
  expect(v.subarray(6, 38).toString('utf16le')).toBe('VS_VERSION_INFO\u0000');
  // Padding1 (2 bytes) puts VS_FIXEDFILEINFO at 40; its signature and FileVersion 1.2 / 3.4.
  expect([v.readUInt32LE(40), v.readUInt32LE(48), v.readUInt32LE(52)]).toEqual([0xfeef04bd, 0x00010002, 0x00030004]);
  // StringFileInfo at 92, its StringTable at 92 + 36, the String at 128 + 24.
  expect(v.subarray(98, 128).toString('utf16le')).toBe('StringFileInfo\u0000');
  expect(v.subarray(134, 152).toString('utf16le')).toBe('040904B0\u0000');
  // String: 6 + "FileVersion\0" (24) = 30, padded to 32, + "1.2.3.4\0" (16) = 48; wValueLength 8 WORDs, wType 1.
  expect([u16(152), u16(154), u16(156)]).toEqual([48, 8, 1]);
  expect(v.subarray(184, 200).toString('utf16le')).toBe('1.2.3.4\u0000');
  // VarFileInfo right after (200 is DWORD-aligned), then Translation = 0x0409, 0x04B0.
  expect(v.subarray(206, 230).toString('utf16le')).toBe('VarFileInfo\u0000');
  expect([v.readUInt16LE(v.length - 4), v.readUInt16LE(v.length - 2)]).toEqual([0x0409, 0x04b0]);
  // StringFileInfo and StringTable end where the String ends: no trailing padding is counted.
  expect([u16(92) + 92, u16(128) + 128]).toEqual([200, 200]);
});
