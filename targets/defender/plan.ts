// The indicators a rule gives Defender for Endpoint — one per SHA-256, SHA-1, IP, domain and URL —
// with the action, severity and texts Defender expects, and warnings for what it will not act on.
import type { Diagnostic, Origin } from '../../src/diagnostics.js';
import { ipv6Full, nonPublicRange } from '../../src/values/ip.js';
import { fileKind } from '../../src/model/file-kind.js';
import { describeFile, knownName } from '../../src/model/describe.js';
import { osText } from '../../src/values/os.js';
import { pathIsEncrypted } from '../../src/values/url.js';
import {
  fileHashId,
  fileHashIds,
  fileNameObservableId,
  hashObservableId,
  networkObservableId,
  originalNameObservableId,
  softwareVersionId,
} from '../../src/model/observables.js';
import type { Action, FileIndicator, NetworkIndicator, Rule, Severity } from '../../src/model/types.js';
import { defenderDiagnostics } from './codes.js';

export type IndicatorType = 'FileSha256' | 'FileSha1' | 'IpAddress' | 'DomainName' | 'Url';
export type DefenderAction = 'Allowed' | 'Audit' | 'Warn' | 'Block' | 'BlockAndRemediate';
export type Tab = 'files' | 'ips' | 'urls-domains';

export const typeOrder: readonly IndicatorType[] = ['FileSha256', 'FileSha1', 'IpAddress', 'DomainName', 'Url'];
export const tabOf: Record<IndicatorType, Tab> = {
  FileSha256: 'files',
  FileSha1: 'files',
  IpAddress: 'ips',
  DomainName: 'urls-domains',
  Url: 'urls-domains',
};

export interface Indicator {
  readonly rule: string;
  readonly observable: string;
  readonly type: IndicatorType;
  readonly value: string;
  readonly expiration: string | undefined;
  readonly action: DefenderAction;
  readonly severity: 'Informational' | 'Low' | 'Medium' | 'High';
  readonly title: string;
  readonly description: string;
  readonly recommendedActions: string;
  readonly rbacGroups: readonly string[];
  readonly category: string;
  readonly mitreTechniques: readonly string[];
  readonly generateAlert: boolean;
}

export interface PlanOptions {
  readonly category: string;
  readonly network_category: string;
  readonly rbac_groups: readonly string[];
  readonly generate_alert: boolean;
}

const severityOf: Record<Severity, Indicator['severity']> = {
  informational: 'Informational',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'High',
};
const actionOf: Record<Action, DefenderAction> = {
  audit: 'Audit',
  warn: 'Warn',
  block: 'Block',
  'block-and-remediate': 'BlockAndRemediate',
  allow: 'Allowed',
};

export interface DefenderPlan {
  readonly indicators: Indicator[];
  readonly reasons: Map<string, string>;
  /** Caveats of indicators that are written, by observable id (coverage notes). */
  readonly notes: Map<string, string>;
  readonly diagnostics: Diagnostic[];
}

/**
 * Microsoft, "Overview of indicators": "To block a specific URL path, specify the URL path (e.g.
 * `https://example.com/block`) … Note that HTTPS URL paths will only be matched in Microsoft Edge; HTTP URL
 * paths can be matched in any browser." (indicators-overview.md; indicator-ip-domain.md: "indicators
 * specifying a full URL path can only be blocked in Microsoft Edge"). Network Protection, which serves
 * every other process, sees the host of an HTTPS connection in its TLS handshake, not the path.
 */
const edgeOnly =
  'matched only in Microsoft Edge: for other browsers and processes Defender sees the host of an HTTPS ' +
  'connection, not its path';

/** `expires` is the last day an indicator is used: Defender's ExpirationTime is the start of the next. */
const dayAfter = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The text as a sentence: a full stop added unless it already ends one (the text itself is kept). */
const sentence = (s: string): string => (/[.!?]\s*$/.test(s) ? s : `${s}.`);

/**
 * True when the file's name says it is not a PE image (an .msi, .dmg, .ico …); unknown names are given the benefit of
 * the doubt.
 */
function knownNotPe(f: FileIndicator): boolean {
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(knownName(f) ?? '')?.[1]?.toLowerCase();
  return ext !== undefined && !['exe', 'dll', 'sys', 'scr', 'cpl', 'ocx', 'drv', 'efi', 'mui', 'com'].includes(ext);
}

/** What every row of a rule shares, made once per rule. */
interface Shared {
  readonly rule: Rule;
  readonly o: PlanOptions;
  /** ` Reference: <url>.` and ` TLP:AMBER.`, or empty. */
  readonly tail: string;
}

/**
 * One indicator. A feed has a million, so a row holds only what differs from row to row; its texts
 * (title, description, expiration …) are made when its CSV line or API object is written.
 */
class Row implements Indicator {
  constructor(
    private readonly shared: Shared,
    readonly observable: string,
    readonly type: IndicatorType,
    readonly value: string,
    /** For a file hash: the file, described when the text is made; else the text itself. */
    private readonly subject: FileIndicator | string,
    /** `SHA-256` or `SHA-1` for a file hash. */
    private readonly hashName: string,
    private readonly context: string | undefined,
    private readonly expires: string | undefined,
    readonly action: DefenderAction,
  ) {}

  get rule(): string {
    return this.shared.rule.id;
  }
  get what(): string {
    return typeof this.subject === 'string' ? this.subject : `${this.hashName} of ${describeFile(this.subject)}`;
  }
  get expiration(): string | undefined {
    return this.expires === undefined ? undefined : `${dayAfter(this.expires)}T00:00:00.0Z`;
  }
  get severity(): Indicator['severity'] {
    return severityOf[this.shared.rule.severity];
  }
  get title(): string {
    return `${this.shared.rule.title}: ${this.what}`;
  }
  get description(): string {
    const r = this.shared.rule;
    return (
      `${this.what}, from the iocc rule ${r.id} (${r.title}).` +
      `${this.context !== undefined ? ` ${sentence(this.context)}` : ''}${this.shared.tail}`
    );
  }
  get recommendedActions(): string {
    return this.shared.rule.recommendation ?? '';
  }
  get rbacGroups(): readonly string[] {
    return this.shared.o.rbac_groups;
  }
  get category(): string {
    return tabOf[this.type] !== 'files' ? this.shared.o.network_category : this.shared.o.category;
  }
  get mitreTechniques(): readonly string[] {
    return this.shared.rule.attack.techniques;
  }
  get generateAlert(): boolean {
    return this.action === 'Audit' ? true : this.action === 'Allowed' ? false : this.shared.o.generate_alert;
  }
}

class Planner {
  readonly indicators: Indicator[] = [];
  readonly reasons = new Map<string, string>();
  readonly notes = new Map<string, string>();
  readonly diagnostics: Diagnostic[] = [];
  private warnedNetworkAction = false;
  private readonly shared: Shared;
  constructor(
    readonly rule: Rule,
    readonly o: PlanOptions,
  ) {
    const [reference] = rule.references;
    const source = reference !== undefined ? ` Reference: ${reference}.` : '';
    const tlp = rule.tlp !== 'clear' ? ` TLP:${rule.tlp.toUpperCase()}.` : '';
    this.shared = { rule, o, tail: `${source}${tlp}` };
  }

  action(network: boolean, at: Origin): DefenderAction {
    const a = actionOf[this.rule.action];
    if (network && a === 'BlockAndRemediate') {
      // Once per rule, at its first network indicator: a feed of 10,000 domains needs one line, not 10,000.
      if (!this.warnedNetworkAction)
        this.diagnostics.push(
          defenderDiagnostics.warning(
            at,
            'defender-action',
            "Defender network indicators cannot BlockAndRemediate; the rule's IP addresses, domains and " +
              'URLs are written as Block',
          ),
        );
      this.warnedNetworkAction = true;
      return 'Block';
    }
    return a;
  }

  push(
    observable: string,
    type: IndicatorType,
    value: string,
    what: { readonly file: FileIndicator; readonly hash: string } | string,
    context: string | undefined,
    expires: string | undefined,
    at: Origin,
  ): void {
    const action = this.action(tabOf[type] !== 'files', at);
    const [subject, hashName] = typeof what === 'string' ? [what, ''] : [what.file, what.hash];
    this.indicators.push(new Row(this.shared, observable, type, value, subject, hashName, context, expires, action));
  }
}

function planFile(p: Planner, f: FileIndicator): void {
  if (f.md5 !== undefined)
    p.reasons.set(hashObservableId('md5', f.md5), "Defender's indicator import does not accept MD5");
  if (notPeOnWindows(p, f)) return;
  // Unnamed files of unknown kind may or may not be PE files: written, with the caveat.
  if (f.name === undefined && f.originalName === undefined && fileKind(f) === 'unknown')
    for (const id of fileHashIds(f)) p.notes.set(id, 'Defender acts on it only if it is a PE file (on Windows)');
  const expires = f.expires ?? p.rule.expires;
  for (const [a, type] of [
    ['sha256', 'FileSha256'],
    ['sha1', 'FileSha1'],
  ] as const) {
    if (f[a] === undefined) continue;
    const at = f.fieldOrigins[a] ?? f.origin;
    p.push(
      fileHashId(f, a),
      type,
      f[a],
      { file: f, hash: a === 'sha256' ? 'SHA-256' : 'SHA-1' },
      f.comment,
      expires,
      at,
    );
  }
}

/**
 * Whether Defender can act on the file's hash: on Windows only PE files; a name that says otherwise
 * (an .msi, .dmg, .ico …) means the row would import and never act, so it is not written.
 */
function notPeOnWindows(p: Planner, f: FileIndicator): boolean {
  if (!((f.os === undefined || f.os === 'windows') && knownNotPe(f))) return false;
  const why =
    'Defender file indicators act only on PE files (.exe, .dll …) on Windows, and its name says this is not one';
  for (const id of fileHashIds(f)) p.reasons.set(id, why);
  p.diagnostics.push(
    defenderDiagnostics.warning(
      f.fieldOrigins.name ?? f.origin,
      'defender-not-pe',
      `Defender file indicators act only on PE files (.exe, .dll) on Windows; the hash of ` +
        `${knownName(f) ?? 'this file'} would import and block nothing, so it is left out`,
    ),
  );
  return true;
}

/** One warning per rule and OS for file hashes Defender imports but will not act on with this action. */
function posixActionWarnings(p: Planner): void {
  const action = actionOf[p.rule.action];
  if (action === 'Allowed' || action === 'BlockAndRemediate') return;
  for (const os of ['macos', 'linux'] as const) {
    const files = p.rule.files.filter((f) => f.os === os && (f.sha256 !== undefined || f.sha1 !== undefined));
    const first = files[0];
    if (first === undefined) continue;
    p.diagnostics.push(
      defenderDiagnostics.warning(
        first.origin,
        'defender-file-action',
        `${files.length} ${osText[os]} file hash(es) of rule ${p.rule.id}: on ${osText[os]}, Defender ` +
          `acts on file indicators only with Allowed or BlockAndRemediate, not ${action}`,
        'they still import, and act on Windows; use block-and-remediate to act on macOS and Linux too',
      ),
    );
  }
}

function planNetwork(p: Planner, n: NetworkIndicator): void {
  const expires = n.expires ?? p.rule.expires;
  const id = networkObservableId(n.kind, n.value);
  if (n.kind === 'ip') {
    if (n.ip?.prefix !== undefined) {
      p.reasons.set(id, 'Defender IP indicators take single addresses, not CIDR ranges');
      p.diagnostics.push(
        defenderDiagnostics.warning(
          n.origin,
          'defender-cidr',
          `${n.value} is a CIDR range: Defender cannot import it, so it is left out`,
        ),
      );
      return;
    }
    const range = n.ip === undefined ? undefined : nonPublicRange(n.ip);
    if (range !== undefined) {
      p.reasons.set(id, `Defender acts only on external IP addresses; ${n.value} is ${range}`);
      p.diagnostics.push(
        defenderDiagnostics.warning(
          n.origin,
          'defender-private-ip',
          `${n.value} is not a public address (${range}): Defender would not act on it, so it is left out`,
        ),
      );
      return;
    }
    const value = n.ip?.version === 6 ? ipv6Full(n.value) : n.value;
    p.push(id, 'IpAddress', value, `IP address ${n.value}`, n.comment, expires, n.origin);
    return;
  }
  if (n.kind === 'url' && pathIsEncrypted(n.value)) p.notes.set(id, edgeOnly);
  p.push(
    id,
    n.kind === 'domain' ? 'DomainName' : 'Url',
    n.value,
    `${n.kind === 'domain' ? 'domain' : 'URL'} ${n.value}`,
    n.comment ?? (n.kind === 'domain' ? 'Defender also matches its subdomains' : undefined),
    expires,
    n.origin,
  );
}

export function planRule(rule: Rule, o: PlanOptions): DefenderPlan {
  const p = new Planner(rule, o);
  for (const f of rule.files) planFile(p, f);
  posixActionWarnings(p);
  for (const n of [...rule.ips, ...rule.domains, ...rule.urls]) planNetwork(p, n);
  for (const f of rule.files) {
    if (f.name !== undefined)
      p.reasons.set(
        fileNameObservableId(f),
        'Defender indicators are hashes, IP addresses, domains and URLs; not file names',
      );
    if (f.originalName !== undefined)
      p.reasons.set(
        originalNameObservableId(f.originalName),
        'Defender indicators are hashes, IP addresses, domains and URLs; not file names',
      );
  }
  for (const s of rule.software)
    for (const v of s.versions)
      p.reasons.set(softwareVersionId(s, v), 'Defender indicators cannot express installed software versions');
  return { indicators: p.indicators, reasons: p.reasons, notes: p.notes, diagnostics: p.diagnostics };
}
