import { describe, expect, test } from 'vitest';
import { originOf, pathToString, rawTextOf, valueAt, type Document } from '../../src/load/document.js';
import { sourceText } from '../../src/load/source.js';
import { parseYaml } from '../../src/load/yaml.js';

function doc(text: string): Document {
  const src = sourceText('t.yaml', text);
  const r = parseYaml(src);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return { src, value: r.value, root: r.root };
}

const at = (d: Document, ...path: (string | number)[]): string => {
  const o = originOf(d, path);
  return `${o.line}:${o.col}`;
};

describe('YAML with positions', () => {
  const text = [
    '# comment',
    'a: 1',
    'empty:',
    'list:',
    '  - x',
    '  - {k: v, n: [1, 2]}',
    '  -',
    '    name: "quoted"',
    'block: |',
    '  line one',
    '  line two',
    'last: end',
    '',
  ].join('\n');
  const d = doc(text);

  test('values keep their types under the core schema; dates stay strings', () => {
    expect(doc('d: 2023-03-29\nv: 18.12\nb: true\nn: null\n').value).toEqual({
      d: '2023-03-29',
      v: 18.12,
      b: true,
      n: null,
    });
  });

  test('every node has its line and column', () => {
    expect(at(d, 'a')).toBe('2:4');
    expect(at(d, 'list')).toBe('5:3');
    expect(at(d, 'list', 0)).toBe('5:5');
    expect(at(d, 'list', 1, 'k')).toBe('6:9');
    expect(at(d, 'list', 1, 'n', 1)).toBe('6:19');
    expect(at(d, 'list', 2)).toBe('8:5');
    expect(at(d, 'list', 2, 'name')).toBe('8:11');
    expect(at(d, 'block')).toBe('9:8');
    expect(at(d, 'last')).toBe('12:7');
  });

  test('an empty value points at its key; a missing one at the nearest parent', () => {
    expect(at(d, 'empty')).toBe('3:1');
    expect(at(d, 'list', 1, 'missing')).toBe('6:5');
    expect(at(d, 'nope')).toBe('2:1');
  });

  test('raw text is the value as written', () => {
    expect(rawTextOf(doc('v: 18.10\n'), ['v'])).toBe('18.10');
    expect(rawTextOf(d, ['list', 2, 'name'])).toBe('"quoted"');
  });

  test('CRLF line endings and a BOM-less start give the same positions', () => {
    const crlf = doc(text.replace(/\n/g, '\r\n'));
    expect(at(crlf, 'list', 1, 'n', 1)).toBe('6:19');
    expect(at(crlf, 'last')).toBe('12:7');
  });

  test('paths read the way rule authors write them', () => {
    expect(pathToString(['files', 2, 'sha256'])).toBe('files[2].sha256');
    expect(pathToString([])).toBe('the rule');
    expect(pathToString(['targets', 'amber+strict'])).toBe('targets.amber+strict');
  });
});

describe('valueAt', () => {
  test('a number steps into a list only, a name into a mapping only; anything else is undefined', () => {
    const v = { files: [{ name: 'x.exe' }], text: 'abc', none: null, map: { '0': 'zero' } };
    expect(valueAt(v, ['files', 0, 'name'])).toBe('x.exe');
    expect(valueAt(v, ['map', 0])).toBe('zero'); // a mapping's key "0", as YAML wrote it
    expect(valueAt(v, ['text', 1])).toBeUndefined(); // not the character of a string
    expect(valueAt(v, ['none', 0])).toBeUndefined();
    expect(valueAt(v, ['files', 'length'])).toBeUndefined(); // not a property of a list
    expect(valueAt(v, [])).toBe(v);
  });
});

describe('YAML that must be refused', () => {
  const diagnostics = (text: string) => {
    const r = parseYaml(sourceText('t.yaml', text));
    return r.ok ? [] : r.diagnostics.map((x) => `${x.code} ${x.line}:${x.col}`);
  };

  test('anchors and aliases are refused where they are written', () => {
    expect(diagnostics('a: &x 1\nb: *x\n')).toContain('yaml-anchor 1:4');
    expect(diagnostics('list:\n  - &item {k: v}\n')).toContain('yaml-anchor 2:5');
  });

  test('a billion-laughs file is refused without expanding it', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} ` +
          `[${new Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`,
      );
    const text = `${lines.join('\n')}\n`;
    expect(text.length).toBeLessThan(1024);
    const out = diagnostics(text);
    expect(out.length).toBe(10);
    expect(out.every((x) => x.startsWith('yaml-anchor'))).toBe(true);
  });

  test('duplicate keys, bad syntax, deep nesting', () => {
    expect(diagnostics('a: 1\na: 2\n')).toEqual(['duplicate-key 2:1']);
    expect(diagnostics('a: [1, 2\n')[0]).toMatch(/^yaml-syntax /);
    expect(diagnostics(`a: ${'['.repeat(50)}${']'.repeat(50)}\n`)[0]).toMatch(/^yaml-depth /);
    expect(diagnostics('a: !!js/function "x"\n')[0]).toMatch(/^yaml-syntax /);
  });
});
