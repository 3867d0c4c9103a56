// MITRE ATT&CK references: technique ids and tactic short names.
import { didYouMean, shown } from '../util/suggest.js';

/** Enterprise tactics by short name, including the v19 split of defense-evasion. */
export const attackTactics: readonly string[] = [
  'reconnaissance',
  'resource-development',
  'initial-access',
  'execution',
  'persistence',
  'privilege-escalation',
  'defense-evasion',
  'stealth',
  'defense-impairment',
  'credential-access',
  'discovery',
  'lateral-movement',
  'collection',
  'command-and-control',
  'exfiltration',
  'impact',
];

export type AttackCheck =
  | { readonly ok: true; readonly kind: 'technique' | 'tactic'; readonly value: string; readonly normalized: boolean }
  | { readonly ok: false; readonly message: string; readonly hint?: string };

export function checkAttack(raw: string): AttackCheck {
  if (/^T\d{4}(\.\d{3})?$/.test(raw)) return { ok: true, kind: 'technique', value: raw, normalized: false };
  if (/^t\d{4}(\.\d{3})?$/i.test(raw))
    return { ok: true, kind: 'technique', value: raw.toUpperCase(), normalized: true };
  if (attackTactics.includes(raw)) return { ok: true, kind: 'tactic', value: raw, normalized: false };
  const asTactic = raw.toLowerCase().replace(/[\s_]+/g, '-');
  if (attackTactics.includes(asTactic)) return { ok: true, kind: 'tactic', value: asTactic, normalized: true };
  const hint =
    didYouMean(asTactic, attackTactics) ??
    'techniques are written T1234 or T1234.001; tactics by short name, e.g. initial-access';
  return { ok: false, message: `${shown(raw)} is not an ATT&CK technique id or tactic name`, hint };
}
