// Observable ids are public: coverage.json lists every indicator by them, and targets tell a hash from a
// file name by them. The expected ids are written out here, as coverage.json shows them.
import { describe, expect, test } from 'vitest';
import {
  fileNameObservableId,
  isFileNameObservableId,
  isHashObservableId,
  isOriginalNameObservableId,
  originalNameObservableId,
  observableCount,
  observablesOf,
} from '../../src/model/observables.js';
import { buildRuleSet } from '../../src/model/build.js';
import { aside } from '../../src/model/describe.js';
import { H, load, ruleText } from '../support/rules.js';

const sha256 = 'ab'.repeat(32);

describe('observable ids', () => {
  test('a file name is keyed by its OS, or "any" when the rule names none', () => {
    expect(fileNameObservableId({ os: 'windows', name: 'setup.msi' })).toBe('file-name:windows:setup.msi');
    expect(fileNameObservableId({ name: 'setup.msi' })).toBe('file-name:any:setup.msi');
    expect(originalNameObservableId('3CXDesktopApp.exe')).toBe('original-file-name:3CXDesktopApp.exe');
  });

  test('a kind is told by the prefix of the id, never by what the value holds', () => {
    for (const id of [`sha256:${sha256}`, `sha1:${'a'.repeat(40)}`, `md5:${'a'.repeat(32)}`])
      expect(isHashObservableId(id), id).toBe(true);
    // A Linux file may be named "md5:notes"; its id holds a hash prefix, but not at the start.
    for (const id of ['file-name:linux:md5:notes', `domain:sha256.example`, 'original-file-name:sha1:x'])
      expect(isHashObservableId(id), id).toBe(false);

    expect(isFileNameObservableId('file-name:linux:x')).toBe(true);
    for (const id of ['original-file-name:x', `sha256:${sha256}`, 'url:https://e.example/file-name:x'])
      expect(isFileNameObservableId(id), id).toBe(false);

    expect(isOriginalNameObservableId('original-file-name:x.dll')).toBe(true);
    for (const id of ['file-name:linux:original-file-name:x', 'file-name:any:x.dll', `sha256:${sha256}`])
      expect(isOriginalNameObservableId(id), id).toBe(false);
  });
});

describe('observables of a rule', () => {
  test('an id written twice (one name, two hashes) is one observable, where it is first written', () => {
    const { rule } = load(
      'r.yaml',
      ruleText(
        'r',
        `files:\n  - {name: x.exe, os: windows, sha256: ${H.a}}\n  - {name: X.exe, os: windows, sha256: ${H.b}}`,
      ),
    );
    const r = buildRuleSet([rule!], '2026-01-01').ruleSet.rules[0]!;
    const ids = observablesOf(r).map((o) => `${o.id} ${o.origin.line}:${o.origin.col}`);
    expect(ids).toEqual([
      `sha256:${H.a} 10:40`,
      'file-name:windows:x.exe 10:12',
      `sha256:${H.b} 11:40`,
      'file-name:windows:X.exe 11:12',
    ]);
    const { rule: twice } = load(
      'r.yaml',
      ruleText(
        'r',
        `files:\n  - {name: x.exe, os: linux, sha256: ${H.a}}\n  - {name: x.exe, os: linux, sha256: ${H.b}}`,
      ),
    );
    const t = buildRuleSet([twice!], '2026-01-01').ruleSet.rules[0]!;
    expect(observablesOf(t).map((o) => `${o.id} ${o.origin.line}`)).toEqual([
      `sha256:${H.a} 10`,
      'file-name:linux:x.exe 10',
      `sha256:${H.b} 11`,
    ]);
    expect(observableCount(t)).toBe(3);
  });

  test('facts in parentheses: only those given, none at all when none is', () => {
    expect(aside('Windows', 'payload', '1.2')).toBe(' (Windows payload 1.2)');
    expect(aside(undefined, 'payload', undefined)).toBe(' (payload)');
    expect(aside(undefined, undefined)).toBe('');
    expect(aside()).toBe('');
  });
});
