// The ATT&CK table: scripts/attack-table.ts on a hand-written STIX bundle, and the shipped table through
// the API the loader and the targets use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { attackTableFromStix, renderAttackModule, retiredTactics } from '../scripts/attack-table.js';
import { retiredTacticRows, tacticRows, techniqueRows } from '../src/values/attack-data.js';
import {
  attackVersion,
  closeTechniques,
  isTactic,
  lookupTechnique,
  retiredTactic,
  tacticId,
  tacticOrder,
  techniqueTactics,
} from '../src/values/attack.js';
import { fixtures } from './support/helpers.js';

const bundle = (): { objects: Record<string, unknown>[] } =>
  JSON.parse(readFileSync(join(fixtures, 'attack', 'enterprise-attack-mini.json'), 'utf8')) as {
    objects: Record<string, unknown>[];
  };

describe('scripts/attack-table.ts on a STIX bundle', () => {
  const table = attackTableFromStix(bundle());

  test('version from the collection; tactics in the matrix order, deprecated tactics left out', () => {
    expect(table.version).toBe('99.1');
    expect(table.tactics.map((t) => [t.id, t.shortName, t.name])).toEqual([
      ['TA0002', 'execution', 'Execution'],
      ['TA0003', 'persistence', 'Persistence'],
      ['TA0005', 'stealth', 'Stealth'],
      ['TA0112', 'defense-impairment', 'Defense Impairment'],
      ['TA0011', 'command-and-control', 'Command and Control'],
    ]);
    expect(table.retiredTactics).toEqual({ 'defense-evasion': ['stealth', 'defense-impairment'] });
  });

  test('techniques: multi-tactic in matrix order, other kill chains ignored, revoked, chains, deprecated', () => {
    expect(table.techniques).toEqual({
      T1001: { name: 'Data Obfuscation', tactics: ['command-and-control'] },
      T1026: { name: 'Multiband Communication', tactics: [], deprecated: true },
      T1073: { name: 'DLL Side-Loading', tactics: [], revokedBy: 'T1574.002' },
      T1574: { name: 'Hijack Execution Flow', tactics: ['persistence', 'stealth'] },
      'T1574.001': { name: 'DLL', tactics: ['execution', 'stealth'] },
      'T1574.002': { name: 'DLL Side-Loading', tactics: [], revokedBy: 'T1574.001' },
      T1999: { name: 'Revoked Without Successor', tactics: [], revoked: true },
    });
  });

  test('the module is deterministic: the same objects in another order give the same bytes', () => {
    const b = bundle();
    const shuffled = { ...b, objects: [...b.objects].reverse() };
    const text = renderAttackModule(table, 'a test bundle');
    expect(renderAttackModule(attackTableFromStix(shuffled), 'a test bundle')).toBe(text);
    expect(text).toContain('export const attackVersion = "99.1";');
    expect(text).toContain('  ["TA0112", "defense-impairment", "Defense Impairment"],');
    expect(text).toContain('  "T1574.001": { name: "DLL", tactics: ["execution", "stealth"] },');
    expect(text).toContain('  "T1073": { name: "DLL Side-Loading", tactics: [], revokedBy: "T1574.002" },');
    expect(text).toContain('  "T1026": { name: "Multiband Communication", tactics: [], deprecated: true },');
    expect(text).toContain('  "defense-evasion": ["stealth", "defense-impairment"],');
  });

  test('what is not an ATT&CK bundle, or contradicts the retired tactics, is refused', () => {
    expect(() => attackTableFromStix({ type: 'bundle' })).toThrow(/no "objects" list/);
    expect(() => attackTableFromStix({ objects: [] })).toThrow(/no ATT&CK tactics/);
    const b = bundle();
    const badPhase = b.objects.map((o) =>
      o['name'] === 'Data Obfuscation'
        ? { ...o, kill_chain_phases: [{ kill_chain_name: 'mitre-attack', phase_name: 'no-such-tactic' }] }
        : o,
    );
    expect(() => attackTableFromStix({ objects: badPhase })).toThrow(/T1001 names unknown tactics: no-such-tactic/);
    const evasion = b.objects.map((o) =>
      o['x_mitre_shortname'] === 'persistence' ? { ...o, x_mitre_shortname: 'defense-evasion' } : o,
    );
    expect(() => attackTableFromStix({ objects: evasion })).toThrow(/defense-evasion is active again/);
    const noStealth = b.objects.filter((o) => o['x_mitre_shortname'] !== 'stealth');
    expect(() => attackTableFromStix({ objects: noStealth })).toThrow(/successor stealth/);
    expect(retiredTactics['defense-evasion']).toEqual(['stealth', 'defense-impairment']);
  });
});

describe('the shipped table (ATT&CK Enterprise v19.2)', () => {
  test('is whole: 15 tactics, 858 ids, every revoked-by and tactic name resolves', () => {
    expect(attackVersion).toBe('19.2');
    expect(tacticRows.length).toBe(15);
    expect(Object.keys(techniqueRows).length).toBe(858);
    const tactics = new Set(tacticRows.map(([, s]) => s));
    for (const [id, t] of Object.entries(techniqueRows)) {
      expect(id).toMatch(/^T\d{4}(\.\d{3})?$/);
      for (const tactic of t.tactics) expect(tactics.has(tactic), `${id} ${tactic}`).toBe(true);
      if (t.revokedBy !== undefined) expect(techniqueRows[t.revokedBy], `${id} → ${t.revokedBy}`).toBeDefined();
      expect(t.tactics.length > 0, id).toBe(t.revokedBy === undefined && !t.deprecated && !t.revoked);
    }
    for (const successors of Object.values(retiredTacticRows))
      for (const s of successors) expect(tactics.has(s)).toBe(true);
  });

  test('techniques: active, deprecated, revoked with the replacement at the end of the chain, unknown', () => {
    expect(lookupTechnique('T1574.001')).toEqual({
      status: 'active',
      id: 'T1574.001',
      name: 'DLL',
      tactics: ['execution', 'stealth'],
    });
    expect(lookupTechnique('T1562.001')).toEqual({
      status: 'revoked',
      id: 'T1562.001',
      name: 'Disable or Modify Tools',
      replacement: { id: 'T1685', name: 'Disable or Modify Tools', tactics: ['defense-impairment'] },
    });
    // T1089 → T1562.001 → T1685; T1073 → T1574.002 → T1574.001.
    expect(lookupTechnique('T1089')).toMatchObject({ status: 'revoked', replacement: { id: 'T1685' } });
    expect(lookupTechnique('T1073')).toMatchObject({ status: 'revoked', replacement: { id: 'T1574.001' } });
    expect(lookupTechnique('T1026')).toEqual({ status: 'deprecated', id: 'T1026', name: 'Multiband Communication' });
    expect(lookupTechnique('T1999')).toEqual({ status: 'unknown', id: 'T1999' });
    expect(lookupTechnique('constructor')).toEqual({ status: 'unknown', id: 'constructor' });
    expect(techniqueTactics('T1195.002')).toEqual(['initial-access']);
    expect(techniqueTactics('T1071.001')).toEqual(['command-and-control']);
    expect(techniqueTactics('T1562.001')).toEqual([]);
  });

  test('tactics: current, retired with their successors, matrix order', () => {
    expect(isTactic('stealth')).toBe(true);
    expect(isTactic('defense-evasion')).toBe(false);
    expect(tacticId('defense-impairment')).toBe('TA0112');
    expect(retiredTactic('defense-evasion')).toEqual(['stealth', 'defense-impairment']);
    expect(retiredTactic('stealth')).toBeUndefined();
    expect(retiredTactic('toString')).toBeUndefined();
    expect(tacticOrder.slice(0, 3)).toEqual(['reconnaissance', 'resource-development', 'initial-access']);
    expect(tacticOrder.indexOf('stealth') + 1).toBe(tacticOrder.indexOf('defense-impairment'));
  });

  test('close technique ids: one typo away, the same parent first', () => {
    expect(closeTechniques('T1195.020')).toContain('T1195.002');
    expect(closeTechniques('T1574.099')[0]).toMatch(/^T1574\./);
    expect(closeTechniques('T9999')).toEqual([]);
  });
});
