// The shipped 3CX rules: every grade-A SHA256 and all 21 C2 domains reach every target that can carry
// them, and what a target cannot carry is explained. (Values copied from the sourced IOC reference.)
import { describe, expect, test } from 'vitest';
import { perTest } from './support/per-test.js';
import { build, type BuildResult } from '../src/build.js';
import { targets } from '../targets/index.js';
import { root } from './support/helpers.js';

const gradeA = {
  /** The two MSI installers: not PE files, so Defender cannot act on them. */
  windowsInstallers: [
    'aa124a4b4df12b34e74ee7f6c683b2ebec4ce9a8edcf9be345823b4fdcf5d868',
    '59e1edf4d82fae4978e97512b0331b7eb21dd4b838b850ba46794d9c7a2c0983',
  ],
  windows: [
    'dde03348075512796241389dfea5560c20a3d2a2eac95c894e7bbed5e85a0acc',
    'fad482ded2e25ce9e1dd3d3ecc3227af714bdfbbde04347dbc1b21d6a3670405',
    '7986bbaee8940da11ce089383521ab420c443ab7b15ed42aed91fd31ce833896',
    'c485674ee63ec8d4e8fde9800788175a8b02d3f9416d0e763360fff7f8eb4e02',
    '11be1803e2e307b647a8a7e02d128335c448ff741bf06bf52b332e0bbf423b03',
    'aa4e398b3bd8645016d8090ffc77d15f926a8e69258642191deb4e68688ff973',
    'f79c3b0adb6ec7bcc8bc9ae955a1571aaed6755a28c8b17b1d7595ee86840952',
    '8ab3a5eaaf8c296080fadf56b265194681d7da5da7c02562953a4cb60e147423',
  ],
  // The DMGs (installers), the client binaries (applications), libffmpeg.dylib and UpdateAgent.
  macos: {
    '5407cda7d3a75e7b1e030b1f33337a56f293578ffa8b3ae19c671051ed314290': 'installer',
    e6bbc33815b9f20b0cf832d7401dd893fbc467c800728b5891336706da0dbcec: 'installer',
    '92005051ae314d61074ed94a52e76b1c3e21e7f0e8c1d1fdd497a006ce45fa61': 'executable',
    b86c695822013483fa4e2dfdf712c5ee777d7b99cbad8c2fa2274b133481eadb: 'executable',
    a64fa9f1c76457ecc58402142a8728ce34ccba378c17318b3340083eeb7acc67: 'library',
    '6c121f2b2efa6592c2c22b29218157ec9e63f385e7a1d7425857d603ddef8c59': 'executable',
  },
};
const domains = (
  'akamaicontainer.com akamaitechcloudservices.com azuredeploystore.com azureonlinecloud.com ' +
  'azureonlinestorage.com dunamistrd.com glcloudservice.com journalide.org msedgepackageinfo.com ' +
  'msstorageazure.com msstorageboxes.com officeaddons.com officestoragebox.com pbxcloudeservices.com ' +
  'pbxphonenetwork.com pbxsources.com qwepoi123098.com sbmsa.wiki sourceslabs.com visualstudiofactory.com ' +
  'zacharryblogs.com'
).split(' ');

const built = perTest((): BuildResult => {
  const result = build({ inputs: ['rules'], registry: targets, selected: targets, asOf: '2026-11-26', cwd: root });
  expect(result.ok).toBe(true);
  return result;
});

const entry = (id: string) => {
  const found = built().coverage.filter((e) => e.observable.id === id);
  expect(found.length, id).toBe(1);
  return found[0]!;
};

describe('the 3CX rules', () => {
  test('two rules, no errors', () => {
    expect(
      built()
        .ruleSet!.rules.map((r) => r.id)
        .filter((id) => id.startsWith('3cx-')),
    ).toEqual(['3cx-desktopapp-2023', '3cx-desktopapp-2023-payloads']);
  });

  test.each(gradeA.windows)('Windows grade-A SHA256 %s is in every target', (sha) => {
    expect(entry(`sha256:${sha}`).carriedBy).toEqual(['osquery', 'sigma', 'yara', 'defender', 'kql', 'stix']);
  });

  test.each(gradeA.windowsInstallers)(
    'Windows grade-A installer SHA256 %s is in every target that can carry it',
    (sha) => {
      const e = entry(`sha256:${sha}`);
      expect(e.carriedBy).toEqual(['osquery', 'sigma', 'yara', 'kql', 'stix']);
      expect(e.notCarried['defender']).toMatch(/^Defender file indicators act only on PE files/);
    },
  );

  test.each(Object.entries(gradeA.macos))(
    'macOS grade-A SHA256 %s (%s) is in every target that can carry it',
    (sha, kind) => {
      const e = entry(`sha256:${sha}`);
      // SigmaHQ's taxonomy has Hashes in macOS process creation, but no macOS image_load or download log source.
      expect(e.carriedBy).toEqual(
        kind === 'executable'
          ? ['osquery', 'sigma', 'yara', 'defender', 'kql', 'stix']
          : ['osquery', 'yara', 'defender', 'kql', 'stix'],
      );
      if (kind === 'installer')
        expect(e.notCarried['sigma']).toMatch(/installer package is not the process that runs it/);
      if (kind === 'library') expect(e.notCarried['sigma']).toMatch(/image_load for Windows only, not for macOS/);
      if (kind === 'executable') expect(e.notes['sigma']).toMatch(/Hashes for macOS process creation/);
    },
  );

  test.each(domains)('C2 domain %s is in every target that can carry it', (d) => {
    const e = entry(`domain:${d}`);
    expect(e.carriedBy).toEqual(['osquery', 'sigma', 'defender', 'kql', 'stix']);
    expect(e.notCarried['yara']).toMatch(/network indicators have no file form/);
  });

  test('exactly the 21 domains; nothing under the vendor domain', () => {
    const threeCx = built().ruleSet!.rules.filter((r) => r.id.startsWith('3cx-'));
    const all = threeCx.flatMap((r) => r.domains.map((d) => d.value));
    expect([...all].sort()).toEqual([...domains].sort());
    const hosts = threeCx.flatMap((r) => [...r.domains.map((d) => d.value), ...r.urls.map((u) => u.host ?? '')]);
    expect(hosts.filter((h) => h === '3cx.com' || h.endsWith('.3cx.com'))).toEqual([]);
  });

  test('affected versions per OS', () => {
    const software = built().ruleSet!.rules[0]!.software.map((s) => `${s.os}: ${s.versions.join(' ')}`);
    expect(software).toEqual(['windows: 18.12.407 18.12.416', 'macos: 18.11.1213 18.12.402 18.12.407 18.12.416']);
  });

  test('every observable is accounted for by every target', () => {
    for (const e of built().coverage) {
      for (const t of targets)
        expect(e.carriedBy.includes(t.id) || e.notCarried[t.id] !== undefined, `${e.observable.id} ${t.id}`).toBe(true);
    }
  });
});
