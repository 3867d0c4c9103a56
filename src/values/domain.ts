// Domain names: syntax (RFC 1035 host names, IDN as punycode), normalization, and allow lists.
import { domainToASCII } from 'node:url';
import { isIPv4Strict, ipv6Groups } from './ip.js';
import { shown } from '../util/suggest.js';

export type DomainCheck =
  | { readonly ok: true; readonly value: string; readonly notes: readonly DomainNote[] }
  | { readonly ok: false; readonly message: string; readonly hint?: string };

export type DomainNote = { readonly code: 'domain-trailing-dot' | 'domain-idn'; readonly message: string };

const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const topLabel = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

const scripts = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Georgian',
  'Hebrew',
  'Arabic',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Bopomofo',
  'Thai',
  'Devanagari',
  'Cherokee',
] as const;
const scriptPattern = Object.fromEntries(scripts.map((sc) => [sc, new RegExp(`\\p{Script=${sc}}`, 'u')])) as Record<
  (typeof scripts)[number],
  RegExp
>;
// Mixes that UTS #39 ("highly restrictive") accepts: Japanese, Chinese and Korean writing with Latin.
const allowedMixes: readonly (readonly string[])[] = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
];

/** A label that mixes scripts the way look-alike (homoglyph) domains do, e.g. Latin with Cyrillic. */
export function mixedScriptLabel(domain: string): string | undefined {
  for (const label of domain.split('.')) {
    const used = new Set<string>();
    for (const ch of label) for (const sc of scripts) if (scriptPattern[sc].test(ch)) used.add(sc);
    if (used.size > 1 && !allowedMixes.some((mix) => [...used].every((sc) => mix.includes(sc)))) return label;
  }
  return undefined;
}

export function checkDomain(raw: string): DomainCheck {
  const notes: DomainNote[] = [];
  let v = raw;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v))
    return { ok: false, message: `${shown(raw)} is a URL, not a domain`, hint: 'list it under network.urls' };
  if (/\s/.test(v)) return { ok: false, message: `${shown(raw)} contains white space` };
  if (v.includes('*'))
    return {
      ok: false,
      message: `${shown(raw)} contains a wildcard`,
      hint: 'write the domain itself; consumers such as Defender match its subdomains too',
    };
  if (v.includes('/') || v.includes(':') || v.includes('@'))
    return {
      ok: false,
      message: `${shown(raw)} is not a domain name`,
      hint: 'a domain has no scheme, port, path or user',
    };
  if (v.endsWith('.') && v.length > 1) {
    v = v.slice(0, -1);
    notes.push({ code: 'domain-trailing-dot', message: `trailing dot removed: ${v}` });
  }
  if (isIPv4Strict(v) || ipv6Groups(v) !== undefined)
    return { ok: false, message: `${shown(raw)} is an IP address`, hint: 'list it under network.ips' };
  if (/[^\x00-\x7f]/.test(v)) {
    const mixed = mixedScriptLabel(v);
    if (mixed !== undefined)
      return {
        ok: false,
        message:
          `${shown(raw)} mixes writing systems in the label ${shown(mixed)}, as look-alike (homoglyph) ` + `domains do`,
        hint: 'write the domain exactly as registered; if it really is this IDN, list its punycode (xn--) form',
      };
    const ascii = domainToASCII(v);
    if (ascii === '') return { ok: false, message: `${shown(raw)} is not a valid internationalized domain name` };
    notes.push({
      code: 'domain-idn',
      message: `internationalized domain written as ${ascii}; check that the look-alike characters are intended`,
    });
    v = ascii;
  }
  v = v.toLowerCase();
  if (v.length > 253) return { ok: false, message: `domain is ${v.length} characters long; at most 253 are allowed` };
  const labels = v.split('.');
  if (labels.length < 2)
    return {
      ok: false,
      message: `${shown(raw)} is not a fully qualified domain name`,
      hint: 'a domain needs at least two labels, e.g. example.com',
    };
  const badLabel = labels.find((l) => !label.test(l));
  if (badLabel !== undefined) {
    return {
      ok: false,
      message:
        badLabel === '' ? `${shown(raw)} has an empty label` : `${shown(raw)} has an invalid label ${shown(badLabel)}`,
      hint: 'labels are 1-63 letters, digits or hyphens, not starting or ending with a hyphen',
    };
  }
  if (!topLabel.test(labels[labels.length - 1] ?? ''))
    return { ok: false, message: `${shown(raw)} has no valid top-level domain` };
  return { ok: true, value: v, notes };
}

/** True when `domain` is `parent` or one of its subdomains. */
export function isSameOrSubdomain(domain: string, parent: string): boolean {
  return domain === parent || domain.endsWith(`.${parent}`);
}

/**
 * Infrastructure domains that must not be blocked wholesale; listing one (or a subdomain) as an
 * indicator is almost always a mistake. A URL on these hosts is fine: its path makes it specific.
 */
export const wellKnownDomains: readonly string[] = [
  'akamai.net',
  'akamaiedge.net',
  'amazon.com',
  'amazonaws.com',
  'apple.com',
  'azure.com',
  'azureedge.net',
  'cloudflare.com',
  'cloudfront.net',
  'digicert.com',
  'github.com',
  'githubusercontent.com',
  'gitlab.com',
  'google.com',
  'googleapis.com',
  'gstatic.com',
  'icloud.com',
  'letsencrypt.org',
  'live.com',
  'microsoft.com',
  'mozilla.org',
  'office.com',
  'office365.com',
  'windows.com',
  'windowsupdate.com',
];

export function wellKnownParent(domain: string): string | undefined {
  return wellKnownDomains.find((d) => isSameOrSubdomain(domain, d));
}

/** Names reserved for documentation and testing (RFC 2606, RFC 6761): no real host has them. */
const reservedNames: ReadonlyArray<readonly [string, string]> = [
  ['example.com', 'documentation (RFC 2606)'],
  ['example.net', 'documentation (RFC 2606)'],
  ['example.org', 'documentation (RFC 2606)'],
  ['example', 'documentation (RFC 2606)'],
  ['test', 'testing (RFC 2606)'],
  ['invalid', 'names that must never resolve (RFC 2606)'],
  ['localhost', 'loopback (RFC 6761)'],
];

/** Why a domain is a reserved name (it or a parent), or undefined for a name that can exist. */
export function reservedDomain(domain: string): string | undefined {
  return reservedNames.find(([name]) => isSameOrSubdomain(domain, name))?.[1];
}
