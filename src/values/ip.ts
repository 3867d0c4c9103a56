// IPv4 and IPv6 addresses (optionally with a CIDR prefix), normalized, with private and reserved
// ranges recognized so they can be warned about.
import { shown } from '../util/suggest.js';

export interface IpValue {
  readonly value: string;
  readonly version: 4 | 6;
  /** The address without prefix. */
  readonly address: string;
  readonly prefix?: number;
}

export type IpCheck =
  | {
      readonly ok: true;
      readonly ip: IpValue;
      /** The IPv4-mapped IPv6 form (::ffff:a.b.c.d) the IPv4 value was read from. */
      readonly mappedFrom?: string;
    }
  | { readonly ok: false; readonly message: string; readonly hint?: string; readonly code?: 'ip-cidr-host-bits' };

const octet = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const ipv4Pattern = new RegExp(`^${octet}\\.${octet}\\.${octet}\\.${octet}$`);

export function isIPv4Strict(s: string): boolean {
  return ipv4Pattern.test(s);
}

function ipv4ToNumber(s: string): number {
  return s.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
}

const hexGroup = /^[0-9a-f]{1,4}$/;

/**
 * The 8 groups of an IPv6 address (embedded IPv4 allowed), or undefined. Our own parser: node:net's
 * isIPv6 compiles a large regular expression on first use, a tenth of a small build's start-up.
 */
export function ipv6Groups(s: string): number[] | undefined {
  if (s.length > 45 || s.includes('%')) return undefined;
  const halves = s.toLowerCase().split('::');
  if (halves.length > 2) return undefined;
  const sides = halves.map((h) => (h === '' ? [] : h.split(':')));
  const last = sides[sides.length - 1] ?? [];
  const v4 = last[last.length - 1];
  if (v4 !== undefined && v4.includes('.')) {
    if (!isIPv4Strict(v4)) return undefined;
    const n = ipv4ToNumber(v4);
    last.splice(last.length - 1, 1, ((n >>> 16) & 0xffff).toString(16), (n & 0xffff).toString(16));
  }
  const [head = [], tail] = sides;
  if (![...head, ...(tail ?? [])].every((g) => hexGroup.test(g))) return undefined;
  const count = head.length + (tail?.length ?? 0);
  if (tail === undefined ? count !== 8 : count > 7) return undefined;
  const groups = [...head, ...new Array<string>(tail === undefined ? 0 : 8 - count).fill('0'), ...(tail ?? [])];
  return groups.map((g) => parseInt(g, 16));
}

/** RFC 5952 text form: lower case, longest run of two or more zero groups compressed. */
export function ipv6Canonical(groups: readonly number[]): string {
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** All 8 groups written out, as Defender requires (2001:4860:4860:0:0:0:0:8888). */
export function ipv6Full(address: string): string {
  const groups = ipv6Groups(address);
  return groups === undefined ? address : groups.map((g) => g.toString(16)).join(':');
}

/**
 * The IPv4 address of an IPv4-mapped IPv6 address or range (::ffff:0:0/96 and longer), or undefined.
 * Such a value is an IPv4 indicator: sockets, logs and Defender show the peer as a.b.c.d (or ::ffff:a.b.c.d,
 * never the ::ffff:5db8:d823 an IPv6 canonical form would give), and its range checks are IPv4's.
 */
function mappedIpv4(groups: readonly number[], prefix: number | undefined): string | undefined {
  const [a = 0, b = 0] = groups.slice(6);
  if (!groups.slice(0, 5).every((g) => g === 0) || groups[5] !== 0xffff) return undefined;
  if (prefix !== undefined && prefix < 96) return undefined;
  return [a >> 8, a & 0xff, b >> 8, b & 0xff].join('.');
}

function parseIp(raw: string): IpCheck {
  const [addr = '', prefixText, extra] = raw.split('/');
  if (extra !== undefined) return { ok: false, message: `${shown(raw)} is not an IP address` };
  let prefix: number | undefined;
  if (prefixText !== undefined) {
    if (!/^\d{1,3}$/.test(prefixText)) return { ok: false, message: `${shown(raw)} has an invalid CIDR prefix` };
    prefix = Number(prefixText);
  }
  if (isIPv4Strict(addr)) {
    if (prefix !== undefined && prefix > 32) return { ok: false, message: `CIDR prefix /${prefix} is longer than 32` };
    const ip: IpValue = { value: prefix === undefined ? addr : `${addr}/${prefix}`, version: 4, address: addr };
    return { ok: true, ip: prefix === undefined ? ip : { ...ip, prefix } };
  }
  if (/^\d+(\.\d+){3}$/.test(addr)) {
    return {
      ok: false,
      message: `${shown(raw)} is not a valid IPv4 address`,
      hint: 'each part is 0-255 without leading zeros (a leading zero reads as octal in some tools)',
    };
  }
  const groups = ipv6Groups(addr);
  if (groups !== undefined) {
    if (prefix !== undefined && prefix > 128)
      return { ok: false, message: `CIDR prefix /${prefix} is longer than 128` };
    const v4 = mappedIpv4(groups, prefix);
    if (v4 !== undefined) {
      const ip: IpValue = { value: prefix === undefined ? v4 : `${v4}/${prefix - 96}`, version: 4, address: v4 };
      return { ok: true, ip: prefix === undefined ? ip : { ...ip, prefix: prefix - 96 }, mappedFrom: raw };
    }
    const canonical = ipv6Canonical(groups);
    const ip: IpValue = {
      value: prefix === undefined ? canonical : `${canonical}/${prefix}`,
      version: 6,
      address: canonical,
    };
    return { ok: true, ip: prefix === undefined ? ip : { ...ip, prefix } };
  }
  if (addr.includes('%'))
    return { ok: false, message: `${shown(raw)} has an IPv6 zone id; indicators cannot carry one` };
  return { ok: false, message: `${shown(raw)} is not an IPv4 or IPv6 address` };
}

/**
 * An address or CIDR range, checked: a range must be written as its network address. pySigma refuses
 * the whole rule at conversion for 93.184.216.77/16 (Python's ip_network is strict), and the reader may
 * have meant the single address, so it is an error, not a silent /16.
 */
export function checkIp(raw: string): IpCheck {
  const c = parseIp(raw);
  if (!c.ok || c.ip.prefix === undefined) return c;
  const { first } = ipBounds(c.ip);
  if (first === c.ip.address) return c;
  const network = `${first}/${c.ip.prefix}`;
  return {
    ok: false,
    code: 'ip-cidr-host-bits',
    message: `${shown(raw)} has host bits set: the range /${c.ip.prefix} starts at ${first}`,
    hint: `write the network address, ${network}, or ${c.ip.address} alone for the single address`,
  };
}

/** An address as a number: 32 bits for IPv4, 128 for IPv6. */
function addressBits(version: 4 | 6, address: string): bigint {
  if (version === 4) return BigInt(ipv4ToNumber(address));
  return (ipv6Groups(address) ?? []).reduce((n, g) => (n << 16n) | BigInt(g), 0n);
}

function addressText(version: 4 | 6, n: bigint): string {
  if (version === 4) return [24n, 16n, 8n, 0n].map((shift) => String((n >> shift) & 0xffn)).join('.');
  return ipv6Canonical([112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((shift) => Number((n >> shift) & 0xffffn)));
}

/** The numeric first and last address of an address (itself) or range. */
function ipSpan(ip: IpValue): { low: bigint; high: bigint } {
  const width = ip.version === 4 ? 32 : 128;
  const size = 1n << BigInt(width - (ip.prefix ?? width));
  const low = (addressBits(ip.version, ip.address) / size) * size;
  return { low, high: low + size - 1n };
}

/** The first (network) and last (broadcast) address of a range; both are the address itself for one address. */
export function ipBounds(ip: IpValue): { first: string; last: string } {
  const { low, high } = ipSpan(ip);
  return { first: addressText(ip.version, low), last: addressText(ip.version, high) };
}

/** True when two addresses or ranges share an address: one is the other, or lies in it. */
export function ipOverlaps(a: IpValue, b: IpValue): boolean {
  if (a.version !== b.version) return false;
  const [x, y] = [ipSpan(a), ipSpan(b)];
  return x.low <= y.high && y.low <= x.high;
}

interface Range {
  readonly base: string;
  readonly bits: number;
  readonly what: string;
}

const v4Ranges: readonly Range[] = [
  { base: '0.0.0.0', bits: 8, what: 'this-network (0.0.0.0/8)' },
  { base: '10.0.0.0', bits: 8, what: 'private (10.0.0.0/8)' },
  { base: '100.64.0.0', bits: 10, what: 'shared carrier-grade NAT (100.64.0.0/10)' },
  { base: '127.0.0.0', bits: 8, what: 'loopback (127.0.0.0/8)' },
  { base: '169.254.0.0', bits: 16, what: 'link-local (169.254.0.0/16)' },
  { base: '172.16.0.0', bits: 12, what: 'private (172.16.0.0/12)' },
  { base: '192.0.2.0', bits: 24, what: 'documentation (192.0.2.0/24)' },
  { base: '192.168.0.0', bits: 16, what: 'private (192.168.0.0/16)' },
  { base: '198.18.0.0', bits: 15, what: 'benchmarking (198.18.0.0/15)' },
  { base: '198.51.100.0', bits: 24, what: 'documentation (198.51.100.0/24)' },
  { base: '203.0.113.0', bits: 24, what: 'documentation (203.0.113.0/24)' },
  { base: '224.0.0.0', bits: 4, what: 'multicast (224.0.0.0/4)' },
  { base: '240.0.0.0', bits: 4, what: 'reserved (240.0.0.0/4)' },
];

function v4InRange(addr: string, r: Range): boolean {
  const mask = r.bits === 0 ? 0 : (0xffffffff << (32 - r.bits)) >>> 0;
  return (ipv4ToNumber(addr) & mask) >>> 0 === (ipv4ToNumber(r.base) & mask) >>> 0;
}

/** Why an address is not a public one, or undefined when it is. */
export function nonPublicRange(ip: IpValue): string | undefined {
  if (ip.version === 4) return v4Ranges.find((r) => v4InRange(ip.address, r))?.what;
  const g = ipv6Groups(ip.address) ?? [];
  const [g0 = 0] = g;
  if (g.every((x) => x === 0)) return 'unspecified (::)';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'loopback (::1)';
  if ((g0 & 0xfe00) === 0xfc00) return 'unique local (fc00::/7)';
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local (fe80::/10)';
  if ((g0 & 0xff00) === 0xff00) return 'multicast (ff00::/8)';
  if (g0 === 0x2001 && g[1] === 0x0db8) return 'documentation (2001:db8::/32)';
  return undefined;
}
