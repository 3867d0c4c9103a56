// What each Sigma rule matches and says: ATT&CK tags per log source, exact versions, which files go to
// process creation and image load (and why the others go nowhere), titles and descriptions.
import { describe, expect, test } from 'vitest';
import { perTest } from './support/per-test.js';
import { emitWith } from './support/emit.js';
import { build } from '../src/build.js';
import { buildRuleSet } from '../src/model/build.js';
import { sigma } from '../targets/sigma/index.js';
import { plainText, sigmaTitle } from '../targets/sigma/text.js';
import { root } from './support/helpers.js';
import { load, ruleText } from './support/rules.js';
import { parseSigmaYaml } from './support/sigma-schema.js';

type SigmaRule = { title: string; description: string; tags: string[]; detection: Record<string, unknown> };
const parse = (text: string): SigmaRule => parseSigmaYaml<SigmaRule>(text);

const threeCx = perTest(() => {
  const result = build({
    inputs: ['rules/3cx-desktopapp-2023.yaml'],
    registry: [sigma],
    selected: [sigma],
    asOf: '2026-01-01',
    cwd: root,
  });
  return new Map(result.files.map((f) => [f.path, f.bytes.toString('utf8')]));
});

/** Every value of every field of every selection, with its field key. */
function fieldValues(rule: SigmaRule): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  for (const [name, sel] of Object.entries(rule.detection)) {
    if (name === 'condition') continue;
    for (const [key, v] of Object.entries(sel as Record<string, unknown>))
      for (const value of Array.isArray(v) ? v : [v]) out.push({ key, value: String(value) });
  }
  return out;
}

describe('what Sigma rules match and say', () => {
  test('3CX tags: host techniques on host rules, network ones on network rules, each with all its tactics', () => {
    const tags = (file: string): string[] => parse(threeCx().get(`sigma/3cx-desktopapp-2023/${file}`)!).tags;
    // T1574.001 (DLL) is execution and stealth in ATT&CK v19; T1071.001 and T1102.001 are command-and-control.
    expect(tags('proc_creation_win_3cx_desktopapp_2023.yml')).toEqual([
      'attack.initial-access',
      'attack.execution',
      'attack.stealth',
      'attack.command-and-control',
      'attack.t1195.002',
      'attack.t1574.001',
      'cve.2023-29059',
      'detection.emerging-threats',
    ]);
    expect(tags('dns_query_win_3cx_desktopapp_2023.yml')).toEqual([
      'attack.initial-access',
      'attack.command-and-control',
      'attack.t1071.001',
      'attack.t1102.001',
      'cve.2023-29059',
      'detection.emerging-threats',
    ]);
  });

  test('versions are matched exactly, in their padded forms, never as a prefix', () => {
    const build1 = parse(threeCx().get('sigma/3cx-desktopapp-2023/proc_creation_win_3cx_desktopapp_2023.yml')!)
      .detection['selection_build_1'];
    expect(build1).toEqual({
      OriginalFileName: '3CXDesktopApp.exe',
      FileVersion: ['18, 12, 407, 0', '18, 12, 416, 0', '18.12.407', '18.12.407.0', '18.12.416', '18.12.416.0'],
    });
    const { rule } = load(
      'v.yaml',
      ruleText('versions', 'software: [{name: App, os: windows, versions: ["5", "1.2.3.4", "5.6.1-beta"]}]'),
    );
    const text = emitWith(sigma, buildRuleSet([rule!], '2026-01-01').ruleSet).artifacts[0]!.content;
    expect(parse(text).detection['selection_product_1']).toEqual({
      Product: 'App',
      FileVersion: ['1, 2, 3, 4', '1.2.3.4', '5', '5, 0, 0, 0', '5.0', '5.0.0', '5.0.0.0', '5.6.1-beta'],
    });
    expect(text).not.toContain('|startswith');
  });

  test('process creation gets executables only; libraries load; data files and packages are explained', () => {
    const h = (c: string): string => c.repeat(64);
    const { rule } = load(
      'f.yaml',
      ruleText(
        'files',
        [
          'files:',
          `  - {name: run.exe, sha256: "${h('1')}", os: windows, role: payload}`,
          `  - {name: side.dll, sha256: "${h('2')}", os: windows, role: payload}`,
          `  - {name: config.dat, sha256: "${h('3')}", os: windows, role: payload}`,
          `  - {sha256: "${h('4')}", os: windows, role: other}`,
          `  - {name: implant, sha256: "${h('5')}", os: linux, role: payload}`,
          `  - {name: libx.so.1, sha256: "${h('6')}", os: linux, role: payload}`,
          `  - {name: agent, sha256: "${h('7')}", os: macos, role: application}`,
          `  - {name: setup.dmg, sha256: "${h('8')}", os: macos, role: installer}`,
          `  - {name: state.json, os: macos, role: payload, paths: ['~/Library/x/state.json']}`,
          `  - {name: .lock, os: macos, role: other, paths: ['~/Library/x/.lock']}`,
        ].join('\n'),
      ),
    );
    const result = emitWith(sigma, buildRuleSet([rule!], '2026-01-01').ruleSet);
    const values = (file: string): string[] => {
      const a = result.artifacts.find((x) => x.path === `files/${file}`);
      return a === undefined ? [] : fieldValues(parse(a.content)).map((v) => `${v.key} ${v.value}`);
    };
    expect(values('proc_creation_win_files.yml')).toEqual([`Hashes|contains SHA256=${h('1')}`]);
    expect(values('image_load_files.yml')).toEqual([`Hashes|contains SHA256=${h('2')}`]);
    expect(values('proc_creation_lnx_files.yml')).toEqual([`Hashes|contains SHA256=${h('5')}`]);
    expect(values('proc_creation_macos_files.yml')).toEqual([`Hashes|contains SHA256=${h('7')}`]);
    expect(values('file_event_macos_files.yml')).toEqual([
      'TargetFilename|endswith /Library/x/.lock',
      'TargetFilename|endswith /Library/x/state.json',
    ]);
    const why = Object.fromEntries(
      result.coverage.flatMap((c) => (c.carried ? [] : [[c.observable, c.reason]])),
    ) as Record<string, string>;
    expect(why[`sha256:${h('3')}`]).toBe(
      "a data file (by its role or extension) is never executed, and SigmaHQ's file_event log source carries no hashes",
    );
    expect(why[`sha256:${h('4')}`]).toMatch(/^a data file \(by its role or extension\) is never executed/);
    expect(why[`sha256:${h('6')}`]).toBe(
      "SigmaHQ's taxonomy has image_load for Windows only, not for Linux, and a library never starts a process",
    );
    expect(why[`sha256:${h('8')}`]).toMatch(
      /^an installer package is not the process that runs it, and no SigmaHQ macOS/,
    );
    const note = result.coverage.find((c) => c.observable === `sha256:${h('7')}`);
    const macOs: unknown = expect.stringMatching(/Hashes for macOS process creation/);
    expect(note).toMatchObject({ carried: true, note: macOs });
  });

  test('titles in title case, descriptions that say what is detected, ASCII punctuation', () => {
    const r = parse(threeCx().get('sigma/3cx-desktopapp-2023/proc_creation_win_3cx_desktopapp_2023.yml')!);
    expect(r.title).toBe('3CX DesktopApp Supply-Chain Compromise (March 2023) - Process Creation');
    expect(r.description).toBe(
      'Detects the execution of files related to 3CX DesktopApp supply-chain compromise (March 2023), by ' +
        'file hash, original file name and version or product name and version.',
    );
    expect(sigmaTitle('3CX DesktopApp supply-chain compromise - later-stage payloads')).toBe(
      '3CX DesktopApp Supply-Chain Compromise - Later-Stage Payloads',
    );
    expect(sigmaTitle('detects the man-in-the-middle of ffmpeg.dll via 3cx.')).toBe(
      'The Man-in-the-Middle of ffmpeg.dll via 3cx',
    );
    expect(plainText('\u201cSmart\u201d \u2018quotes\u2019 \u2014 dashes\u2026 and\u00a0spaces\u202e\n\u3001x')).toBe(
      '"Smart" \'quotes\' - dashes... and spaces x',
    );
  });
});
