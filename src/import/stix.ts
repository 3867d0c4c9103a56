// `iocc import stix`: a STIX 2.1 bundle (OpenCTI, MISP, TAXII feeds, iocc's own) as a rule. Indicators
// with STIX patterns become indicators; the campaign (or report, intrusion set, malware …) gives the
// title, description and references; attack-patterns and kill-chain phases give ATT&CK; vulnerabilities
// the CVEs; markings the TLP (the strictest). Every object or comparison not imported is reported at its
// JSON pointer's place, with the reason.
import { error, type Origin } from '../diagnostics.js';
import type { Tlp } from '../model/types.js';
import { isList } from '../util/array.js';
import { hashAlgorithms, type HashAlgorithm } from '../values/hash.js';
import { confidenceGrade, type Draft, type ImportedFile } from './draft.js';
import { addAttack, dateOf, Fields, isObject, os, roles, type JsonObject } from './context.js';
import type { LocatedJson } from './json.js';
import { parsePattern, PatternError, type Comparison, type Literal, type Observation } from './stix-pattern.js';

const tlpOrder: readonly Tlp[] = ['clear', 'green', 'amber', 'amber+strict', 'red'];

/** Marking ids of TLP levels: TLP 2.0 (OASIS), TLP 1.0 (predefined by STIX 2.1), OpenCTI's AMBER+STRICT. */
const markingIds: Readonly<Record<string, Tlp>> = {
  'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487': 'clear',
  'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb': 'green',
  'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421': 'amber',
  'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003': 'amber+strict',
  'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1': 'red',
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9': 'clear',
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da': 'green',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82': 'amber',
  'marking-definition--826578e1-40ad-459f-bc73-ede076f81f37': 'amber+strict',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed': 'red',
};

/** A TLP level from a marking's name (`TLP:AMBER+STRICT`, `TLP:WHITE`). */
export function tlpOfName(name: string): Tlp | undefined {
  const level = /^tlp:\s*(clear|white|green|amber\+strict|amber|red)$/i.exec(name.trim())?.[1]?.toLowerCase();
  if (level === undefined) return undefined;
  return level === 'white' ? 'clear' : (level as Tlp);
}

export const stricterTlp = (a: Tlp | undefined, b: Tlp): Tlp =>
  a === undefined || tlpOrder.indexOf(b) > tlpOrder.indexOf(a) ? b : a;

const threatTypes = ['campaign', 'report', 'intrusion-set', 'malware', 'threat-actor', 'tool', 'grouping'];
const hashKey: Readonly<Record<string, HashAlgorithm>> = { MD5: 'md5', SHA1: 'sha1', SHA256: 'sha256' };
const squash = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** `valid_until` is the first moment an indicator is no longer valid; `expires` the last day it is. */
export function expiresOf(validUntil: string): string | undefined {
  const day = dateOf(validUntil);
  if (day === undefined) return undefined;
  if (!/T00:00:00(\.0+)?Z$/.test(validUntil)) return day;
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Comparisons ORed inside one observation: each alternative is one test or an AND of tests. */
function alternatives(c: Comparison): Comparison[] {
  return c.kind === 'or' ? [...alternatives(c.left), ...alternatives(c.right)] : [c];
}
function conjuncts(c: Comparison): Comparison[] {
  return c.kind === 'and' ? [...conjuncts(c.left), ...conjuncts(c.right)] : [c];
}
function observations(o: Observation): Observation[] | undefined {
  if (o.kind === 'observation') return o.qualifiers.length === 0 ? [o] : undefined;
  if (o.kind !== 'or') return undefined;
  const l = observations(o.left);
  const r = observations(o.right);
  return l === undefined || r === undefined ? undefined : [...l, ...r];
}

type Test = Extract<Comparison, { kind: 'test' }>;
const isTest = (c: Comparison): c is Test => c.kind === 'test';
const stringOf = (v: Literal | readonly Literal[]): string | undefined =>
  !isList(v) && v.kind === 'string' ? v.value : undefined;
const shown = (t: Test): string =>
  `${t.path.objectType}:${t.path.steps.join('.')} ${t.negated ? 'NOT ' : ''}${t.op}`.slice(0, 200);

/** A JSON value as text: a string as itself, anything else as its JSON. */
const text = (v: unknown): string => (typeof v === 'string' ? v : String(JSON.stringify(v)));

export function importStix(json: LocatedJson, draft: Draft): void {
  const root = json.value;
  const list = isObject(root) && root['type'] === 'bundle' ? root['objects'] : undefined;
  if (!Array.isArray(list)) {
    draft.diagnostics.push(
      error(json.at(''), 'import-input', 'not a STIX bundle: expected {"type": "bundle", "objects": [...]}'),
    );
    return;
  }
  const objects: { o: JsonObject; f: Fields; id: string; type: string }[] = [];
  list.forEach((o, i) => {
    const pointer = `/objects/${i}`;
    const obj = isObject(o) ? o : undefined;
    const id = obj?.['id'];
    const type = obj?.['type'];
    if (obj === undefined || typeof type !== 'string' || typeof id !== 'string') {
      draft.skip(json.at(pointer), 'not a STIX object (it needs a string type and id); left out');
      return;
    }
    objects.push({ o: obj, f: new Fields(json, draft, obj, pointer), id, type });
  });
  const markings = new Map<string, Tlp>(Object.entries(markingIds));
  const identities = new Map<string, string>();
  const used = new Set<string>();
  for (const { o, f, id, type } of objects) {
    if (type === 'marking-definition') {
      const named = tlpOfName(f.string('name', 200) ?? '');
      const def = isObject(o['definition']) ? o['definition']['tlp'] : undefined;
      const level = markingIds[id] ?? named ?? (typeof def === 'string' ? tlpOfName(`TLP:${def}`) : undefined);
      if (level !== undefined) {
        markings.set(id, level);
        used.add(id);
      }
    } else if (type === 'identity') {
      const name = f.string('name', 200);
      if (name !== undefined) identities.set(id, name);
    }
  }
  const markOf = (f: Fields): void => {
    for (const [i, ref] of (f.strings('object_marking_refs', 200) ?? []).entries()) {
      const level = markings.get(ref);
      if (level !== undefined) draft.tlp = stricterTlp(draft.tlp, level);
      else draft.skip(f.at(`object_marking_refs/${i}`), `marking ${ref} is not a TLP marking iocc knows; not applied`);
    }
  };
  const authorOf = (f: Fields): void => {
    const ref = f.string('created_by_ref', 200);
    if (ref !== undefined && draft.author === undefined && identities.has(ref)) {
      draft.author = identities.get(ref);
      used.add(ref);
    }
  };
  const threat = threatTypes.map((t) => objects.find((x) => x.type === t)).find((x) => x !== undefined);
  if (threat !== undefined) {
    used.add(threat.id);
    const f = threat.f;
    draft.title = f.string('name', 200);
    draft.description = f.string('description');
    draft.date = dateOf(f.string('created', 40));
    draft.modified = dateOf(f.string('modified', 40));
    if (isObject(f.obj['x_iocc_rule'])) {
      const r = f.child('x_iocc_rule', f.obj['x_iocc_rule']);
      draft.severity = r.oneOf('severity', ['informational', 'low', 'medium', 'high', 'critical'] as const);
      draft.status = r.oneOf('status', ['experimental', 'test', 'stable', 'deprecated', 'revoked'] as const);
      draft.action = r.oneOf('action', ['audit', 'warn', 'block', 'block-and-remediate', 'allow'] as const);
      draft.recommendation = r.string('recommendation', 4096);
    }
    authorOf(f);
    markOf(f);
    for (const { value: ref, pointer } of f.objects('external_references')) {
      const r = new Fields(json, draft, ref, pointer);
      const source = r.string('source_name', 200);
      const url = r.string('url', 2048);
      if (
        source === 'iocc' &&
        typeof ref['external_id'] === 'string' &&
        /^[a-z0-9]+(-[a-z0-9]+)*$/.test(ref['external_id']) &&
        ref['external_id'].length <= 64
      )
        draft.id = ref['external_id'];
      else if (url !== undefined && /^https?:\/\//i.test(url)) draft.addUnique('references', url);
    }
  }
  for (const { o, f, id, type } of objects) {
    if (used.has(id) && type !== 'identity') continue;
    switch (type) {
      case 'indicator':
        if (importIndicator(f, draft)) {
          used.add(id);
          authorOf(f);
          markOf(f);
        }
        break;
      case 'attack-pattern': {
        const ext = f.objects('external_references').find((r) => r.value['source_name'] === 'mitre-attack');
        const tid = ext?.value['external_id'];
        if (ext !== undefined && typeof tid === 'string') {
          addAttack(draft, tid, json.at(`${ext.pointer}/external_id`));
          used.add(id);
        } else draft.skip(f.at(), 'an attack-pattern without a mitre-attack external_id; left out');
        break;
      }
      case 'vulnerability': {
        const name = f.string('name', 200) ?? '';
        const cve = f.objects('external_references').find((r) => r.value['source_name'] === 'cve')?.value[
          'external_id'
        ];
        const value = typeof cve === 'string' ? cve : name;
        if (/^CVE-\d{4}-\d{4,}$/.test(value)) {
          draft.addUnique('cve', value);
          used.add(id);
        } else draft.skip(f.at(), `vulnerability ${JSON.stringify(name.slice(0, 100))} has no CVE id; left out`);
        break;
      }
      case 'identity':
      case 'marking-definition':
      case 'relationship':
        break;
      default:
        draft.skip(
          f.at(),
          threatTypes.includes(type)
            ? `${type} ${JSON.stringify(text(o['name'] ?? id).slice(0, 100))}: the rule takes its title ` +
                `from the first threat object (${threat?.type} ${threat?.id}); this one is left out`
            : `${type} objects are not imported (only indicators with STIX patterns become indicators)`,
        );
    }
  }
  // Relationships between imported objects are what the rule expresses by putting them together.
  for (const { f, id, type } of objects) {
    if (type === 'relationship' && !(used.has(text(f.obj['source_ref'])) && used.has(text(f.obj['target_ref']))))
      draft.skip(f.at(), `relationship ${id} links an object that is not imported; left out`);
    if (type === 'identity' && !used.has(id) && draft.author !== identities.get(id))
      draft.skip(
        f.at(),
        `identity ${JSON.stringify(identities.get(id) ?? id)} is not the author of what is imported; left out`,
      );
    if (type === 'marking-definition' && !markings.has(id))
      draft.skip(f.at(), 'a marking definition that is not TLP; left out');
  }
}

/** One indicator's values into the draft; false when nothing of it is imported. */
function importIndicator(f: Fields, draft: Draft): boolean {
  const at = f.at('pattern');
  if (f.boolean('revoked') === true) return (draft.skip(f.at(), 'a revoked indicator; left out'), false);
  const patternType = f.string('pattern_type', 100);
  if (patternType !== 'stix')
    return (
      draft.skip(f.at('pattern_type'), `pattern_type ${String(patternType)}: only STIX patterns are imported`),
      false
    );
  if ((f.strings('indicator_types', 100) ?? []).includes('benign'))
    return (
      draft.skip(
        f.at('indicator_types'),
        'a benign indicator is not an IOC (list it under `benign:` if it must never become one)',
      ),
      false
    );
  const pattern = f.string('pattern', 1_000_000);
  if (pattern === undefined) return (draft.skip(f.at(), 'an indicator without a pattern; left out'), false);
  let parsed: Observation;
  try {
    parsed = parsePattern(pattern, { strict: false });
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    return (draft.skip(at, `pattern does not parse: ${e.message}`), false);
  }
  const obs = observations(parsed);
  if (obs === undefined)
    return (
      draft.skip(
        at,
        'a pattern with AND, FOLLOWEDBY or qualifiers between observations is a correlation iocc cannot ' +
          'express; left out',
      ),
      false
    );
  const confidence = f.integer('confidence', 0, 100);
  const comment = f.string('description', 4096);
  const until = f.string('valid_until', 40);
  const expires = until === undefined ? undefined : expiresOf(until);
  const extra = {
    ...(confidence !== undefined && { confidence: confidenceGrade(confidence) }),
    ...(comment !== undefined && { comment }),
    ...(expires !== undefined && { expires }),
  };
  const date = dateOf(f.string('valid_from', 40));
  if (date !== undefined && (draft.date === undefined || date < draft.date)) draft.date = date;
  for (const { value: p, pointer } of f.objects('kill_chain_phases'))
    if (p['kill_chain_name'] === 'mitre-attack' && typeof p['phase_name'] === 'string')
      addAttack(draft, p['phase_name'], f.at(pointer.slice(f.pointer.length + 1)));
  const contexts = fileContexts(f);
  let imported = false;
  for (const o of obs) {
    if (o.kind !== 'observation') continue;
    const files: ImportedFile[] = [];
    for (const alt of alternatives(o.comparison)) {
      const tests = conjuncts(alt);
      const bad = tests.find(
        (t) => !isTest(t) || t.negated || (t.op !== 'EQ' && !(t.op === 'IN' && tests.length === 1)),
      );
      if (bad !== undefined) {
        draft.skip(
          at,
          `${isTest(bad) ? shown(bad) : 'EXISTS'}: only equality (and IN for one value list) is imported; ` +
            `this comparison is left out`,
        );
        continue;
      }
      imported = alternative(tests as Test[], files, { ...extra }, draft, at, contexts.software) || imported;
    }
    for (const file of files) {
      const ctx = contexts.files.length > 0 ? contexts.files : [{}];
      const named =
        file.name !== undefined && file.sha256 === undefined && file.sha1 === undefined && file.md5 === undefined;
      for (const c of named ? ctx : ctx.slice(0, 1)) {
        draft.addFile(
          {
            ...c,
            ...file,
            ...extra,
            ...(c.comment !== undefined && { comment: c.comment }),
            ...(file.name === undefined && c.name !== undefined && { name: c.name }),
          },
          at,
        );
        imported = true;
      }
    }
  }
  return imported;
}

/** iocc's own context of the entries an indicator stands for (x_iocc_file, x_iocc_software). */
function fileContexts(f: Fields): { files: ImportedFile[]; software: Record<string, unknown>[] } {
  const list = (key: string): { value: JsonObject; pointer: string }[] =>
    isObject(f.obj[key]) ? [{ value: f.obj[key], pointer: `${f.pointer}/${key}` }] : f.objects(key);
  const files = list('x_iocc_file').map(({ value }) => {
    const c = f.child('x_iocc_file', value);
    const paths = c.strings('paths');
    const size = c.integer('size', 0, Number.MAX_SAFE_INTEGER);
    const out: ImportedFile = {};
    for (const k of ['name', 'original_name', 'version', 'comment'] as const) {
      const v = c.string(k, 1024);
      if (v !== undefined) out[k] = v;
    }
    const o = c.oneOf('os', os);
    const r = c.oneOf('role', roles);
    return {
      ...out,
      ...(o !== undefined && { os: o }),
      ...(r !== undefined && { role: r }),
      ...(paths !== undefined && { paths }),
      ...(size !== undefined && { size }),
    };
  });
  const software = list('x_iocc_software').map(({ value }) => {
    const c = f.child('x_iocc_software', value);
    const o = c.oneOf('os', os);
    const e = c.oneOf('ecosystem', ['deb', 'rpm', 'homebrew', 'app', 'msi', 'chocolatey', 'npm', 'pypi'] as const);
    const p = c.string('publisher', 256);
    const b = c.string('bundle_id', 256);
    const fixed = c.strings('fixed_in', 128);
    const comment = c.string('comment', 4096);
    return {
      ...(o && { os: o }),
      ...(e && { ecosystem: e }),
      ...(p && { publisher: p }),
      ...(b && { bundle_id: b }),
      ...(fixed && { fixed_in: fixed }),
      ...(comment !== undefined && { comment }),
    };
  });
  return { files, software };
}

/** One ORed alternative (a test, or tests ANDed on one object) into files, software or network values. */
function alternative(
  tests: readonly Test[],
  files: ImportedFile[],
  extra: Record<string, unknown>,
  draft: Draft,
  at: Origin,
  software: readonly Record<string, unknown>[],
): boolean {
  const types = new Set(tests.map((t) => t.path.objectType));
  const [first] = tests;
  if (first === undefined || types.size !== 1) {
    draft.skip(at, 'tests on different objects ANDed in one observation; left out');
    return false;
  }
  const type = first.path.objectType;
  const prop = (t: Test): string => t.path.steps.map(String).join('.');
  if (type === 'file') {
    const file: ImportedFile = {};
    for (const t of tests) {
      const [p, key] = t.path.steps;
      const v = stringOf(t.value);
      if (p === 'hashes' && typeof key === 'string' && v !== undefined && hashKey[squash(key)] !== undefined) {
        const algorithm = hashKey[squash(key)] as HashAlgorithm;
        const hex = draft.hash(algorithm, v, at);
        if (hex === undefined) return false;
        file[algorithm] = hex;
      } else if (prop(t) === 'name' && v !== undefined) file.name = v;
      else if (prop(t) === 'size' && !Array.isArray(t.value) && (t.value as Literal).kind === 'int')
        file.size = (t.value as Literal).value as number;
      else {
        draft.skip(at, `file:${prop(t)}: iocc imports file hashes (MD5, SHA-1, SHA-256), name and size; left out`);
        return false;
      }
    }
    // Hashes ORed in one observation are one file unless an algorithm repeats.
    const target =
      tests.length === 1 && file.name === undefined
        ? files.find(
            (x) => hashAlgorithms.every((a) => file[a] === undefined || x[a] === undefined) && x.name === undefined,
          )
        : undefined;
    if (target !== undefined) Object.assign(target, file);
    else files.push(file);
    return true;
  }
  if (type === 'software') {
    const name = tests.find((t) => prop(t) === 'name');
    const version = tests.find((t) => prop(t) === 'version');
    const other = tests.find((t) => !['name', 'version', 'vendor'].includes(prop(t)));
    const n = name && stringOf(name.value);
    const v = version && stringOf(version.value);
    if (other !== undefined || n === undefined || v === undefined) {
      draft.skip(at, 'software indicators need software:name and software:version (and may have vendor); left out');
      return false;
    }
    const vendor = tests.find((t) => prop(t) === 'vendor');
    const ctx = software.length > 0 ? software : [vendor ? { publisher: stringOf(vendor.value) } : {}];
    for (const c of ctx) draft.addSoftware({ name: n, versions: [v], ...extra, ...c }, at);
    return true;
  }
  const list = ({ 'domain-name': 'domains', url: 'urls', 'ipv4-addr': 'ips', 'ipv6-addr': 'ips' } as const)[
    type as 'url'
  ];
  if (list === undefined || tests.length !== 1 || prop(first) !== 'value') {
    draft.skip(
      at,
      `${type}:${prop(first)}: not an observable iocc imports (file, software, domain-name, url, ` +
        `ipv4-addr, ipv6-addr values); left out`,
    );
    return false;
  }
  const values = Array.isArray(first.value) ? (first.value as Literal[]) : [first.value as Literal];
  const { expires, comment, confidence } = extra as { expires?: string; comment?: string; confidence?: 'high' };
  for (const l of values) {
    if (l.kind !== 'string') draft.skip(at, `${type}:value must be a string; left out`);
    else
      draft.addNetwork(
        list,
        l.value,
        { ...(expires && { expires }), ...(comment && { comment }), ...(confidence && { confidence }) },
        at,
      );
  }
  return true;
}
