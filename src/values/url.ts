// URLs: http(s) only, read as clients read them (the WHATWG URL parser): the value is what a request
// carries — scheme, host, port, path and query — never the parts no request has (user info, fragment),
// and the host is checked as a domain or IP address.
import { checkDomain } from './domain.js';
import { checkIp, ipv6Groups } from './ip.js';
import { shown } from '../util/suggest.js';

export type UrlNote = {
  readonly code: 'url-userinfo' | 'url-fragment' | 'url-dot-segments' | 'url-normalized' | 'domain-idn';
  readonly message: string;
};

export type UrlCheck =
  | { readonly ok: true; readonly value: string; readonly host: string; readonly notes: readonly UrlNote[] }
  | {
      readonly ok: false;
      readonly message: string;
      readonly hint?: string;
      readonly code?: 'url-ambiguous' | 'url-wildcard';
    };

type Failure = Extract<UrlCheck, { ok: false }>;

const shape = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/is;

/** The host as written in the authority: without user info and port, brackets of an IPv6 address kept. */
function writtenHost(authority: string): { userInfo: string; host: string } {
  const at = authority.lastIndexOf('@');
  const hostPort = authority.slice(at + 1);
  const host = hostPort.startsWith('[')
    ? hostPort.slice(0, hostPort.indexOf(']') + 1)
    : hostPort.replace(/:[^:]*$/, '');
  return { userInfo: at >= 0 ? authority.slice(0, at + 1) : '', host };
}

/**
 * The host as written must be the host the parser reads, up to case and IDN encoding: the parser also
 * reads percent-escapes and numeric forms such as 0x5db8d823, which clients other than browsers may not.
 */
function checkHost(written: string, parsed: string): Failure | UrlNote[] {
  const differs = (): Failure => ({
    ok: false,
    code: 'url-ambiguous',
    message: `URL host ${shown(written)} is read as ${shown(parsed)} by browsers; other clients may read it otherwise`,
    hint: `write the host as ${parsed}`,
  });
  if (written.startsWith('[')) {
    const [a, b] = [ipv6Groups(written.slice(1, -1)), ipv6Groups(parsed.slice(1, -1))];
    return a !== undefined && a.join() === b?.join() ? [] : differs();
  }
  if (checkIp(written).ok) return written === parsed ? [] : differs();
  const c = checkDomain(written);
  if (!c.ok) return checkIp(parsed).ok ? differs() : { ok: false, message: `URL host: ${c.message}`, hint: c.hint };
  if (c.value !== parsed.replace(/\.$/, '')) return differs();
  return c.notes.flatMap((n) => (n.code === 'domain-idn' ? [{ code: n.code, message: n.message }] : []));
}

/** `.` and `..` segments (also percent-encoded), which clients resolve before sending the request. */
const hasDotSegment = (path: string): boolean => /(^|\/)(\.|%2e){1,2}(\/|$)/i.test(path);

/** What was left out of or rewritten in the path and query as written (`rest`: all after the authority). */
function notesOf(rest: string, userInfo: string, parsed: URL, value: string): UrlNote[] {
  const notes: UrlNote[] = [];
  if (userInfo !== '')
    notes.push({ code: 'url-userinfo', message: `user info ${shown(userInfo)} is never part of a request; left out` });
  const hash = rest.indexOf('#');
  if (hash >= 0)
    notes.push({
      code: 'url-fragment',
      message: `the fragment ${shown(rest.slice(hash))} is never sent to the server; left out`,
    });
  const written = hash >= 0 ? rest.slice(0, hash) : rest;
  const writtenPath = written.split('?')[0] ?? '';
  const sent = parsed.pathname + parsed.search;
  if (hasDotSegment(writtenPath))
    notes.push({
      code: 'url-dot-segments',
      message:
        `clients remove . and .. segments before sending: ${shown(writtenPath)} is requested as ` +
        `${shown(parsed.pathname)}`,
    });
  else if (written !== sent && !(written === '' && sent === '/'))
    notes.push({ code: 'url-normalized', message: `read as ${value}, as browsers read it` });
  return notes;
}

/** Scheme, authority and the rest of an absolute http(s) URL without white space. */
function urlShape(raw: string): { scheme: string; authority: string; rest: string } | Failure {
  if (/[\s\x00-\x1f\x7f]/.test(raw))
    return { ok: false, message: 'URL contains white space or control characters', hint: 'percent-encode them (%20)' };
  const m = shape.exec(raw);
  if (m === null)
    return {
      ok: false,
      message: `${shown(raw)} is not an absolute URL`,
      hint: 'write scheme and host, e.g. https://example.com/path; a bare host belongs under network.domains',
    };
  const [, scheme = '', authority = '', rest = ''] = m;
  if (!/^https?$/i.test(scheme))
    return { ok: false, message: `URL scheme ${scheme}: is not supported`, hint: 'use http:// or https://' };
  return { scheme, authority, rest };
}

function parse(raw: string): URL | Failure {
  try {
    return new URL(raw);
  } catch {
    return { ok: false, message: `${shown(raw)} is not a valid URL` };
  }
}

/** A link to read (a rule's references): an absolute http(s) URL whose host is a domain or IP address. */
export function checkReferenceUrl(raw: string): { readonly ok: true } | Failure {
  const shaped = urlShape(raw);
  if ('ok' in shaped) return shaped;
  const parsed = parse(raw);
  if (!(parsed instanceof URL)) return parsed;
  const hostname = parsed.hostname.replace(/^\[|\]$/g, '');
  if (checkIp(hostname).ok || checkDomain(hostname).ok) return { ok: true };
  return {
    ok: false,
    message: `URL host ${shown(writtenHost(shaped.authority).host)} is not a valid domain or IP address`,
  };
}

/** A URL indicator: the request it matches, with notes on what was left out or rewritten to get it. */
export function checkUrl(raw: string): UrlCheck {
  const shaped = urlShape(raw);
  if ('ok' in shaped) return shaped;
  // Browsers read \ as /, so https://evil.example\stage2.exe requests /stage2.exe from evil.example; other
  // clients keep it or refuse the URL. Either reading silently changes what the indicator matches.
  if (raw.includes('\\'))
    return {
      ok: false,
      code: 'url-ambiguous',
      message: `${shown(raw)} contains a backslash, which browsers read as / and other clients do not`,
      hint: 'write / between path segments, or %5C for a backslash that is part of a name',
    };
  if (raw.includes('*'))
    return {
      ok: false,
      code: 'url-wildcard',
      message:
        `${shown(raw)} contains *, which every target matches as a plain character (Defender URL indicators ` +
        `have no wildcards)`,
      hint:
        'list the host under network.domains to match all of it, or give the URL up to a path prefix: a URL ' +
        'matches the paths under it',
    };
  const parsed = parse(raw);
  if (!(parsed instanceof URL)) return parsed;
  const { userInfo, host } = writtenHost(shaped.authority);
  const hostNotes = checkHost(host.toLowerCase(), parsed.hostname);
  if (!Array.isArray(hostNotes)) return hostNotes;
  const value = `${parsed.protocol}//${parsed.host}${parsed.pathname}${parsed.search}`;
  return {
    ok: true,
    value,
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    notes: [...hostNotes, ...notesOf(shaped.rest, userInfo, parsed, value)],
  };
}

/**
 * True for a URL value (as checkUrl gives it) whose path or query travels inside TLS: only the browser and
 * a proxy that terminates the TLS see it; everything else on the way sees the host (SNI, CONNECT host:443).
 */
export function pathIsEncrypted(value: string): boolean {
  if (!value.startsWith('https://')) return false;
  const u = new URL(value);
  return u.pathname !== '/' || u.search !== '';
}

/** The parts of a GitHub link that name a branch, tag or commit: /<owner>/<repo>/<kind>/<ref>/… */
const githubRefLink = /^\/([^/]+)\/([^/]+)\/(?:blob|tree|raw|blame)\/(.+)$/;
const rawRefLink = /^\/([^/]+)\/([^/]+)\/(.+)$/;

/**
 * A GitHub link to a file or folder at a branch or tag (github.com/o/r/blob/main/…, /tree/main/…,
 * raw.githubusercontent.com/o/r/main/…) rather than at a full commit hash: its repository and ref.
 * What such a link shows changes with the branch; a permalink does not.
 */
export function branchLink(url: string): { readonly repository: string; readonly ref: string } | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const host = u.hostname.toLowerCase();
  const m =
    host === 'github.com' || host === 'www.github.com'
      ? githubRefLink.exec(u.pathname)
      : host === 'raw.githubusercontent.com'
        ? rawRefLink.exec(u.pathname)
        : null;
  if (m === null) return undefined;
  const [, owner = '', repo = '', tail = ''] = m;
  // refs/heads/main/… and refs/tags/v1/… name the branch or tag after the prefix.
  const ref = (/^refs\/(?:heads|tags)\/([^/]+)/.exec(tail) ?? /^([^/]+)/.exec(tail))?.[1] ?? '';
  if (/^[0-9a-f]{40}$/i.test(ref)) return undefined;
  return { repository: `${owner}/${repo}`, ref };
}
