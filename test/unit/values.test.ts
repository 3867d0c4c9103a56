import { createHash } from 'node:crypto';
import { BlockList, isIPv6 } from 'node:net';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkAttack } from '../../src/values/attack.js';
import { isCalendarDate, todayUtc } from '../../src/values/date.js';
import { checkDomain, wellKnownParent } from '../../src/values/domain.js';
import { checkHash } from '../../src/values/hash.js';
import {
  checkIp,
  ipBounds,
  ipOverlaps,
  ipv6Full,
  ipv6Groups,
  nonPublicRange,
  type IpValue,
} from '../../src/values/ip.js';
import { checkPath } from '../../src/values/path.js';
import { refang } from '../../src/values/refang.js';
import { checkUrl } from '../../src/values/url.js';
import { uuidV5 } from '../../src/model/uuid.js';
import { closest, editDistance } from '../../src/util/suggest.js';
import { decodeUtf8, firstInvalidUtf8 } from '../../src/util/utf8.js';

const sha256 = 'dde03348075512796241389dfea5560c20a3d2a2eac95c894e7bbed5e85a0acc';

describe('hashes', () => {
  test('exact length and hex per algorithm; upper case becomes lower case', () => {
    expect(checkHash('sha256', sha256)).toEqual({ ok: true, value: sha256 });
    expect(checkHash('sha256', sha256.toUpperCase())).toEqual({ ok: true, value: sha256 });
    expect(checkHash('sha1', 'bfecb8ce89a312d2ef4afc64a63847ae11c6f69e').ok).toBe(true);
    expect(checkHash('md5', '0eeb1c0133eb4d571178b2d9d14ce3e9').ok).toBe(true);
  });
  test('wrong length, non-hex, padding and empty-file hashes are refused with a reason', () => {
    expect(checkHash('sha256', sha256.slice(1))).toMatchObject({
      ok: false,
      code: 'hash-length',
      message: 'must be 64 hex characters, got 63',
    });
    expect(checkHash('sha1', sha256)).toMatchObject({
      ok: false,
      code: 'hash-length',
      hint: '64 characters is a sha256: put it under sha256',
    });
    expect(checkHash('sha256', `${sha256.slice(0, 5)}z${sha256.slice(6)}`)).toMatchObject({
      ok: false,
      code: 'hash-hex',
      index: 5,
    });
    expect(checkHash('sha256', ` ${sha256}`)).toMatchObject({ ok: false, code: 'hash-syntax' });
    expect(checkHash('md5', 'd41d8cd98f00b204e9800998ecf8427e')).toMatchObject({ ok: false, code: 'hash-empty-file' });
  });
});

describe('domains, URLs, IPs', () => {
  test('refanging', () => {
    expect(refang('evil[.]example[.]com')).toEqual({ value: 'evil.example.com', changed: true });
    expect(refang('hxxps://evil(.)example[.]com/a')).toEqual({ value: 'https://evil.example.com/a', changed: true });
    expect(refang('hXXp[:]//x[dot]com')).toEqual({ value: 'http://x.com', changed: true });
    expect(refang('plain.example.com')).toEqual({ value: 'plain.example.com', changed: false });
  });
  test('domain syntax and normalization', () => {
    expect(checkDomain('Akamaicontainer.COM')).toEqual({ ok: true, value: 'akamaicontainer.com', notes: [] });
    expect(checkDomain('sbmsa.wiki.')).toMatchObject({
      ok: true,
      value: 'sbmsa.wiki',
      notes: [{ code: 'domain-trailing-dot' }],
    });
    expect(checkDomain('bücher.example')).toMatchObject({
      ok: true,
      value: 'xn--bcher-kva.example',
      notes: [{ code: 'domain-idn' }],
    });
    for (const bad of [
      'localhost',
      'a..b.com',
      '-a.com',
      'a.c0m',
      '1.2.3.4',
      'http://x.com',
      '*.x.com',
      'x.com/path',
      `${'a'.repeat(64)}.com`,
      'exa mple.com',
    ]) {
      expect(checkDomain(bad).ok, bad).toBe(false);
    }
  });
  test('well-known infrastructure is recognized, with subdomains', () => {
    expect(wellKnownParent('raw.githubusercontent.com')).toBe('githubusercontent.com');
    expect(wellKnownParent('akamaicontainer.com')).toBeUndefined();
  });
  test('URLs: http(s) only; scheme and host lower-cased, the rest kept', () => {
    expect(checkUrl('HTTPS://SBMSA.wiki/blog/_insert')).toEqual({
      ok: true,
      value: 'https://sbmsa.wiki/blog/_insert',
      host: 'sbmsa.wiki',
      notes: [],
    });
    expect(checkUrl('https://raw.githubusercontent.com/IconStorages/images/main/icon13.ico')).toMatchObject({
      ok: true,
      value: 'https://raw.githubusercontent.com/IconStorages/images/main/icon13.ico',
    });
    expect(checkUrl('http://1.2.3.4:8080/x?a=B')).toMatchObject({ ok: true, value: 'http://1.2.3.4:8080/x?a=B' });
    for (const bad of ['ftp://x.com/', 'x.com/path', 'https://exa mple.com/', 'https://bad_host/', 'https:///nohost'])
      expect(checkUrl(bad).ok, bad).toBe(false);
  });
  test('URLs: the request a client sends, as the WHATWG parser reads it, with a note for each change', () => {
    const read = (u: string) => {
      const c = checkUrl(u);
      return c.ok ? [c.value, ...c.notes.map((n) => n.code)] : [c.code ?? 'url-syntax'];
    };
    expect(read('https://evil9.example/a/../b#section')).toEqual([
      'https://evil9.example/b',
      'url-fragment',
      'url-dot-segments',
    ]);
    expect(read('https://evil9.example/a/%2E/b')).toEqual(['https://evil9.example/a/b', 'url-dot-segments']);
    expect(read('https://user:pw@evil9.example/x')).toEqual(['https://evil9.example/x', 'url-userinfo']);
    expect(read('https://www.google.com@evil9.example/x')).toEqual(['https://evil9.example/x', 'url-userinfo']);
    expect(read('https://evil9.example/ä?q="x"')).toEqual(['https://evil9.example/%C3%A4?q=%22x%22', 'url-normalized']);
    expect(read('https://bücher.de/a')).toEqual(['https://xn--bcher-kva.de/a', 'domain-idn']);
    expect(read('https://EVIL9.example:443/A?b=C')).toEqual(['https://evil9.example/A?b=C']);
    expect(read('https://evil9.example')).toEqual(['https://evil9.example/']);
    expect(read('http://[2001:DB8:0::1]:8080/x')).toEqual(['http://[2001:db8::1]:8080/x']);
    // What the parser would read differently from other clients is an error, not a silent rewrite.
    expect(read('https://evil9.example\\payload\\stage2.exe')).toEqual(['url-ambiguous']);
    expect(read('https://evil9.example/a\\b')).toEqual(['url-ambiguous']);
    expect(read('http://0x5db8d823/x')).toEqual(['url-ambiguous']);
    expect(read('http://01.2.3.4/x')).toEqual(['url-ambiguous']);
    expect(read('https://evil9.example/*.exe')).toEqual(['url-wildcard']);
    expect(read('https://аpple.com/x')).toEqual(['url-syntax']); // Cyrillic а: a look-alike host
  });

  test('IPs: strict IPv4, canonical IPv6, CIDR and non-public ranges', () => {
    expect(checkIp('172.93.201.88')).toEqual({
      ok: true,
      ip: { value: '172.93.201.88', version: 4, address: '172.93.201.88' },
    });
    expect(checkIp('2001:0DB8:0:0:0:0:0:0001')).toMatchObject({ ok: true, ip: { value: '2001:db8::1', version: 6 } });
    expect(checkIp('10.0.0.0/8')).toMatchObject({ ok: true, ip: { prefix: 8 } });
    // A range is written as its network address: pySigma refuses 93.184.216.77/16 and the rule with it.
    expect(checkIp('93.184.216.77/16')).toMatchObject({
      ok: false,
      code: 'ip-cidr-host-bits',
      hint: 'write the network address, 93.184.0.0/16, or 93.184.216.77 alone for the single address',
    });
    const networkHint: unknown = expect.stringContaining('2a0d:5600:24::/48');
    expect(checkIp('2a0d:5600:24::7/48')).toMatchObject({ ok: false, hint: networkHint });
    for (const good of ['93.184.0.0/16', '1.2.3.4/32', '0.0.0.0/0', '2a0d:5600:24::/48', '::/0'])
      expect(checkIp(good).ok, good).toBe(true);
    expect(ipBounds((checkIp('45.77.8.0/24') as { ip: IpValue }).ip)).toEqual({
      first: '45.77.8.0',
      last: '45.77.8.255',
    });
    expect(ipBounds((checkIp('2a0d:5600:24::/48') as { ip: IpValue }).ip)).toEqual({
      first: '2a0d:5600:24::',
      last: '2a0d:5600:24:ffff:ffff:ffff:ffff:ffff',
    });
    const ip = (s: string) => (checkIp(s) as { ip: IpValue }).ip;
    expect(ipOverlaps(ip('8.8.8.0/24'), ip('8.8.8.8'))).toBe(true);
    expect(ipOverlaps(ip('10.1.2.3'), ip('10.0.0.0/8'))).toBe(true);
    expect(ipOverlaps(ip('8.8.8.0/24'), ip('8.8.9.0/24'))).toBe(false);
    expect(ipOverlaps(ip('2a0d:5600:24::/48'), ip('2a0d:5600:24:1::1'))).toBe(true);
    expect(ipOverlaps(ip('0.0.0.0/0'), ip('::/0'))).toBe(false);
    // IPv4-mapped IPv6 values are IPv4 indicators, in whichever form they are written.
    expect(checkIp('::ffff:93.184.216.35')).toEqual({
      ok: true,
      ip: { value: '93.184.216.35', version: 4, address: '93.184.216.35' },
      mappedFrom: '::ffff:93.184.216.35',
    });
    expect(checkIp('::FFFF:5db8:d823')).toMatchObject({ ok: true, ip: { value: '93.184.216.35', version: 4 } });
    expect(checkIp('::ffff:93.184.216.0/120')).toMatchObject({
      ok: true,
      ip: { value: '93.184.216.0/24', prefix: 24 },
    });
    expect(checkIp('::ffff:0:0/96')).toMatchObject({ ok: true, ip: { value: '0.0.0.0/0', prefix: 0 } });
    expect(checkIp('::/64')).toMatchObject({ ok: true, ip: { value: '::/64', version: 6 } });
    expect(checkIp('::ffff:1.2.3.4:5')).toMatchObject({ ok: false });
    expect(checkIp('1::ffff:1.2.3.4')).toMatchObject({ ok: true, ip: { value: '1::ffff:102:304', version: 6 } });
    for (const bad of ['256.1.1.1', '01.2.3.4', '1.2.3', '1.2.3.4/33', 'fe80::1%eth0', '1.2.3.4/8/9', 'x'])
      expect(checkIp(bad).ok, bad).toBe(false);
    const range = (s: string) => (checkIp(s) as { ip: Parameters<typeof nonPublicRange>[0] }).ip;
    expect(nonPublicRange(range('192.168.1.1'))).toMatch(/private/);
    expect(nonPublicRange(range('172.31.255.255'))).toMatch(/private/);
    expect(nonPublicRange(range('172.32.0.1'))).toBeUndefined();
    expect(nonPublicRange(range('fd00::1'))).toMatch(/unique local/);
    expect(nonPublicRange(range('172.93.201.88'))).toBeUndefined();
    expect(ipv6Full('2001:4860:4860::8888')).toBe('2001:4860:4860:0:0:0:0:8888');
  });

  // IANA's IPv4 Special-Purpose Address Registry (RFC 6890 and successors) and RFC 5771 / RFC 1112 for
  // multicast and reserved: the non-public IPv4 ranges iocc leaves out, copied here, not from src/values.
  const specialV4: readonly [string, number, RegExp][] = [
    ['0.0.0.0', 8, /this-network/],
    ['10.0.0.0', 8, /private/],
    ['100.64.0.0', 10, /carrier-grade NAT/],
    ['127.0.0.0', 8, /loopback/],
    ['169.254.0.0', 16, /link-local/],
    ['172.16.0.0', 12, /private/],
    ['192.0.2.0', 24, /documentation/],
    ['192.168.0.0', 16, /private/],
    ['198.18.0.0', 15, /benchmarking/],
    ['198.51.100.0', 24, /documentation/],
    ['203.0.113.0', 24, /documentation/],
    ['224.0.0.0', 4, /multicast/],
    ['240.0.0.0', 4, /reserved/],
  ];
  const v4 = (s: string) => (checkIp(s) as { ip: Parameters<typeof nonPublicRange>[0] }).ip;
  const toNumber = (s: string): number => s.split('.').reduce((n, o) => n * 256 + Number(o), 0);
  const toDotted = (n: number): string => [24, 16, 8, 0].map((b) => Math.floor(n / 2 ** b) % 256).join('.');

  test.each(specialV4)(
    '%s/%i: its first and last address are not public; the addresses beside it are',
    (base, bits, what) => {
      const first = toNumber(base);
      const last = first + 2 ** (32 - bits) - 1;
      expect(nonPublicRange(v4(toDotted(first)))).toMatch(what);
      expect(nonPublicRange(v4(toDotted(last)))).toMatch(what);
      // Just outside, unless a neighbouring special range starts or ends there.
      const inSome = (n: number): boolean =>
        specialV4.some(([b, k]) => n >= toNumber(b) && n < toNumber(b) + 2 ** (32 - k));
      if (first > 0 && !inSome(first - 1)) expect(nonPublicRange(v4(toDotted(first - 1)))).toBeUndefined();
      if (last < 2 ** 32 - 1 && !inSome(last + 1)) expect(nonPublicRange(v4(toDotted(last + 1)))).toBeUndefined();
    },
  );

  test("any IPv4 address is non-public exactly when node:net's BlockList of the registry holds it", () => {
    const list = new BlockList();
    for (const [base, bits] of specialV4) list.addSubnet(base, bits, 'ipv4');
    fc.assert(
      fc.property(fc.ipV4(), (a) => {
        expect(nonPublicRange(v4(a)) !== undefined, a).toBe(list.check(a, 'ipv4'));
      }),
      { numRuns: 2000 },
    );
  });

  test(
    "our IPv6 parser accepts exactly what node:net's isIPv6 accepts (zone ids aside), and reads the same " + 'groups',
    () => {
      const group = fc.oneof(
        fc.constantFrom('', '0', '00000', 'g', '1.2.3.4', '256.1.1.1', '01.2.3.4'),
        fc.stringMatching(/^[0-9a-fA-F]{1,4}$/),
      );
      const address = fc
        .array(group, { minLength: 1, maxLength: 10 })
        .chain((gs) =>
          fc.constantFrom(
            gs.join(':'),
            gs.join('::'),
            `${gs.join(':')}::`,
            `::${gs.join(':')}`,
            `${gs[0]}::${gs.slice(1).join(':')}`,
          ),
        );
      fc.assert(
        fc.property(address, (a) => {
          expect(ipv6Groups(a) !== undefined, a).toBe(isIPv6(a));
          const groups = ipv6Groups(a);
          // Round trip through node's own reading: the WHATWG URL parser's canonical form of the address
          // has the same groups.
          if (groups !== undefined) expect(ipv6Groups(new URL(`http://[${a}]/`).hostname.slice(1, -1))).toEqual(groups);
        }),
        { numRuns: 5000 },
      );
      for (const [a, ok] of [
        ['::', true],
        ['1:2:3:4:5:6:7::', true],
        ['::ffff:1.2.3.4', true],
        ['1::2::3', false],
        [':1::2', false],
        ['1:2:3:4:5:6:7:8:9', false],
        ['1.2.3.4::', false],
        ['::1.2.3.4:1', false],
      ] as const) {
        expect(ipv6Groups(a) !== undefined, a).toBe(ok);
        expect(isIPv6(a), a).toBe(ok);
      }
    },
  );
});

describe('paths, ATT&CK, dates, UUIDs', () => {
  test('paths: variables, drives, ~ and absolute POSIX paths', () => {
    const ok = (raw: string, name?: string) => {
      const c = checkPath(raw, name);
      if (!c.ok) throw new Error(`${raw}: ${c.message}`);
      return c.path;
    };
    expect(ok('%localappdata%\\Programs\\3CXDesktopApp\\app\\ffmpeg.dll', 'ffmpeg.dll')).toEqual({
      text: '%LOCALAPPDATA%\\Programs\\3CXDesktopApp\\app\\ffmpeg.dll',
      flavor: 'windows',
      anchor: '%LOCALAPPDATA%',
      bases: [{ kind: 'home', sub: '\\AppData\\Local' }],
      tail: '\\Programs\\3CXDesktopApp\\app\\ffmpeg.dll',
      wildcard: false,
    });
    expect(ok('c:/Temp/x.exe')).toMatchObject({ text: 'C:\\Temp\\x.exe', anchor: 'C:', tail: '\\Temp\\x.exe' });
    expect(ok('d:\\MOVEitTransfer\\wwwroot\\human2.aspx').bases).toEqual([{ kind: 'root', root: 'D:' }]);
    expect(ok('~/Library/Application Support/3CX Desktop App/', 'UpdateAgent')).toMatchObject({
      flavor: 'posix',
      text: '~/Library/Application Support/3CX Desktop App/UpdateAgent',
      bases: [{ kind: 'home', sub: '' }],
    });
    for (const home of ['$HOME/.config/x', '${HOME}/.config/x', '~/.config/x'])
      expect(ok(home)).toMatchObject({ tail: '/.config/x', bases: [{ kind: 'home', sub: '' }] });
    expect(ok('/usr/lib/*/liblzma.so.5.6.?')).toMatchObject({ wildcard: true, bases: [{ kind: 'root', root: '' }] });
    // Every variable of a default Windows install, in any case, and where each one resolves.
    const roots: Record<string, string> = {
      '%WINDIR%': 'C:\\Windows',
      '%SystemRoot%': 'C:\\Windows',
      '%SYSTEMDRIVE%': 'C:',
      '%ProgramFiles%': 'C:\\Program Files',
      '%PROGRAMFILES(X86)%': 'C:\\Program Files (x86)',
      '%ProgramW6432%': 'C:\\Program Files',
      '%CommonProgramFiles%': 'C:\\Program Files\\Common Files',
      '%CommonProgramFiles(x86)%': 'C:\\Program Files (x86)\\Common Files',
      '%ProgramData%': 'C:\\ProgramData',
      '%ALLUSERSPROFILE%': 'C:\\ProgramData',
      '%Public%': 'C:\\Users\\Public',
    };
    for (const [v, root] of Object.entries(roots))
      expect(ok(`${v}\\x\\y.exe`), v).toMatchObject({
        anchor: v.toUpperCase(),
        bases: [{ kind: 'root', root }],
        tail: '\\x\\y.exe',
      });
    const homes: Record<string, string> = {
      '%USERPROFILE%': '',
      '%HomeDrive%%HomePath%': '',
      '%AppData%': '\\AppData\\Roaming',
      '%LOCALAPPDATA%': '\\AppData\\Local',
    };
    for (const [v, sub] of Object.entries(homes)) expect(ok(`${v}\\x.exe`).bases, v).toEqual([{ kind: 'home', sub }]);
    for (const v of ['%TEMP%', '%tmp%'])
      expect(ok(`${v}\\x.exe`).bases, v).toEqual([
        { kind: 'home', sub: '\\AppData\\Local\\Temp' },
        { kind: 'root', root: 'C:\\Windows\\Temp' },
      ]);
    expect(checkPath('%LOCALAPPDTA%\\x.exe', undefined)).toMatchObject({
      ok: false,
      code: 'path-variable',
      hint: "did you mean '%LOCALAPPDATA%'?",
    });
    expect(checkPath('%HOMEPATH%\\x.exe', undefined)).toMatchObject({ ok: false, code: 'path-variable' });
    expect(checkPath('$TMPDIR/x', undefined)).toMatchObject({ ok: false, code: 'path-variable' });
    expect(checkPath('/usr/**/x.so', undefined)).toMatchObject({ ok: false, code: 'path-wildcard' });
    expect(checkPath('C:\\x\\%TEMP%\\y.exe', undefined)).toMatchObject({ ok: false, code: 'path-variable' });
    for (const bad of [
      'relative\\x.exe',
      '\\\\server\\share\\x.exe',
      'C:\\a\\..\\x.exe',
      '~user/x',
      '/a//b',
      'C:\\a|b.exe',
    ])
      expect(checkPath(bad, undefined).ok, bad).toBe(false);
  });
  test('ATT&CK techniques and tactics', () => {
    expect(checkAttack('T1195.002')).toEqual({ ok: true, kind: 'technique', value: 'T1195.002', normalized: false });
    expect(checkAttack('t1574.001')).toEqual({ ok: true, kind: 'technique', value: 'T1574.001', normalized: true });
    expect(checkAttack('initial-access')).toMatchObject({ ok: true, kind: 'tactic' });
    expect(checkAttack('Command and Control')).toMatchObject({
      ok: true,
      kind: 'tactic',
      value: 'command-and-control',
      normalized: true,
    });
    expect(checkAttack('T12')).toMatchObject({ ok: false });
    expect(checkAttack('inital-access')).toMatchObject({ ok: false, hint: "did you mean 'initial-access'?" });
  });
  test('calendar dates and the build date', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
    expect(todayUtc({ SOURCE_DATE_EPOCH: '1680048000' })).toBe('2023-03-29');
  });
  test('UUIDv5 matches the RFC 4122 example and is stable', () => {
    // uuid5(NAMESPACE_DNS, 'www.example.com') from Python's uuid module.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    // iocc's namespace: the uuid every 3CX artifact carries (dist/manifest.json); a change would re-id them all.
    expect(uuidV5('3cx-desktopapp-2023')).toBe('4062cedc-ab75-5bd5-a824-c9fd86976f04');
    expect(uuidV5('3cx-desktopapp-2023')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow('invalid UUID namespace not-a-uuid');
  });
  test('UUIDv5 is the bytes RFC 9562 section 5.5 prescribes, for any name and namespace', () => {
    // RFC 9562 5.5, byte by byte: SHA-1 over the namespace's 16 bytes and the name, the first 16 bytes
    // kept, version 5 in the high nibble of byte 6, the variant 0b10 in the top two bits of byte 8.
    const rfc = (name: string, namespace: string): string => {
      const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
      const b = createHash('sha1')
        .update(Buffer.concat([ns, Buffer.from(name, 'utf8')]))
        .digest()
        .subarray(0, 16);
      b[6] = (b[6]! & 0x0f) | 0x50;
      b[8] = (b[8]! & 0x3f) | 0x80;
      const x = b.toString('hex');
      return [x.slice(0, 8), x.slice(8, 12), x.slice(12, 16), x.slice(16, 20), x.slice(20)].join('-');
    };
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.uuid(), (name, namespace) => {
        expect(uuidV5(name, namespace)).toBe(rfc(name, namespace));
        expect(uuidV5(name, namespace.toUpperCase())).toBe(rfc(name, namespace));
      }),
      { numRuns: 500 },
    );
  });
});

describe('suggestions and encodings', () => {
  test('did you mean', () => {
    expect(editDistance('sha265', 'sha256')).toBe(1);
    expect(closest('sha265', ['sha256', 'sha1', 'md5'])).toBe('sha256');
    expect(closest('original_filename', ['original_name', 'name'])).toBe('original_name');
    expect(closest('zzz', ['sha256', 'name'])).toBeUndefined();
  });
  test('UTF-8: a BOM is dropped, an invalid byte is located', () => {
    expect(decodeUtf8(Buffer.from('\ufeffa: 1', 'utf8'))).toEqual({ ok: true, text: 'a: 1' });
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xff, 0x63]))).toBe(2);
    expect(firstInvalidUtf8(Buffer.from([0xe2, 0x82]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // a UTF-16 surrogate
    expect(firstInvalidUtf8(Buffer.from('ünïcødé ✓ 𝄞', 'utf8'))).toBe(-1);
    expect(decodeUtf8(Buffer.from([0x61, 0x0a, 0x62, 0xc0, 0x80]))).toEqual({ ok: false, offset: 3, prefix: 'a\nb' });
  });
});
