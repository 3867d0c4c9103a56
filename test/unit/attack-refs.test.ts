// The loader against the shipped ATT&CK table (revoked, deprecated, unknown, retired tactics) and
// references that link a branch instead of a commit.
import { describe, expect, test } from 'vitest';
import { branchLink } from '../../src/values/url.js';
import { codes, H, load, messages, ruleText } from '../support/rules.js';

const body = `files: [{sha256: ${H.a}}]`;
const withAttack = (list: string): ReturnType<typeof load> =>
  load('r.yaml', ruleText('attack', body, `attack: [${list}]`));

describe('attack: against ATT&CK v19.2', () => {
  test('a revoked technique: a warning naming the replacement, and the model carries the replacement', () => {
    const r = withAttack('T1195.002, T1562.001');
    expect(codes(r.diagnostics)).toEqual(['warning attack-revoked r.yaml:9:21']);
    expect(messages(r.diagnostics)).toEqual([
      'attack-revoked: attack[1] T1562.001 (Disable or Modify Tools) is revoked in ATT&CK v19.2, replaced ' +
        'by T1685 (Disable or Modify Tools); the outputs carry T1685',
    ]);
    expect(r.diagnostics[0]!.hint).toBe('write T1685');
    expect(r.rule!.draft.attack.techniques).toEqual(['T1195.002', 'T1685']);
  });

  test('a revoked chain ends at the current technique', () => {
    const r = withAttack('T1073');
    expect(messages(r.diagnostics)).toEqual([
      'attack-revoked: attack[0] T1073 (DLL Side-Loading) is revoked in ATT&CK v19.2, replaced by ' +
        'T1574.001 (DLL); the outputs carry T1574.001',
    ]);
    expect(r.rule!.draft.attack.techniques).toEqual(['T1574.001']);
  });

  test('a deprecated technique: a warning, and it is left out', () => {
    const r = withAttack('T1026, T1071.001');
    expect(codes(r.diagnostics)).toEqual(['warning attack-deprecated r.yaml:9:10']);
    expect(messages(r.diagnostics)[0]).toBe(
      'attack-deprecated: attack[0] T1026 (Multiband Communication) is deprecated in ATT&CK v19.2 and has ' +
        'no replacement; it is left out of the outputs',
    );
    expect(r.rule!.draft.attack.techniques).toEqual(['T1071.001']);
  });

  test('the retired tactic defense-evasion: a warning with its successors, and it is left out', () => {
    const r = withAttack('defense-evasion, stealth');
    expect(codes(r.diagnostics)).toEqual(['warning attack-retired-tactic r.yaml:9:10']);
    expect(r.diagnostics[0]!.hint).toBe('write stealth or defense-impairment, whichever the rule is about');
    expect(r.rule!.draft.attack.tactics).toEqual(['stealth']);
  });

  test('a replacement the rule also lists: one warning for the revoked id, one for the copy', () => {
    expect(withAttack('T1685, T1562.001').rule!.draft.attack.techniques).toEqual(['T1685']);
    expect(codes(withAttack('T1685, T1562.001').diagnostics)).toEqual(['warning attack-revoked r.yaml:9:17']);
    const r = withAttack('T1562.001, T1685');
    expect(messages(r.diagnostics)[1]).toBe(
      'duplicate-attack: attack[1] T1685 is listed twice (once as the replacement of T1562.001)',
    );
    expect(r.rule!.draft.attack.techniques).toEqual(['T1685']);
  });

  test('an id ATT&CK does not have is an error, with the close ids', () => {
    const r = withAttack('T1195.020');
    expect(codes(r.diagnostics)).toEqual(['error attack-unknown r.yaml:9:10']);
    expect(r.diagnostics[0]!.hint).toBe('did you mean T1195.002 (Compromise Software Supply Chain)?');
    expect(withAttack('T9999').diagnostics[0]!.hint).toMatch(/^look the technique up/);
    // Eight current ids are one digit away from T1003.009: the hint names the first three.
    expect(withAttack('T1003.009').diagnostics[0]!.hint).toMatch(
      /^did you mean T1003\.001 \([^)]+\) or T1003\.002 \([^)]+\) or T1003\.003 \([^)]+\)\?$/,
    );
  });
});

describe('references: permalinks, not branches', () => {
  test('GitHub links at a branch or tag are found; commit links and other sites are not', () => {
    const sha = 'ff49a59785f88e53eff61c10c32c2994d30c7faf';
    expect(branchLink('https://github.com/Neo23x0/signature-base/blob/master/iocs/hash-iocs.txt')).toEqual({
      repository: 'Neo23x0/signature-base',
      ref: 'master',
    });
    expect(branchLink('https://github.com/o/r/tree/main/rules')).toEqual({ repository: 'o/r', ref: 'main' });
    expect(branchLink('https://github.com/o/r/tree/v1.2')).toEqual({ repository: 'o/r', ref: 'v1.2' });
    expect(branchLink('https://raw.githubusercontent.com/o/r/main/a.ico')).toEqual({ repository: 'o/r', ref: 'main' });
    expect(branchLink('https://raw.githubusercontent.com/o/r/refs/heads/dev/a')).toEqual({
      repository: 'o/r',
      ref: 'dev',
    });
    expect(branchLink('https://github.com/o/r/blob/abc1234/a.txt')).toEqual({ repository: 'o/r', ref: 'abc1234' });
    for (const fine of [
      `https://github.com/o/r/blob/${sha}/iocs/hash-iocs.txt`,
      `https://github.com/o/r/tree/${sha.toUpperCase()}/rules`,
      `https://raw.githubusercontent.com/o/r/${sha}/a.ico`,
      'https://github.com/o/r',
      'https://github.com/o/r/issues/12',
      'https://github.com/o/r/commit/abc',
      'https://example.com/o/r/blob/main/x',
    ])
      expect(branchLink(fine), fine).toBeUndefined();
  });

  test('the loader warns at the reference, with the way to a permalink', () => {
    const r = load(
      'r.yaml',
      ruleText(
        'refs',
        body,
        'references: [https://github.com/o/r/blob/main/x.txt, https://github.com/o/r/blob/ff49a59785f88e53eff61c10c32c2994d30c7faf/x.txt]',
      ),
    );
    expect(codes(r.diagnostics)).toEqual(['warning reference-branch-link r.yaml:9:14']);
    expect(r.diagnostics[0]!.message).toBe(
      'references[0] links o/r at "main", not at a commit: what it shows will change',
    );
    expect(r.diagnostics[0]!.hint).toMatch(/press y/);
    expect(r.rule!.draft.references.length).toBe(2);
  });
});
