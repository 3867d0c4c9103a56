// Sigma: per iocc rule, one Sigma rule per log source that has something to match, written the way
// SigmaHQ writes its emerging-threat rules (dist/sigma/<rule-id>/*.yml, with a README.md), so
// `sigma convert` takes them and a SigmaHQ-style repository accepts them unchanged.
import type { Rule } from '../../src/model/types.js';
import { uuidV5 } from '../../src/model/uuid.js';
import {
  sharedCarried,
  type Artifact,
  type ById,
  type Carried,
  type EmitContext,
  type RuleOutput,
  type Target,
} from '../../src/target.js';
import type { Render } from '../../src/template.js';
import { markdownText, sigmaScalar, yamlScalar, type SigmaValue } from './escape.js';
import { planRule, type PlannedSigmaRule, type Selection } from './plan.js';
import { splitRule, type Part } from './split.js';
import { sigmaTags } from './tags.js';
import { ruleDescription, ruleTitle } from './text.js';
import { pathIsEncrypted } from '../../src/values/url.js';

type SigmaOptions = { detection_tag: string; max_values_per_rule: number };

// URLs are matched in proxy logs (cs-host, c-uri); a forward proxy that does not decrypt HTTPS sees and logs
// only CONNECT host:443, never the path.
const proxyPathNote = 'the path is in proxy logs only with TLS inspection; without it the proxy logs CONNECT host:443';

// SigmaHQ file names: 10 to 70 characters before .yml (sigmahq-filename-convention.md; the validator
// and tests/test_rules.py accept 10 to 90).
const maxFileBase = 70;
const minFileBase = 10;

export function fileName(rule: Rule, prefix: string): string {
  const slug = rule.id.replace(/-/g, '_');
  const base = `${prefix}${slug}`.slice(0, maxFileBase).replace(/_+$/, '');
  return `${base.length < minFileBase ? `${base}_iocs` : base}.yml`;
}

/** What a selection matches on, in a few words, for the description. */
function matchedBy(s: Selection): string {
  const keys = s.fields.map((f) => f.key);
  if (keys.includes('FileVersion'))
    return keys[0] === 'Product'
      ? 'product name and version'
      : keys[0] === 'OriginalFileName'
        ? 'original file name and version'
        : 'file name and version';
  if (keys.includes('c-uri|contains') || s.name.startsWith('selection_url')) return 'URL';
  const key = keys[0] ?? '';
  if (/^Hash(es)?\|contains$/.test(key)) return 'file hash';
  if (key === 'OriginalFileName') return 'original file name';
  if (key === 'DestinationIp') return 'IP address';
  if (key === 'DestinationIp|cidr') return 'address range';
  if (/^(Image|TargetFilename|ImageLoaded)\|/.test(key)) return s.name === 'selection_path' ? 'file path' : 'file name';
  if (key.endsWith('|endswith')) return 'subdomain';
  return key === 'QueryName' ? 'domain' : 'host name';
}

/** Part 1 keeps the id and file name a rule has when it is not split, so growing a feed keeps them. */
const partKey = (planned: PlannedSigmaRule, n: number): string =>
  n === 0 ? planned.source.key : `${planned.source.key}#part-${n + 1}`;
const partSuffix = (n: number, of: number): string => (of === 1 ? '' : ` (Part ${n + 1} of ${of})`);

function render(
  renderRule: Render,
  rule: Rule,
  planned: PlannedSigmaRule,
  part: Part,
  n: number,
  of: number,
  siblings: readonly string[],
  o: SigmaOptions,
): string {
  const id = uuidV5(partKey(planned, n), rule.uuid);
  const how = [...new Set(part.selections.map(matchedBy))];
  return renderRule({
    title: ruleTitle(rule, `${planned.source.title}${partSuffix(n, of)}`),
    id,
    related: siblings.filter((s) => s !== id),
    status: rule.status,
    description: ruleDescription(rule, planned.source.what, how, { n: n + 1, of }),
    references: rule.references,
    author: rule.author,
    date: rule.date,
    modified: rule.modified ?? null,
    tags: sigmaTags(rule, planned.source.network, o.detection_tag),
    category: planned.source.category,
    product: planned.source.product ?? null,
    selections: part.selections.map((s) => ({
      name: s.name,
      fields: s.fields.map((f) => ({
        key: f.key,
        single: f.values.length === 1 ? f.values[0] : null,
        values: f.values,
      })),
    })),
    condition: part.selections.length === 1 ? part.selections[0]?.name : '1 of selection_*',
    falsepositives: planned.byName ? ['Unknown'] : ['Unlikely'],
    level: rule.severity,
  });
}

function readme(rule: Rule, files: readonly { name: string; title: string; source: string }[]): string {
  const lines = [
    `# ${markdownText(rule.title)}`,
    '',
    markdownText(rule.description),
    '',
    '## Rules',
    '',
    ...files.map((f) => `- \`${f.name}\`: ${markdownText(f.title)} (${f.source})`),
    '',
  ];
  if (rule.references.length > 0)
    lines.push('## References', '', ...rule.references.map((r) => `- <${r.replace(/[<>]/g, encodeURIComponent)}>`), '');
  lines.push(`Compiled by iocc from the rule ${rule.id}; edit the rule, not these files.`, '');
  return lines.join('\n');
}

function emitRule(rule: Rule, o: SigmaOptions, context: EmitContext): RuleOutput {
  const renderRule = context.templates['rule'] as Render;
  const plan = planRule(rule);
  const siblings = plan.rules.map((r) => uuidV5(r.source.key, rule.uuid));
  // What each file will hold; its text is made when the core writes it.
  const files: { path: string; planned: PlannedSigmaRule; part: Part; n: number; of: number }[] = [];
  const artifactOf = new Map<string, string>();
  const listed: { name: string; title: string; source: string }[] = [];
  for (const planned of plan.rules) {
    const parts = splitRule(planned, o.max_values_per_rule);
    parts.forEach((part, n) => {
      const base = fileName(rule, planned.source.prefix);
      const name = n === 0 ? base : base.replace(/\.yml$/, `_part_${String(n + 1).padStart(3, '0')}.yml`);
      const path = `${rule.id}/${name}`;
      files.push({ path, planned, part, n, of: parts.length });
      listed.push({
        name,
        title: ruleTitle(rule, `${planned.source.title}${partSuffix(n, parts.length)}`),
        source: planned.source.category + (planned.source.product !== undefined ? ` / ${planned.source.product}` : ''),
      });
      for (const id of part.carries) if (!artifactOf.has(id)) artifactOf.set(id, path);
    });
  }
  function* artifacts(): Generator<Artifact> {
    for (const { path, planned, part, n, of } of files) {
      yield {
        path,
        content: render(renderRule, rule, planned, part, n, of, siblings, o),
        rules: [rule.id],
        indicators: part.carries.length,
      };
    }
    if (files.length > 0)
      yield { path: `${rule.id}/README.md`, content: readme(rule, listed), rules: [rule.id], indicators: 0 };
  }
  const account = sharedCarried();
  // Answered from the plan when the core asks, not copied into a map of every carried id.
  const carried: ById<Carried> = {
    get(id) {
      const artifact = artifactOf.get(id);
      if (artifact === undefined) return undefined;
      const note =
        plan.notes.get(id) ?? (id.startsWith('url:') && pathIsEncrypted(id.slice(4)) ? proxyPathNote : undefined);
      return account(artifact, note);
    },
  };
  return { artifacts: artifacts(), carried, reasons: plan.reasons, diagnostics: [] };
}

export const sigma: Target<SigmaOptions> = {
  id: 'sigma',
  title: 'Sigma rules',
  description:
    'One Sigma rule per log source with something to match (sigma/<rule-id>/*.yml, SigmaHQ file names, a ' +
    'README.md per folder): process creation, image load, downloads, file creation, DNS, network ' +
    'connections and proxy logs.',
  codes: [],
  expresses: [
    {
      kind: 'sha256',
      how:
        'Hashes|contains SHA256=… (process_creation on Windows, macOS and Linux for executables; image_load ' +
        'on Windows for libraries), Hash|contains (create_stream_hash, downloads)',
    },
    { kind: 'sha1', how: 'same as sha256' },
    { kind: 'md5', how: 'same as sha256' },
    { kind: 'original-file-name', how: 'OriginalFileName with FileVersion (process_creation)' },
    { kind: 'file-name', how: 'Image/TargetFilename|endswith for versioned installer names and name-only entries' },
    { kind: 'software-version', how: 'Product with FileVersion (Windows process_creation)' },
    { kind: 'domain', how: 'QueryName, cs-host: the domain and its subdomains (dns_query, proxy)' },
    { kind: 'url', how: 'cs-host with c-uri|contains (proxy)' },
    { kind: 'ip', how: 'DestinationIp, DestinationIp|cidr (network_connection)' },
  ],
  options: {
    detection_tag: {
      type: 'enum',
      default: 'emerging-threats',
      values: ['emerging-threats', 'threat-hunting', 'dfir'],
      description: 'the detection.* tag of every rule',
    },
    max_values_per_rule: {
      type: 'integer',
      default: 1000,
      minimum: 10,
      maximum: 100000,
      description:
        'a rule with more values is split into parts (Elasticsearch refuses queries over 1,024 clauses by default)',
    },
  },
  templates: {
    rule: {
      file: 'targets/sigma/rule.hbs',
      helpers: { yaml: (s: string) => yamlScalar(s), sigma: (v: SigmaValue) => sigmaScalar(v) },
    },
  },
  emitRule,
};
