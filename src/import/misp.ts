// `iocc import misp`: a MISP event (JSON export, `{"Event": {...}}`) as a rule. Attributes and object
// attributes with `to_ids: true` become indicators (`to_ids: false` ones are counted and skipped);
// `file` objects become one file with all their hashes and name; `tlp:*` tags give the TLP, ATT&CK
// galaxy tags and clusters the techniques, `info` the title, `date` the date, `threat_level_id` the
// severity, `Orgc` the author, `link` attributes the references, `vulnerability` attributes the CVEs.
import { error, type Origin } from '../diagnostics.js';
import type { Severity } from '../model/types.js';
import { addAttack, Fields, isObject } from './context.js';
import type { Draft, ImportedFile } from './draft.js';
import { addTyped } from './indicator-types.js';
import type { LocatedJson } from './json.js';
import { stricterTlp, tlpOfName } from './stix.js';

const severities: Readonly<Record<string, Severity>> = { '1': 'high', '2': 'medium', '3': 'low' };
const techniqueIn = /\b(T\d{4}(?:\.\d{3})?)\b/;

function tags(f: Fields, draft: Draft): void {
  for (const { value, pointer } of f.objects('Tag')) {
    const t = new Fields(f.json, draft, value, pointer);
    const name = t.string('name', 1024);
    if (name === undefined) continue;
    const tlp = /^tlp:/i.test(name) ? tlpOfName(name) : undefined;
    const technique = /^misp-galaxy:mitre-attack-pattern=/i.test(name) ? techniqueIn.exec(name)?.[1] : undefined;
    if (tlp !== undefined) draft.tlp = stricterTlp(draft.tlp, tlp);
    else if (technique !== undefined) addAttack(draft, technique, t.at('name'));
    else draft.skip(t.at('name'), `tag ${JSON.stringify(name.slice(0, 100))} is not a TLP or ATT&CK tag; left out`);
  }
}

export function importMisp(json: LocatedJson, draft: Draft): void {
  const root = json.value;
  const event = isObject(root) && isObject(root['Event']) ? root['Event'] : root;
  const pointer = isObject(root) && isObject(root['Event']) ? '/Event' : '';
  if (
    !isObject(event) ||
    (event['Attribute'] === undefined && event['Object'] === undefined && event['info'] === undefined)
  ) {
    draft.diagnostics.push(
      error(json.at(''), 'import-input', 'not a MISP event: expected {"Event": {"info", "Attribute": [...], ...}}'),
    );
    return;
  }
  const f = new Fields(json, draft, event, pointer);
  draft.title = f.string('info', 200);
  const date = f.string('date', 40);
  if (date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date)) draft.date = date;
  const level = event['threat_level_id'];
  if (typeof level === 'string' || typeof level === 'number') draft.severity = severities[String(level)];
  const orgc = event['Orgc'];
  if (isObject(orgc) && typeof orgc['name'] === 'string') draft.author = orgc['name'].slice(0, 200);
  tags(f, draft);
  for (const { value: g, pointer: gp } of f.objects('Galaxy')) {
    for (const { value: c, pointer: cp } of new Fields(json, draft, g, gp).objects('GalaxyCluster')) {
      const ext = isObject(c['meta']) ? c['meta']['external_id'] : undefined;
      const id =
        Array.isArray(ext) && typeof ext[0] === 'string'
          ? ext[0]
          : typeof c['value'] === 'string'
            ? techniqueIn.exec(c['value'])?.[1]
            : undefined;
      if (c['type'] === 'mitre-attack-pattern' && id !== undefined) addAttack(draft, id, json.at(cp));
      else draft.skip(json.at(cp), 'a galaxy cluster that is not an ATT&CK technique; left out');
    }
  }
  for (const { value, pointer: ap } of f.objects('Attribute')) attribute(new Fields(json, draft, value, ap), draft);
  for (const { value, pointer: op } of f.objects('Object')) object(new Fields(json, draft, value, op), draft);
}

interface Attr {
  readonly type: string;
  readonly value: string;
  readonly relation?: string;
  readonly comment?: string;
  readonly at: Origin;
  readonly forIds?: boolean;
}

/** The attribute's type and value, or undefined (reported) when deleted, not for IDS, or malformed. */
function readAttribute(a: Fields, draft: Draft, anyIds = false): Attr | undefined {
  if (a.boolean('deleted') === true) return (draft.skip(a.at(), 'a deleted attribute; left out'), undefined);
  const type = a.string('type', 100);
  const value = a.string('value', 4096);
  if (type === undefined || value === undefined)
    return (draft.skip(a.at(), 'an attribute without a type and value; left out'), undefined);
  const comment = a.string('comment', 4096);
  const relation = a.string('object_relation', 100);
  if (type === 'link') {
    if (/^https?:\/\//i.test(value)) draft.addUnique('references', value);
    else draft.skip(a.at('value'), 'a link that is not an http(s) URL; left out');
    return undefined;
  }
  if (type === 'vulnerability') {
    if (/^CVE-\d{4}-\d{4,}$/.test(value)) draft.addUnique('cve', value);
    else draft.skip(a.at('value'), `vulnerability ${JSON.stringify(value.slice(0, 100))} is not a CVE id; left out`);
    return undefined;
  }
  const ids = a.obj['to_ids'];
  const forIds = !(ids === false || ids === 0 || ids === '0');
  if (!forIds && !anyIds) return (draft.count('attributes with to_ids: false skipped'), undefined);
  return {
    type,
    value,
    at: a.at('value'),
    forIds,
    ...(comment !== undefined && comment !== '' && { comment }),
    ...(relation !== undefined && { relation }),
  };
}

function attribute(a: Fields, draft: Draft): void {
  const attr = readAttribute(a, draft);
  if (attr === undefined) return;
  tags(a, draft);
  addTyped(attr.type, attr.value, attr.comment !== undefined ? { comment: attr.comment } : {}, draft, attr.at);
}

const fileHashRelations: Readonly<Record<string, 'md5' | 'sha1' | 'sha256'>> = {
  md5: 'md5',
  sha1: 'sha1',
  sha256: 'sha256',
};

/** A `file` object is one file with all its hashes and its name; other objects' attributes one by one. */
function object(o: Fields, draft: Draft): void {
  if (o.boolean('deleted') === true) return draft.skip(o.at(), 'a deleted object; left out');
  const name = o.string('name', 100);
  // In a file object the name and size are context (MISP sets to_ids only on the hashes).
  const attrs = o.objects('Attribute').flatMap(({ value, pointer }) => {
    const a = readAttribute(new Fields(o.json, draft, value, pointer), draft, name === 'file');
    return a === undefined ? [] : [a];
  });
  if (name !== 'file') {
    for (const a of attrs)
      addTyped(a.type, a.value, a.comment !== undefined ? { comment: a.comment } : {}, draft, a.at);
    return;
  }
  const file: ImportedFile = {};
  const comments: string[] = [];
  let at: Origin | undefined;
  for (const a of attrs) {
    const algorithm = fileHashRelations[a.relation ?? a.type];
    if (algorithm !== undefined && a.forIds !== true) draft.count('attributes with to_ids: false skipped');
    else if (algorithm !== undefined) {
      const hex = draft.hash(algorithm, a.value, a.at);
      if (hex !== undefined) file[algorithm] = hex;
      at ??= a.at;
    } else if (a.relation === 'filename' || a.type === 'filename') file.name = a.value.replace(/^.*[\\/]/, '');
    else if (a.relation === 'size-in-bytes' && /^\d{1,15}$/.test(a.value)) file.size = Number(a.value);
    else {
      draft.skip(
        a.at,
        `file object attribute ${JSON.stringify(a.relation ?? a.type)} is not imported (iocc takes md5, ` +
          `sha1, sha256, filename, size-in-bytes)`,
      );
      continue;
    }
    if (a.comment !== undefined) comments.push(a.comment);
  }
  if (at === undefined) {
    if (file.name !== undefined) draft.addFile(file, o.at());
    else draft.skip(o.at(), 'a file object without a hash or name for IDS; left out');
    return;
  }
  draft.addFile({ ...file, ...(comments.length > 0 && { comment: [...new Set(comments)].join('\n') }) }, at);
}
