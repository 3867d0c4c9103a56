// URLs: http(s) only, host checked as a domain or IP, scheme and host normalized, the rest kept as written.
import { checkDomain } from './domain.js';
import { checkIp } from './ip.js';
import { shown } from '../util/suggest.js';

export type UrlCheck =
  | { readonly ok: true; readonly value: string; readonly host: string }
  | { readonly ok: false; readonly message: string; readonly hint?: string };

const shape = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/is;

export function checkUrl(raw: string): UrlCheck {
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
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return { ok: false, message: `${shown(raw)} is not a valid URL` };
  }
  const at = authority.lastIndexOf('@');
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  const userInfo = at >= 0 ? authority.slice(0, at + 1) : '';
  const hostname = parsed.hostname.replace(/^\[|\]$/g, '');
  const hostOk = checkIp(hostname).ok || checkDomain(hostname).ok;
  if (!hostOk) return { ok: false, message: `URL host ${shown(hostPort)} is not a valid domain or IP address` };
  const port = parsed.port === '' ? '' : `:${parsed.port}`;
  const host = parsed.hostname;
  return { ok: true, value: `${scheme.toLowerCase()}://${userInfo}${host}${port}${rest}`, host: hostname };
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
