// `attack:`: technique ids and tactic short names, checked against the shipped ATT&CK table. Revoked
// techniques become their replacement, deprecated ones and retired tactics are left out, each with a
// warning at its place; an id ATT&CK does not have is an error.
import type { AttackRefs } from '../model/types.js';
import { attackVersion, checkAttack, closeTechniques, lookupTechnique, retiredTactic } from '../values/attack.js';
import { shown } from '../util/suggest.js';
import type { Reader } from './reader.js';

const named = (id: string): string => {
  const t = lookupTechnique(id);
  return t.status === 'unknown' ? id : `${id} (${t.name})`;
};

/** The current technique an `attack:` id stands for, or undefined (reported) when there is none. */
function currentTechnique(r: Reader, i: number, id: string): string | undefined {
  const t = lookupTechnique(id);
  const where = `attack[${i}] ${id}`;
  switch (t.status) {
    case 'active':
      return id;
    case 'unknown': {
      const close = closeTechniques(id).slice(0, 3);
      const hint =
        close.length > 0
          ? `did you mean ${close.map(named).join(' or ')}?`
          : 'look the technique up on attack.mitre.org; ids are T1234 or T1234.001';
      r.error(['attack', i], 'attack-unknown', `${where} is not a technique of ATT&CK v${attackVersion}`, hint);
      return undefined;
    }
    case 'revoked':
      if (t.replacement !== undefined) {
        const by = t.replacement;
        r.warning(
          ['attack', i],
          'attack-revoked',
          `${where} (${t.name}) is revoked in ATT&CK v${attackVersion}, replaced by ${by.id} (${by.name}); ` +
            `the outputs carry ${by.id}`,
          `write ${by.id}`,
        );
        return by.id;
      }
      r.warning(
        ['attack', i],
        'attack-revoked',
        `${where} (${t.name}) is revoked in ATT&CK v${attackVersion} without a replacement; it is left out ` +
          `of the outputs`,
        'remove it, or write the current technique that fits',
      );
      return undefined;
    case 'deprecated':
      r.warning(
        ['attack', i],
        'attack-deprecated',
        `${where} (${t.name}) is deprecated in ATT&CK v${attackVersion} and has no replacement; it is left ` +
          `out of the outputs`,
        'remove it, or write the current technique that fits',
      );
      return undefined;
  }
}

/** A current tactic short name, or undefined (reported) for a retired one. */
function currentTactic(r: Reader, i: number, name: string): string | undefined {
  const successors = retiredTactic(name);
  if (successors === undefined) return name;
  r.warning(
    ['attack', i],
    'attack-retired-tactic',
    `attack[${i}] ${name} is no longer an ATT&CK tactic (ATT&CK v${attackVersion}); it is left out of the outputs`,
    `write ${successors.join(' or ')}, whichever the rule is about`,
  );
  return undefined;
}

export function readAttack(r: Reader): AttackRefs {
  const techniques: string[] = [];
  const tactics: string[] = [];
  // For a technique that stands in for a revoked one: that one, so a later copy is reported as such.
  const replaced = new Map<string, string>();
  r.list(['attack'], 200).forEach((v, i) => {
    if (typeof v !== 'string') return;
    const c = checkAttack(v);
    if (!c.ok) return r.error(['attack', i], 'attack-id', `attack[${i}]: ${c.message}`, c.hint);
    if (c.normalized)
      r.warning(['attack', i], 'attack-case', `attack[${i}] ${shown(v)} read as ${c.value}`, `write ${c.value}`);
    const current = c.kind === 'technique' ? currentTechnique(r, i, c.value) : currentTactic(r, i, c.value);
    if (current === undefined) return;
    const list = c.kind === 'technique' ? techniques : tactics;
    if (list.includes(current)) {
      // A revoked id whose replacement is already listed was reported as revoked: no second warning.
      if (current !== c.value) return;
      const was = replaced.get(current);
      return r.warning(
        ['attack', i],
        'duplicate-attack',
        was === undefined
          ? `attack[${i}] ${c.value} is listed twice`
          : `attack[${i}] ${c.value} is listed twice (once as the replacement of ${was})`,
      );
    }
    if (current !== c.value) replaced.set(current, c.value);
    list.push(current);
  });
  return { techniques, tactics };
}
