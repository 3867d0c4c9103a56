// STIX 2.1: one bundle per rule (stix/<rule-id>.json) for MISP, OpenCTI and TAXII feeds, and the
// request bodies of Microsoft Sentinel's STIX objects upload API for the whole build
// (stix/sentinel/batch-NNN.json).
import type { Rule } from '../../src/model/types.js';
import type { BuildOutput, Carried, RuleOutput, Target } from '../../src/target.js';
import { chunk } from '../../src/util/array.js';
import { ruleBundle, type StixObject } from './bundle.js';
import { planRule } from './plan.js';
import { sentinelObjects, uploadBody } from './sentinel.js';
import { stixDiagnostics } from './codes.js';

type StixOptions = { sentinel_source: string; sentinel_batch: number };

/** The bundle with one object per line: readable in a diff, a third of the size of indented JSON. */
const bundleText = (id: string, objects: readonly StixObject[]): string =>
  `{"type": "bundle", "id": ${JSON.stringify(id)}, "objects": ` +
  `[\n${objects.map((o) => `  ${JSON.stringify(o)}`).join(',\n')}\n]}\n`;

const pad = (n: number): string => String(n).padStart(3, '0');

export const stix: Target<StixOptions, StixObject[]> = {
  id: 'stix',
  title: 'STIX 2.1 bundles',
  description:
    'One STIX 2.1 bundle per rule (stix/<rule-id>.json: identity, TLP 2.0 marking, campaign, ATT&CK ' +
    'attack-patterns, CVE vulnerabilities, one indicator per observable, relationships), and ' +
    'stix/sentinel/batch-NNN.json for the Microsoft Sentinel STIX objects upload API.',
  codes: stixDiagnostics.codes,
  expresses: [
    { kind: 'sha256', how: "[file:hashes.'SHA-256' = …] (a file's hashes ORed)" },
    { kind: 'sha1', how: "[file:hashes.'SHA-1' = …]" },
    { kind: 'md5', how: '[file:hashes.MD5 = …]' },
    { kind: 'file-name', how: '[file:name = …] for files known by name only (AND file:size when known)' },
    { kind: 'software-version', how: '[software:name = … AND software:version = …]' },
    { kind: 'domain', how: '[domain-name:value = …]' },
    { kind: 'url', how: '[url:value = …]' },
    { kind: 'ip', how: '[ipv4-addr:value = …] / [ipv6-addr:value = …], CIDR ranges too' },
  ],
  options: {
    sentinel_source: {
      type: 'string',
      scope: 'build',
      default: 'iocc',
      // "Microsoft Sentinel" is reserved by the API.
      pattern: '^(?!Microsoft Sentinel$)[^\\u0000-\\u001f]{1,128}$',
      description: 'the sourcesystem of the Sentinel upload bodies (any name but "Microsoft Sentinel")',
    },
    sentinel_batch: {
      type: 'integer',
      scope: 'build',
      default: 100,
      minimum: 1,
      maximum: 100,
      description: 'objects per Sentinel upload request (the API takes at most 100)',
    },
  },
  emitRule(rule: Rule): RuleOutput<StixObject[]> {
    const plan = planRule(rule);
    const bundle = ruleBundle(rule, plan.drafts);
    const path = `${rule.id}.json`;
    const carried = new Map<string, Carried>();
    for (const d of plan.drafts) {
      for (const o of d.observables) {
        const note = plan.notes.get(o);
        carried.set(o, note === undefined ? { artifact: path } : { artifact: path, note });
      }
    }
    const content = bundleText(bundle.id, bundle.objects);
    return {
      artifacts: [{ path, content, rules: [rule.id], indicators: carried.size }],
      carried,
      reasons: plan.reasons,
      diagnostics: [],
      data: bundle.objects,
    };
  },
  emitBuild(outputs, o): BuildOutput {
    const objects = sentinelObjects(outputs.map(({ output }) => output.data ?? []));
    const ruleOf = new Map<string, string>();
    for (const { rule, output } of outputs)
      for (const x of output.data ?? []) if (!ruleOf.has(x.id)) ruleOf.set(x.id, rule.id);
    const artifacts = chunk(objects, o.sentinel_batch).map((batch, n) => ({
      path: `sentinel/batch-${pad(n + 1)}.json`,
      content: uploadBody(o.sentinel_source, batch),
      rules: [...new Set(batch.flatMap((x) => ruleOf.get(x.id) ?? []))].sort(),
      indicators: batch.filter((x) => x.type === 'indicator').length,
    }));
    return { artifacts, placed: new Map(), diagnostics: [] };
  },
};
