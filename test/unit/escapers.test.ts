// The exact text each escaper writes, character class by character class. Round-trip tests (the
// consumers' parsers read a value back) prove an escape is *correct*; these prove *which* characters
// are escaped and how, so a boundary mutant (`< 0x20` → `<= 0x20`) or a dropped escape fails. Every
// expected value is written by hand from the format's specification, never computed by the code:
// YAML 1.2 §5.7 (double-quoted escapes), YARA's string and regex syntax, SQLite's string literals,
// Kusto's string literals, RFC 4180, the STIX 2.1 patterning grammar, CommonMark's backslash escapes.
import { describe, expect, test } from 'vitest';
import { checkHash } from '../../src/values/hash.js';
import { csvField, csvLine, freeText } from '../../targets/defender/csv.js';
import { kqlComment, kqlDynamic, kqlList, kqlString } from '../../targets/kql/escape.js';
import {
  anyOf,
  asciiLower,
  endsWithAny,
  endsWithAnyNoCase,
  equalsAnyNoCase,
  literal as sqlLiteral,
  versionIn,
} from '../../targets/osquery/sql.js';
import { literal, markdownText, sigmaLiteral, sigmaScalar, wildcard, yamlScalar } from '../../targets/sigma/escape.js';
import { fileNamePattern, networkPattern } from '../../targets/stix/pattern.js';
import { metaString, namePart, textString, validRuleName, wildcardRegex } from '../../targets/yara/escape.js';

/** Each [input, expected] pair; the message names the input so a failure says which row. */
function table(f: (s: string) => string, rows: readonly (readonly [string, string])[]): void {
  for (const [input, want] of rows) expect(f(input), JSON.stringify(input)).toBe(want);
}

describe('Sigma: the Sigma string layer', () => {
  test('* and ? are escaped in a literal and kept in a wildcard; a backslash doubles only before * ? \\', () => {
    table(
      (s) => sigmaLiteral(s),
      [
        ['plain', 'plain'],
        ['a*b', 'a\\*b'],
        ['a?b', 'a\\?b'],
        ['C:\\dir\\x.exe', 'C:\\dir\\x.exe'],
        ['a\\*', 'a\\\\\\*'],
        ['a\\?', 'a\\\\\\?'],
        ['a\\\\b', 'a\\\\\\b'],
        ['end\\', 'end\\'],
        ['', ''],
      ],
    );
    table(
      (s) => sigmaLiteral(s, true),
      [
        ['a*b?', 'a*b?'],
        ['C:\\*', 'C:\\\\*'],
        ['x\\y', 'x\\y'],
      ],
    );
  });

  test('a value is a literal or a wildcard pattern, written as one YAML scalar', () => {
    expect(literal('a*')).toEqual({ literal: 'a*' });
    expect(wildcard('a*')).toEqual({ pattern: 'a*' });
    expect(wildcard('a\\*')).toEqual({ pattern: 'a\\\\*' });
    expect(sigmaScalar(literal('a*'))).toBe("'a\\*'");
    expect(sigmaScalar(wildcard('*\\x.exe'))).toBe("'*\\x.exe'");
    expect(sigmaScalar(literal("it's\n"))).toBe('"it\'s\\n"');
  });
});

describe('Sigma: YAML scalars', () => {
  test('single-quoted unless a character needs an escape; a quote is doubled', () => {
    table(yamlScalar, [
      ['abc', "'abc'"],
      ["it's", "'it''s'"],
      ['a"b\\c', "'a\"b\\c'"],
      [' ~\u00a0é😀', "' ~\u00a0é😀'"],
      ['', "''"],
    ]);
  });

  test('double-quoted with YAML escapes for controls, DEL, C1, separators, BOM and non-characters', () => {
    table(yamlScalar, [
      ['\n', '"\\n"'],
      ['\r', '"\\r"'],
      ['\t', '"\\t"'],
      ['\u0000', '"\\x00"'],
      ['\u0001', '"\\x01"'],
      ['\u001f', '"\\x1f"'],
      ['\u007f', '"\\x7f"'],
      ['\u0080', '"\\x80"'],
      ['\u009f', '"\\x9f"'],
      ['\u2028', '"\\u2028"'],
      ['\u2029', '"\\u2029"'],
      ['\ufeff', '"\\ufeff"'],
      ['\ufffe', '"\\ufffe"'],
      ['\uffff', '"\\uffff"'],
      // Once double-quoted, " and \ are escaped and every other character stays as it is.
      ['"\\\n', '"\\"\\\\\\n"'],
      [" ~'\u00a0\u00ff\u2027\u202aé😀\u0001", '" ~\'\u00a0\u00ff\u2027\u202aé😀\\x01"'],
    ]);
  });

  test('a lone surrogate cannot be written (it is not Unicode text)', () => {
    for (const s of ['\ud800', '\udbff', '\udc00', '\udfff', 'a\n\ud800'])
      expect(() => yamlScalar(s), JSON.stringify(s)).toThrow('a lone UTF-16 surrogate cannot be written as YAML');
  });
});

describe('Sigma: Markdown text of the description', () => {
  test('line breaks become one space and inline markup is backslash-escaped', () => {
    table(markdownText, [
      ['a\nb', 'a b'],
      ['a\r\n\r\nb', 'a b'],
      ['a\u2028\u2029b', 'a b'],
      ['a\\b`c*d_e[f]g<h>i|j~k&l#m', 'a\\\\b\\`c\\*d\\_e\\[f\\]g\\<h\\>i\\|j\\~k\\&l\\#m'],
      ['plain text, (ok) 1.5 - x', 'plain text, (ok) 1.5 - x'],
    ]);
  });

  test('what would start a block at the beginning is escaped, and only there', () => {
    table(markdownText, [
      ['- item', '\\- item'],
      ['+ item', '\\+ item'],
      ['= title', '\\= title'],
      ['  - nested', '  \\- nested'],
      ['1. first', '\\1. first'],
      ['12) twelfth', '\\12) twelfth'],
      ['12 apples', '12 apples'],
      ['1 x', '1 x'],
      ['ab. x', 'ab. x'],
      ['x- y', 'x- y'],
      ['a', 'a'],
      ['', ''],
    ]);
  });
});

describe('YARA', () => {
  test('meta strings escape \\ " and C0 controls and DEL, keep UTF-8 as it is', () => {
    table(metaString, [
      ['abc', '"abc"'],
      ['a\\b', '"a\\\\b"'],
      ['say "hi"', '"say \\"hi\\""'],
      ['\n\r\t', '"\\n\\r\\t"'],
      ['\u0001\u001f\u007f', '"\\x01\\x1f\\x7f"'],
      [' ~é😀\u0080', '" ~é😀\u0080"'],
    ]);
    expect(() => metaString('a\u0000b')).toThrow('YARA meta strings cannot hold a NUL character');
    for (const s of ['\ud800', '\udfff'])
      expect(() => metaString(s)).toThrow('YARA meta strings cannot hold a lone UTF-16 surrogate');
  });

  test('condition text strings are ASCII: everything from U+0080 up is its UTF-8 bytes as \\xHH', () => {
    table(textString, [
      ['abc ~', '"abc ~"'],
      ['a\\b"c', '"a\\\\b\\"c"'],
      ['\n\r\t', '"\\n\\r\\t"'],
      ['\u0001\u001f\u007f', '"\\x01\\x1f\\x7f"'],
      ['\u0080', '"\\xc2\\x80"'],
      ['é', '"\\xc3\\xa9"'],
      ['😀', '"\\xf0\\x9f\\x98\\x80"'],
    ]);
    for (const s of ['\ud800', '\udfff'])
      expect(() => textString(s)).toThrow('YARA strings cannot hold a lone UTF-16 surrogate');
  });

  test('wildcard regexes: * and ? are one path segment, letters and digits literal, every other byte \\xHH', () => {
    const segmentChar = '([\\x01-\\x2e\\x30-\\x5b\\x5d-\\x7f]|[\\xc2-\\xf4][\\x80-\\xbf]{1,3})';
    table(wildcardRegex, [
      ['AZaz09', 'AZaz09'],
      ['*.exe', `${segmentChar}*\\x2eexe`],
      ['a?b', `a${segmentChar}b`],
      ['\\/ -', '\\x5c\\x2f\\x20\\x2d'],
      ['\u0001\u007f', '\\x01\\x7f'],
      ['é', '\\xc3\\xa9'],
      ['', ''],
    ]);
    expect(() => wildcardRegex('a\u0000')).toThrow('YARA regular expressions cannot hold a NUL character');
    expect(() => wildcardRegex('\udc00')).toThrow('YARA strings cannot hold a lone UTF-16 surrogate');
  });

  test('rule names: an identifier of at most 128 characters that is no keyword of YARA 4.5 or YARA-X', () => {
    for (const ok of ['abc', '_x', 'A1_b2', 'a'.repeat(128), 'rules', 'Rule', 'for_'])
      expect(validRuleName(ok), ok).toBe(true);
    // The first and last keyword of each line of the list, and some from the middle.
    const keywords = ['all', 'for', 'fullword', 'int8be', 'istartswith', 'uint16be', 'uint32', 'with'];
    for (const bad of [...keywords, 'rule', 'condition', '', '1x', 'a-b', 'é', 'a'.repeat(129)])
      expect(validRuleName(bad), bad).toBe(false);
  });

  test('name parts: accents dropped, any run of other characters one underscore, none at the ends', () => {
    table(namePart, [
      ['Āx', 'Ax'],
      ['ﬁle', 'file'],
      ['a--b', 'a_b'],
      ['--a  b__', 'a_b'],
      ['3CX Desktop-App', '3CX_Desktop_App'],
      ['---', ''],
      ['', ''],
    ]);
  });
});

describe('osquery SQL', () => {
  test('literals double single quotes and nothing else; NUL is refused', () => {
    table(sqlLiteral, [
      ["it's", "'it''s'"],
      ['a\\b%_"', "'a\\b%_\"'"],
      ['', "''"],
    ]);
    expect(() => sqlLiteral('a\u0000')).toThrow('a SQL literal cannot hold a NUL character');
  });

  test("lower case is ASCII only, as SQLite's lower()", () => {
    table(asciiLower, [['AZaz09ÄÉ', 'azaz09ÄÉ']]);
  });

  test('comparisons: one term as it is, more sorted, without duplicates, ORed in parentheses', () => {
    expect(anyOf(['x'])).toBe('x');
    expect(anyOf(['x', 'y'])).toBe('(x OR y)');
    expect(endsWithAny('path', ['b.exe'])).toBe("substr(path, -5) = 'b.exe'");
    expect(endsWithAny('path', ['é.exe', 'a.exe', 'é.exe'])).toBe(
      "(substr(path, -5) = 'a.exe' OR substr(path, -5) = 'é.exe')",
    );
    expect(endsWithAnyNoCase('path', ['B.EXE', 'b.exe'])).toBe("lower(substr(path, -5)) = 'b.exe'");
    expect(endsWithAnyNoCase('path', ['B.exe', 'A.exe'])).toBe(
      "(lower(substr(path, -5)) = 'a.exe' OR lower(substr(path, -5)) = 'b.exe')",
    );
    expect(versionIn('version', ['1.0', '1.0'])).toBe("version = '1.0' COLLATE BINARY");
    expect(versionIn('version', ['2.0', '1.0'])).toBe("version COLLATE BINARY IN ('1.0', '2.0')");
    expect(equalsAnyNoCase('name', ['XZ', 'xz'])).toBe("lower(name) = 'xz'");
    expect(equalsAnyNoCase('name', ['XZ', 'Liblzma'])).toBe("lower(name) IN ('liblzma', 'xz')");
  });
});

describe('KQL', () => {
  test('string literals: the five named escapes, \\uXXXX for controls and format characters, the rest as it is', () => {
    table(kqlString, [
      ['abc é😀 ~', '"abc é😀 ~"'],
      ['"\\\t\n\r', '"\\"\\\\\\t\\n\\r"'],
      ['\u0000\u001f\u007f\u0085', '"\\u0000\\u001f\\u007f\\u0085"'],
      ['\u200b\u202e\ufeff\u2028\u2029', '"\\u200b\\u202e\\ufeff\\u2028\\u2029"'],
      ["'", '"\'"'],
    ]);
  });

  test('lists and dynamic arrays', () => {
    expect(kqlList(['a', 'b"'])).toBe('("a", "b\\"")');
    expect(kqlDynamic(['a', 'b'])).toBe('dynamic(["a", "b"])');
  });

  test('comments are one line without control or format characters', () => {
    table(kqlComment, [
      ['a\r\n\r\nb', 'a b'],
      ['a\u0085\u2028\u2029b', 'a b'],
      ['a\u0001\u202eb', 'a\\u0001\\u202eb'],
      ['plain // text', 'plain // text'],
    ]);
  });
});

describe('Defender CSV', () => {
  test('fields with , " CR or LF are quoted with quotes doubled; others as they are', () => {
    table(csvField, [
      ['abc', 'abc'],
      ['a b;c\t', 'a b;c\t'],
      ['a,b', '"a,b"'],
      ['say "hi"', '"say ""hi"""'],
      ['a\rb', '"a\rb"'],
      ['a\nb', '"a\nb"'],
    ]);
    expect(csvLine(['a', 'b,c', ''])).toBe('a,"b,c",\r\n');
  });

  test('free text is one line without controls, and never starts a formula', () => {
    table(freeText, [
      ['plain', 'plain'],
      ['\n', ' '],
      ['a\r\nb', 'a b'],
      ['a\u0085\u2028\u2029b', 'a   b'],
      ['a\u0001\u0008\u000b\u000c\u000e\u001f\u007fb', 'a       b'],
      ['a\tb', 'a\tb'],
      ['=1+1', "'=1+1"],
      ['+1', "'+1"],
      ['-1', "'-1"],
      ['@SUM', "'@SUM"],
      ['\tx', "'\tx"],
      ["'quoted", "''quoted"],
      ['a=1', 'a=1'],
    ]);
  });
});

describe('STIX patterns', () => {
  test('a file name, with its size when known', () => {
    expect(fileNamePattern("o'k\\.exe")).toBe("[file:name = 'o\\'k\\\\.exe']");
    expect(fileNamePattern('a.exe', 1234)).toBe("[file:name = 'a.exe' AND file:size = 1234]");
    expect(fileNamePattern('a.exe', 0)).toBe("[file:name = 'a.exe' AND file:size = 0]");
  });

  test('an address is ipv4-addr or ipv6-addr by its version', () => {
    const ip = (value: string, version: 4 | 6) =>
      networkPattern({ kind: 'ip', value, ip: { value, version, address: value } });
    expect(ip('203.0.113.7', 4)).toBe("[ipv4-addr:value = '203.0.113.7']");
    expect(ip('2001:db8::1', 6)).toBe("[ipv6-addr:value = '2001:db8::1']");
    expect(networkPattern({ kind: 'domain', value: 'a.example' })).toBe("[domain-name:value = 'a.example']");
    expect(networkPattern({ kind: 'url', value: "https://a.example/'" })).toBe("[url:value = 'https://a.example/\\'']");
  });
});

describe('hash check messages', () => {
  const sha256 = 'dde03348075512796241389dfea5560c20a3d2a2eac95c894e7bbed5e85a0acc';

  test('spaces around the value', () => {
    expect(checkHash('sha256', `${sha256} `)).toEqual({
      ok: false,
      code: 'hash-syntax',
      message: 'must be 64 hex characters without spaces around them',
      hint: 'remove the spaces inside the quotes',
    });
  });

  test('the first character that is not hex, by position, quoted or as its code point', () => {
    expect(checkHash('sha256', `g${sha256.slice(1)}`)).toEqual({
      ok: false,
      code: 'hash-hex',
      message: "must be 64 hex characters; character 1 is 'g'",
      index: 0,
    });
    expect(checkHash('md5', 'd41d8cd98f00b204e9800998ecf8427é')).toEqual({
      ok: false,
      code: 'hash-hex',
      message: 'must be 32 hex characters; character 32 is U+00E9',
      index: 31,
    });
    expect(checkHash('sha1', `ab\u00a0${'0'.repeat(37)}`)).toMatchObject({
      message: 'must be 40 hex characters; character 3 is U+00A0',
    });
    expect(checkHash('sha1', `ab😀${'0'.repeat(36)}`)).toMatchObject({
      message: 'must be 40 hex characters; character 3 is U+1F600',
    });
    expect(checkHash('sha1', `ab~!${'0'.repeat(36)}`)).toMatchObject({
      message: "must be 40 hex characters; character 3 is '~'",
    });
  });

  test('a wrong length names the algorithm of that length, or says a character is missing', () => {
    expect(checkHash('sha256', sha256.slice(0, 40))).toEqual({
      ok: false,
      code: 'hash-length',
      message: 'must be 64 hex characters, got 40',
      hint: '40 characters is a sha1: put it under sha1',
    });
    expect(checkHash('sha1', sha256.slice(0, 33))).toEqual({
      ok: false,
      code: 'hash-length',
      message: 'must be 40 hex characters, got 33',
      hint: 'a character is missing or extra; copy the value again from its source',
    });
  });

  test('the hash of the empty file, for each algorithm', () => {
    const empty = {
      sha256: 'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855',
      sha1: 'da39a3ee5e6b4b0d3255bfef95601890afd80709',
      md5: 'd41d8cd98f00b204e9800998ecf8427e',
    } as const;
    for (const algorithm of ['sha256', 'sha1', 'md5'] as const) {
      expect(checkHash(algorithm, empty[algorithm])).toEqual({
        ok: false,
        code: 'hash-empty-file',
        message: `is the ${algorithm} of the empty file; it would match every empty file`,
      });
    }
  });
});
