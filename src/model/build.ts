// Rule drafts of all files → one RuleSet: unique ids and uuids, duplicates merged across files,
// benign values enforced, expired indicators and revoked rules set aside (with the reason, for the
// coverage report), everything frozen.
import { error, formatOrigin, info, warning, type Diagnostic, type Origin } from '../diagnostics.js';
import type { BenignValue, LoadedRule } from './input.js';
import { isSameOrSubdomain } from '../values/domain.js';
import { checkIp, ipOverlaps, type IpValue } from '../values/ip.js';
import { deepFreeze } from '../util/freeze.js';
import { mergeConflict, mergeFiles } from './merge.js';
import { observablesOf, type Observable } from './observables.js';
import type { NetworkIndicator, Rule, RuleSet } from './types.js';
import { uuidV5 } from './uuid.js';
import { append } from '../util/array.js';

/** An observable that no target receives, and why (expired, revoked rule, …). */
export interface Exclusion {
  readonly observable: Observable;
  readonly reason: string;
}

export interface BuiltModel {
  readonly ruleSet: RuleSet;
  readonly excluded: readonly Exclusion[];
  readonly diagnostics: readonly Diagnostic[];
}

type MutableRule = { -readonly [K in keyof Rule]: Rule[K] };

function checkUniqueIds(rules: readonly MutableRule[], diagnostics: Diagnostic[]): MutableRule[] {
  const byId = new Map<string, Origin>();
  const byUuid = new Map<string, Origin>();
  const kept: MutableRule[] = [];
  for (const rule of rules) {
    const idAt = rule.fieldOrigins['id'] ?? rule.origin;
    const uuidAt = rule.fieldOrigins['uuid'] ?? idAt;
    const firstId = byId.get(rule.id);
    const firstUuid = byUuid.get(rule.uuid);
    if (firstId !== undefined)
      diagnostics.push(
        error(
          idAt,
          'duplicate-id',
          `rule id ${rule.id} is already used at ${formatOrigin(firstId)}`,
          'ids name outputs and must be unique',
        ),
      );
    else if (firstUuid !== undefined)
      diagnostics.push(
        error(uuidAt, 'duplicate-uuid', `rule uuid ${rule.uuid} is already used at ${formatOrigin(firstUuid)}`),
      );
    if (firstId !== undefined || firstUuid !== undefined) continue;
    byId.set(rule.id, idAt);
    byUuid.set(rule.uuid, uuidAt);
    kept.push(rule);
  }
  return kept;
}

function mergeConflictError(at: Origin, what: string, seenAt: Origin, why: string): Diagnostic {
  return error(
    at,
    'duplicate-conflict',
    `${what} is also listed at ${formatOrigin(seenAt)}, but ${why}: one indicator cannot be compiled both ways`,
    'keep one of the two, or give both the same TLP, action and expiry',
  );
}

function mergeNetwork(rules: MutableRule[], diagnostics: Diagnostic[]): void {
  const first = new Map<string, { n: NetworkIndicator & { alsoAt: Origin[] }; rule: MutableRule }>();
  for (const rule of rules) {
    for (const section of ['domains', 'urls', 'ips'] as const) {
      const kept: NetworkIndicator[] = [];
      for (const n of rule[section]) {
        const seen = first.get(n.key);
        if (seen === undefined) {
          const copy = { ...n, alsoAt: [...n.alsoAt] };
          first.set(n.key, { n: copy, rule });
          kept.push(copy);
          continue;
        }
        const why = mergeConflict(seen.rule, seen.n.expires, rule, n.expires);
        if (why !== undefined) {
          diagnostics.push(mergeConflictError(n.origin, `${n.kind} ${n.value}`, seen.n.origin, why));
          continue;
        }
        seen.n.alsoAt.push(n.origin);
        diagnostics.push(
          warning(
            n.origin,
            'duplicate-indicator',
            `${n.kind} ${n.value} is already listed at ${formatOrigin(seen.n.origin)}; merged into that one`,
          ),
        );
      }
      rule[section] = kept;
    }
  }
}

function mergeSoftware(rules: MutableRule[], diagnostics: Diagnostic[]): void {
  const first = new Map<string, { at: Origin; rule: MutableRule }>();
  for (const rule of rules) {
    rule.software = rule.software.flatMap((s) => {
      const versions: string[] = [];
      const versionOrigins: Origin[] = [];
      s.versions.forEach((v, i) => {
        const at = s.versionOrigins[i] ?? s.origin;
        const key = `${s.key}@${v}`;
        const seen = first.get(key);
        if (seen !== undefined) {
          const why = mergeConflict(seen.rule, undefined, rule, undefined);
          diagnostics.push(
            why !== undefined
              ? mergeConflictError(at, `${s.name} ${v} (${s.scope})`, seen.at, why)
              : warning(
                  at,
                  'duplicate-indicator',
                  `${s.name} ${v} (${s.scope}) is already listed at ${formatOrigin(seen.at)}; merged into that one`,
                ),
          );
          return;
        }
        first.set(key, { at, rule });
        versions.push(v);
        versionOrigins.push(at);
      });
      return versions.length === 0 ? [] : [{ ...s, versions, versionOrigins }];
    });
  }
}

/** The address a URL's host names, when it is an IP address. */
function hostIp(host: string | undefined): IpValue | undefined {
  const c = host === undefined ? undefined : checkIp(host);
  return c?.ok === true ? c.ip : undefined;
}

/** Both are addresses or ranges, and they share an address. */
const overlaps = (a: IpValue | undefined, b: IpValue | undefined): boolean =>
  a !== undefined && b !== undefined && ipOverlaps(a, b);

/**
 * Whether an indicator would match what a benign value names. Values are compared normalized (URLs as
 * the WHATWG parser reads them); an IP indicator matches every address of its range, and every URL on
 * an address it matches; a URL on an IP host is matched by that IP.
 */
function benignConflict(
  n: {
    readonly kind: 'domain' | 'url' | 'ip' | 'hash';
    readonly value: string;
    readonly host?: string;
    readonly ip?: IpValue;
  },
  b: BenignValue,
): boolean {
  if (n.kind === 'hash') return b.kind === 'hash' && b.value === n.value;
  if (n.kind === 'ip')
    return (b.kind === 'ip' && overlaps(n.ip, b.ip)) || (b.kind === 'url' && overlaps(n.ip, hostIp(b.host)));
  if (n.kind === 'url')
    return (
      (b.kind === 'url' && b.value === n.value) ||
      (b.kind === 'domain' && n.host !== undefined && isSameOrSubdomain(n.host, b.value)) ||
      (b.kind === 'ip' && overlaps(hostIp(n.host), b.ip))
    );
  // A domain indicator also hits its subdomains (Defender, DNS suffix matching), so both directions conflict.
  const other = b.host ?? (b.kind === 'domain' ? b.value : undefined);
  return (
    (b.kind === 'domain' || b.kind === 'url') &&
    other !== undefined &&
    (isSameOrSubdomain(n.value, other) || isSameOrSubdomain(other, n.value))
  );
}

function enforceBenign(rules: MutableRule[], benign: readonly BenignValue[], diagnostics: Diagnostic[]): void {
  if (benign.length === 0) return;
  const report = (at: Origin, what: string, b: BenignValue): void => {
    diagnostics.push(
      error(
        at,
        'benign-indicator',
        `${what} conflicts with the benign ${b.kind} ${b.value} declared at ${formatOrigin(b.origin)}`,
        'remove the indicator, or the benign entry if it is wrong',
      ),
    );
  };
  for (const rule of rules) {
    rule.files = rule.files.filter((f) => {
      const hit = benign.find((b) =>
        (['sha256', 'sha1', 'md5'] as const).some((a) => {
          const hex = f[a];
          return hex !== undefined && benignConflict({ kind: 'hash', value: hex }, b);
        }),
      );
      if (hit !== undefined) report(f.origin, 'this file', hit);
      return hit === undefined;
    });
    for (const section of ['domains', 'urls', 'ips'] as const) {
      rule[section] = rule[section].filter((n) => {
        const hit = benign.find((b) => benignConflict(n, b));
        if (hit !== undefined) report(n.origin, `${n.kind} ${n.value}`, hit);
        return hit === undefined;
      });
    }
  }
}

/**
 * The `expires` date if it is past as of `asOf`, else undefined. `expires` is the last day an indicator
 * is used (the schema: "the date after which …").
 */
const expiredAfter = (expires: string | undefined, asOf: string): string | undefined =>
  expires !== undefined && expires < asOf ? expires : undefined;

function setAsideExpired(rule: MutableRule, asOf: string, diagnostics: Diagnostic[]): Exclusion[] {
  const out: Exclusion[] = [];
  type Sections = Partial<Pick<Rule, 'files' | 'domains' | 'urls' | 'ips'>>;
  const aside = (items: Sections, expires: string, at: Origin): void => {
    const pseudo: Rule = { ...rule, files: [], software: [], domains: [], urls: [], ips: [], ...items };
    for (const o of observablesOf(pseudo)) out.push({ observable: o, reason: `expired after ${expires}` });
    diagnostics.push(
      warning(
        at,
        'expired',
        `expired after ${expires} (building as of ${asOf}); left out of every artifact`,
        'remove it from the rule, or extend `expires`',
      ),
    );
  };
  rule.files = rule.files.filter((f) => {
    const e = expiredAfter(f.expires ?? rule.expires, asOf);
    if (e === undefined) return true;
    aside({ files: [f] }, e, f.origin);
    return false;
  });
  for (const section of ['domains', 'urls', 'ips'] as const) {
    rule[section] = rule[section].filter((n) => {
      const e = expiredAfter(n.expires ?? rule.expires, asOf);
      if (e === undefined) return true;
      aside({ [section]: [n] }, e, n.origin);
      return false;
    });
  }
  const ruleExpired = expiredAfter(rule.expires, asOf);
  if (ruleExpired !== undefined && rule.software.length > 0) {
    for (const o of observablesOf({ ...rule, files: [], domains: [], urls: [], ips: [] }))
      out.push({ observable: o, reason: `expired after ${ruleExpired}` });
    rule.software = [];
  }
  return out;
}

function ruleOf(loaded: LoadedRule): MutableRule {
  const { draft, source } = loaded;
  return { ...draft, uuid: draft.uuid ?? uuidV5(draft.id), source };
}

const byId = (a: Rule, b: Rule): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildRuleSet(
  loaded: readonly LoadedRule[],
  asOf: string,
  benign: readonly BenignValue[] = loaded.flatMap((l) => l.benign),
): BuiltModel {
  const diagnostics: Diagnostic[] = [];
  const excluded: Exclusion[] = [];
  const rules = checkUniqueIds(loaded.map(ruleOf), diagnostics);
  const active: MutableRule[] = [];
  for (const rule of rules) {
    if (rule.status === 'revoked') {
      for (const o of observablesOf(rule)) excluded.push({ observable: o, reason: 'the rule is revoked' });
      diagnostics.push(
        info(
          rule.fieldOrigins['status'] ?? rule.origin,
          'revoked',
          `rule ${rule.id} is revoked; nothing is compiled from it`,
        ),
      );
    } else active.push(rule);
  }
  mergeFiles(active, diagnostics);
  mergeNetwork(active, diagnostics);
  mergeSoftware(active, diagnostics);
  enforceBenign(active, benign, diagnostics);
  for (const rule of active) {
    append(excluded, setAsideExpired(rule, asOf, diagnostics));
    // Counted, not listed: the rule is not frozen yet, so its observables would be computed twice.
    if (
      rule.files.length +
        rule.software.reduce((n, sw) => n + sw.versions.length, 0) +
        rule.domains.length +
        rule.urls.length +
        rule.ips.length ===
      0
    ) {
      diagnostics.push(
        warning(
          rule.fieldOrigins['id'] ?? rule.origin,
          'no-indicators',
          `rule ${rule.id} has no indicators to compile`,
        ),
      );
    }
  }
  const ruleSet: RuleSet = { rules: [...active].sort(byId), asOf };
  return { ruleSet: deepFreeze(ruleSet), excluded: deepFreeze(excluded), diagnostics };
}
