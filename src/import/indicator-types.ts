// MISP attribute types (also the `type` column of a CSV list) and how each becomes an indicator.
import type { Origin } from '../diagnostics.js';
import { algorithmOfLength, type HashAlgorithm } from '../values/hash.js';
import { checkIp } from '../values/ip.js';
import type { Draft, ImportedFile } from './draft.js';
import type { Confidence } from '../model/types.js';

export interface ValueContext {
  readonly comment?: string;
  readonly confidence?: Confidence;
  readonly expires?: string;
}

const hashTypes: Readonly<Record<string, HashAlgorithm>> = { md5: 'md5', sha1: 'sha1', sha256: 'sha256' };

/** A file name without folders: MISP `filename` values are sometimes paths. */
function fileName(raw: string, draft: Draft, at: Origin): string | undefined {
  const name = raw.replace(/^.*[\\/]/, '');
  if (name === '')
    return (draft.skip(at, `file name ${JSON.stringify(raw.slice(0, 200))} is a folder; left out`), undefined);
  if (name !== raw)
    draft.skip(
      at,
      `the folders of ${JSON.stringify(raw.slice(0, 200))} are left out; put them in paths with a variable ` +
        `(%LOCALAPPDATA% …) if they matter`,
    );
  return name;
}

/** The type of a bare value: a hash by its length, an IP, a URL, else a domain. */
export function detectType(value: string): string {
  const v = value.trim();
  const algorithm = /^[0-9a-fA-F]+$/.test(v) ? algorithmOfLength(v.length) : undefined;
  if (algorithm !== undefined) return algorithm;
  if (checkIp(v).ok) return 'ip-dst';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^hxxps?/i.test(v)) return 'url';
  return 'domain';
}

/** The MISP types iocc imports. */
export const importedTypes = [
  'md5',
  'sha1',
  'sha256',
  'filename',
  'filename|md5',
  'filename|sha1',
  'filename|sha256',
  'domain',
  'hostname',
  'url',
  'ip-dst',
  'ip-src',
  'ip-dst|port',
  'ip-src|port',
  'domain|ip',
  'ip',
];

/** One typed value into the draft; false (with the reason reported) when the type is not imported. */
export function addTyped(type: string, value: string, ctx: ValueContext, draft: Draft, at: Origin): boolean {
  const t = type.toLowerCase();
  const [left = '', right = ''] = t.includes('|') ? splitPair(value) : [value, ''];
  const file = (f: ImportedFile): void => draft.addFile({ ...f, ...ctx }, at);
  if (hashTypes[t] !== undefined) {
    const hex = draft.hash(hashTypes[t], value, at);
    if (hex !== undefined) file({ [hashTypes[t]]: hex });
  } else if (t === 'filename') {
    const name = fileName(value, draft, at);
    if (name !== undefined) file({ name });
  } else if (t.startsWith('filename|') && hashTypes[t.slice(9)] !== undefined) {
    const algorithm = hashTypes[t.slice(9)] as HashAlgorithm;
    const hex = draft.hash(algorithm, right, at);
    const name = fileName(left, draft, at);
    if (hex !== undefined) file({ [algorithm]: hex, ...(name !== undefined && { name }) });
  } else if (t === 'domain' || t === 'hostname') draft.addNetwork('domains', value, ctx, at);
  else if (t === 'url') draft.addNetwork('urls', value, ctx, at);
  else if (t === 'ip-dst' || t === 'ip-src' || t === 'ip') draft.addNetwork('ips', value, ctx, at);
  else if (t === 'ip-dst|port' || t === 'ip-src|port') {
    draft.skip(at, `the port of ${JSON.stringify(value.slice(0, 200))} is left out (iocc matches the address)`);
    draft.addNetwork('ips', left, ctx, at);
  } else if (t === 'domain|ip') {
    draft.addNetwork('domains', left, ctx, at);
    draft.addNetwork('ips', right, ctx, at);
  } else {
    draft.skip(
      at,
      `type ${JSON.stringify(type.slice(0, 100))} is not an indicator iocc imports (${importedTypes.join(', ')})`,
    );
    return false;
  }
  return true;
}

function splitPair(value: string): [string, string] {
  const i = value.lastIndexOf('|');
  return i < 0 ? [value, ''] : [value.slice(0, i), value.slice(i + 1)];
}
