// STIX 2.1 patterns for iocc's observables. Only a closed subset of the grammar is written —
// `[object:path = 'literal']` comparisons joined by OR or AND inside one observation — and every value
// reaches it through stringLiteral, the escaper of the grammar's StringLiteral (backslash and quote).
import type { FileIndicator, NetworkIndicator, SoftwareIndicator } from '../../src/model/types.js';

/** A StringLiteral: `'`…`'` with `\` and `'` escaped by a backslash, every other character as it is. */
export function stringLiteral(value: string): string {
  return `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

/** STIX hash-algorithm-ov names: a key with a hyphen must be quoted, MD5 need not be. */
export const hashKeys = { sha256: "'SHA-256'", sha1: "'SHA-1'", md5: 'MD5' } as const;

const comparison = (path: string, value: string): string => `${path} = ${stringLiteral(value)}`;

/** Every hash of one file, ORed in one observation: any of them identifies the file. */
export function fileHashPattern(f: Pick<FileIndicator, 'sha256' | 'sha1' | 'md5'>): string | undefined {
  const parts = (['sha256', 'sha1', 'md5'] as const).flatMap((a) =>
    f[a] === undefined ? [] : [comparison(`file:hashes.${hashKeys[a]}`, f[a])],
  );
  return parts.length === 0 ? undefined : `[${parts.join(' OR ')}]`;
}

/** A file known by name only; a known size narrows it (both must hold). */
export function fileNamePattern(name: string, size?: number): string {
  const sized = size === undefined ? '' : ` AND file:size = ${size}`;
  return `[${comparison('file:name', name)}${sized}]`;
}

/** One installed version of a product or package. */
export function softwarePattern(s: Pick<SoftwareIndicator, 'name'>, version: string): string {
  return `[${comparison('software:name', s.name)} AND ${comparison('software:version', version)}]`;
}

/** A domain, URL or IP address (IPv4/IPv6, CIDR ranges as `a.b.c.d/n`). */
export function networkPattern(n: Pick<NetworkIndicator, 'kind' | 'value' | 'ip'>): string {
  switch (n.kind) {
    case 'domain':
      return `[${comparison('domain-name:value', n.value)}]`;
    case 'url':
      return `[${comparison('url:value', n.value)}]`;
    case 'ip':
      // Stryker disable next-line OptionalChaining: the loader parses every 'ip' value (the type cannot say so)
      return `[${comparison(n.ip?.version === 6 ? 'ipv6-addr:value' : 'ipv4-addr:value', n.value)}]`;
  }
}
