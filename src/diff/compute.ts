// What changed between two builds, in indicator terms: per rule, the indicators added, removed and
// changed (which targets carry them), per target the counts, and the artifacts added, removed and
// changed. Both builds are read from their manifest.json and coverage.json, so a build in memory, a
// folder and a git revision compare alike.

export interface ManifestJson {
  readonly targets: readonly { readonly id: string }[];
  readonly rules: readonly { readonly id: string; readonly title?: string }[];
  readonly artifacts: readonly {
    readonly path: string;
    readonly target: string | null;
    readonly sha256: string;
    readonly rules: readonly string[];
  }[];
}

interface CoverageLineJson {
  readonly id: string;
  readonly source: string;
  readonly carried_by: readonly string[];
  readonly not_carried: Readonly<Record<string, number>>;
  readonly notes?: Readonly<Record<string, number>>;
}

export interface CoverageJson {
  readonly reasons: readonly string[];
  readonly rules: readonly { readonly id: string; readonly observables: readonly CoverageLineJson[] }[];
}

/** One build as diff reads it. */
export interface BuildSnapshot {
  /** How the build is named in the output: `dist/`, `main`, `rules/ (built now)`. */
  readonly label: string;
  readonly manifest: ManifestJson;
  readonly coverage: CoverageJson;
}

/** One indicator as one build has it: where it is written and which targets carry it. */
export interface IndicatorState {
  readonly source: string;
  readonly carriedBy: readonly string[];
  /** target → why it does not carry it. */
  readonly notCarried: Readonly<Record<string, string>>;
}

export interface IndicatorChange {
  /** The observable id, `kind:value` (`sha256:…`, `domain:…`, `file-name:windows:…`). */
  readonly id: string;
  readonly kind: string;
  readonly value: string;
  readonly before?: IndicatorState;
  readonly after?: IndicatorState;
}

export interface TargetCounts {
  readonly added: number;
  readonly removed: number;
}

export interface RuleDiff {
  readonly rule: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly added: readonly IndicatorChange[];
  readonly removed: readonly IndicatorChange[];
  /** In both builds, but carried by other targets (or for other reasons). */
  readonly changed: readonly IndicatorChange[];
  /** Per target: indicators it carries now and did not, and those it no longer carries. */
  readonly targets: Readonly<Record<string, TargetCounts>>;
}

export interface ArtifactChange {
  readonly path: string;
  readonly target: string | null;
  readonly change: 'added' | 'removed' | 'changed';
  readonly rules: readonly string[];
}

export interface BuildDiff {
  readonly old: string;
  readonly new: string;
  readonly rules: readonly RuleDiff[];
  readonly artifacts: readonly ArtifactChange[];
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function statesOf(coverage: CoverageJson): Map<string, Map<string, IndicatorState>> {
  const reason = (i: number | undefined): string => (i === undefined ? '' : (coverage.reasons[i] ?? ''));
  const out = new Map<string, Map<string, IndicatorState>>();
  for (const r of coverage.rules) {
    const m = new Map<string, IndicatorState>();
    for (const o of r.observables)
      m.set(o.id, {
        source: o.source,
        carriedBy: o.carried_by,
        notCarried: Object.fromEntries(Object.entries(o.not_carried).map(([t, i]) => [t, reason(i)])),
      });
    out.set(r.id, m);
  }
  return out;
}

function splitId(id: string): { kind: string; value: string } {
  const colon = id.indexOf(':');
  return colon < 0 ? { kind: '', value: id } : { kind: id.slice(0, colon), value: id.slice(colon + 1) };
}

const sameState = (a: IndicatorState, b: IndicatorState): boolean =>
  a.carriedBy.join(',') === b.carriedBy.join(',') &&
  JSON.stringify(Object.entries(a.notCarried).sort()) === JSON.stringify(Object.entries(b.notCarried).sort());

function ruleDiff(
  rule: string,
  before: Map<string, IndicatorState> | undefined,
  after: Map<string, IndicatorState> | undefined,
): RuleDiff | undefined {
  const b = before ?? new Map<string, IndicatorState>();
  const a = after ?? new Map<string, IndicatorState>();
  const change = (id: string): IndicatorChange => {
    const x = b.get(id);
    const y = a.get(id);
    return { id, ...splitId(id), ...(x !== undefined && { before: x }), ...(y !== undefined && { after: y }) };
  };
  const added = [...a.keys()]
    .filter((id) => !b.has(id))
    .sort(byString)
    .map(change);
  const removed = [...b.keys()]
    .filter((id) => !a.has(id))
    .sort(byString)
    .map(change);
  const changed = [...a.keys()]
    .filter((id) => b.has(id) && !sameState(b.get(id) as IndicatorState, a.get(id) as IndicatorState))
    .sort(byString)
    .map(change);
  const targets: Record<string, TargetCounts> = {};
  const ids = new Set([...a.keys(), ...b.keys()]);
  const targetIds = new Set(
    [...a.values(), ...b.values()].flatMap((s) => [...s.carriedBy, ...Object.keys(s.notCarried)]),
  );
  for (const t of [...targetIds].sort(byString)) {
    let plus = 0;
    let minus = 0;
    for (const id of ids) {
      const was = b.get(id)?.carriedBy.includes(t) === true;
      const is = a.get(id)?.carriedBy.includes(t) === true;
      if (is && !was) plus++;
      if (was && !is) minus++;
    }
    if (plus > 0 || minus > 0) targets[t] = { added: plus, removed: minus };
  }
  if (before !== undefined && after !== undefined && added.length + removed.length + changed.length === 0)
    return undefined;
  const kind = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
  return { rule, change: kind, added, removed, changed, targets };
}

function artifactChanges(old: ManifestJson, now: ManifestJson): ArtifactChange[] {
  const before = new Map(old.artifacts.map((a) => [a.path, a]));
  const after = new Map(now.artifacts.map((a) => [a.path, a]));
  const out: ArtifactChange[] = [];
  for (const [path, a] of after) {
    const b = before.get(path);
    if (b === undefined) out.push({ path, target: a.target, change: 'added', rules: a.rules });
    else if (b.sha256 !== a.sha256) out.push({ path, target: a.target, change: 'changed', rules: a.rules });
  }
  for (const [path, b] of before)
    if (!after.has(path)) out.push({ path, target: b.target, change: 'removed', rules: b.rules });
  return out.sort((x, y) => byString(x.path, y.path));
}

/** The differences from `old` to `now`; empty lists when both builds carry the same indicators alike. */
export function diffBuilds(old: BuildSnapshot, now: BuildSnapshot): BuildDiff {
  const before = statesOf(old.coverage);
  const after = statesOf(now.coverage);
  const ruleIds = [...new Set([...before.keys(), ...after.keys()])].sort(byString);
  const rules = ruleIds
    .map((id) => ruleDiff(id, before.get(id), after.get(id)))
    .filter((r): r is RuleDiff => r !== undefined);
  return { old: old.label, new: now.label, rules, artifacts: artifactChanges(old.manifest, now.manifest) };
}

export const isEmptyDiff = (d: BuildDiff): boolean => d.rules.length === 0 && d.artifacts.length === 0;
