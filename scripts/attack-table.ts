// `npm run attack-table -- enterprise-attack.json`: regenerates src/values/attack-data.ts from MITRE's
// ATT&CK Enterprise STIX 2.1 bundle (github.com/mitre-attack/attack-stix-data, enterprise-attack/). The
// table is compiled into iocc, so a build never reads ATT&CK data at run time and never goes online.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../src/paths.js';

/**
 * Tactic short names ATT&CK has retired, with the tactics that took over their techniques. A bundle
 * cannot say this (TA0005 keeps its STIX id and changes its short name), so it is kept here; add a
 * line when MITRE renames or splits a tactic again.
 */
export const retiredTactics: Readonly<Record<string, readonly string[]>> = {
  // ATT&CK v19.0: Defense Evasion (TA0005) became Stealth; Defense Impairment (TA0112) is new.
  'defense-evasion': ['stealth', 'defense-impairment'],
};

export interface TableTactic {
  readonly id: string;
  readonly shortName: string;
  readonly name: string;
}

export interface TableTechnique {
  readonly name: string;
  /** Tactic short names; empty for deprecated and revoked techniques. */
  readonly tactics: readonly string[];
  readonly deprecated?: true;
  /** The technique id that replaced a revoked one (one step; it may be revoked in turn). */
  readonly revokedBy?: string;
  /** Revoked with no `revoked-by` relationship in the bundle. */
  readonly revoked?: true;
}

export interface AttackTable {
  readonly version: string;
  /** Active tactics in matrix order. */
  readonly tactics: readonly TableTactic[];
  readonly retiredTactics: Readonly<Record<string, readonly string[]>>;
  /** By technique id, sorted. */
  readonly techniques: Readonly<Record<string, TableTechnique>>;
}

type StixObject = Record<string, unknown> & { readonly type?: unknown; readonly id?: unknown };

const attackId = (o: StixObject): string | undefined => {
  const refs = Array.isArray(o['external_references']) ? (o['external_references'] as Record<string, unknown>[]) : [];
  const ref = refs.find((r) => r['source_name'] === 'mitre-attack' && typeof r['external_id'] === 'string');
  return ref?.['external_id'] as string | undefined;
};

const retired = (o: StixObject): boolean => o['revoked'] === true || o['x_mitre_deprecated'] === true;

const phasesOf = (o: StixObject): string[] =>
  (Array.isArray(o['kill_chain_phases']) ? (o['kill_chain_phases'] as Record<string, unknown>[]) : [])
    .filter((p) => p['kill_chain_name'] === 'mitre-attack' && typeof p['phase_name'] === 'string')
    .map((p) => p['phase_name'] as string);

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function tacticsOf(objects: readonly StixObject[]): TableTactic[] {
  const byStixId = new Map<unknown, TableTactic>();
  for (const o of objects) {
    const id = attackId(o);
    if (o.type !== 'x-mitre-tactic' || retired(o) || id === undefined) continue;
    if (typeof o['x_mitre_shortname'] !== 'string' || typeof o['name'] !== 'string')
      throw new Error(`tactic ${id} has no short name or name`);
    byStixId.set(o.id, { id, shortName: o['x_mitre_shortname'], name: o['name'] });
  }
  // The matrix lists its tactics in the order ATT&CK shows them; without one, the bundle's order.
  const matrix = objects.find((o) => o.type === 'x-mitre-matrix' && !retired(o) && Array.isArray(o['tactic_refs']));
  const ordered = ((matrix?.['tactic_refs'] as unknown[] | undefined) ?? []).flatMap((ref) => {
    const t = byStixId.get(ref);
    return t === undefined ? [] : [t];
  });
  return [...ordered, ...[...byStixId.values()].filter((t) => !ordered.includes(t))];
}

function techniquesOf(objects: readonly StixObject[], tactics: readonly TableTactic[]): Record<string, TableTechnique> {
  const byStixId = new Map<unknown, StixObject>();
  for (const o of objects) if (o.type === 'attack-pattern' && attackId(o) !== undefined) byStixId.set(o.id, o);
  const replacedBy = new Map<unknown, unknown>();
  for (const o of objects)
    if (o.type === 'relationship' && o['relationship_type'] === 'revoked-by')
      replacedBy.set(o['source_ref'], o['target_ref']);
  const known = new Set(tactics.map((t) => t.shortName));
  const out: Record<string, TableTechnique> = {};
  for (const o of byStixId.values()) {
    const id = attackId(o) as string;
    const name = typeof o['name'] === 'string' ? o['name'] : id;
    let entry: TableTechnique;
    if (o['revoked'] === true) {
      const target = byStixId.get(replacedBy.get(o.id));
      const by = target === undefined ? undefined : attackId(target);
      entry = by === undefined ? { name, tactics: [], revoked: true } : { name, tactics: [], revokedBy: by };
    } else if (o['x_mitre_deprecated'] === true) entry = { name, tactics: [], deprecated: true };
    else {
      const phases = phasesOf(o);
      const unknown = phases.filter((p) => !known.has(p));
      if (unknown.length > 0) throw new Error(`technique ${id} names unknown tactics: ${unknown.join(', ')}`);
      entry = { name, tactics: tactics.map((t) => t.shortName).filter((t) => phases.includes(t)) };
    }
    // Two objects with one ATT&CK id (an old revoked copy and the current one): the active one wins.
    const seen = out[id];
    if (seen === undefined || (seen.tactics.length === 0 && entry.tactics.length > 0)) out[id] = entry;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => compareIds(a, b)));
}

/** The table iocc compiles in, from an ATT&CK Enterprise STIX 2.1 bundle. */
export function attackTableFromStix(bundle: unknown): AttackTable {
  const objects = (bundle as { objects?: unknown })?.objects;
  if (!Array.isArray(objects)) throw new Error('not a STIX bundle: no "objects" list');
  const stix = objects.filter((o): o is StixObject => o !== null && typeof o === 'object');
  const collection = stix.find((o) => o.type === 'x-mitre-collection');
  const version = typeof collection?.['x_mitre_version'] === 'string' ? collection['x_mitre_version'] : 'unknown';
  const tactics = tacticsOf(stix);
  if (tactics.length === 0) throw new Error('the bundle has no ATT&CK tactics');
  const active = new Set(tactics.map((t) => t.shortName));
  for (const [name, successors] of Object.entries(retiredTactics)) {
    if (active.has(name)) throw new Error(`retired tactic ${name} is active again in ATT&CK ${version}`);
    for (const s of successors)
      if (!active.has(s)) throw new Error(`${name} names the successor ${s}, which ATT&CK ${version} lacks`);
  }
  return { version, tactics, retiredTactics, techniques: techniquesOf(stix, tactics) };
}

const str = (s: string): string => JSON.stringify(s);
const list = (xs: readonly string[]): string => `[${xs.map(str).join(', ')}]`;

function techniqueLine(id: string, t: TableTechnique): string {
  const extra =
    t.revokedBy !== undefined
      ? `, revokedBy: ${str(t.revokedBy)}`
      : t.revoked
        ? ', revoked: true'
        : t.deprecated
          ? ', deprecated: true'
          : '';
  return `  ${str(id)}: { name: ${str(t.name)}, tactics: ${list(t.tactics)}${extra} },`;
}

/** The TypeScript module for a table (deterministic: the same bundle gives the same bytes). */
export function renderAttackModule(table: AttackTable, source: string): string {
  return [
    '// Generated by scripts/attack-table.ts (npm run attack-table -- enterprise-attack.json); do not edit.',
    `// MITRE ATT&CK Enterprise ${table.version}, from ${source}.`,
    '// MITRE ATT&CK(R) is a registered trademark of The MITRE Corporation; see NOTICE in this folder.',
    '',
    'export interface Technique {',
    '  readonly name: string;',
    '  /** Tactic short names, in matrix order; empty for deprecated and revoked techniques. */',
    '  readonly tactics: readonly string[];',
    '  readonly deprecated?: true;',
    '  /** The id that replaced a revoked technique (one step: it may be revoked in turn). */',
    '  readonly revokedBy?: string;',
    '  /** Revoked without a replacement. */',
    '  readonly revoked?: true;',
    '}',
    '',
    `export const attackVersion = ${str(table.version)};`,
    '',
    '/** Active tactics in matrix order: [id, short name, name]. */',
    'export const tacticRows: readonly (readonly [string, string, string])[] = [',
    ...table.tactics.map((t) => `  [${str(t.id)}, ${str(t.shortName)}, ${str(t.name)}],`),
    '];',
    '',
    '/** Retired tactic short names, with the tactics that took over their techniques. */',
    'export const retiredTacticRows: Readonly<Record<string, readonly string[]>> = {',
    ...Object.entries(table.retiredTactics).map(([k, v]) => `  ${str(k)}: ${list(v)},`),
    '};',
    '',
    'export const techniqueRows: Readonly<Record<string, Technique>> = {',
    ...Object.entries(table.techniques).map(([id, t]) => techniqueLine(id, t)),
    '};',
    '',
  ].join('\n');
}

function main(argv: readonly string[]): void {
  const [input, ...rest] = argv;
  if (input === undefined || input.startsWith('-')) {
    process.stderr.write('usage: npm run attack-table -- <enterprise-attack.json> [--source TEXT] [--out FILE]\n');
    process.exit(2);
  }
  const option = (name: string): string | undefined => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const table = attackTableFromStix(JSON.parse(readFileSync(input, 'utf8')));
  const out = option('--out') ?? join(packageRoot, 'src', 'values', 'attack-data.ts');
  const source = option('--source') ?? "MITRE's enterprise-attack.json (github.com/mitre-attack/attack-stix-data)";
  writeFileSync(out, renderAttackModule(table, source));
  const count = Object.keys(table.techniques).length;
  process.stdout.write(`ATT&CK ${table.version}: ${table.tactics.length} tactics, ${count} techniques -> ${out}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  main(process.argv.slice(2));
