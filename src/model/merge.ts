// The same file listed twice (in one rule or across rules) is one indicator: the first entry keeps
// it, later ones are merged into it when they agree, and are errors when they contradict it.
import { error, formatOrigin, warning, type Diagnostic, type Origin } from '../diagnostics.js';
import { fileHashId, fileKey } from './observables.js';
import type { FileIndicator, Rule, RulePath } from './types.js';

type MutableRule = { -readonly [K in keyof Rule]: Rule[K] };
type Draft = { -readonly [K in keyof FileIndicator]: FileIndicator[K] } & { paths: RulePath[]; alsoAt: Origin[] };

const comparable = ['sha256', 'sha1', 'md5', 'name', 'originalName', 'size', 'os', 'version', 'role'] as const;
const fieldName: Record<(typeof comparable)[number], string> = {
  sha256: 'sha256',
  sha1: 'sha1',
  md5: 'md5',
  name: 'name',
  originalName: 'original_name',
  size: 'size',
  os: 'os',
  version: 'version',
  role: 'role',
};

/** Keys under which a file can be found again: each of its hashes, or its name when it has none. */
function identities(f: FileIndicator): string[] {
  // fileHashId: the strongest hash's identity is the file's key string, not a copy (a feed has a million).
  const hashes = (['sha256', 'sha1', 'md5'] as const).flatMap((a) => (f[a] === undefined ? [] : [fileHashId(f, a)]));
  return hashes.length > 0 ? hashes : [f.key];
}

/** How a file was found again: by a hash, or (without one) by its name and OS. */
const sameAs = (f: FileIndicator): string =>
  f.sha256 !== undefined || f.sha1 !== undefined || f.md5 !== undefined
    ? 'has a hash in common with'
    : 'has the same name and OS as';

function contradiction(a: FileIndicator, b: FileIndicator): string | undefined {
  for (const k of comparable) {
    const [x, y] = [a[k], b[k]];
    if (x !== undefined && y !== undefined && x !== y)
      return `${fieldName[k]} ${JSON.stringify(y)} differs from ${JSON.stringify(x)}`;
  }
  return undefined;
}

function absorb(into: Draft, f: FileIndicator): void {
  for (const k of comparable) {
    if (into[k] === undefined && f[k] !== undefined) {
      (into as Record<string, unknown>)[k] = f[k];
      // A field taken from another entry is located there (a list row has no field positions: its line).
      const from = (f.fieldOrigins as Record<string, Origin>)[fieldName[k]] ?? f.origin;
      if ((into.fieldOrigins as Record<string, Origin>)[fieldName[k]] === undefined)
        into.fieldOrigins = { ...into.fieldOrigins, [fieldName[k]]: from };
    }
  }
  for (const p of f.paths) if (!into.paths.some((q) => q.text === p.text)) into.paths.push(p);
  if (into.comment === undefined && f.comment !== undefined) into.comment = f.comment;
  into.key = fileKey(into);
  into.alsoAt.push(f.origin, ...f.alsoAt);
}

/** Where the first entry with a given identity is kept: its rule, its rule's list and its position there. */
interface Place {
  readonly rule: MutableRule;
  readonly files: FileIndicator[];
  readonly pos: number;
}

/** The rule-level facts an indicator is compiled with; an entry merged across rules must agree on them. */
type RuleFacts = Pick<Rule, 'id' | 'tlp' | 'action' | 'expires'>;

/**
 * Why an indicator listed in two rules cannot be compiled once, under the first rule: a different TLP,
 * response action or expiry would be applied silently to the second rule's copy.
 */
export function mergeConflict(
  first: RuleFacts,
  firstExpires: string | undefined,
  second: RuleFacts,
  secondExpires: string | undefined,
): string | undefined {
  const [a, b] = [firstExpires ?? first.expires, secondExpires ?? second.expires];
  if (first.id === second.id) return a === b ? undefined : `it expires ${a ?? 'never'} there and ${b ?? 'never'} here`;
  if (first.tlp !== second.tlp)
    return `rule ${first.id} is TLP:${first.tlp.toUpperCase()} and rule ${second.id} TLP:${second.tlp.toUpperCase()}`;
  if (first.action !== second.action)
    return `rule ${first.id} asks for ${first.action} and rule ${second.id} for ${second.action}`;
  if (a !== b) return `it expires ${a ?? 'never'} in rule ${first.id} and ${b ?? 'never'} in rule ${second.id}`;
  return undefined;
}

export function mergeFiles(rules: MutableRule[], diagnostics: Diagnostic[]): void {
  const index = new Map<string, Place>();
  // Entries are copied only when another one is merged into them; a feed without duplicates is not copied.
  const drafts = new WeakSet<FileIndicator>();
  for (const rule of rules) {
    const kept: FileIndicator[] = [];
    for (const f of rule.files) {
      const ids = identities(f);
      let place: Place | undefined;
      let conflict = false;
      for (const k of ids) {
        const p = index.get(k);
        if (p === undefined) continue;
        if (place !== undefined && (p.files !== place.files || p.pos !== place.pos)) conflict = true;
        place ??= p;
      }
      if (place === undefined) {
        const here: Place = { rule, files: kept, pos: kept.length };
        for (const k of ids) index.set(k, here);
        kept.push(f);
        continue;
      }
      const first = place.files[place.pos] as FileIndicator;
      const across = mergeConflict(place.rule, first.expires, rule, f.expires);
      if (across !== undefined) {
        diagnostics.push(
          error(
            f.origin,
            'duplicate-conflict',
            `this file is also listed at ${formatOrigin(first.origin)}, but ${across}: one indicator ` +
              `cannot be compiled both ways`,
            'keep one of the two, or give both the same TLP, action and expiry',
          ),
        );
        continue;
      }
      const why = conflict ? 'its hashes belong to two different entries' : contradiction(first, f);
      if (why !== undefined) {
        diagnostics.push(
          error(
            f.origin,
            'duplicate-conflict',
            `this file ${sameAs(f)} the file at ${formatOrigin(first.origin)}, but ${why}`,
            'one of the two entries has a copy error; check the sources',
          ),
        );
        continue;
      }
      let draft = first as Draft;
      if (!drafts.has(first)) {
        draft = { ...first, paths: [...first.paths], alsoAt: [...first.alsoAt] };
        drafts.add(draft);
        place.files[place.pos] = draft;
      }
      absorb(draft, f);
      for (const k of ids) if (!index.has(k)) index.set(k, place);
      diagnostics.push(
        warning(f.origin, 'duplicate-indicator', `same file as ${formatOrigin(first.origin)}; merged into that entry`),
      );
    }
    rule.files = kept;
  }
}
