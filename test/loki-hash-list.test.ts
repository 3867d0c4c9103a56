// The LOKI/THOR hash IOC list keeps each indicator's own comment, read back the way LOKI splits a line.
import { describe, expect, test } from 'vitest';
import { build } from '../src/build.js';
import { targets } from '../targets/index.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeDir, tempDir } from './support/helpers.js';
import { H, ruleText } from './support/rules.js';

/** LOKI reads `HASH;COMMENT`: the hash before the first `;`, the comment after it. */
const lokiRead = (text: string): Map<string, string> =>
  new Map(
    text
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => [l.split(';')[0] as string, l.split(';')[1] ?? ''] as const),
  );

describe('yara/<rule>-hash-iocs.txt', () => {
  test("each hash keeps its own entry's comment, one line whatever the comment holds", () => {
    const dir = tempDir('iocc-loki-');
    try {
      mkdirSync(join(dir, 'rules'));
      const files = [
        'files:',
        `  - {name: a.exe, sha256: ${H.a}, md5: ${H.md5}, os: windows, role: payload, comment: "dropper; ` +
          `seen by ESET\\nand Sophos"}`,
        `  - {name: b.dll, sha256: ${H.b}, os: windows, role: library, comment: loader}`,
        `  - {name: c.exe, sha256: ${H.c}, os: windows, role: payload}`,
      ].join('\n');
      writeFileSync(join(dir, 'rules', 'r.yaml'), ruleText('r', files));
      const yara = targets.filter((t) => t.id === 'yara');
      const r = build({ inputs: ['rules'], registry: targets, selected: yara, asOf: '2026-06-01', cwd: dir });
      const text = r.files.find((f) => f.path === 'yara/r-hash-iocs.txt')?.bytes.toString('utf8') ?? '';
      const read = lokiRead(text);
      expect(read.get(H.a)).toBe('Test rule r - a.exe: dropper, seen by ESET and Sophos');
      expect(read.get(H.md5)).toBe('Test rule r - a.exe: dropper, seen by ESET and Sophos');
      expect(read.get(H.b)).toBe('Test rule r - b.dll: loader');
      expect(read.get(H.c)).toBe('Test rule r - c.exe');
      expect(text.split('\n').filter((l) => l !== '')).toHaveLength(5);
    } finally {
      removeDir(dir);
    }
  });
});
