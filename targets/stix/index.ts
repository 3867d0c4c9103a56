// STIX 2.1: one bundle per rule (stix/<rule-id>.json) for MISP, OpenCTI and TAXII feeds, and the
// request bodies of Microsoft Sentinel's STIX objects upload API for the whole build
// (stix/sentinel/batch-NNN.json).
import type { Rule } from '../../src/model/types.js';
import type { Artifact, BuildOutput, ById, Carried, RuleOutput, Target } from '../../src/target.js';
import { isHashObservableId } from '../../src/model/observables.js';
import { bundleObjects, ruleBundle, type RuleBundle } from './bundle.js';
import { isFileHashDraft, planRule, reasonLeftOut } from './plan.js';
import { sentinelObjects, uploadBody } from './sentinel.js';
import { stixDiagnostics } from './codes.js';

type StixOptions = { sentinel_source: string; sentinel_batch: number };

/** The bundle with one object per line (readable in a diff, a third of the size of indented JSON), a line at a time. */
function* bundleText(bundle: RuleBundle): Generator<string> {
  yield `{"type": "bundle", "id": ${JSON.stringify(bundle.id)}, "objects": [\n`;
  let first = true;
  for (const o of bundleObjects(bundle)) {
    yield `${first ? '' : ',\n'}  ${JSON.stringify(o)}`;
    first = false;
  }
  yield '\n]}\n';
}

/** Groups a sequence into arrays of `size`, as it is read. */
function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

const pad = (n: number): string => String(n).padStart(3, '0');

/** What the build-wide step keeps of a rule: its bundle, whose indicators are planned again when read. */
type StixData = RuleBundle;

export const stix: Target<StixOptions, StixData> = {
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
  emitRule(rule: Rule): RuleOutput<StixData> {
    const plan = planRule(rule);
    const path = `${rule.id}.json`;
    // Every hash of every file is in an indicator (a file's hashes are one): only the other observables
    // are looked up, not a feed's million hashes.
    const others = new Set<string>();
    let hashes = 0;
    for (const d of plan.drafts) {
      if (isFileHashDraft(d)) hashes += d.observables.length;
      else for (const o of d.observables) others.add(o);
    }
    // One account object for every observable carried without a caveat. The lookups hold the notes,
    // not the plan: they are kept until the Sentinel step, which plans the indicators again.
    const here: Carried = { artifact: path };
    const notes = plan.notes;
    const isCarried = (id: string): boolean => isHashObservableId(id) || others.has(id);
    const carried: ById<Carried> = {
      get(id) {
        if (!isCarried(id)) return undefined;
        const note = notes.get(id);
        return note === undefined ? here : { artifact: path, note };
      },
    };
    return {
      artifacts: [
        {
          path,
          chunks: bundleText(ruleBundle(rule, () => plan.drafts)),
          rules: [rule.id],
          indicators: hashes + others.size,
        },
      ],
      carried,
      reasons: { get: (id) => (isCarried(id) ? undefined : reasonLeftOut(id)) },
      diagnostics: [],
      data: ruleBundle(rule, () => planRule(rule).drafts),
    };
  },
  emitBuild(outputs, o): BuildOutput {
    const sources = outputs.flatMap(({ rule, output }) =>
      output.data === undefined ? [] : [{ rule, bundle: output.data }],
    );
    const objects = sentinelObjects(sources.map((s) => s.bundle));
    // A generator: each request body is made when the core writes it.
    function* artifacts(): Generator<Artifact> {
      let n = 0;
      for (const batch of batches(objects, o.sentinel_batch)) {
        yield {
          path: `sentinel/batch-${pad(++n)}.json`,
          content: uploadBody(
            o.sentinel_source,
            batch.map((x) => x.object),
          ),
          rules: [...new Set(batch.map((x) => (sources[x.from] as (typeof sources)[number]).rule.id))].sort(),
          indicators: batch.filter((x) => x.object.type === 'indicator').length,
        };
      }
    }
    return { artifacts: artifacts(), placed: new Map(), diagnostics: [] };
  },
};
