// One rule document → a rule draft (everything but what needs the other files: default uuid, merging
// of duplicates across files, expiry) plus every problem found in it.
import { readAcknowledgements } from './acknowledge.js';
import { placeholderWord } from '../scaffold/rule.js';
import type { Diagnostic, Origin } from '../diagnostics.js';
import type { Action, Severity, Status, Tlp } from '../model/types.js';
import type { Acknowledgement, RuleDraft } from '../model/input.js';
import { pathToString as pathText, type Document } from './document.js';
import { readAttack } from './attack.js';
import { readFilesFrom } from './files-from.js';
import { oneOf, readBenign, readDate, readFiles, readNetwork, readSoftware, type BenignValue } from './indicators.js';
import { reader, type Reader } from './reader.js';
import { branchLink, checkReferenceUrl } from '../values/url.js';
import type { PathStep } from './yaml.js';
import { shown } from '../util/suggest.js';
import { isCalendarDate } from '../values/date.js';

export type { RuleDraft } from '../model/input.js';

export interface ReadRule {
  readonly draft: RuleDraft | undefined;
  readonly benign: readonly BenignValue[];
  readonly acknowledgements: readonly Acknowledgement[];
  readonly diagnostics: readonly Diagnostic[];
}

const statuses: readonly Status[] = ['experimental', 'test', 'stable', 'deprecated', 'revoked'];
const severities: readonly Severity[] = ['informational', 'low', 'medium', 'high', 'critical'];
const tlps: readonly Tlp[] = ['clear', 'green', 'amber', 'amber+strict', 'red'];
const actions: readonly Action[] = ['audit', 'warn', 'block', 'block-and-remediate', 'allow'];

function readReferences(r: Reader): string[] {
  const out: string[] = [];
  r.list(['references'], 500).forEach((v, i) => {
    if (typeof v !== 'string') return;
    const c = checkReferenceUrl(v.trim());
    if (!c.ok)
      return r.error(
        ['references', i],
        'reference-url',
        `references[${i}] must be an http(s) URL: ${c.message}`,
        c.hint,
      );
    if (out.includes(v.trim()))
      return r.warning(['references', i], 'duplicate-reference', `references[${i}] is listed twice`);
    const branch = branchLink(v.trim());
    if (branch !== undefined)
      r.warning(
        ['references', i],
        'reference-branch-link',
        `references[${i}] links ${branch.repository} at ${shown(branch.ref)}, not at a commit: what it ` +
          `shows will change`,
        'link a commit (a permalink): on GitHub open the file and press y, or put the 40-character commit ' +
          'hash in place of the branch',
      );
    out.push(v.trim());
  });
  return out;
}

function readCve(r: Reader): string[] {
  const out: string[] = [];
  r.list(['cve'], 200).forEach((v, i) => {
    if (typeof v !== 'string') return;
    if (!/^CVE-\d{4}-\d{4,}$/i.test(v))
      return r.error(['cve', i], 'cve-id', `cve[${i}] ${shown(v)} is not a CVE id`, 'write CVE-YYYY-NNNN');
    const id = v.toUpperCase();
    if (!out.includes(id)) out.push(id);
  });
  return out;
}

function readTargetOptions(r: Reader): Record<string, Record<string, unknown>> {
  const v = r.get(['targets']);
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return {};
  const out: Record<string, Record<string, unknown>> = {};
  for (const [k, o] of Object.entries(v as Record<string, unknown>)) {
    if (o !== null && typeof o === 'object' && !Array.isArray(o)) out[k] = o as Record<string, unknown>;
  }
  return out;
}

function readTargetOptionOrigins(r: Reader, options: Record<string, Record<string, unknown>>): Record<string, Origin> {
  const out: Record<string, Origin> = {};
  for (const [id, values] of Object.entries(options)) {
    out[id] = r.keyAt(['targets', id]);
    for (const key of Object.keys(values)) {
      out[`${id}.${key}`] = r.at(['targets', id, key]);
      out[`${id}.${key}:key`] = r.keyAt(['targets', id, key]);
    }
  }
  return out;
}

function fieldOrigins(r: Reader): Record<string, Origin> {
  const v = r.doc.value;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return {};
  return Object.fromEntries(Object.keys(v).map((k) => [k, r.at([k])]));
}

/**
 * The places the schema gives an `expires`: the rule, each file and each network entry. Only entries
 * that are mappings are visited (a bare value has none), so a million-entry rule costs one look each.
 */
function expiryPaths(r: Reader): PathStep[][] {
  const out: PathStep[][] = [['expires']];
  const entries = (list: PathStep[]): void =>
    r.list(list).forEach((e, i) => {
      if (e !== null && typeof e === 'object' && 'expires' in e) out.push([...list, i, 'expires']);
    });
  entries(['files']);
  for (const section of ['domains', 'urls', 'ips']) entries(['network', section]);
  return out;
}

/**
 * No date of a rule precedes its `date`: not `modified`, and no `expires` (an indicator that expired before
 * the rule was written is a typo, and STIX refuses a valid_until before valid_from). Checked once here
 * for every target.
 */
function checkDates(r: Reader, date: string | undefined, modified: string | undefined): void {
  if (date === undefined) return;
  if (modified !== undefined && modified < date)
    r.error(['modified'], 'date-order', `modified ${modified} is before date ${date}`);
  for (const path of expiryPaths(r)) {
    const v = r.get(path);
    // A malformed date was reported where it was read.
    if (typeof v !== 'string' || !isCalendarDate(v) || v >= date) continue;
    r.error(
      path,
      'date-order',
      `${pathText(path)} ${v} is before date ${date}`,
      'an indicator cannot expire before the rule that lists it is dated: correct `expires` or `date`',
    );
  }
}

/**
 * Every TODO that `iocc new` wrote and nobody replaced is an error at its place, so a scaffold never
 * compiles into indicators such as https://TODO (comments and x- keys may say TODO).
 */
function flagPlaceholders(r: Reader, path: PathStep[], value: unknown): void {
  if (typeof value === 'string') {
    // A TODO severity or TLP fails the schema's list of values already.
    const enumField = path.length === 1 && (path[0] === 'severity' || path[0] === 'tlp');
    if (placeholderWord.test(value) && !enumField)
      r.error(
        path,
        'placeholder',
        `${pathText(path)} is still a placeholder of iocc new: ${shown(value)}`,
        'replace the TODO',
      );
  } else if (Array.isArray(value)) value.forEach((v, i) => flagPlaceholders(r, [...path, i], v));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      if (k !== 'comment' && !k.startsWith('x-')) flagPlaceholders(r, [...path, k], v);
}

export function readRule(doc: Document, dir?: string): ReadRule {
  const r = reader(doc);
  const text = (path: PathStep[]): string | undefined => r.string(path);
  const date = readDate(r, ['date']);
  const modified = readDate(r, ['modified']);
  const expires = readDate(r, ['expires']);
  checkDates(r, date, modified);
  const references = readReferences(r);
  const attack = readAttack(r);
  const cve = readCve(r);
  const files = [...readFiles(r), ...readFilesFrom(r, dir)];
  const software = readSoftware(r);
  const network = readNetwork(r);
  const benign = readBenign(r);
  const acknowledgements = readAcknowledgements(r);
  const id = text(['id']);
  const title = text(['title']);
  const description = text(['description']);
  const author = text(['author']);
  const uuid = text(['uuid'])?.toLowerCase();
  const recommendation = text(['response', 'recommendation']);
  const severity = text(['severity']);
  const tlp = text(['tlp']);
  const targetOptions = readTargetOptions(r);
  flagPlaceholders(r, [], r.get([]));
  if (
    id === undefined ||
    title === undefined ||
    description === undefined ||
    author === undefined ||
    date === undefined ||
    severity === undefined ||
    tlp === undefined
  ) {
    // Missing or mistyped required fields were reported by the schema.
    return { draft: undefined, benign, acknowledgements, diagnostics: r.diagnostics };
  }
  const draft: RuleDraft = {
    id,
    ...(uuid !== undefined && { uuid }),
    title,
    description,
    author,
    date,
    ...(modified !== undefined && { modified }),
    status: oneOf(text(['status']), statuses) ?? 'experimental',
    severity: oneOf(severity, severities) ?? 'medium',
    tlp: oneOf(tlp, tlps) ?? 'clear',
    ...(expires !== undefined && { expires }),
    references,
    attack,
    cve,
    action: oneOf(text(['response', 'action']), actions) ?? 'audit',
    ...(recommendation !== undefined && { recommendation }),
    files,
    software,
    domains: network.domain,
    urls: network.url,
    ips: network.ip,
    targetOptions,
    targetOptionOrigins: readTargetOptionOrigins(r, targetOptions),
    origin: r.at([]),
    fieldOrigins: fieldOrigins(r),
  };
  if (draft.action === 'allow') {
    r.warning(
      ['response', 'action'],
      'action-allow',
      'response.action allow tells consumers to trust these indicators',
      'use allow only for an allow-list rule, never for a threat',
    );
  }
  return { draft, benign, acknowledgements, diagnostics: r.diagnostics };
}
