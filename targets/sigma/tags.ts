// Sigma tags the way SigmaHQ writes them: ATT&CK tactics, then techniques, then CVEs, the detection
// type and the TLP. Every technique comes with all its tactics (SigmaHQ's
// sigmahq_tags_techniques_without_tactics check), and each Sigma rule is tagged with the techniques
// of what it detects: a DNS rule with the rule's command-and-control techniques, a process-creation
// rule with its host techniques.
import type { Rule } from '../../src/model/types.js';
import { tacticOrder, techniqueTactics } from '../../src/values/attack.js';

/** Tactics whose techniques show on the network; the techniques of every other tactic show on hosts. */
const networkTactics: ReadonlySet<string> = new Set(['command-and-control', 'exfiltration']);

export const isNetworkTechnique = (id: string): boolean => techniqueTactics(id).some((t) => networkTactics.has(t));

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** attack.* tags for a network or a host log source: tactics in matrix order, then techniques by id. */
export function attackTags(rule: Rule, network: boolean): string[] {
  const techniques = rule.attack.techniques.filter((t) => isNetworkTechnique(t) === network).sort(byId);
  // The rule's own tactics are kept on every Sigma rule; a technique brings all of its tactics.
  const tactics = new Set([...rule.attack.tactics, ...techniques.flatMap(techniqueTactics)]);
  return [
    ...tacticOrder.filter((t) => tactics.has(t)).map((t) => `attack.${t}`),
    ...techniques.map((t) => `attack.${t.toLowerCase()}`),
  ];
}

export function sigmaTags(rule: Rule, network: boolean, detectionTag: string): string[] {
  const out = [
    ...attackTags(rule, network),
    ...rule.cve.map((c) => `cve.${c.slice(4).toLowerCase()}`),
    `detection.${detectionTag}`,
  ];
  if (rule.tlp !== 'clear') out.push(`tlp.${rule.tlp.replace('+', '-')}`);
  return [...new Set(out)];
}
