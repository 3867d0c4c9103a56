// SigmaHQ's conventions for a rule, checked offline by our own code (nothing here comes from the Sigma
// target): each check returns the problems it finds, so a test can show it catches a broken rule.
// Sources, all read for this file:
// - SigmaHQ/pySigma-validators-sigmaHQ at 02718ec2cc2b8fc8149be3cfb9cec84678acd02e (v0.20.1):
//   tools/sigmahq_taxonomy.json (taxonomy 20251205), tools/sigmahq_filename.json (20240809), and the
//   validators sigma/validators/sigmahq/{title,description,references,tags,field}.py;
// - SigmaHQ/sigma at 8eaafff1f2845a696050e05e72ba1140ee190698: tests/test_rules.py (file names,
//   trademarks) and its rules (tag order);
// - SigmaHQ/sigma-specification at ba9251aa834b11a70dbf80836b453dba99c5159e (v2.1.0):
//   sigmahq/sigmahq-rule-convention.md, sigmahq-title-convention.md, specification/sigma-appendix-tags.md.
import { tacticRows, techniqueRows } from '../../src/values/attack-data.js';
import { isList } from '../../src/util/array.js';

export interface SigmaDoc {
  readonly title: string;
  readonly description: string;
  readonly references?: readonly string[];
  readonly tags: readonly string[];
  readonly logsource: { readonly category?: string; readonly product?: string; readonly service?: string };
  readonly detection: Readonly<Record<string, unknown>>;
}

const sourceKey = (l: SigmaDoc['logsource']): string => `${l.product ?? ''}/${l.category ?? ''}`;

// File-name prefixes per log source (tools/sigmahq_filename.json; tests/test_rules.py agrees).
const prefixes: Readonly<Record<string, string>> = {
  'windows/process_creation': 'proc_creation_win_',
  'windows/image_load': 'image_load_',
  'windows/driver_load': 'driver_load_win_',
  'windows/create_stream_hash': 'create_stream_hash_',
  'windows/file_event': 'file_event_win_',
  'windows/dns_query': 'dns_query_win_',
  'windows/network_connection': 'net_connection_win_',
  '/proxy': 'proxy_',
  'macos/process_creation': 'proc_creation_macos_',
  'macos/file_event': 'file_event_macos_',
  'linux/process_creation': 'proc_creation_lnx_',
  'linux/file_event': 'file_event_lnx_',
  'linux/network_connection': 'net_connection_lnx_',
};

/** The file name: SigmaHQ's pattern and length (test_file_names), and the prefix of its log source. */
export function fileNameProblems(file: string, doc: SigmaDoc): string[] {
  const out: string[] = [];
  if (!/^[a-z0-9_]{10,90}\.yml$/.test(file) || !file.includes('_'))
    out.push(`file name ${file} is not [a-z0-9_]{10,90}.yml`);
  if (file.length < 14 || file.length > 90) out.push(`file name ${file} is not 14 to 90 characters long`);
  const prefix = prefixes[sourceKey(doc.logsource)];
  if (prefix === undefined) out.push(`log source ${sourceKey(doc.logsource)} has no SigmaHQ file-name prefix here`);
  else if (!file.startsWith(prefix)) out.push(`file name ${file} does not start with ${prefix}`);
  return out;
}

// The native fields of each log source in SigmaHQ's taxonomy (tools/sigmahq_taxonomy.json, "native"),
// without the ones it marks redundant for Windows (Channel, EventID). The Sigma specification's taxonomy
// appendix names the same sources: Sysmon field names for process creation and the other generic
// categories, W3C names for proxy.
const processFields = [
  'CommandLine',
  'Company',
  'CurrentDirectory',
  'Description',
  'FileVersion',
  'Hashes',
  'Image',
  'IntegrityLevel',
  'LogonGuid',
  'LogonId',
  'OriginalFileName',
  'ParentCommandLine',
  'ParentImage',
  'ParentProcessGuid',
  'ParentProcessId',
  'ParentUser',
  'ProcessGuid',
  'ProcessId',
  'Product',
  'TerminalSessionId',
  'User',
];
const windowsCommon = ['Computer', 'Provider_Name', 'Security_UserID'];
const posixFileFields = ['CreationUtcTime', 'Image', 'ProcessGuid', 'ProcessId', 'TargetFilename', 'User'];
const fields: Readonly<Record<string, readonly string[]>> = {
  'windows/process_creation': [...processFields, ...windowsCommon, 'GrandParentImage'],
  'windows/image_load': [
    ...windowsCommon,
    ...['Company', 'Description', 'FileVersion', 'Hashes', 'Image', 'ImageLoaded', 'OriginalFileName'],
    ...['ProcessGuid', 'ProcessId', 'Product', 'Signature', 'SignatureStatus', 'Signed', 'User'],
  ],
  // Sysmon event 6 (SigmaHQ's taxonomy for driver_load).
  'windows/driver_load': [...windowsCommon, 'Hashes', 'ImageLoaded', 'Signature', 'SignatureStatus', 'Signed'],
  'windows/create_stream_hash': [
    ...windowsCommon,
    ...['Contents', 'CreationUtcTime', 'Hash', 'Image', 'ProcessGuid', 'ProcessId', 'TargetFilename', 'User'],
  ],
  'windows/file_event': [...windowsCommon, ...posixFileFields],
  'windows/dns_query': [
    ...windowsCommon,
    ...['Image', 'ProcessGuid', 'ProcessId', 'QueryName', 'QueryResults', 'QueryStatus', 'User'],
  ],
  'windows/network_connection': [
    ...windowsCommon,
    ...['DestinationHostname', 'DestinationIp', 'DestinationIsIpv6', 'DestinationPort', 'DestinationPortName'],
    ...['Image', 'Initiated', 'ProcessGuid', 'ProcessId', 'Protocol', 'SourceHostname', 'SourceIp'],
    ...['SourceIsIpv6', 'SourcePort', 'SourcePortName', 'User'],
  ],
  '/proxy': [
    ...['c-uri-extension', 'c-uri-query', 'c-uri-stem', 'c-uri', 'c-useragent', 'cs-bytes', 'cs-content-type'],
    ...['cs-cookie', 'cs-dns', 'cs-host', 'cs-method', 'cs-referrer', 'cs-uri-port', 'cs-uri-scheme'],
    ...['cs-uri-stem', 'cs-uri', 'cs-user-agent', 'cs-version', 'dst_ip', 'r-dns', 'sc-bytes', 'sc-status', 'src_ip'],
  ],
  'macos/process_creation': processFields,
  'linux/process_creation': processFields,
  'macos/file_event': posixFileFields,
  'linux/file_event': posixFileFields,
};

/** Every `field|modifiers` key of every selection, with its values. */
function detectionItems(doc: SigmaDoc): { key: string; values: unknown[] }[] {
  return Object.entries(doc.detection)
    .filter(([name]) => name !== 'condition')
    .flatMap(([, sel]) => (isList(sel) ? sel : [sel]))
    .flatMap((sel) => Object.entries(sel as Record<string, unknown>))
    .map(([key, v]) => ({ key, values: isList(v) ? [...v] : [v] }));
}

/** Field names the log source has, and Hashes/Hash values as SigmaHQ's sigmahq_invalid_hash_kv wants them. */
export function fieldProblems(doc: SigmaDoc): string[] {
  const allowed = fields[sourceKey(doc.logsource)];
  if (allowed === undefined) return [`log source ${sourceKey(doc.logsource)} is not in the field table`];
  const out: string[] = [];
  for (const { key, values } of detectionItems(doc)) {
    const field = key.split('|')[0] ?? '';
    if (!allowed.includes(field)) out.push(`field ${field} is not a ${sourceKey(doc.logsource)} field`);
    if (field === 'Hashes' || field === 'Hash')
      for (const v of values)
        if (
          !/^(SHA256=[0-9A-Fa-f]{64}|SHA1=[0-9A-Fa-f]{40}|MD5=[0-9A-Fa-f]{32}|IMPHASH=[0-9A-Fa-f]{32})$/.test(String(v))
        )
          out.push(`${key} value ${String(v)} is not ALGO=hex`);
  }
  return out;
}

const isTechniqueTag = (t: string): boolean => /^attack\.t\d{4}(\.\d{3})?$/.test(t);
const current = (id: string) => {
  const row = Object.hasOwn(techniqueRows, id) ? techniqueRows[id] : undefined;
  return row !== undefined && row.revokedBy === undefined && !row.revoked && !row.deprecated ? row : undefined;
};
const matrix = tacticRows.map(([, short]) => short);
const namespaceRank: Readonly<Record<string, number>> = { attack: 0, cve: 1, detection: 2, tlp: 3 };

/**
 * Tags: format, namespaces, one detection tag, current ATT&CK techniques and tactics only, every
 * technique with all its tactics (sigmahq_tags_techniques_without_tactics), SigmaHQ's order (tactics,
 * then techniques, then cve, detection, tlp), and, per log source, only the techniques it can show:
 * network sources those of command-and-control or exfiltration, the others the rest.
 */
export function tagProblems(doc: SigmaDoc): string[] {
  const out: string[] = [];
  const tags = doc.tags;
  if (new Set(tags).size !== tags.length) out.push('a tag is listed twice');
  for (const t of tags) {
    if (!/^[a-z0-9_-]+\.[a-z0-9._-]+$/.test(t)) out.push(`tag ${t} is not namespace.name in lower case`);
    if (namespaceRank[t.split('.')[0] ?? ''] === undefined) out.push(`tag ${t} has a namespace iocc does not write`);
  }
  if (tags.filter((t) => t.startsWith('detection.')).length !== 1) out.push('not exactly one detection tag');
  const attack = tags.filter((t) => t.startsWith('attack.'));
  const techniques = attack.filter(isTechniqueTag).map((t) => t.slice(7).toUpperCase());
  const tactics = attack.filter((t) => !isTechniqueTag(t)).map((t) => t.slice(7));
  for (const t of tactics) if (!matrix.includes(t)) out.push(`attack.${t} is not a current ATT&CK tactic`);
  const network = ['dns_query', 'network_connection', 'proxy'].includes(doc.logsource.category ?? '');
  for (const id of techniques) {
    const row = current(id);
    if (row === undefined) {
      out.push(`attack.${id.toLowerCase()} is not a current ATT&CK technique`);
      continue;
    }
    for (const t of row.tactics)
      if (!tactics.includes(t)) out.push(`attack.${id.toLowerCase()} comes without its tactic attack.${t}`);
    const onNetwork = row.tactics.some((t) => t === 'command-and-control' || t === 'exfiltration');
    if (onNetwork !== network)
      out.push(
        `attack.${id.toLowerCase()} is a ${onNetwork ? 'network' : 'host'} technique on a ` +
          `${doc.logsource.category} rule`,
      );
  }
  const rank = (t: string): number =>
    t.startsWith('attack.') ? (isTechniqueTag(t) ? 1 : 0) : 1 + (namespaceRank[t.split('.')[0] ?? ''] ?? 9);
  const sortedTags = [...tags].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (rank(a) === 0 ? matrix.indexOf(a.slice(7)) - matrix.indexOf(b.slice(7)) : a < b ? -1 : a > b ? 1 : 0),
  );
  if (sortedTags.join() !== tags.join()) out.push(`tags are not in SigmaHQ's order: ${sortedTags.join(', ')}`);
  return out;
}

/** References: http(s), no attack.mitre.org (tags say it), GitHub links only as permalinks (a 40-hex commit). */
export function referenceProblems(doc: SigmaDoc): string[] {
  const out: string[] = [];
  for (const r of doc.references ?? []) {
    if (!/^https?:\/\//.test(r)) out.push(`reference ${r} is not an http(s) URL`);
    if (/^https?:\/\/attack\.mitre\.org\//.test(r)) out.push(`reference ${r} links ATT&CK: use a tag`);
    const m =
      /^https?:\/\/(?:www\.)?github\.com\/[^/]+\/[^/]+\/(?:blob|tree|raw|blame)\/([^/]+)/.exec(r) ??
      /^https?:\/\/raw\.githubusercontent\.com\/[^/]+\/[^/]+\/([^/]+)/.exec(r);
    if (m !== null && !/^[0-9a-f]{40}$/i.test(m[1] ?? '')) out.push(`reference ${r} is a branch link, not a permalink`);
  }
  return out;
}

// Words sigmahq_title_case accepts in lower case.
const lowerCaseWords = ['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'new', 'of', 'on', 'or', 'over'];
lowerCaseWords.push('the', 'through', 'to', 'via', 'with', 'without');

/** Python's str.islower(). */
const isLower = (w: string): boolean => w === w.toLowerCase() && w !== w.toUpperCase();

/** Text a maintainer reads as one line with ASCII punctuation: no line breaks, controls, odd spaces or quotes. */
const nonAsciiPunctuation = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|(?![ ])\p{Zs}|(?![\x00-\x7f])\p{P}/u;

/**
 * Title (sigmahq_title_length/start/end/case) and description (sigmahq_description_length, the rule
 * convention's "Detects …", one or two sentences, nothing that only makes sense in iocc's repository).
 */
export function textProblems(doc: SigmaDoc): string[] {
  const out: string[] = [];
  const { title, description } = doc;
  if ([...title].length > 120) out.push('title is longer than 120 characters');
  if (title.startsWith('Detect ') || title.startsWith('Detects ')) out.push('title starts with Detect(s)');
  if (title.endsWith('.')) out.push('title ends with a full stop');
  for (const w of title.split(' '))
    if (isLower(w) && !lowerCaseWords.includes(w.toLowerCase()) && !/[./_]/.test(w) && !/^\d/.test(w))
      out.push(`title word ${w} is not in title case`);
  if (nonAsciiPunctuation.test(title)) out.push('title has non-ASCII punctuation, spaces or control characters');
  if (!description.startsWith('Detects ')) out.push('description does not start with "Detects "');
  if ([...description].length < 16) out.push('description is shorter than 16 characters');
  if (!description.endsWith('.')) out.push('description does not end with a full stop');
  if (nonAsciiPunctuation.test(description))
    out.push('description has non-ASCII punctuation, spaces or control characters');
  if ((description.match(/\.( |$)/g) ?? []).length > 2) out.push('description has more than two sentences');
  if (/\biocc\b|\brules\/|\.yaml\b|reference\//i.test(description))
    out.push('description names things of the iocc repository');
  if (/https?:\/\//.test(description)) out.push('description holds a link (references are for links)');
  for (const t of [title, description]) if (t.includes('ATT&CK')) out.push('the ATT&CK trademark is in the text');
  return out;
}

export const allProblems = (file: string, doc: SigmaDoc): string[] => [
  ...fileNameProblems(file, doc),
  ...fieldProblems(doc),
  ...tagProblems(doc),
  ...referenceProblems(doc),
  ...textProblems(doc),
];
