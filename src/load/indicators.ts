// Reading the indicator sections of a rule (files, software, network, benign) into model values,
// with the semantic checks of each value kind. Reads are defensive: a field of the wrong type was
// already reported by the schema and is skipped here.
import type { Origin } from '../diagnostics.js';
import type {
  Confidence,
  FileField,
  FileIndicator,
  NetworkIndicator,
  NetworkKind,
  Os,
  Role,
  SoftwareIndicator,
} from '../model/types.js';
import { fileKey } from '../model/observables.js';
import type { Reader } from './reader.js';
import { checkDomain, isSameOrSubdomain, reservedDomain, wellKnownParent } from '../values/domain.js';
import { algorithmOfLength, checkHash, hashAlgorithms } from '../values/hash.js';
import { checkIp, nonPublicRange } from '../values/ip.js';
import type { BenignValue } from '../model/input.js';
import {
  baseName,
  checkPath,
  flavorFits,
  isBareFileName,
  nameFits,
  type PathFlavor,
  type RulePath,
} from '../values/path.js';
import { refang } from '../values/refang.js';
import { checkUrl, pathIsEncrypted } from '../values/url.js';
import type { PathStep } from './yaml.js';
import { isCalendarDate } from '../values/date.js';
import {
  defaultEcosystems,
  ecosystemOs,
  ecosystems as ecosystemValues,
  normalizePypiName,
  versionProblem,
  type Ecosystem,
} from '../values/ecosystem.js';
import { shown } from '../util/suggest.js';

export const oneOf = <T extends string>(v: string | undefined, allowed: readonly T[]): T | undefined =>
  v !== undefined && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;

export { osValues } from '../values/os.js';
import { osValues } from '../values/os.js';
export const roles: readonly Role[] = ['installer', 'application', 'library', 'payload', 'other'];
const confidences: readonly Confidence[] = ['high', 'medium', 'low'];

/** A YYYY-MM-DD date that exists on the calendar, or undefined (reported). */
export function readDate(r: Reader, path: PathStep[]): string | undefined {
  const v = r.string(path);
  if (v === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined;
  if (!isCalendarDate(v)) {
    r.error(path, 'date-invalid', `${r.name(path)} ${v} is not a date on the calendar`);
    return undefined;
  }
  return v;
}

function checkFileName(r: Reader, path: PathStep[], os: Os | undefined): string | undefined {
  const v = r.string(path);
  if (v === undefined) return undefined;
  if (!isBareFileName(v, os)) {
    r.error(
      path,
      'name-syntax',
      `${r.name(path)} must be a file name, not a path: ${shown(v)}`,
      'put folders in `paths`',
    );
    return undefined;
  }
  if (/[*?]/.test(v)) {
    r.error(
      path,
      'name-wildcard',
      `${r.name(path)} ${shown(v)} has a wildcard, but names are matched as they are`,
      "give the pattern as a path instead, e.g. paths: ['%TEMP%\\*.lnk']",
    );
    return undefined;
  }
  if (v.trim() !== v)
    r.warning(
      path,
      'name-whitespace',
      `${r.name(path)} has white space at its start or end`,
      'this is matched literally',
    );
  return v;
}

function readPaths(r: Reader, base: PathStep[], name: string | undefined, os: Os | undefined): RulePath[] {
  const out: RulePath[] = [];
  const flavors = new Set<PathFlavor>();
  r.list([...base, 'paths'], 100).forEach((raw, i) => {
    const path = [...base, 'paths', i];
    if (typeof raw !== 'string') return;
    const c = checkPath(raw, name);
    if (!c.ok) return r.error(path, c.code, `${r.name(path)}: ${c.message}`, c.hint);
    const { flavor } = c.path;
    if (c.note !== undefined) r.warning(path, c.note.code, `${r.name(path)}: ${c.note.message}`, c.note.hint);
    if (os !== undefined && !flavorFits(flavor, os)) {
      return r.error(
        path,
        'path-os',
        `${r.name(path)} is a ${flavor === 'windows' ? 'Windows' : 'macOS/Linux'} path but the file's os is ${os}`,
      );
    }
    if (name !== undefined && !nameFits(baseName(c.path.tail, flavor), name, os !== 'linux')) {
      r.warning(path, 'path-name-mismatch', `${r.name(path)} does not end with the file name ${shown(name)}`);
    }
    flavors.add(flavor);
    if (!out.some((p) => p.text === c.path.text)) out.push(c.path);
    else r.warning(path, 'duplicate-path', `${r.name(path)} is listed twice`);
  });
  if (os === undefined && flavors.size > 1) {
    r.error(
      [...base, 'paths'],
      'path-os',
      `${r.name([...base, 'paths'])} mixes Windows and macOS/Linux paths`,
      'split the entry per os and set `os`',
    );
  }
  return out;
}

function readFile(r: Reader, i: number): FileIndicator | undefined {
  const base: PathStep[] = ['files', i];
  if (r.get(base) === null || typeof r.get(base) !== 'object' || Array.isArray(r.get(base))) return undefined;
  const os = oneOf(r.string([...base, 'os']), osValues);
  const fieldOrigins: Partial<Record<FileField, Origin>> = {};
  const field = <T>(name: FileField, value: T | undefined): T | undefined => {
    if (value !== undefined) fieldOrigins[name] = r.at([...base, name]);
    return value;
  };
  const hashes: Partial<Record<'sha256' | 'sha1' | 'md5', string>> = {};
  let broken = false;
  for (const algorithm of hashAlgorithms) {
    const raw = r.string([...base, algorithm]);
    if (raw === undefined) continue;
    const c = checkHash(algorithm, raw);
    if (c.ok) hashes[algorithm] = field(algorithm, c.value);
    else {
      broken = true;
      r.errorAtChar([...base, algorithm], c.index ?? 0, c.code, `${r.name([...base, algorithm])} ${c.message}`, c.hint);
    }
  }
  const name = field('name', checkFileName(r, [...base, 'name'], os));
  const originalName = field('original_name', checkFileName(r, [...base, 'original_name'], 'windows'));
  const size = field('size', r.integer([...base, 'size']));
  if (size === 0 && Object.keys(hashes).length > 0)
    r.error([...base, 'size'], 'size-zero', `${r.name([...base, 'size'])} is 0: an empty file cannot be an indicator`);
  const paths = readPaths(r, base, name, os);
  if (paths.length > 0) fieldOrigins.paths = r.at([...base, 'paths']);
  const version = field('version', r.string([...base, 'version']));
  field('os', os);
  const role = field('role', oneOf(r.string([...base, 'role']), roles));
  const expires = readDate(r, [...base, 'expires']);
  if (broken || (Object.keys(hashes).length === 0 && name === undefined && originalName === undefined))
    return undefined;
  const key = fileKey({ ...hashes, os, name, originalName });
  return {
    key,
    ...(name !== undefined && { name }),
    ...(originalName !== undefined && { originalName }),
    ...hashes,
    ...(size !== undefined && { size }),
    ...(os !== undefined && { os }),
    ...(version !== undefined && { version }),
    ...(role !== undefined && { role }),
    paths,
    ...optionalText(r, base, 'comment'),
    ...optionalConfidence(r, base),
    ...(expires !== undefined && { expires }),
    origin: r.at(base),
    fieldOrigins,
    alsoAt: [],
  };
}

export const optionalText = (r: Reader, base: PathStep[], key: string): { comment?: string } => {
  const v = r.string([...base, key]);
  return v === undefined ? {} : { comment: v };
};

export const optionalConfidence = (r: Reader, base: PathStep[]): { confidence?: Confidence } => {
  const v = oneOf(r.string([...base, 'confidence']), confidences);
  return v === undefined ? {} : { confidence: v };
};

export function readFiles(r: Reader): FileIndicator[] {
  return r.list(['files']).flatMap((_, i) => readFile(r, i) ?? []);
}

/** The ecosystem and OS of a software entry: both as written, checked against each other. */
function readPlacement(
  r: Reader,
  base: PathStep[],
): { os: Os | undefined; ecosystem: Ecosystem | undefined; ecosystems: readonly Ecosystem[] } | undefined {
  const os = oneOf(r.string([...base, 'os']), osValues);
  const ecosystem = oneOf(r.string([...base, 'ecosystem']), ecosystemValues);
  if (r.get([...base, 'os']) !== undefined && os === undefined) return undefined;
  if (r.get([...base, 'ecosystem']) !== undefined && ecosystem === undefined) return undefined;
  if (ecosystem === undefined) {
    // Neither os nor ecosystem: the schema says so.
    if (os === undefined) return undefined;
    return { os, ecosystem, ecosystems: defaultEcosystems[os] };
  }
  const only = ecosystemOs[ecosystem];
  if (os !== undefined && only !== undefined && os !== only) {
    r.error([...base, 'os'], 'software-os', `${r.name(base)}: ${ecosystem} packages are on ${only}, not ${os}`);
    return undefined;
  }
  return { os: os ?? only, ecosystem, ecosystems: [ecosystem] };
}

export function readSoftware(r: Reader): SoftwareIndicator[] {
  const out: SoftwareIndicator[] = [];
  r.list(['software']).forEach((_, i) => {
    const base: PathStep[] = ['software', i];
    const name = r.string([...base, 'name']);
    const placement = readPlacement(r, base);
    if (name === undefined || placement === undefined) return;
    const { os, ecosystem, ecosystems: where } = placement;
    const versions: string[] = [];
    const versionOrigins: Origin[] = [];
    r.list([...base, 'versions'], 1000).forEach((v, j) => {
      if (typeof v !== 'string') return;
      const at: PathStep[] = [...base, 'versions', j];
      if (versions.includes(v)) return r.warning(at, 'duplicate-indicator', `version ${v} is listed twice`);
      for (const e of where) {
        const problem = versionProblem(e, v);
        if (problem === undefined) continue;
        const message = `${r.name(at)} ${shown(v)} ${problem.message}: it can never match a ${e} package`;
        if (problem.severity === 'error') return r.error(at, 'software-version', message, problem.hint);
        r.warning(at, 'software-version', message, problem.hint);
      }
      versions.push(v);
      versionOrigins.push(r.at(at));
    });
    if (versions.length === 0) return;
    const opt = (key: string): string | undefined => r.string([...base, key]);
    const bundleId = opt('bundle_id');
    const publisher = opt('publisher');
    const fixedIn =
      r.string([...base, 'fixed_in']) ??
      r.list([...base, 'fixed_in'], 100).filter((x): x is string => typeof x === 'string');
    const scope = ecosystem ?? os ?? 'any';
    out.push({
      key: `software:${scope}:${ecosystem === 'pypi' ? normalizePypiName(name) : name.toLowerCase()}`,
      name,
      ...(os !== undefined && { os }),
      ...(ecosystem !== undefined && { ecosystem }),
      ecosystems: where,
      scope,
      versions,
      ...(bundleId !== undefined && { bundleId }),
      ...(publisher !== undefined && { publisher }),
      ...(fixedIn.length > 0 && { fixedIn: typeof fixedIn === 'string' ? [fixedIn] : fixedIn }),
      ...optionalConfidence(r, base),
      ...optionalText(r, base, 'comment'),
      origin: r.at(base),
      versionOrigins,
    });
  });
  return out;
}

interface NormalizedValue {
  readonly value: string;
  readonly host?: string;
  readonly ip?: NetworkIndicator['ip'];
}

/** A reserved name is a placeholder left in, like an address in a documentation range. */
function warnReserved(r: Reader, path: PathStep[], host: string): void {
  const reserved = reservedDomain(host);
  if (reserved !== undefined)
    r.warning(
      path,
      'domain-reserved',
      `${r.name(path)}: ${host} is a name reserved for ${reserved}, not a real host`,
      'replace the placeholder with the indicator from the report',
    );
}

/** Refangs, checks and normalizes one network value; reports problems at `path`. */
function normalizeNetwork(
  r: Reader,
  kind: NetworkKind,
  raw: string,
  path: PathStep[],
  strictWarnings: boolean,
): NormalizedValue | undefined {
  const { value: refanged, changed } = refang(raw.trim());
  if (changed && strictWarnings) r.warning(path, 'refanged', `defanged value ${shown(raw)} read as ${shown(refanged)}`);
  if (kind === 'domain') {
    const c = checkDomain(refanged);
    if (!c.ok) return void r.error(path, 'domain-syntax', `${r.name(path)}: ${c.message}`, c.hint);
    if (strictWarnings) {
      for (const n of c.notes) r.warning(path, n.code, `${r.name(path)}: ${n.message}`);
      const known = wellKnownParent(c.value);
      if (known !== undefined)
        r.warning(
          path,
          'allowlisted-domain',
          `${r.name(path)}: ${c.value} is on iocc's list of well-known infrastructure (${known})`,
          'blocking it would break legitimate traffic; use a URL with a path, or list it under benign if it is one',
        );
    }
    if (strictWarnings) warnReserved(r, path, c.value);
    return { value: c.value, host: c.value };
  }
  if (kind === 'url') {
    const c = checkUrl(refanged);
    if (!c.ok) return void r.error(path, c.code ?? 'url-syntax', `${r.name(path)}: ${c.message}`, c.hint);
    if (strictWarnings) for (const n of c.notes) r.warning(path, n.code, `${r.name(path)}: ${n.message}`);
    if (strictWarnings) warnReserved(r, path, c.host);
    return { value: c.value, host: c.host };
  }
  const c = checkIp(refanged);
  if (!c.ok) return void r.error(path, c.code ?? 'ip-syntax', `${r.name(path)}: ${c.message}`, c.hint);
  if (strictWarnings) {
    if (c.mappedFrom !== undefined)
      r.warning(
        path,
        'ip-mapped',
        `${r.name(path)} ${shown(c.mappedFrom)} is an IPv4-mapped IPv6 ` +
          `${c.ip.prefix === undefined ? 'address' : 'range'}; read as the IPv4 ${c.ip.value}`,
        'write the IPv4 form: connections to it are logged and matched as IPv4',
      );
    if (c.ip.prefix !== undefined)
      r.warning(
        path,
        'ip-cidr',
        `${r.name(path)} is a CIDR range; some consumers (Defender) match single addresses only`,
      );
    const range = nonPublicRange(c.ip);
    if (range !== undefined)
      r.warning(path, 'ip-private', `${r.name(path)} ${c.ip.value} is in a ${range} range, not a public address`);
  }
  return { value: c.ip.value, ip: c.ip };
}

const networkSections: ReadonlyArray<[NetworkKind, string]> = [
  ['domain', 'domains'],
  ['url', 'urls'],
  ['ip', 'ips'],
];

/**
 * One warning per rule, at its first https URL with a path on a host the rule does not list as a domain:
 * most consumers never see that path, so such a URL is matched only in a browser or behind TLS inspection.
 * A well-known host is left alone: a path is what makes a URL on it an indicator.
 */
function warnEncryptedPaths(
  r: Reader,
  urls: readonly (readonly [NetworkIndicator, PathStep[]])[],
  domains: readonly NetworkIndicator[],
): void {
  const unlisted = urls.flatMap(([url, path]) => {
    const { host } = url;
    if (!pathIsEncrypted(url.value) || host === undefined || wellKnownParent(host) !== undefined) return [];
    return domains.some((d) => isSameOrSubdomain(host, d.value)) ? [] : [{ url, host, path }];
  });
  const [first] = unlisted;
  if (first === undefined) return;
  const { url, host, path } = first;
  const more = unlisted.length > 1 ? ` (and ${unlisted.length - 1} more such URLs in this rule)` : '';
  r.warning(
    path,
    'url-https-path',
    `${r.name(path)} ${url.value} is an https URL with a path, which travels encrypted: a proxy without ` +
      `TLS inspection logs only its host, and Defender matches the path only in Microsoft Edge${more}`,
    `if the whole host ${host} is hostile, list it under network.domains as well`,
  );
}

export function readNetwork(r: Reader): Record<NetworkKind, NetworkIndicator[]> {
  const out: Record<NetworkKind, NetworkIndicator[]> = { domain: [], url: [], ip: [] };
  const urlPaths: PathStep[][] = [];
  for (const [kind, section] of networkSections) {
    r.list(['network', section]).forEach((item, i) => {
      const isObject = item !== null && typeof item === 'object';
      const path: PathStep[] = isObject ? ['network', section, i, 'value'] : ['network', section, i];
      const raw = isObject ? (item as Record<string, unknown>)['value'] : item;
      if (typeof raw !== 'string') return;
      const v = normalizeNetwork(r, kind, raw, path, true);
      if (v === undefined) return;
      const base: PathStep[] = ['network', section, i];
      const expires = isObject ? readDate(r, [...base, 'expires']) : undefined;
      out[kind].push({
        key: `${kind}:${v.value}`,
        kind,
        ...v,
        ...(isObject ? optionalText(r, base, 'comment') : {}),
        ...(isObject ? optionalConfidence(r, base) : {}),
        ...(expires !== undefined && { expires }),
        origin: r.at(path),
        alsoAt: [],
      });
      if (kind === 'url') urlPaths.push(path);
    });
  }
  warnEncryptedPaths(
    r,
    out.url.map((u, i) => [u, urlPaths[i] ?? []] as const),
    out.domain,
  );
  return out;
}

export type { BenignValue } from '../model/input.js';

export function readBenign(r: Reader): BenignValue[] {
  const out: BenignValue[] = [];
  for (const [kind, section] of [...networkSections, ['hash', 'hashes'] as const]) {
    r.list(['benign', section]).forEach((item, i) => {
      const isObject = item !== null && typeof item === 'object';
      const path: PathStep[] = isObject ? ['benign', section, i, 'value'] : ['benign', section, i];
      const raw = isObject ? (item as Record<string, unknown>)['value'] : item;
      if (typeof raw !== 'string') return;
      if (kind === 'hash') {
        const c = checkHash(algorithmOfLength(raw.length) ?? 'sha256', raw);
        if (!c.ok) return r.error(path, c.code, `${r.name(path)} ${c.message}`, c.hint);
        out.push({ kind, value: c.value, origin: r.at(path) });
        return;
      }
      const v = normalizeNetwork(r, kind, raw, path, false);
      if (v !== undefined)
        out.push({
          kind,
          value: v.value,
          ...(v.host !== undefined && { host: v.host }),
          ...(v.ip !== undefined && { ip: v.ip }),
          origin: r.at(path),
        });
    });
  }
  return out;
}
